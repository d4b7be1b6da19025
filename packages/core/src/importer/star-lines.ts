import type { RootContent } from "mdast";
import { classify } from "./labels.ts";
import { inlineText, legendLine, splitLabel, tidy } from "./markdown.ts";

// Whether blocks and lines open with STAR labels: the sign that a part tells a story.

/** Whether a label names a STAR part (a section or a text field). */
export const isStar = (text: string) => {
  const target = classify(text, null);
  return target?.kind === "sections" || target?.kind === "text";
};

/** A line that opens with a STAR label: "Situation - …", "S: …", "**Task:** …", "A -> …", "R = …". */
export const starLine = (line: string) => {
  // "(S) On a red-eye…": a part marked inline.
  if (/^\((?:S|T|A|R|C|P)\)\s+\S/.test(line.trim())) return true;
  const label =
    /^(?:\*\*|__)?([^:\n*_]{1,40}?)(?:\*\*|__)?\s*(?::|\s(?:[—–-]|->|=>|→|=)(?:\s|$))/.exec(
      line.trim(),
    );
  // "S- new associate": a letter written hard against its dash.
  const letter = /^(\p{Lu})[—–-]\s+\S/u.exec(line.trim());
  return (
    (label !== null && isStar(label[1]!.trim()) && !legendLine(line.trim())) ||
    (letter !== null && isStar(letter[1]!))
  );
};

/** "SITUATION" or "**Task**" alone on a paragraph's first line: a colonless STAR label. */
const bareStar = (block: RootContent) => {
  if (block.type !== "paragraph") return false;
  const line = tidy(inlineText(block.children)).split("\n")[0]!;
  return line.split(/\s+/).length <= 3 && isStar(line.replace(/[*_]/g, "").trim());
};

/** Whether a list item's nested blocks carry STAR labels (as bullets or paragraphs). */
export function nestedStar(blocks: RootContent[]): boolean {
  return blocks.some((block) => {
    if (block.type === "paragraph") {
      const labelled = splitLabel(block.children);
      if (labelled !== undefined && isStar(labelled.label)) return true;
      if (bareStar(block)) return true;
      return tidy(inlineText(block.children)).split("\n").some(starLine);
    }
    if (block.type !== "list") return false;
    return block.children.some((item) => {
      const first = item.children[0];
      if (first?.type !== "paragraph") return false;
      const labelled = splitLabel(first.children);
      if (labelled !== undefined && isStar(labelled.label)) return true;
      return starLine(tidy(inlineText(first.children)).split("\n")[0]!);
    });
  });
}
