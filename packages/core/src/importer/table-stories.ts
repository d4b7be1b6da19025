import type { Table, TableCell } from "mdast";
import { classify } from "./labels.ts";
import { inlineText, tidy } from "./markdown.ts";

/**
 * Stories kept in tables: a story matrix with one story per row and a column per part ("Story |
 * Company | Situation | Task | Action | Result"), or a two-column "Field | Notes" table under a
 * story's heading with one part per row. Several points in a cell are joined by `<br>`.
 */

/** A cell's text, a `<br>` read as a line break. */
export function cellText(cell: TableCell | undefined): string {
  if (!cell) return "";
  const text = cell.children
    .map((child) =>
      child.type === "html" && /^<br\s*\/?>$/i.test(child.value.trim())
        ? "\n"
        : inlineText([child]),
    )
    .join("");
  return tidy(text.replace(/<br\s*\/?>/gi, "\n"));
}

const label = (cell: TableCell | undefined) => cellText(cell).replace(/:$/, "");

const isStar = (text: string) => {
  const target = classify(text, null);
  return (
    target?.kind === "sections" || (target?.kind === "text" && /situation|task/.test(target.key))
  );
};

/** Text too long to be a title ("Story | When Kenji became a tech lead…"): an answer. */
export const isAnswerText = (text: string) =>
  text.split(/\s+/).length > 12 || /[.!?]\s+\S/.test(text.trim());

/**
 * A "Field | Notes" table: its first column names parts of a story, STAR among them or the
 * whole answer in one row ("Story | When Kenji became a tech lead…").
 */
export function isFieldTable(table: Table): boolean {
  const firsts = table.children.map((row) => label(row.children[0]));
  const known = firsts.filter((text) => classify(text, null) !== undefined);
  const told = table.children.some((row) => {
    const target = classify(label(row.children[0]), null);
    return (
      (target?.kind === "title" || (target?.kind === "text" && target.key === "draft")) &&
      isAnswerText(cellText(row.children[1]))
    );
  });
  return (
    table.children[0]!.children.length >= 2 && known.length >= 2 && (told || firsts.some(isStar))
  );
}

/** Header rows of a key/value table ("Field | Value", "Property | Details"). */
const keyValueHeader =
  /^(field|property|properties|key|attribute|item|label|name)$|^(value|values|details?|notes?|text|info)$/i;

/**
 * A story's property table ("| Owner | Henrik |", "| Company | Nordvik |", "| Status | Reviewed |"):
 * two columns whose first names a property in a few words, one of them a label a story takes.
 */
export function isPropertyTable(table: Table): boolean {
  if (table.children[0]?.children.length !== 2) return false;
  const firsts = table.children.map((row) => label(row.children[0]));
  return (
    firsts.every((text) => text !== "" && text.length <= 40 && text.split(/\s+/).length <= 5) &&
    firsts.some((text) => classify(text, null) !== undefined)
  );
}

/**
 * The rows of a field or property table that hold a part: the header row only when it names a
 * part, or, in a property table, when it is not a "Field | Value" header.
 */
export function fieldRows(
  table: Table,
): { label: string; text: string; row: Table["children"][number] }[] {
  const property = !isFieldTable(table) && isPropertyTable(table);
  return table.children.flatMap((row, index) => {
    const name = label(row.children[0]);
    const header = property
      ? keyValueHeader.test(name) && keyValueHeader.test(label(row.children[1]))
      : classify(name, null) === undefined;
    if (index === 0 && header) return [];
    const text = row.children
      .slice(1)
      .map(cellText)
      .filter((t) => t !== "")
      .join("\n");
    return [{ label: name, text, row }];
  });
}

/** A story matrix: two STAR columns or more in the header row. */
export function isStoryTable(table: Table): boolean {
  const header = table.children[0]?.children.map(label) ?? [];
  return header.filter(isStar).length >= 2 && !isFieldTable(table);
}

/** The column that names each row's story: "Story", "Title", "Name", else the first unlabelled. */
export function titleColumn(table: Table): number {
  const header = table.children[0]!.children.map(label);
  const named = header.findIndex((h) => /^(story|title|name|story (title|name))$/i.test(h.trim()));
  if (named >= 0) return named;
  const free = header.findIndex((h) => classify(h, null) === undefined);
  return free >= 0 ? free : 0;
}

/** One row of a story matrix as its title and the (header, cell) pairs of its other columns. */
export function storyRow(
  table: Table,
  index: number,
): { title: string; cells: { label: string; text: string }[] } {
  const header = table.children[0]!.children.map(label);
  const row = table.children[index]!;
  const at = titleColumn(table);
  return {
    title: cellText(row.children[at]),
    cells: header.flatMap((name, column) =>
      column === at ? [] : [{ label: name, text: cellText(row.children[column]) }],
    ),
  };
}
