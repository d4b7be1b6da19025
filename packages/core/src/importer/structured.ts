import type { Root, Table } from "mdast";
import { delimitedTables } from "./delimited.ts";
import { type Warning, excerptOf } from "./fieldtext.ts";
import { formResponses } from "./form-responses.ts";
import { ghIssues } from "./gh-issues.ts";
import { fieldName } from "./prompts.ts";

/**
 * Story documents that hold stories as records rather than as Markdown: a spreadsheet range
 * pasted as tab- or comma-separated text, a Google Forms responses view copied as text, and
 * `gh issue view` output of issues filed through an issue form. Each record becomes a row of a
 * story matrix (see `recordTable`), so it is read the way a Markdown table with one story a row
 * is; the record's lines are blanked in the text the Markdown parser sees, so every other line
 * keeps its number, and the table is put back in the parsed document where the record stood.
 * What is not a story (a command line, a response's timestamp, an `_No response_`) is reported
 * with its lines.
 */

/** Records found in a part of the document: the lines they take, their tables, the report. */
export interface Found {
  /** 1-based source lines the part takes, inclusive. */
  from: number;
  to: number;
  tables: Table[];
  warnings: Warning[];
}

/** A finder: the parts of the document (its lines, without line ends) it reads, in line order. */
export type Finder = (lines: string[], free: (line: number) => boolean) => Found[];

export interface Structured {
  /** The document with the lines the records took blanked out. */
  text: string;
  /** One story matrix per part, to splice into the parsed document (`spliceTables`). */
  tables: Table[];
  /** What the records' lines held that no story stores, and how the records were read. */
  warnings: Warning[];
  /** A text made from `text` line for line, with the records' own lines put back. */
  restore: (text: string) => string;
}

const finders: Finder[] = [ghIssues, formResponses, delimitedTables];

/** Finds the records of a document (see the module comment); text without any is unchanged. */
export function readStructured(text: string): Structured {
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const taken = new Set<number>();
  const tables: Table[] = [];
  const warnings: Warning[] = [];
  for (const find of finders) {
    for (const found of find(lines, (line) => !taken.has(line))) {
      // A code fence around the records (```tsv … ```, a terminal pasted in ``` … ```) is theirs.
      const before = previousLine(lines, found.from, -1);
      const after = previousLine(lines, found.to, 1);
      if (before && after && fence.test(lines[before - 1]!) && fence.test(lines[after - 1]!)) {
        found.from = before;
        found.to = after;
      }
      for (let line = found.from; line <= found.to; line++) taken.add(line);
      tables.push(...found.tables);
      warnings.push(...found.warnings);
    }
  }
  if (taken.size === 0) return { text, tables, warnings, restore: (same) => same };
  const source = text.split("\n");
  const blanked = source
    .map((line, index) => (taken.has(index + 1) ? line.replace(/[^\r]/g, "") : line))
    .join("\n");
  const restore = (changed: string) =>
    changed
      .split("\n")
      .map((line, index) => (taken.has(index + 1) ? source[index]! : line))
      .join("\n");
  return { text: blanked, tables, warnings, restore };
}

const fence =
  /^\s{0,3}(?:`{3,}|~{3,})\s*(?:tsv|csv|tab|text|txt|plain|plaintext|console|shell|sh|bash|terminal)?\s*$/i;

/** The nearest non-blank line before (`step` -1) or after (1) line `from` (1-based), if any. */
function previousLine(lines: string[], from: number, step: -1 | 1): number | undefined {
  for (let line = from + step; line >= 1 && line <= lines.length; line += step)
    if (lines[line - 1]!.trim() !== "") return line;
  return undefined;
}

/** The parsed document with each table put back at its lines, among the other blocks. */
export function spliceTables(root: Root, tables: Table[]): Root {
  if (tables.length === 0) return root;
  const start = (node: { position?: { start: { line: number } } }) =>
    node.position?.start.line ?? 0;
  const children = [...root.children, ...tables].sort((a, b) => start(a) - start(b));
  return { ...root, children };
}

/** The warnings of the Markdown read and of the records, in line order. */
export function withWarnings(read: Warning[], records: Warning[]): Warning[] {
  if (records.length === 0) return read;
  return [...read, ...records].sort((a, b) => a.line - b.line || a.endLine - b.endLine);
}

/** A report entry for lines `from`..`to` with the text they held. */
export function linesWarning(lines: string[], from: number, to: number, message: string): Warning {
  const text = lines.slice(from - 1, to).join("\n");
  return { line: from, endLine: to, message, excerpt: excerptOf(text.trim()), text };
}

/**
 * How the records' prompts or columns were read: one line per prompt, "prompt → field", so the
 * report shows where each answer went (under the header row itself, for a pasted table).
 */
export function mappingNotice(
  from: number,
  to: number,
  what: string,
  prompts: { prompt: string; label: string | undefined }[],
  header?: string,
): Warning {
  const seen = new Set<string>();
  const mapping = prompts
    .filter(({ prompt }) => !seen.has(prompt) && seen.add(prompt))
    .map(
      ({ prompt, label }) => `${prompt} → ${label === undefined ? "not stored" : fieldName(label)}`,
    )
    .join("\n");
  // A pasted table's header row is quoted as it stands, above where each column went.
  const text = header === undefined ? mapping : `${header}\n${mapping}`;
  return {
    line: from,
    endLine: to,
    message: `${what} Each answer went to the field its question or column names.`,
    excerpt: excerptOf(mapping.replace(/\n/g, "; ")),
    text,
  };
}

/** Answers that say there is no answer: "(blank)", "_No response_", "N/A", "-". */
export const isPlaceholder = (text: string) =>
  /^(?:\(blank\)|\(no answer\)|\(empty\)|\(none\)|_?no response_?|no answer|n\/a|-|—|–)$/i.test(
    text.trim(),
  );

/** "1. Step", "- point", "* point": a list item's marker. */
export const listItem = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;

/** A bullet's marker; a number stays, as it gives the order. */
const bullet = /^[-*+•]\s+/;

/**
 * Answer lines as a cell's text: lines wrapped inside a paragraph joined (when `unwrap`), list
 * items one a line (without their bullets), paragraphs one a line; blank lines and "---" rules dropped.
 */
export function answerText(lines: string[], unwrap: boolean): string {
  const out: string[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || /^(?:-{3,}|\*{3,}|_{3,})$/.test(line)) {
      open = false;
      continue;
    }
    if (unwrap && open && !listItem.test(raw)) out[out.length - 1] += ` ${line}`;
    else out.push(line.replace(bullet, ""));
    open = true;
  }
  return out.join("\n");
}
