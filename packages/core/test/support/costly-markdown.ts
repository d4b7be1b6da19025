/**
 * Markdown shapes that cost the parser the most for their size, each as large as the import
 * guard lets it be (`atLimit`) and a little beyond (`beyond`), under one story heading. Used by
 * the guard's tests (beyond is refused, at the limit is not) and by `npm run bench -- import`
 * (reading the accepted ones, beside a plain remark parse of the same text).
 */

const story = "## Story 1: A costly document\n\n**Situation:**\n\n";

/** `count` copies of `unit`, wrapped every `perLine` copies so no line is absurdly long. */
const lines = (unit: string, count: number, perLine = 20) =>
  Array.from({ length: Math.ceil(count / perLine) }, (_, i) =>
    unit.repeat(Math.min(perLine, count - i * perLine)).trimEnd(),
  ).join("\n");

/** Backtick runs of distinct lengths, none closed: each scans to the paragraph's end. */
const unmatchedTicks = (runs: number) =>
  Array.from({ length: runs }, (_, i) => `${"`".repeat(i + 1)}x`).join("\n");

/** A nested list whose depth changes on every line, from 0 to 11 and back. */
const outline = (count: number) =>
  Array.from({ length: count }, (_, i) => `${"  ".repeat(i % 12)}- x`).join("\n");

/** Paragraphs of `per` bracket runs each. */
const bracketParagraphs = (paragraphs: number, per: number) =>
  Array.from({ length: paragraphs }, () => lines("] ", per)).join("\n\n");

/** A table of `rows` rows of `cells` cells. */
const table = (rows: number, cells: number) =>
  [
    `|${" h |".repeat(cells)}`,
    `|${"---|".repeat(cells)}`,
    ...Array.from({ length: rows }, (_, i) => `|${` c${i} |`.repeat(cells)}`),
  ].join("\n");

/** UTF-8 text read as Windows-1252 ("â€™"), between words, and runs that each differ. */
const mojibake = (count: number) => lines("Itâ€™s â€œdoneâ€ ‚Äî üí∞ ", count, 6);
const distinctRuns = (count: number) =>
  lines("", 0) +
  Array.from({ length: count }, (_, i) =>
    String.fromCharCode(0xc0 + (i % 60), 0x80 + ((i * 7) % 60), 0x2000 + (i % 500)),
  )
    .join(" ")
    .replace(/(.{1,120})( |$)/g, "$1\n");

export interface CostlyShape {
  name: string;
  atLimit: string;
  beyond?: string;
}

export const costlyShapes: CostlyShape[] = [
  {
    name: "table rows (795 rows of 4 cells)",
    atLimit: story + table(795, 4),
    beyond: story + table(1_000, 3),
  },
  {
    name: "wide table (100 rows of 38 cells)",
    atLimit: story + table(100, 38),
    beyond: story + table(150, 40),
  },
  {
    name: "backslash escapes (2,000 in a paragraph)",
    atLimit: story + lines("\\# a ", 2_000),
    beyond: story + lines("\\# a ", 20_000),
  },
  {
    name: "character references (2,000 in a paragraph)",
    atLimit: story + lines("&amp; a ", 2_000),
    beyond: story + lines("&amp; a ", 20_000),
  },
  {
    name: "inline HTML (2,000 tags in a paragraph)",
    atLimit: story + lines("<b> a ", 2_000),
    beyond: story + lines("<b> a ", 20_000),
  },
  {
    name: "code spans (2,000 backtick runs in a paragraph)",
    atLimit: story + lines("` a ", 2_000),
    beyond: story + lines("` a ", 20_000),
  },
  {
    name: "unmatched backtick runs (distinct lengths)",
    atLimit: story + unmatchedTicks(150),
    beyond: story + unmatchedTicks(700),
  },
  {
    name: "closing brackets (33 paragraphs of 300)",
    atLimit: story + bracketParagraphs(33, 300),
    beyond: story + lines("] ", 10_000),
  },
  {
    name: "emphasis runs (33 paragraphs of 300)",
    atLimit: story + Array.from({ length: 33 }, () => lines("*a ", 300)).join("\n\n"),
    beyond: story + lines("*a ", 10_000),
  },
  {
    name: "nested lists, depth changing every line",
    atLimit: story + outline(460),
    beyond: story + outline(2_000),
  },
  {
    name: "nested quotes and lists (12 deep)",
    atLimit: story + "> > > > > > - - - - - - x\n".repeat(80),
    beyond: story + "> > > > > > - - - - - - x\n".repeat(3_990),
  },
  {
    name: "long flat list (4,000 lines)",
    atLimit: story + "- item\n".repeat(3_990),
  },
  {
    name: "mis-decoded text (250 KiB)",
    atLimit: story + mojibake(5_800),
  },
  {
    name: "mis-decoded runs that all differ",
    atLimit: story + distinctRuns(25_000),
  },
];
