import { parse } from "csv-parse/sync";
import { isMetaPrompt, promptLabel } from "./prompts.ts";
import {
  type Finder,
  type Found,
  isPlaceholder,
  linesWarning,
  mappingNotice,
} from "./structured.ts";
import { type RecordCell, type StoryRecord, isStar, recordTable } from "./table-stories.ts";

/**
 * A story table pasted as delimited text: a spreadsheet range copied out of Google Sheets or
 * Excel (tab-separated), or a CSV export, with a header row that names the story's columns
 * ("Story", "Situation", "What I did", "Impact", …) and one row per story. Quoted cells may hold
 * line breaks, tabs or commas (RFC 4180 quoting, read by csv-parse); empty cells stay empty.
 * The table ends at the first line that is no row of it (a blank line outside a quoted cell, a
 * line without the delimiter, a CSV line with another number of cells).
 */

interface Header {
  cells: string[];
  labels: (string | undefined)[];
}

/** Cells of one line, or undefined when the line does not parse. */
function cellsOf(line: string, delimiter: string): string[] | undefined {
  try {
    const [record] = parse(line, { delimiter, relax_quotes: true, relax_column_count: true }) as
      string[][] | [];
    return record?.map((cell) => cell.trim());
  } catch {
    return undefined;
  }
}

/**
 * A header row: three cells or more, each a short label, two of them STAR parts (after reading
 * prompts such as "What did you do?" as the labels they stand for).
 */
function headerOf(line: string, delimiter: string): Header | undefined {
  if (!line.includes(delimiter)) return undefined;
  const cells = cellsOf(line, delimiter);
  if (!cells || cells.length < 3) return undefined;
  const short = cells.every(
    (cell) => cell.length <= 80 && cell.split(/\s+/).length <= 12 && !/[.!]$/.test(cell),
  );
  if (!short || cells.filter((cell) => cell !== "").length < 3) return undefined;
  // An unnamed column's text goes to the notes; a column about the row itself is reported.
  const labels = cells.map((cell) =>
    cell === "" ? "Notes" : isMetaPrompt(cell) ? undefined : promptLabel(cell),
  );
  const star = labels.filter((label) => label !== undefined && isStar(label)).length;
  return star >= 2 ? { cells, labels } : undefined;
}

interface Row {
  cells: string[];
  /** 1-based source lines. */
  line: number;
  endLine: number;
}

/**
 * The rows under a header at `header` (0-based), parsed with csv-parse up to the first blank line
 * that is not inside a quoted cell.
 */
function rowsUnder(lines: string[], header: number, delimiter: string, width: number): Row[] {
  const blanks = lines.flatMap((line, i) => (i > header && line.trim() === "" ? [i] : []));
  for (const end of [...blanks, lines.length]) {
    const text = lines.slice(header + 1, end).join("\n");
    const rows = parseRows(text, delimiter, header + 2);
    if (rows) return tableRows(rows, delimiter, width);
  }
  // A quote never closed: read the lines up to the first blank one without quoting.
  const end = blanks[0] ?? lines.length;
  const text = lines.slice(header + 1, end).join("\n");
  return tableRows(parseRows(text, delimiter, header + 2, false) ?? [], delimiter, width);
}

function parseRows(
  text: string,
  delimiter: string,
  first: number,
  quoted = true,
): Row[] | undefined {
  if (text.trim() === "") return [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      quote: quoted ? '"' : false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    return undefined;
  }
  let next = first;
  return records.map(({ record, info }) => {
    const row = { cells: record, line: next, endLine: first + info.lines - 1 };
    next = row.endLine + 1;
    return row;
  });
}

/** The rows that belong to the table: from the first, while each is a row of it. */
function tableRows(rows: Row[], delimiter: string, width: number): Row[] {
  const end = rows.findIndex((row) =>
    delimiter === "\t"
      ? row.cells.length < 2 || row.cells.length > width + 1
      : row.cells.length !== width,
  );
  return end < 0 ? rows : rows.slice(0, end);
}

/** A cell's lines: the row's first line plus the line breaks of the cells before it. */
function cellLines(row: Row, column: number): { line: number; endLine: number } {
  const breaks = (text: string) => text.split("\n").length - 1;
  const line = row.line + row.cells.slice(0, column).reduce((sum, cell) => sum + breaks(cell), 0);
  return { line, endLine: line + breaks(row.cells[column] ?? "") };
}

/** Finds pasted tab-separated and CSV story tables. */
export const delimitedTables: Finder = (lines, free) => {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!free(i + 1)) continue;
    const delimiter = lines[i]!.includes("\t") ? "\t" : ",";
    const header = headerOf(lines[i]!, delimiter);
    if (!header) continue;
    const rows = rowsUnder(lines, i, delimiter, header.cells.length).filter((row) =>
      Array.from({ length: row.endLine - row.line + 1 }, (_, k) => row.line + k).every(free),
    );
    const stories = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
    if (stories.length === 0) continue;
    const from = i + 1;
    const to = rows.at(-1)!.endLine;
    found.push(readTable(lines, header, stories, { from, to, headerLine: i + 1, delimiter }));
    i = to - 1;
  }
  return found;
};

function readTable(
  lines: string[],
  header: Header,
  rows: Row[],
  at: { from: number; to: number; headerLine: number; delimiter: string },
): Found {
  const warnings = [];
  const records: StoryRecord[] = rows.map((row) => {
    const cells: RecordCell[] = [];
    header.labels.forEach((label, column) => {
      const text = (row.cells[column] ?? "").trim();
      if (label === undefined || isPlaceholder(text)) return;
      cells.push({ label, text, ...cellLines(row, column) });
    });
    // Cells past the header's last column have no label: notes, so no text is lost.
    row.cells.slice(header.cells.length).forEach((text, k) => {
      if (text.trim() !== "")
        cells.push({
          label: "Notes",
          text: text.trim(),
          ...cellLines(row, header.cells.length + k),
        });
    });
    return { line: row.line, endLine: row.endLine, cells };
  });
  const kind = at.delimiter === "\t" ? "tab-separated" : "comma-separated (CSV)";
  warnings.push(
    mappingNotice(
      at.headerLine,
      at.headerLine,
      `Read as a story table pasted as ${kind} text: ${rows.length} row${rows.length === 1 ? "" : "s"}, one story each.`,
      header.cells.map((prompt, column) => ({ prompt, label: header.labels[column] })),
      lines[at.headerLine - 1],
    ),
  );
  // Columns about the row, not the story (Timestamp, Email address): reported, not stored.
  const meta = header.cells.flatMap((cell, column) =>
    cell !== "" && header.labels[column] === undefined ? [column] : [],
  );
  if (meta.length > 0) {
    const names = meta.map((column) => `"${header.cells[column]}"`).join(", ");
    const values = rows
      .map((row) => meta.map((column) => row.cells[column] ?? "").join(" · "))
      .join("\n");
    warnings.push({
      ...linesWarning(
        lines,
        at.headerLine,
        at.to,
        `The ${names} column says who sent a row and when; it was not stored.`,
      ),
      text: values,
    });
  }
  const placeholders = rows.flatMap((row) =>
    header.labels.flatMap((label, column) =>
      label !== undefined &&
      isPlaceholder(row.cells[column] ?? "") &&
      (row.cells[column] ?? "").trim() !== ""
        ? [{ row, column }]
        : [],
    ),
  );
  for (const { row, column } of placeholders) {
    const { line, endLine } = cellLines(row, column);
    warnings.push({
      ...linesWarning(
        lines,
        line,
        endLine,
        `"${header.cells[column]}" holds no answer here ("${row.cells[column]!.trim()}").`,
      ),
      text: row.cells[column]!.trim(),
    });
  }
  return {
    from: at.from,
    to: at.to,
    tables: [recordTable(records, at.headerLine)],
    warnings,
  };
}
