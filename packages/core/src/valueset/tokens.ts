/**
 * A pasted value list as lines of Markdown or plain text: headings, list items, plain lines and
 * table rows, each with its depth and whether a blank line comes before it.
 */
export interface Token {
  n: number;
  kind: "heading" | "item" | "plain" | "row";
  /** A heading's level; a list item's or plain line's indentation in columns. */
  depth: number;
  text: string;
  raw: string;
  /** A blank line (or the start of the text) comes right before it. */
  afterBlank: boolean;
  /** A table row over a separator: column titles. */
  header?: boolean;
}

const quoteMarks = /^\s{0,3}(?:>\s?)+/;
const headingLine = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const itemLine = /^(\s*)(?:[-*+•·▪◦‣]|\d{1,3}[.)]|[a-zA-Z][.)])\s+(\S.*)$/u;
const underline = /^\s{0,3}(?:=+|-+)\s*$/;
/** Lines that carry no text: rules, table separators. */
const decoration = /^\s{0,3}(?:(?:[-*_]\s*){3,}|\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?)$/;

const columns = (space: string) => space.replace(/\t/g, "    ").length;

export function tokensOf(text: string): Token[] {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(quoteMarks, ""));
  const tokens: Token[] = [];
  let afterBlank = true;
  lines.forEach((line, index) => {
    const n = index + 1;
    if (line.trim() === "") return void (afterBlank = true);
    const previous = tokens.at(-1);
    if (underline.test(line) && previous?.n === n - 1 && previous.kind === "plain") {
      previous.kind = "heading";
      previous.depth = line.includes("=") ? 1 : 2;
      return;
    }
    if (decoration.test(line)) {
      // A table's separator: the row above it is the table's header.
      if (previous?.kind === "row" && previous.n === n - 1 && line.includes("|")) {
        previous.header = true;
      }
      return void (afterBlank = true);
    }
    const token = (kind: Token["kind"], depth: number, body: string): Token => ({
      n,
      kind,
      depth,
      text: body.trim(),
      raw: line,
      afterBlank,
    });
    const heading = headingLine.exec(line);
    const item = itemLine.exec(line);
    if (heading) tokens.push(token("heading", heading[1]!.length, heading[2]!));
    else if (/^\s*\|.*\|\s*$/.test(line)) tokens.push(token("row", 0, line));
    else if (item) tokens.push(token("item", columns(item[1]!), item[2]!));
    else tokens.push(token("plain", columns(/^\s*/.exec(line)![0]), line));
    afterBlank = false;
  });
  return tokens;
}

/** Inline Markdown as plain text: links, emphasis, code, tags and escapes undone. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])[*_](\S(?:.*?\S)?)[*_](?=$|[^\p{L}\p{N}*_])/gu, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}
