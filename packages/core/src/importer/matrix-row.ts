import type { Table, TableCell } from "mdast";
import { type Draft, newDraft, parseStoryHeading } from "./draft.ts";
import type { Warning } from "./fields.ts";
import { type Block, endLineOf, lineOf } from "./markdown.ts";
import { StoryReader } from "./reader.ts";
import { keyColumn, storyRow } from "./table-stories.ts";
import type { ValueSetRef } from "./values.ts";

/** One row of a story matrix: its title cell and a part per column. */
export function readMatrixRow(
  { table, index }: { table: Table; index: number },
  sets: ValueSetRef[],
  warnings: Warning[],
): Draft {
  const node = table.children[index]! as unknown as Block;
  const row = storyRow(table, index);
  const { titleCell, cells } = row;
  // "**A. The wedding with no kitchen power**": the story's letter, by which a map names it.
  const lettered = parseStoryHeading(row.title, true);
  const title = lettered?.letter ? lettered.title : row.title;
  const draft = newDraft(title || `Row ${index}`, undefined, lineOf(node));
  if (lettered?.letter) draft.letter = lettered.letter;
  draft.endLine = endLineOf(node);
  const reader = new StoryReader(draft, sets, warnings);
  // Each cell's own lines: a form's answer or an issue's section spans several.
  const own = (cell: TableCell | undefined): Block =>
    cell?.position ? (cell as unknown as Block) : node;
  reader.record(own(titleCell), "title");
  for (const cell of cells) {
    // "| A | Rebuilding the budget model |": the row's letter or number, by which a map names it.
    const key = keyColumn.test(cell.label.trim())
      ? /^\s*(?:([A-Z])|(\d{1,3}))\s*$/.exec(cell.text)
      : null;
    if (key?.[1]) draft.letter = key[1];
    else if (key?.[2]) draft.number = Number(key[2]);
    if (cell.text !== "") reader.readLabelled(cell.label, cell.text, own(cell.cell));
  }
  return draft;
}
