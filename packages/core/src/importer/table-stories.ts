import { isQuestion, shortTitle } from "./question.ts";
import type { Table, TableCell, TableRow } from "mdast";
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

/** A cell's text as a label, without its colon. */
export const label = (cell: TableCell | undefined) => cellText(cell).replace(/:$/, "");

/** Whether a column or row label names a part of the telling: Situation, Task, Action, Result. */
export const isStar = (text: string) => {
  const target = classify(text, null);
  return (
    target?.kind === "sections" || (target?.kind === "text" && /situation|task/.test(target.key))
  );
};

/** Text too long to be a title ("Story | When Kenji became a tech lead…"): an answer. */
export const isAnswerText = (text: string) =>
  text.split(/\s+/).length > 12 || /[.!?]\s+\S/.test(text.trim());

/** Rows whose second cell only names a STAR part ("| S | Situation |"): a key to the letters. */
const keyRows = (rows: TableRow[]) =>
  rows.filter((row) => {
    const part = label(row.children[1]).trim();
    return (
      part.split(/\s+/).length <= 3 && !part.includes("?") && classify(part, null) !== undefined
    );
  });

/**
 * A "Field | Notes" table: its first column names parts of a story, STAR among them or the
 * whole answer in one row ("Story | When Kenji became a tech lead…").
 */
export function isFieldTable(table: Table): boolean {
  // A header naming two STAR parts over rows keyed "#" ("| # | Story | Situation | Task |") is
  // a story matrix, even when its keys are the letters A, B, C; one naming the story beside the
  // key ("| # | Story | Where | Year |") is an index of them.
  const header = table.children[0]?.children.map(label) ?? [];
  const named = header.some((name) => /^(story|stories|title|name)$/i.test(name.trim()));
  if (keyColumn.test(header[0]?.trim() ?? "") && (named || header.filter(isStar).length >= 2))
    return false;
  const firsts = table.children.map((row) => label(row.children[0]));
  // "| S | Situation | 10% |": a key to the letters, each beside the part it stands for.
  const key = keyRows(table.children).filter((row) =>
    /^\p{L}{1,2}$/u.test(label(row.children[0]).trim()),
  );
  if (key.length >= 2) return false;
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
  // "| | |" over the rows: a header left blank, as a README's two-column table has it.
  const rows = blankHeader(table) ? table.children.slice(1) : table.children;
  if (rows.length === 0) return false;
  const firsts = rows.map((row) => label(row.children[0]));
  return (
    firsts.every((text) => text !== "" && text.length <= 40 && text.split(/\s+/).length <= 5) &&
    firsts.some((text) => classify(text, null) !== undefined)
  );
}

/** Whether a table's header row holds no text. */
const blankHeader = (table: Table) =>
  (table.children[0]?.children ?? []).every((cell) => label(cell) === "");

/** A worksheet's column of prompts or hints beside the answers ("Prompt", "Guidance", "Hint"). */
const hintColumn =
  /^(prompts?|hints?|guidance|guide|instructions?|help|what to (write|include)|questions? to answer)$/i;

/**
 * The rows of a field or property table that hold a part: the header row only when it names a
 * part, or, in a property table, when it is not a "Field | Value" header. A worksheet's table
 * ("| Step | Prompt | Your answer |") gives its header row and its prompts apart, to report.
 */
export function fieldRows(table: Table): {
  rows: { label: string; text: string; row: Table["children"][number] }[];
  header?: Table["children"][number];
  hints: { text: string; cell: TableCell }[];
} {
  const property = !isFieldTable(table) && isPropertyTable(table);
  const first = table.children[0]!;
  const isHeader = property
    ? blankHeader(table) ||
      (keyValueHeader.test(label(first.children[0])) &&
        keyValueHeader.test(label(first.children[1])))
    : classify(label(first.children[0]), null) === undefined;
  const hintAt = isHeader
    ? first.children.flatMap((cell, column) =>
        column > 0 && hintColumn.test(label(cell)) ? [column] : [],
      )
    : [];
  const hints: { text: string; cell: TableCell }[] = [];
  const rows = table.children.flatMap((row, index) => {
    if (index === 0 && isHeader) return [];
    const text = row.children
      .flatMap((cell, column) => {
        if (column === 0) return [];
        if (!hintAt.includes(column)) return [cellText(cell)];
        if (cellText(cell) !== "") hints.push({ text: cellText(cell), cell });
        return [];
      })
      .filter((t) => t !== "")
      .join("\n");
    // "| **Situation** *(Where were you? When?)* | …": the part, and the worksheet's prompt.
    const named = label(row.children[0]);
    const prompt = /^(.*?\S)\s*\(([^()]+)\)$/.exec(named);
    if (prompt && classify(prompt[1]!, null)) {
      hints.push({ text: prompt[2]!.trim(), cell: row.children[0]! });
      return [{ label: prompt[1]!, text, row }];
    }
    return [{ label: named, text, row }];
  });
  return isHeader ? { rows, header: first, hints } : { rows, hints };
}

/** Marks a table built from records (see `recordTable`): every row of it is a story. */
interface RecordTableData {
  records?: boolean;
}

const isRecordTable = (table: Table) =>
  (table.data as RecordTableData | undefined)?.records === true;

/**
 * A story table laid on its side ("|  | Queue meltdown | The quiet agent |" over "| Situation |
 * … | … |" rows, a sheet whose columns are the stories): the same table with a row per story,
 * its first header cell "Story". Undefined for any other table.
 */
export function transposedStories(table: Table): Table | undefined {
  const rows = table.children;
  const header = rows[0]?.children ?? [];
  if (header.length < 3 || rows.length < 4 || !isFieldTable(table)) return undefined;
  // Its corner is blank or names the rows ("Field", "Part"); a key to the letters ("Letter |
  // Stands for") holds the parts' names in its second column.
  if (!/^(?:|fields?|parts?|star|stor(?:y|ies)|sections?)$/i.test(label(header[0]).trim()))
    return undefined;
  if (keyRows(rows.slice(1)).length >= 2) return undefined;
  const titles = header.slice(1).map(label);
  // Each column a story's name: text that names no part, and a STAR part in three rows or more.
  if (titles.some((title) => title === "" || classify(title, null) !== undefined)) return undefined;
  if (rows.filter((row) => isStar(label(row.children[0]))).length < 3) return undefined;
  const cell = (row: TableRow, column: number): TableCell =>
    row.children[column] ?? { type: "tableCell", children: [] };
  const first: TableCell = { ...cell(rows[0]!, 0), children: [{ type: "text", value: "Story" }] };
  const transposed: TableRow[] = [
    { type: "tableRow", children: [first, ...rows.slice(1).map((row) => cell(row, 0))] },
    ...titles.map((_, i): TableRow => ({
      type: "tableRow",
      children: rows.map((row) => cell(row, i + 1)),
    })),
  ];
  return { ...table, align: transposed[0]!.children.map(() => null), children: transposed };
}

/** A story matrix: two STAR columns or more in the header row, or a table of records. */
export function isStoryTable(table: Table): boolean {
  if (isRecordTable(table)) return true;
  const header = table.children[0]?.children.map(label) ?? [];
  return header.filter(isStar).length >= 2 && !isFieldTable(table);
}

/** Columns that number or key the rows ("ID", "#", "No."): never a story's title. */
export const keyColumn = /^(?:id|#|no\.?|nr\.?|number|ref|key|row)$/i;

/**
 * The column that names each row's story: "Story", "Title", "Name", else the first column no
 * label claims and that does not just number the rows; -1 when every column is a part of the
 * story (the title is then made from the row's first text, see `storyRow`).
 */
export function titleColumn(table: Table): number {
  const header = table.children[0]!.children.map(label);
  // "Example", "Project", "Working title": a column whose label names the story.
  const named = header.findIndex(
    (h) =>
      /^(story|title|name|story (title|name))$/i.test(h.trim()) ||
      classify(h, null)?.kind === "title",
  );
  if (named >= 0) return named;
  const free = header.findIndex((h) => classify(h, null) === undefined && !keyColumn.test(h));
  if (free >= 0) return free;
  return header.some((h) => keyColumn.test(h)) || isRecordTable(table) ? -1 : 0;
}

/** "- Removed the call", "• Built a checklist": the item's own text (numbers keep the order). */
const listMarker = /^[-*+•▪◦]\s+/;

/**
 * An Action or Result cell as its points: one a line (list markers dropped), and a line of
 * several steps separated by ";" one a step ("Ran 11 interviews; cut the plans to three").
 */
function pointsOf(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim().replace(listMarker, ""))
    .flatMap((line) => {
      const steps = line.split(/\s*;\s+/);
      return steps.length >= 2 && steps.every((step) => step.split(/\s+/).length >= 2)
        ? steps
        : [line];
    })
    .filter((line) => line !== "")
    .join("\n");
}

const isPoints = (name: string) => classify(name, null)?.kind === "sections";

const isQuestions = (name: string) => {
  const slot = classify(name, null);
  return slot?.kind === "list" && slot.key === "questions";
};

/**
 * A questions cell written as sentences ("Tell me about a difficult customer. Describe a time you
 * turned a failure around."): one question a line, when no separator already splits them.
 */
function questionsCell(text: string): string {
  if (/[\n;]|\s\/\s/.test(text)) return text;
  const sentences = text.split(/(?<=[.?!])\s+(?=\p{Lu})/u);
  return sentences.length >= 2 && sentences.every((part) => part.split(/\s+/).length >= 3)
    ? sentences.join("\n")
    : text;
}

/** A title for a row no column names: the first words of its first text. */
function titleFrom(text: string): string {
  const first = text.split("\n")[0]!.replace(listMarker, "");
  const sentence = /^(.{12,}?[.!?])(?:\s|$)/.exec(first)?.[1] ?? first;
  const words = sentence.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : sentence;
}

/**
 * One row of a story matrix as its title and the (header, cell) pairs of its other columns, each
 * with its cell, whose position is the lines its text came from. Action and Result cells come as
 * one point a line.
 */
export function storyRow(
  table: Table,
  index: number,
): {
  title: string;
  titleCell: TableCell | undefined;
  cells: { label: string; text: string; cell: TableCell | undefined }[];
} {
  const header = table.children[0]!.children.map(label);
  const row = table.children[index]!;
  const at = titleColumn(table);
  const cells = header.flatMap((name, column) => {
    if (column === at) return [];
    const text = cellText(row.children[column]);
    const read = isPoints(name) ? pointsOf(text) : isQuestions(name) ? questionsCell(text) : text;
    return [{ label: name, text: read, cell: row.children[column] }];
  });
  const first = cells.find((cell) => cell.text !== "" && !keyColumn.test(cell.label));
  return {
    title:
      (at >= 0 ? cellText(row.children[at]) : "") ||
      // A row with no name, its question first: the question names it, as a question heading does.
      (first && isQuestions(first.label) && isQuestion(first.text.split("\n")[0]!)
        ? shortTitle(first.text.split("\n")[0]!)
        : first
          ? titleFrom(first.text)
          : ""),
    titleCell: at >= 0 ? row.children[at] : undefined,
    cells,
  };
}

/** One answer of a record: the label it goes under, its text, and the lines it came from. */
export interface RecordCell {
  label: string;
  text: string;
  /** 1-based source lines, inclusive. */
  line: number;
  endLine: number;
}

/**
 * A story read from text that is no Markdown table (a form response, an issue, a pasted
 * spreadsheet row): its lines and its answers in order.
 */
export interface StoryRecord {
  line: number;
  endLine: number;
  cells: RecordCell[];
}

const at = (line: number, endLine = line) => ({
  start: { line, column: 1 },
  end: { line: endLine, column: 1 },
});

const tableCell = (text: string, line: number, endLine: number): TableCell => ({
  type: "tableCell",
  children: text === "" ? [] : [{ type: "text", value: text }],
  position: at(line, endLine),
});

/**
 * A story matrix made of records, to be read as a Markdown table with one story a row is: a
 * header row of the labels, in order of first use (a label used twice in a record, twice), and a
 * row per record whose cells keep their source lines. `headerLine` is where the labels stand in
 * the source (a pasted header row), else the first record's first line.
 */
export function recordTable(records: StoryRecord[], headerLine?: number): Table {
  const columns: string[] = [];
  const keys = records.map((record) => {
    const seen = new Map<string, number>();
    return record.cells.map((cell) => {
      const n = (seen.get(cell.label) ?? 0) + 1;
      seen.set(cell.label, n);
      const key = `${cell.label}\u0000${n}`;
      if (!columns.includes(key)) columns.push(key);
      return key;
    });
  });
  const first = headerLine ?? records[0]?.line ?? 1;
  const header: TableRow = {
    type: "tableRow",
    children: columns.map((key) => tableCell(key.split("\u0000")[0]!, first, first)),
    position: at(first),
  };
  const rows = records.map((record, r): TableRow => {
    const cells = columns.map((key) => {
      const i = keys[r]!.indexOf(key);
      const cell = record.cells[i];
      return cell
        ? tableCell(cell.text, cell.line, cell.endLine)
        : tableCell("", record.line, record.line);
    });
    return { type: "tableRow", children: cells, position: at(record.line, record.endLine) };
  });
  const last = records.at(-1)?.endLine ?? first;
  return {
    type: "table",
    align: columns.map(() => null),
    children: [header, ...rows],
    position: at(Math.min(first, records[0]?.line ?? first), last),
    data: { records: true } as RecordTableData,
  };
}
