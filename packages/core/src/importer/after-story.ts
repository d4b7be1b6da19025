import type { Heading } from "mdast";
import { classify } from "./labels.ts";
import { type Block, inlineText, tidy } from "./markdown.ts";
import { headingText, synthetic } from "./structure.ts";

/** Parts that come after a story and still belong to it, or to one more story. */

/**
 * A heading of the follow-ups a telling met ("## The follow-ups I got", "## Follow-up questions
 * they asked") at the depth of the story heading before it.
 */
export function followUpsAfter(block: Block, story: Heading): boolean {
  if (block.type !== "heading" || block.depth !== story.depth || synthetic(block)) return false;
  // "(and how I answered)": a remark on the heading.
  return /^(?:the |my )?follow[- ]?ups?(?: questions)? (?:(?:i|we) (?:got|was asked|were asked|received)|they asked)$/i.test(
    headingText(block)
      .replace(/\s*\([^()]*\)$/, "")
      .replace(/[:.]$/, ""),
  );
}

/**
 * "## Broken down in STAR" right after a story told as a narrative, at its heading's depth: the
 * same story in its parts, so the story's too.
 */
export function breakdownAfter(block: Block, story: Heading): boolean {
  if (block.type !== "heading" || block.depth !== story.depth || synthetic(block)) return false;
  const slot = classify(headingText(block).replace(/[:.]$/, ""), null);
  return slot?.kind === "container" && slot.container === "star";
}

/** The heading of follow-ups as a "**Follow-ups:**" label at its line. */
export const followUpsLabel = (block: Block): Block => ({
  type: "paragraph",
  children: [{ type: "strong", children: [{ type: "text", value: "Follow-ups:" }] }],
  position: block.position,
});

/** "Edit:", "**Update 2:** …": a post's later addition. */
export const isEditBlock = (block: Block) =>
  block.type === "paragraph" &&
  /^\W*(?:edit|update)(?: ?\d+)?\W*:/i.test(tidy(inlineText(block.children)));
