import type { Paragraph, RootContent } from "mdast";
import { inlineText, splitLines, tidy, unquote } from "./markdown.ts";
import { isInterviewQuestion, isQuestion } from "./question.ts";
import { nestedStar } from "./star-lines.ts";
import { storyHeading } from "./story-heading.ts";
import { toldInProse } from "./structure.ts";

/** "Q1.", "Question 2:", "3)" before a question. */
const questionNumber = /^(?:q(?:uestion)?\s*\d{1,2}[a-z]?|\d{1,2})\s*[.):—–-]\s*/i;

/**
 * '**"Tell me about a time you advocated for a patient."**', "**Q1. Describe a time you …**": an
 * interview question, wholly bold, its number taken off.
 */
function boldQuestion(block: RootContent): string | undefined {
  if (block.type !== "paragraph") return undefined;
  const [first] = splitLines(block, () => true);
  if (first?.children.length !== 1 || first.children[0]!.type !== "strong") return undefined;
  const text = unquote(tidy(inlineText(first.children)).replace(questionNumber, ""));
  return !text.includes("\n") && isInterviewQuestion(text) ? text : undefined;
}

/**
 * A part under a title or question that tells a story: STAR labels, a paragraph told in prose,
 * or a short answer in prose ("**2. The price-check queue**" over two sentences).
 */
export const tellsStory = (part: RootContent[]) =>
  nestedStar(part) ||
  toldInProse(part) ||
  (part[0]?.type === "paragraph" && tidy(inlineText(part[0].children)).split(/\s+/).length >= 15);

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
 * A forum reply's stories or a list of answers, each under an interview question written as a
 * bold line of its own: two such questions or more, answered (in STAR labels or in prose) under
 * most of them, open a story each. A heading may title the list and one may close it, but none
 * comes between its questions.
 */
export function boldQuestions(blocks: RootContent[]): RootContent[] | undefined {
  const at = blocks.flatMap((block, index) => (boldQuestion(block) ? [index] : []));
  if (at.length < 2) return undefined;
  if (blocks.slice(at[0], at.at(-1)).some((block) => block.type === "heading")) return undefined;
  const closing = blocks.findIndex((block, i) => i > at.at(-1)! && block.type === "heading");
  const end = closing < 0 ? blocks.length : closing;
  const parts = at.map((index, n) => blocks.slice(index + 1, at[n + 1] ?? end));
  const answered = parts.filter(tellsStory).length;
  if (answered < 2 || answered * 2 < parts.length) return undefined;
  return blocks.flatMap((block, index) => {
    if (!at.includes(index)) return [block];
    const also = alsoAsked(block as Paragraph);
    return [
      storyHeading(boldQuestion(block)!, block as Paragraph, "question"),
      ...(also ? [also] : []),
    ];
  });
}
