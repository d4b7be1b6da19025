import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { classify } from "./labels.ts";
import { splitLabelText } from "./fieldtext.ts";
import { type Block, inlineText, lineOf, splitLines, tidy } from "./markdown.ts";
import { storyHeading } from "./story-heading.ts";

/**
 * An interview transcript of "Q:" / "A:" pairs: each question opens a story (a synthetic story
 * heading) and its answer is the story's free text.
 */

const qLine =
  /^(?:\*\*|__)?(?:q|question)\s*(?:\d+[a-z]?)?\s*(?:\*\*|__)?\s*[:.)]\s*(?:\*\*|__)?\s*/i;
const aLine = /^(?:\*\*|__)?(?:a|answer)\s*\d*\s*(?:\*\*|__)?\s*[:.)]\s*(?:\*\*|__)?\s*/i;

/** "S:", "T:", "R:" lines: with them, "A:" is the Action between, not an answer. */
const otherLetter = /^(?:\*\*|__)?[str](?:\*\*|__)?\s*[:)]\s*\S/i;

const lineText = (line: PhrasingContent[]) => tidy(inlineText(line));

/** A line giving one context field: "Story from: Ashdown Freight, 2020", "Company: …". */
const isContext = (text: string) => {
  const label = splitLabelText(text)?.label;
  return label !== undefined && classify(label, null)?.kind === "contextField";
};

/**
 * "Q: …" followed by "A: …" (as paragraphs or lines of one): each question opens a story and
 * its answer, without the "A:", is the story's free text. Only when there are two pairs or more,
 * so a lone "A:" stays an Action letter.
 */
export function qaPairs(blocks: RootContent[]): RootContent[] {
  const split = blocks.flatMap((block): RootContent[] =>
    block.type === "paragraph"
      ? splitLines(block, (line) => {
          const text = lineText(line);
          return qLine.test(text) || aLine.test(text) || otherLetter.test(text) || isContext(text);
        })
      : [block],
  );
  // "Story from: Ashdown Freight, Corby site, 2020" between a question and its answer.
  const isContextLine = (block: RootContent | undefined) =>
    block?.type === "paragraph" && isContext(tidy(inlineText(block.children)));
  const isQ = (block: RootContent | undefined) =>
    block?.type === "paragraph" && qLine.test(tidy(inlineText(block.children)));
  const isA = (block: RootContent | undefined) =>
    block?.type === "paragraph" && aLine.test(tidy(inlineText(block.children)));
  const pairs = split.filter(
    (block, i) =>
      isQ(block) && (isA(split[i + 1]) || (isContextLine(split[i + 1]) && isA(split[i + 2]))),
  ).length;
  if (pairs < 2) return blocks;
  // Under story headings of their own ("### Title", then "**Q:** … **A:** …"), the Q names the
  // story's question and the A is its answer: the reader takes them as they stand.
  const first = split.findIndex(isQ);
  const last = split.findLastIndex(isQ);
  if (split.slice(first, last).some((block) => block.type === "heading")) return blocks;
  // Under "## Follow-up Q&A" the pairs are the story's follow-ups, not stories.
  const above = split.slice(0, first).findLast((block) => block.type === "heading");
  if (
    above?.type === "heading" &&
    classify(tidy(inlineText(above.children)), null)?.kind === "followUps"
  )
    return blocks;
  return split.flatMap((block, index): RootContent[] => {
    if (isQ(block)) {
      const text = tidy(inlineText((block as Paragraph).children)).replace(qLine, "");
      // "Q3b. (same story) How do you ramp up…?" right under Q3: the same story, asked again.
      if (isQ(split[index - 1]))
        return [
          {
            type: "paragraph",
            children: [
              { type: "strong", children: [{ type: "text", value: "Questions:" }] },
              {
                type: "text",
                value: ` ${text.replace(/^\((?:same|also|ditto)\b[^()]*\)\s*/i, "")}`,
              },
            ],
            position: block.position,
          },
        ];
      // 'Also works for: "Describe a conflict…"' on the lines under the question: its own part.
      const [head, more] = splitLines(
        block as Paragraph,
        (_line, at) => at === lineOf(block as Block) + 1,
      );
      const asked = more ? tidy(inlineText(head!.children)).replace(qLine, "") : text;
      return [storyHeading(asked, head!, "question"), ...(more ? [more] : [])];
    }
    if (isA(block)) {
      const text = tidy(inlineText((block as Paragraph).children)).replace(aLine, "");
      return text === ""
        ? []
        : [
            {
              type: "paragraph",
              children: [
                { type: "strong", children: [{ type: "text", value: "Answer:" }] },
                { type: "text", value: ` ${text}` },
              ],
              position: block.position,
            },
          ];
    }
    return [block];
  });
}
