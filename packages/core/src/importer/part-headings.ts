import type { Paragraph, RootContent } from "mdast";
import { inlineText, tidy } from "./markdown.ts";
import { isSynthetic } from "./normalize.ts";
import { isQuestion } from "./question.ts";
import { isLabelHeading } from "./structure.ts";

/**
 * "#### talking time" after "#### background", "#### my job", "#### result": a short heading at
 * the depth of a story's part headings, after two of them, is a part of the writer's own (its
 * text goes to the notes), not the next story. A heading above that depth ends the run.
 */
export function ownLabelHeadings(blocks: RootContent[]): RootContent[] {
  let depth = 0;
  let parts = 0;
  return blocks.map((block) => {
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
  });
}
