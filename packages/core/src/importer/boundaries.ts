import type { Heading, Table } from "mdast";
import { type Block, inlineText, splitLabel, tidy } from "./markdown.ts";
import { classify } from "./labels.ts";
import { isStoryTable, storyRow } from "./table-stories.ts";
import { kindOfTable } from "./tables.ts";
import { isSynthetic } from "./normalize.ts";
import { isAside } from "./vocabulary.ts";

/**
 * Where a story stops although no heading says so: at a part that is no story ("Questions to ask
 * them", "Resources", "**TL;DR:**", an email's signature), at the next horizontal rule for a story a rule opened; and
 * the rows of a story table that hold no story yet.
 */

const headingText = (heading: Heading) => tidy(inlineText(heading.children));

/** A heading over a part that is no story ("Questions to ask them", "Resources", "License"). */
export const isAsideHeading = (block: Block) =>
  block.type === "heading" &&
  ((block.data as { synthetic?: string } | undefined)?.synthetic === "aside" ||
    isAside(headingText(block)));

/**
 * A heading, or a label line opening a paragraph ("Questions to ask them:", "**TL;DR:** …",
 * "QUESTIONS TO ASK THEM"), over a part that is no story.
 */
export function isAsideBlock(block: Block): boolean {
  if (block.type === "heading") return isAsideHeading(block);
  if (block.type !== "paragraph") return false;
  const line = tidy(inlineText(block.children)).split("\n")[0]!;
  // An email's signature ("-- " on a line of its own) or the quoted message ("On … wrote:").
  if (/^--\s*$/.test(line) || /^on .{5,160}\bwrote:$/i.test(line)) return true;
  const label = splitLabel(block.children)?.label;
  // "TODO: split into STAR" under a story is a reminder for it; a "To do" heading is an aside.
  if (label !== undefined && /^\W*to ?-?dos?\W*$/i.test(label)) return false;
  // "**Comments**" over a card's comments (a Trello or Jira export): remarks on the story.
  if (block.children[0]?.type === "strong" && /^\W*comments\W*$/i.test(line)) return false;
  if (label !== undefined && isAside(label)) return true;
  return line.split(/\s+/).length <= 8 && isAside(line);
}

/** The first horizontal rule after `index`: it ends a story that a rule opened. */
export const nextRule = (blocks: Block[], index: number) => {
  const at = blocks.findIndex((block, i) => i > index && block.type === "thematicBreak");
  return at < 0 ? blocks.length : at;
};

/** A "TL;DR" label paragraph: a post's summary, or a story's headline when it opens the story. */
const isSummaryLine = (block: Block) =>
  block.type === "paragraph" &&
  /^tl;? ?dr\b/i.test(tidy(inlineText(block.children)).replace(/[*_]/g, "").trim());

/**
 * The first aside after `index`, which ends any story above it. A "TL;DR" among the first
 * blocks under a story's heading is that story's headline, not an aside.
 */
export const nextAside = (blocks: Block[], index: number) => {
  const depth = sectionDepth(blocks, index);
  const at = blocks.findIndex(
    (block, i) =>
      i > index &&
      isAsideBlock(block) &&
      !(i - index <= 3 && isSummaryLine(block)) &&
      // "Related: [[…]] · [[…]]" under the story's title, over its "## Situation" and other
      // parts: a line of the story, which goes on below it.
      !(block.type === "paragraph" && depth > 0 && partsFollow(blocks, i, depth)) &&
      // "#### Note to self" under the story's own "## …" heading, or "**Note to self:**" in its
      // text, is a remark on that story.
      !(block.type === "heading"
        ? block.depth > depth && isNoteToSelf(headingText(block))
        : block.type === "paragraph" && isNoteToSelf(splitLabel(block.children)?.label ?? "")),
  );
  return at < 0 ? blocks.length : at;
};

/** Whether a heading below `depth` follows `index` before one at `depth` or above. */
function partsFollow(blocks: Block[], index: number, depth: number): boolean {
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "heading" || isSynthetic(block)) continue;
    return block.depth > depth && !isAsideHeading(block);
  }
  return false;
}

/** "Note to self", "Notes to myself": the writer's own remark. */
const isNoteToSelf = (text: string) => /^\W*notes? to (self|myself)\W*$/i.test(text);

/**
 * The depth of the real heading a story sits under: its own, or for a story a line opened
 * ("Story: …", depth 6 and made up) the nearest real heading above it; 0 for none.
 */
function sectionDepth(blocks: Block[], index: number): number {
  for (let i = index; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type === "heading" && !isSynthetic(block)) return block.depth;
  }
  return 0;
}

/**
 * The first document-wide table after `index` (a question → story map, a progress table), which
 * ends any story above it: it speaks of every story, not of the one it follows.
 */
export const nextMapTable = (blocks: Block[], index: number) => {
  // A story matrix of several rows holds stories of its own, too.
  const at = blocks.findIndex(
    (block, i) =>
      i > index &&
      block.type === "table" &&
      (kindOfTable(block) !== undefined || (block.children.length > 2 && isStoryTable(block))),
  );
  return at < 0 ? blocks.length : at;
};

/** A matrix row whose cells, title aside, are blank or only say "TODO" / "TBD" / "…". */
export function isEmptyRow(table: Table, index: number): boolean {
  const { title, cells } = storyRow(table, index);
  const blank = (text: string) => /^(?:|todo|tbd|tba|n\/a|-|—|…|\.\.\.|\?+)$/i.test(text.trim());
  const todo = /^(todo|tbd)\b/i.test(title.trim());
  // "| 5 | Failure story?? | | | | | ❌ need one |": the parts of the story are all blank; a
  // status or number beside them tells nothing.
  const told = cells.filter((cell) => {
    const slot = classify(cell.label, null);
    return slot?.kind === "sections" || slot?.kind === "text";
  });
  return (
    blank(title) ||
    todo ||
    cells.every((cell) => blank(cell.text) || /^todo\b/i.test(cell.text)) ||
    (told.length >= 2 && told.every((cell) => blank(cell.text)))
  );
}
