import type { Nodes } from "mdast";
import type { LineSpan } from "./draft.ts";
import { type Warning, excerptOf } from "./fieldtext.ts";
import { type Block, blockText, endLineOf, inlineText, lineOf, tidy } from "./markdown.ts";
import { isLegend } from "./lines.ts";
import { headingText, isQuestionBlock, isTemplate } from "./segment.ts";
import { isQuestion } from "./question.ts";

/** The report's side of a read: text outside every story, and each story's line map. */

/**
 * One warning per part of the document outside the stories (a heading and the blocks under it),
 * rather than one per line.
 */
export function outsideWarnings(blocks: Block[], placed: boolean[]): Warning[] {
  const groups: Block[][] = [];
  let open: Block[] | undefined;
  blocks.forEach((block, index) => {
    if (placed[index]) {
      // A heading right above a table or story that was read is that part's title; above
      // another heading that opens a story, it is a part of its own with nothing under it.
      if (open?.length === 1 && open[0]!.type === "heading" && block.type !== "heading")
        groups.pop();
      open = undefined;
    } else if (block.type === "thematicBreak" || block.type === "definition") return;
    else if (block.type === "heading" || !open) groups.push((open = [block]));
    else open.push(block);
  });
  return groups.map((group) => {
    const first = group[0]!;
    const made = (first.data as { synthetic?: string } | undefined)?.synthetic === "aside";
    const text = (made ? group.slice(1) : group).map(blockText).filter(Boolean).join(" ");
    const what =
      first.type === "heading" && !made
        ? `The part "${headingText(first)}"`
        : "This text outside a story";
    const body = group.filter((block) => block.type !== "heading");
    const template = isTemplate(body);
    // "**P** = Problem **A** = Action": a key to the labels, said so.
    const legend = body.some(
      (block) => block.type === "paragraph" && isLegend(tidy(inlineText(block.children))),
    );
    const unanswered =
      body.length > 0
        ? body.every(isQuestionBlock)
        : first.type === "heading" && isQuestion(headingText(first));
    return {
      line: lineOf(first),
      endLine: endLineOf(group.at(-1)!),
      message: template
        ? `${what} is a template: it only defines the labels, so it is no story.`
        : unanswered
          ? `${what} asks a question with no answer under it, so it is no story.`
          : legend
            ? `${what} was not imported: it holds a key to the labels, no story's text.`
            : `${what} was not imported: it is not part of a story.`,
      excerpt: excerptOf(text),
    };
  });
}

/** Line spans in line order; runs of one field with only blank lines between them merged. */
export function mergeSpans(spans: LineSpan[], blank: (line: number) => boolean): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: LineSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    let gapBlank = last !== undefined;
    for (let line = (last?.to ?? 0) + 1; gapBlank && line < span.from; line++) {
      gapBlank = blank(line);
    }
    if (last && last.field === span.field && gapBlank) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/** A warning about one block: its lines, the message and an excerpt of its text. */
export const warningFor = (node: Nodes, message: string): Warning => ({
  line: lineOf(node),
  endLine: endLineOf(node),
  message,
  excerpt: excerptOf(blockText(node)),
});
