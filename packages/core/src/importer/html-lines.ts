import { gfmToMarkdown } from "mdast-util-gfm";
import { type Options as WriteOptions, toMarkdown } from "mdast-util-to-markdown";
import type { Nodes, Root } from "mdast";
import type { ImportedStory } from "./document.ts";
import type { HtmlDocument } from "./html.ts";
import type { Warning } from "./reader.ts";

/**
 * An HTML document's Markdown laid out block by block, and where each block's lines came from in
 * the HTML source: what lets the report give line numbers of the HTML file.
 */

const writeOptions: WriteOptions = {
  extensions: [gfmToMarkdown()],
  bullet: "-",
  emphasis: "*",
  strong: "*",
  rule: "-",
  fences: true,
};

/** One top-level block: its lines in the Markdown and in the HTML source (1-based, inclusive). */
export interface BlockLines {
  from: number;
  to: number;
  sourceFrom: number;
  sourceTo: number;
  /** The source line of each Markdown line, for a list or table written one item or row a line. */
  each?: number[];
}

/**
 * The Markdown, blocks apart by a blank line, and where each block came from in the HTML source
 * when the source says it (blocks on lines of their own), else `undefined`.
 */
export function layout(root: Root): { markdown: string; blocks: BlockLines[] | undefined } {
  const blocks: BlockLines[] = [];
  const texts: string[] = [];
  let line = 1;
  let known = 0;
  let apart = 0;
  for (const block of root.children) {
    const text = toMarkdown({ type: "root", children: [block] }, writeOptions).replace(/\n+$/, "");
    if (text.trim() === "") continue;
    const count = text.split("\n").length;
    const previous = blocks.at(-1);
    const sourceFrom = edgeLine(block, "start");
    if (sourceFrom !== undefined) known += 1;
    if (sourceFrom !== undefined && (!previous || sourceFrom > previous.sourceTo)) apart += 1;
    const from = sourceFrom ?? previous?.sourceTo ?? 1;
    const to = Math.max(from, edgeLine(block, "end") ?? from);
    const each = rowLines(block, count);
    blocks.push({ from: line, to: line + count - 1, sourceFrom: from, sourceTo: to, each });
    texts.push(text);
    line += count + 1;
  }
  // Google Docs and Notion write the whole body on a line or two: their lines say nothing.
  const telling = blocks.length > 0 && known >= blocks.length * 0.9 && apart >= known * 0.9;
  return { markdown: texts.join("\n\n") + "\n", blocks: telling ? blocks : undefined };
}

/** The source line a block starts (or ends) on: its own, or its first (last) descendant's. */
function edgeLine(node: Nodes, edge: "start" | "end"): number | undefined {
  if (node.position) return node.position[edge].line;
  if (!("children" in node)) return undefined;
  const children = edge === "start" ? node.children : [...node.children].reverse();
  for (const child of children) {
    const line = edgeLine(child, edge);
    if (line !== undefined) return line;
  }
  return undefined;
}

/**
 * The source line of each Markdown line of a list whose items take a line each, or of a table
 * (its delimiter row at its header's line); `undefined` for other blocks.
 */
function rowLines(block: Nodes, count: number): number[] | undefined {
  const lines =
    block.type === "list"
      ? block.children.map((item) => edgeLine(item, "start"))
      : block.type === "table"
        ? block.children.flatMap((row, index) => {
            const at = edgeLine(row, "start");
            return index === 0 ? [at, at] : [at];
          })
        : undefined;
  if (!lines || lines.length !== count || lines.some((line) => line === undefined))
    return undefined;
  return lines as number[];
}

/** A line of the Markdown as the line of the HTML source it came from. */
function sourceLine(blocks: BlockLines[], line: number): number {
  const block = blocks.find((b) => line <= b.to) ?? blocks.at(-1)!;
  if (line < block.from) return block.sourceFrom;
  const offset = Math.min(line, block.to) - block.from;
  return block.each?.[offset] ?? Math.min(block.sourceFrom + offset, block.sourceTo);
}

/**
 * The read of an HTML document's Markdown as the report gives it: the notice first and, when
 * the HTML source's lines tell where its blocks are, every line number (stories, line maps,
 * warnings) translated to the line of the HTML file.
 */
export function htmlReport<T extends { stories: ImportedStory[]; warnings: Warning[] }>(
  html: HtmlDocument,
  read: T,
): T {
  const { blocks } = html;
  const warnings = [html.notice, ...read.warnings];
  if (!blocks) return { ...read, warnings };
  const at = (line: number) => (line > 0 ? sourceLine(blocks, line) : line);
  return {
    ...read,
    stories: read.stories.map((story) => ({
      ...story,
      line: at(story.line),
      endLine: Math.max(at(story.line), at(story.endLine)),
      lines: story.lines.map((span) => ({
        ...span,
        from: at(span.from),
        to: Math.max(at(span.from), at(span.to)),
      })),
    })),
    warnings: warnings.map((warning) =>
      warning === html.notice
        ? warning
        : {
            ...warning,
            line: at(warning.line),
            endLine: Math.max(at(warning.line), at(warning.endLine)),
          },
    ),
  };
}
