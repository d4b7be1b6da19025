import type { Paragraph, RootContent } from "mdast";
import { inlineText, splitLines, tidy, unquote } from "./markdown.ts";
import { isInterviewQuestion, isQuestion } from "./question.ts";
import { nestedStar } from "./star-lines.ts";
import { storyHeading } from "./story-heading.ts";

/** '**"Tell me about a time you advocated for a patient."**': an interview question, wholly bold. */
function boldQuestion(block: RootContent): string | undefined {
  if (block.type !== "paragraph") return undefined;
  const [first] = splitLines(block, () => true);
  if (first?.children.length !== 1 || first.children[0]!.type !== "strong") return undefined;
  const text = unquote(tidy(inlineText(first.children)));
  return !text.includes("\n") && isInterviewQuestion(text) ? text : undefined;
}

/**
 * The lines under a bold question that ask it another way, each wholly bold ("**(also: Tell me
 * about a time you de-escalated a conflict.)**"), as a "Questions:" paragraph; none when the
 * paragraph holds only the question or other lines.
 */
function alsoAsked(block: Paragraph): Paragraph | undefined {
  const [, ...more] = splitLines(block, () => true);
  if (more.length === 0) return undefined;
  const asked = more.map((line) => {
    const text = tidy(inlineText(line.children))
      .replace(/^\*\*|\*\*$/g, "")
      .replace(/^\((.*)\)$/, "$1")
      .replace(/^(?:also|or)\s*(?:asked)?\s*[:—–-]?\s*/i, "");
    return isQuestion(text) ? text : undefined;
  });
  if (asked.some((text) => text === undefined)) return undefined;
  return {
    type: "paragraph",
    children: [
      { type: "strong", children: [{ type: "text", value: "Questions:" }] },
      { type: "text", value: ` ${asked.join(" / ")}` },
    ],
    position: { start: more[0]!.position!.start, end: block.position!.end },
  };
}

/**
 * A forum reply's stories, each under an interview question written as a bold line of its own:
 * two such questions or more, each followed by STAR labels before the next, open a story each.
 */
export function boldQuestions(blocks: RootContent[]): RootContent[] | undefined {
  if (blocks.some((block) => block.type === "heading")) return undefined;
  const at = blocks.flatMap((block, index) => (boldQuestion(block) ? [index] : []));
  if (at.length < 2) return undefined;
  const parts = at.map((index, n) => blocks.slice(index + 1, at[n + 1] ?? blocks.length));
  if (!parts.every((part) => nestedStar(part))) return undefined;
  return blocks.flatMap((block, index) => {
    if (!at.includes(index)) return [block];
    const also = alsoAsked(block as Paragraph);
    return [
      storyHeading(boldQuestion(block)!, block as Paragraph, "question"),
      ...(also ? [also] : []),
    ];
  });
}
