import type { Paragraph, RootContent } from "mdast";
import { inlineText, tidy } from "./markdown.ts";
import { isSynthetic } from "./normalize.ts";
import { isQuestion } from "./question.ts";
import { classify } from "./labels.ts";
import { headingText, isLabelHeading } from "./structure.ts";

/**
 * "#### talking time" after "#### background", "#### my job", "#### result": a short heading at
 * the depth of a story's part headings, after two of them, is a part of the writer's own (its
 * text goes to the notes), not the next story. A heading above that depth ends the run.
 */
export function ownLabelHeadings(blocks: RootContent[]): RootContent[] {
  return trackerSections(blocks).map(ownLabel());
}

/**
 * "### Description" and "### Comments" under each "## PREP-14 …" of an issue tracker's export:
 * sections of the story above, not stories. The description's heading is left out (its text is
 * the story's); the comments are a part of the writer's own, for the notes.
 */
function trackerSections(blocks: RootContent[]): RootContent[] {
  const depths: number[] = [];
  return blocks.map((block) => {
    if (block.type !== "heading" || isSynthetic(block)) return block;
    const text = tidy(inlineText(block.children)).replace(/:$/, "");
    const under = depths.some((depth) => depth < block.depth);
    depths.push(block.depth);
    if (!under) return block;
    const wrapper = /^(description|details|body|content)$/i.test(text);
    const remarks = /^(comments?|activity|discussion)$/i.test(text);
    if (!wrapper && !remarks) return block;
    return {
      type: "paragraph",
      children: [{ type: "strong", children: [{ type: "text", value: `${text}:` }] }],
      position: block.position,
      data: wrapper ? { wrapperLabel: true } : { ownLabel: true },
    } as Paragraph;
  });
}

const ownLabel = () => {
  let depth = 0;
  let parts = 0;
  return (block: RootContent): RootContent => {
    if (block.type !== "heading" || isSynthetic(block)) return block;
    if (isLabelHeading(block)) {
      if (block.depth !== depth) parts = 0;
      depth = block.depth;
      parts += 1;
      return block;
    }
    const text = tidy(inlineText(block.children));
    const own =
      parts >= 2 &&
      block.depth === depth &&
      text.split(/\s+/).length <= 3 &&
      !/[\d?]/.test(text) &&
      !isQuestion(text);
    if (own)
      return {
        type: "paragraph",
        children: [{ type: "strong", children: [{ type: "text", value: `${text}:` }] }],
        position: block.position,
        data: { ownLabel: true },
      } as Paragraph;
    if (block.depth <= depth) parts = 0;
    return block;
  };
};

/**
 * "### Phase 1 — Making the unknowns visible" under "## What I did", "### Why not a big bang?"
 * under "## Follow-up Q&A": a heading below a story's part heading, inside its section, is a
 * sub-heading of that part (a group of actions, a follow-up), read as a bold line, not a story.
 */
export function headingsUnderParts(blocks: RootContent[]): RootContent[] {
  let part: number | undefined;
  return blocks.map((block): RootContent => {
    if (block.type !== "heading" || isSynthetic(block)) return block;
    if (part !== undefined && block.depth <= part) part = undefined;
    if (isLabelHeading(block)) {
      // Only parts that hold groups or pairs take sub-headings: the actions, the results and
      // the follow-ups.
      const kind = classify(headingText(block), null)?.kind;
      part = kind === "sections" || kind === "followUps" ? block.depth : undefined;
      return block;
    }
    if (part === undefined) return block;
    const bold: Paragraph = {
      type: "paragraph",
      children: [{ type: "strong", children: block.children }],
      position: block.position,
    };
    return bold;
  });
}
