import { AppError, invalid } from "../error/index.ts";

/**
 * Bounds on a Markdown document, checked on the raw text before it is parsed. The parser spends
 * about 0.3 ms on each block and 20–30 µs on each emphasis or strikethrough run, its cost grows
 * with the square of the nesting of block quotes, and deep nesting overflows its stack: a small
 * body could cost minutes. Story documents come nowhere near these bounds (a bank of 15 stories
 * is about 80 KiB, 1,300 lines and 1,500 runs); within them an import stays within a few seconds.
 */
export const guardLimits = {
  /** UTF-8 bytes. A bank of 15 stories is about 80 KiB. */
  bytes: 256 * 1024,
  lines: 4_000,
  /** Block quote and list markers opening one line ("> - > 1. …"). */
  nesting: 12,
  /** Columns of indentation (a tab counts 4): nested lists nest by indentation too. */
  indent: 24,
  /** Runs of `*`, `_` or `~`, and `[` brackets, in one paragraph and in the whole document. */
  delimiters: 300,
  allDelimiters: 10_000,
} as const;

const tooLarge = (message: string) => new AppError("too_large", "document_too_large", message);
const tooComplex = (line: number, message: string) =>
  invalid("The document is nested or marked up beyond what a story document needs.", [
    { path: "body", message: `${message} (line ${line}).` },
  ]);

const nestingMarker = /^[ \t]{0,8}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/;
const delimiterRun = /[*_~]+|\[/g;

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
  let paragraphStart = 0;
  let delimiters = 0;
  let allDelimiters = 0;
  lines.forEach((line, index) => {
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
    if (indent > guardLimits.indent) {
      throw tooComplex(index + 1, `Indented more than ${guardLimits.indent} columns`);
    }
    let rest = line;
    let depth = 0;
    for (let match = nestingMarker.exec(rest); match; match = nestingMarker.exec(rest)) {
      rest = rest.slice(match[0].length);
      if (++depth > guardLimits.nesting) {
        throw tooComplex(index + 1, `More than ${guardLimits.nesting} levels of nesting`);
      }
    }
    if (line.trim() === "") {
      delimiters = 0;
      paragraphStart = index + 1;
      return;
    }
    const runs = line.match(delimiterRun)?.length ?? 0;
    delimiters += runs;
    allDelimiters += runs;
    if (allDelimiters > guardLimits.allDelimiters) {
      throw tooComplex(
        index + 1,
        `More than ${guardLimits.allDelimiters} emphasis marks or brackets in the document`,
      );
    }
    if (delimiters > guardLimits.delimiters) {
      throw tooComplex(
        paragraphStart + 1,
        `More than ${guardLimits.delimiters} emphasis marks or brackets in one paragraph`,
      );
    }
  });
}
