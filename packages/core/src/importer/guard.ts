import { AppError, invalid } from "../error/index.ts";

/**
 * Bounds on a Markdown document, checked on the raw text before it is parsed, so that reading
 * any document the guard accepts stays well under a second. What costs the parser (remark /
 * micromark) more than its plain per-line price, measured with `npm run bench -- import`:
 *
 * - emphasis, strikethrough and bracket runs (`*`, `_`, `~`, `[`, `]`): each closing one looks
 *   back over the open ones, so one paragraph's cost grows with the square of their number;
 * - inline constructs (backslash escapes, character references, inline HTML and autolinks, code
 *   spans): each splits the paragraph's text, and the parser merges the pieces back with one
 *   array splice each, again the square of their number per paragraph;
 * - backtick runs with no closing run of the same length: each one scans to the paragraph's end;
 * - table rows and cells: a price per cell several times a plain line's;
 * - nested block quotes and lists opened and closed line after line within one list or quote
 *   (the square of its lines), and deep nesting, which also overflows the stack.
 *
 * Story documents come nowhere near these bounds (a bank of 15 stories is about 80 KiB, 1,300
 * lines, 1,500 emphasis runs, 40 inline constructs in its busiest paragraph and one table of
 * 20 rows).
 */
export const guardLimits = {
  /** UTF-8 bytes. A bank of 15 stories is about 80 KiB. */
  bytes: 256 * 1024,
  lines: 4_000,
  /** Block quote and list markers opening one line ("> - > 1. …"). */
  nesting: 12,
  /** Columns of indentation (a tab counts 4): nested lists nest by indentation too. */
  indent: 24,
  /** Runs of `*`, `_` or `~`, and brackets, in one paragraph and in the whole document. */
  delimiters: 300,
  allDelimiters: 10_000,
  /**
   * The sum over paragraphs of the square of each one's inline constructs: one paragraph of
   * 2,000, or 400 paragraphs of 100.
   */
  inlineSquares: 4_000_000,
  /** Characters scanned for the closing runs of backtick runs that have none. */
  backtickScan: 2_000_000,
  /** Lines holding a `|` (table rows, or text that could be read as one), and `|` in all. */
  tableLines: 800,
  pipes: 4_000,
  /**
   * Containers opened or closed within one run of nested lines (a list or quote and the lines
   * under it), each weighted by the lines of the run before it: the parser fixes the positions
   * of the whole run each time a nested container closes.
   */
  containerChurn: 200_000,
} as const;

const tooLarge = (message: string) => new AppError("too_large", "document_too_large", message);
const tooComplex = (line: number, message: string) =>
  invalid("The document is nested or marked up beyond what a story document needs.", [
    { path: "body", message: `${message} (line ${line}).` },
  ]);

const nestingMarker = /^[ \t]{0,8}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/;
const delimiterRun = /[*_~]+|[[\]]/g;
/**
 * What micromark reads as an inline construct of its own: a backslash escape, a character
 * reference, a tag, comment or autolink, a backtick run.
 */
const inlineConstruct =
  /\\[!-/:-@[-`{-~]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|<[A-Za-z/!?]|`+/g;

/** A paragraph's text as the guard sees it: the lines between blank lines. */
interface Block {
  start: number;
  lines: string[];
}

/**
 * Fails (413) on a document beyond the size bounds and (400, naming the line) on one marked up
 * beyond the others. See `guardLimits`.
 */
export function guardMarkdown(text: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > guardLimits.bytes) {
    throw tooLarge(
      `The document is ${bytes} bytes; a Markdown import takes at most ${guardLimits.bytes}.`,
    );
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > guardLimits.lines) {
    throw tooLarge(
      `The document has ${lines.length} lines; a Markdown import takes at most ${guardLimits.lines}.`,
    );
  }
  let block: Block = { start: 0, lines: [] };
  const totals = { delimiters: 0, squares: 0, scan: 0, tableLines: 0, pipes: 0 };
  const close = () => {
    if (block.lines.length > 0) checkBlock(block, totals);
  };
  const run = { lines: 0, churn: 0, depth: 0 };
  lines.forEach((line, index) => {
    // A blank line, however indented (a spreadsheet's empty row is only tabs), nests nothing.
    if (line.trim() === "") {
      close();
      block = { start: index + 1, lines: [] };
      return;
    }
    const { markers, indent } = checkNesting(line, index + 1);
    // A line at the margin after a blank line, or a heading, ends every list and quote.
    if (markers === 0 && indent === 0 && (block.lines.length === 0 || line.startsWith("#"))) {
      run.lines = 0;
      run.depth = 0;
    }
    const depth = Math.floor(indent / 2);
    run.lines++;
    run.churn += (Math.max(0, markers - 1) + Math.abs(depth - run.depth)) * run.lines;
    run.depth = depth;
    if (run.churn > guardLimits.containerChurn) {
      throw tooComplex(index + 1, "Too many nested lists or quotes opened and closed in one list");
    }
    block.lines.push(line);
    const pipes = countOf(line, "|");
    if (pipes > 0) {
      totals.pipes += pipes;
      if (++totals.tableLines > guardLimits.tableLines) {
        throw tooComplex(
          index + 1,
          `More than ${guardLimits.tableLines} lines with a "|" (table rows) in the document`,
        );
      }
      if (totals.pipes > guardLimits.pipes) {
        throw tooComplex(
          index + 1,
          `More than ${guardLimits.pipes} "|" (table cells) in the document`,
        );
      }
    }
  });
  close();
}

/** The line's nesting markers and indentation, when within bounds. */
function checkNesting(line: string, n: number): { markers: number; indent: number } {
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
  if (indent > guardLimits.indent) {
    throw tooComplex(n, `Indented more than ${guardLimits.indent} columns`);
  }
  let rest = line;
  let depth = 0;
  for (let match = nestingMarker.exec(rest); match; match = nestingMarker.exec(rest)) {
    rest = rest.slice(match[0].length);
    if (++depth > guardLimits.nesting) {
      throw tooComplex(n, `More than ${guardLimits.nesting} levels of nesting`);
    }
  }
  return { markers: depth, indent };
}

function checkBlock(
  block: Block,
  totals: { delimiters: number; squares: number; scan: number },
): void {
  const text = block.lines.join("\n");
  const line = block.start + 1;
  const delimiters = text.match(delimiterRun)?.length ?? 0;
  totals.delimiters += delimiters;
  if (delimiters > guardLimits.delimiters) {
    throw tooComplex(
      line,
      `More than ${guardLimits.delimiters} emphasis marks or brackets in one paragraph`,
    );
  }
  if (totals.delimiters > guardLimits.allDelimiters) {
    throw tooComplex(
      line,
      `More than ${guardLimits.allDelimiters} emphasis marks or brackets in the document`,
    );
  }
  const constructs = text.match(inlineConstruct)?.length ?? 0;
  totals.squares += constructs * constructs;
  if (totals.squares > guardLimits.inlineSquares) {
    throw tooComplex(
      line,
      `Too many escapes, character references, tags or code spans in one paragraph (${constructs}) or in the document`,
    );
  }
  totals.scan += backtickScan(text);
  if (totals.scan > guardLimits.backtickScan) {
    throw tooComplex(line, "Too many backtick runs without a closing run of the same length");
  }
}

/**
 * How many characters the parser scans to match a paragraph's backtick runs: from each run
 * that opens a code span to its closing run, and from each run with no closing run to the end.
 */
export function backtickScan(text: string): number {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
  // For each run, the index of the next run of the same length.
  const next = new Array<number>(runs.length).fill(-1);
  const lastOf = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    next[i] = lastOf.get(runs[i]!.length) ?? -1;
    lastOf.set(runs[i]!.length, i);
  }
  let cost = 0;
  for (let i = 0; i < runs.length;) {
    const j = next[i]!;
    if (j < 0) {
      cost += text.length - runs[i]!.at;
      i++;
    } else {
      cost += runs[j]!.at - runs[i]!.at;
      i = j + 1;
    }
  }
  return cost;
}

const countOf = (line: string, char: string) => {
  let count = 0;
  for (let i = line.indexOf(char); i >= 0; i = line.indexOf(char, i + 1)) count++;
  return count;
};
