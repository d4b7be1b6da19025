import type { Heading, RootContent } from "mdast";
import { parseStoryHeading } from "./draft.ts";
import { classify } from "./labels.ts";
import { type Block, inlineText, isPrompt, splitLabel, splitLines, tidy } from "./markdown.ts";
import { type StoryHeadingData, isSynthetic } from "./normalize.ts";
import { isQuestion, quotedPrompt } from "./question.ts";
import { isAsideHeading } from "./boundaries.ts";
import { isFieldTable } from "./table-stories.ts";

/**
 * What a block says about a document's structure: a heading that names a story or a part of
 * one, a block carrying STAR labels, the extent of a heading's section, prose and questions.
 */

export const synthetic = (heading: Heading) =>
  (heading.data as StoryHeadingData | undefined)?.synthetic;

export const headingText = (heading: Heading) => tidy(inlineText(heading.children));

/** A heading that names a part of a story ("### Situation", "### Best Used For"). */
export function isLabelHeading(heading: Heading): boolean {
  if (isSynthetic(heading)) return false;
  const text = headingText(heading);
  const labelled = splitLabel(heading.children);
  // "### Question: Tell me about a time…" asks the story's question: it heads a story.
  if (labelled && labelled.rest !== "" && isQuestion(labelled.rest)) {
    const asked = classify(labelled.label, null);
    if (asked?.kind === "list" && asked.key === "questions") return false;
  }
  // "## ⭐ A — Removing the reports tab": a story's letter before its title, not the Action.
  if (
    labelled &&
    /^[A-Z]$/.test(labelled.label.replace(/[^\p{L}]/gu, "")) &&
    labelled.rest !== "" &&
    labelled.rest.split(/\s+/).length <= 10 &&
    !/[.!?]$/.test(labelled.rest)
  )
    return false;
  // "## Behaviour: Making Effective Decisions": the behaviour a story is written for names it.
  if (labelled && metaNamed.test(labelled.label.trim()) && labelled.rest !== "") return false;
  const label = labelled?.label ?? text;
  const target = classify(label, null) ?? classify(text, null);
  return target !== undefined && target.kind !== "title";
}

/** Labels before the behaviour, competency or value a story is written for. */
const metaNamed =
  /^(?:(?:amazon )?lps?|behaviou?rs?|competenc(?:y|ies)|values?|(?:leadership )?principles?|themes?)$/i;

/** STAR parts, and the draft or refined answer that tells a story without them. */
const isStarTarget = (label: string) => {
  const target = classify(label, null);
  return (
    target?.kind === "sections" ||
    (target?.kind === "text" && /situation|task|draft|refined/.test(target.key))
  );
};

/** Whether a block carries a STAR label (Situation / Task / Action / Result or a cousin). */
export function hasStarLabel(block: Block): boolean {
  if (block.type === "heading")
    return isStarTarget(splitLabel(block.children)?.label ?? headingText(block));
  if (block.type === "paragraph") {
    const labelled = splitLabel(block.children);
    if (labelled && isStarTarget(labelled.label)) return true;
    return (
      tidy(inlineText(block.children))
        .split("\n")
        .some((line) => {
          const colon = /^(?:\*\*|__)?([^:*_\n]{1,40}?)(?:\*\*|__)?\s*:|^([A-Za-z ]{1,20})$/.exec(
            line,
          );
          return colon !== null && isStarTarget((colon[1] ?? colon[2])!.trim());
        }) ||
      // "**Outcome.** One rota by May." on a later line.
      splitLines(block, () => true).some((line) => {
        const label = splitLabel(line.children)?.label;
        return label !== undefined && isStarTarget(label);
      })
    );
  }
  if (block.type === "list") {
    return block.children.some((item) =>
      item.children.some((child) => hasStarLabel(child as Block)),
    );
  }
  return block.type === "table" && isFieldTable(block);
}

/** Whether a block carries any label a story field takes (a label heading or "**Label:**"). */
export function hasAnyLabel(block: Block): boolean {
  if (block.type === "heading") return isLabelHeading(block);
  if (block.type !== "paragraph") return hasStarLabel(block);
  const labelled = splitLabel(block.children);
  return (
    (labelled !== undefined && classify(labelled.label, null) !== undefined) || hasStarLabel(block)
  );
}

/** Whether a heading opens a story however the rest of the document is written. */
export const isNamed = (block: Block): block is Heading =>
  block.type === "heading" &&
  !isAsideHeading(block) &&
  (isSynthetic(block) || parseStoryHeading(headingText(block), false) !== undefined);

/** Where the part under the heading at `index` ends: at the next heading as high or higher. */
export function sectionEnd(blocks: Block[], index: number): number {
  const depth = (blocks[index] as Heading).depth;
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "heading" && block.depth <= depth) return i;
  }
  return blocks.length;
}

/** The blocks right under a heading, through its label sub-headings, up to the next other heading. */
export function ownBlocks(blocks: Block[], index: number): Block[] {
  const own: Block[] = [];
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "heading" && (!isLabelHeading(block) || isAsideHeading(block))) break;
    own.push(block);
  }
  return own;
}

/** Text that is the writer's own: not an italic prompt, not markup. */
export const isProse = (block: Block) =>
  (block.type === "paragraph" && !isPrompt(block) && tidy(inlineText(block.children)) !== "") ||
  block.type === "list" ||
  block.type === "blockquote" ||
  block.type === "code";

/** A paragraph or list that only asks questions. */
export const isQuestionBlock = (block: Block) =>
  (block.type === "paragraph" && isQuestion(tidy(inlineText(block.children)))) ||
  (block.type === "list" &&
    block.children.every((item) => {
      const first = item.children[0];
      return (
        item.children.length === 1 &&
        first?.type === "paragraph" &&
        isQuestion(tidy(inlineText(first.children)))
      );
    }));

/** The heading right above the one at `index` (one level up), when it asks a question. */
export function questionAbove(blocks: Block[], index: number): number | undefined {
  const depth = (blocks[index] as Heading).depth;
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type !== "heading" || block.depth >= depth) continue;
    const text = headingText(block);
    return !isLabelHeading(block) && (isQuestion(text) || quotedPrompt(text)) ? i : undefined;
  }
  return undefined;
}

/** A part told without labels: a paragraph of 40 words or more (an email's or a post's story). */
export const toldInProse = (part: (Block | RootContent)[]) =>
  part.some(
    (block) =>
      block.type === "paragraph" && tidy(inlineText(block.children)).split(/\s+/).length >= 40,
  );
