import type { Element, ElementContent, Nodes as HastNodes, Parents as HastParents } from "hast";
import { fromHtml } from "hast-util-from-html";
import { type Handle, toMdast } from "hast-util-to-mdast";
import type { Html, Nodes, Parents, PhrasingContent, Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { toString } from "mdast-util-to-string";
import { AppError, invalid } from "../error/index.ts";
import { guardLimits } from "./guard.ts";
import type { Warning } from "./reader.ts";

/**
 * Story documents saved as HTML: a Google Docs "Download as HTML", a saved web page or blog post,
 * a Notion or Confluence HTML export, an email's HTML body. The page is parsed as a browser does
 * (parse5, through hast-util-from-html: any malformed markup is recovered, never refused), its
 * furniture (head, scripts, styles, navigation, hidden text) is left out, and the rest is turned
 * into the Markdown it means (hast-util-to-mdast, mdast-util-to-markdown), which the Markdown
 * reader then reads. Headings, bold and italic labels, lists, tables, `<details>` blocks and line
 * breaks are kept; Google Docs' bold and italic, written as CSS on `<span>`s, become `**` / `*`.
 *
 * Where every block of the page can keep its line, the Markdown is laid out line for line with
 * the HTML source, so the report's line numbers are those of the file; otherwise (Google Docs
 * writes its whole body on one line) they count lines of the converted Markdown, and the notice
 * says so.
 */

/** Bounds on an HTML document, before it is converted. */
export const htmlLimits = {
  /** UTF-8 bytes: markup makes a page about two to four times its Markdown. Same as the API's body limit. */
  bytes: 1024 * 1024,
  /** Elements nested in one another: no page needs more, and deeper trees exhaust the stack. */
  depth: 400,
} as const;

export interface HtmlDocument {
  /** The page as Markdown. */
  markdown: string;
  /** Whether each block sits on the line it starts on in the HTML source. */
  lineForLine: boolean;
  /** The notice the report shows first: the document was read as HTML, and how lines count. */
  notice: Warning;
}

const blockTag =
  /<\/(?:p|div|h[1-6]|li|ul|ol|table|tr|td|th|section|article|blockquote|details|pre|dd|dt)\s*>/gi;
const markdownLine = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|\*\*|__|\||>|```|~~~)/;
const documentStart = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const blockStart =
  /^<(?:p|div|h[1-6]|ul|ol|table|section|article|main|header|body|head|meta|style|blockquote|span|b|strong|font|center)[\s>/]/i;

/**
 * Whether a document is HTML rather than Markdown: it starts with `<!doctype html>` or `<html`,
 * or it starts with a block tag and is mostly block tags (more closing block tags than lines of
 * Markdown syntax, four to one). Markdown that holds some HTML (`<details>` blocks, `<br>` in
 * table cells, an `<aside>`) stays Markdown.
 */
export function isHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (documentStart.test(start)) return true;
  if (!blockStart.test(start)) return false;
  const closers = start.match(blockTag)?.length ?? 0;
  let markdown = 0;
  for (const line of start.split("\n")) if (markdownLine.test(line)) markdown += 1;
  return closers >= 2 && closers >= markdown * 4;
}

/**
 * The HTML document as Markdown, with the notice for the report. Fails (413) past
 * `htmlLimits.bytes` and (400) past `htmlLimits.depth`; any other markup, however malformed, is
 * read for what it holds.
 */
export function htmlToMarkdown(html: string): HtmlDocument {
  const bytes = Buffer.byteLength(html, "utf8");
  if (bytes > htmlLimits.bytes) {
    throw new AppError(
      "too_large",
      "document_too_large",
      `The document is ${bytes} bytes; an HTML import takes at most ${htmlLimits.bytes}.`,
    );
  }
  const tree = fromHtml(html.replace(/^\uFEFF/, ""));
  checkDepth(tree);
  const styles = classStyles(tree);
  const body = contentOf(tree);
  const left = furnitureOf(tree);
  if (body.tagName !== "body")
    left.add(`text around its <${body.tagName}> (site header, sidebar, footer)`);
  tidy(body, styles);
  const root = toMdast(body, { handlers: { details } }) as Root;
  normalizeInline(root);
  const { markdown, lineForLine } = layout(root);
  const lines = lineForLine
    ? "line numbers are those of the HTML file"
    : "line numbers count lines of that Markdown, not of the HTML file";
  const leftOut = left.size > 0 ? ` Left out: the page's ${[...left].join(", ")}.` : "";
  return {
    markdown,
    lineForLine,
    notice: {
      line: 1,
      endLine: 1,
      message: `The document was read as HTML and converted to Markdown; ${lines}.${leftOut}`,
    },
  };
}

/** Fails (400) on elements nested deeper than `htmlLimits.depth`, without recursing. */
function checkDepth(tree: HastNodes): void {
  const stack: [HastNodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > htmlLimits.depth) {
      throw invalid("The document is nested or marked up beyond what a story document needs.", [
        {
          path: "body",
          message: `More than ${htmlLimits.depth} HTML elements nested in one another (line ${node.position?.start.line ?? 1}).`,
        },
      ]);
    }
    if ("children" in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
}

// ---------------------------------------------------------------------------------------------
// The page's content, without its furniture.

interface Styles {
  bold: Set<string>;
  italic: Set<string>;
}

const boldDeclaration = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/i;
const normalWeight = /font-weight\s*:\s*(?:normal|lighter|[1-5]00)\b/i;
const italicDeclaration = /font-style\s*:\s*(?:italic|oblique)\b/i;
const hiddenDeclaration = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * The classes that a `<style>` sheet makes bold or italic with a rule of their own
 * (`.c3{font-weight:700}`, as Google Docs writes them); other selectors are not followed.
 */
function classStyles(tree: HastNodes): Styles {
  const styles: Styles = { bold: new Set(), italic: new Set() };
  visitElements(tree, (element) => {
    if (element.tagName !== "style") return;
    const sheet = element.children.map((child) => ("value" in child ? child.value : "")).join("");
    for (const rule of sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const declarations = rule[2]!;
      for (const selector of rule[1]!.split(",")) {
        const name = /^\s*\.([\w-]+)\s*$/.exec(selector)?.[1];
        if (!name) continue;
        if (boldDeclaration.test(declarations)) styles.bold.add(name);
        if (italicDeclaration.test(declarations)) styles.italic.add(name);
      }
    }
  });
  return styles;
}

/**
 * What to read: the page's `<main>`, or its one `<article>`, when it has one (a blog post
 * without its site's header, sidebar and footer); the `<body>` otherwise.
 */
function contentOf(tree: HastNodes): Element {
  const found: Record<string, Element[]> = { main: [], article: [], body: [] };
  visitElements(tree, (element) => {
    found[element.tagName]?.push(element);
  });
  const [main] = found.main!;
  if (found.main!.length === 1 && main && hasText(main)) return main;
  const [article] = found.article!;
  if (found.article!.length === 1 && article && hasText(article)) return article;
  return found.body![0] ?? { type: "element", tagName: "body", properties: {}, children: [] };
}

/** Elements that are a page's furniture, never a story's text. */
const furniture: Record<string, string> = {
  script: "scripts",
  style: "styles",
  noscript: "scripts",
  template: "scripts",
  nav: "navigation",
  form: "forms",
  button: "forms",
  select: "forms",
  iframe: "embedded frames",
  svg: "images",
  dialog: "dialogs",
};

const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const phrasingTags = new Set(["span", "font", "a", "label", "u", "small", "big", "mark", "abbr"]);

/**
 * Prepares the tree for hast-util-to-mdast, children first: furniture and hidden elements go;
 * CSS bold and italic become `<strong>` / `<em>`, and a `<b>`
 * that CSS makes normal (Google Docs' clipboard wrapper) a `<span>`; a list of toggles (Notion)
 * becomes its `<details>` blocks; tables that lay out a page become their cells' content.
 */
function tidy(parent: HastParents, styles: Styles): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === "comment" || child.type === "doctype") return [];
    if (child.type !== "element") return [child];
    if (furniture[child.tagName] || isHidden(child)) return [];
    tidy(child, styles);
    restyle(child, styles);
    if (isToggleList(child)) return child.children.flatMap(toggleOf);
    if (child.tagName === "table") return tableContent(child);
    return [child];
  });
}

/** The kinds of furniture (and hidden text) the page holds, in the order they come. */
function furnitureOf(tree: HastNodes): Set<string> {
  const kinds = new Set<string>();
  visitElements(tree, (element) => {
    const kind = furniture[element.tagName] ?? (isHidden(element) ? "hidden text" : undefined);
    if (kind && hasText(element)) kinds.add(kind);
  });
  return kinds;
}

function isHidden(element: Element): boolean {
  const { hidden, ariaHidden, style } = element.properties;
  return hidden === true || ariaHidden === "true" || hiddenDeclaration.test(String(style ?? ""));
}

/** Bold and italic written as CSS, inline or by class, as the elements Markdown knows. */
function restyle(element: Element, styles: Styles): void {
  const style = String(element.properties.style ?? "");
  const classes = classNames(element);
  const bold = boldDeclaration.test(style) || classes.some((name) => styles.bold.has(name));
  const italic = italicDeclaration.test(style) || classes.some((name) => styles.italic.has(name));
  if ((element.tagName === "b" || element.tagName === "strong") && normalWeight.test(style)) {
    element.tagName = "span";
  }
  if (headingTags.has(element.tagName) || element.tagName === "b" || element.tagName === "strong")
    return;
  if (italic && element.tagName !== "em" && element.tagName !== "i") wrapChildren(element, "em");
  if (bold) wrapChildren(element, "strong");
}

function wrapChildren(element: Element, tagName: string): void {
  if (!hasText(element)) return;
  if (phrasingTags.has(element.tagName) && element.tagName !== "a") {
    element.tagName = tagName;
    element.properties = {};
    return;
  }
  element.children = [{ type: "element", tagName, properties: {}, children: element.children }];
}

function classNames(element: Element): string[] {
  const names = element.properties.className;
  return Array.isArray(names) ? names.map(String) : [];
}

/** A list whose every item holds one `<details>` and nothing else (Notion's toggle list). */
function isToggleList(element: Element): boolean {
  if (element.tagName !== "ul" && element.tagName !== "ol") return false;
  const items = element.children.filter((child) => child.type === "element");
  return (
    items.length > 0 &&
    items.every((item) => {
      const inner = item.children.filter((child) => child.type === "element" || hasText(child));
      return (
        item.tagName === "li" &&
        inner.length === 1 &&
        inner[0]!.type === "element" &&
        inner[0]!.tagName === "details"
      );
    })
  );
}

const toggleOf = (item: ElementContent): ElementContent[] =>
  item.type === "element" ? item.children.filter((child) => child.type === "element") : [];

const cellTags = new Set(["td", "th"]);
/** Content that a data table's cell does not hold: it lays a page out. */
const layoutContent = new Set([
  ...headingTags,
  "table",
  "details",
  "blockquote",
  "section",
  "article",
  "pre",
]);

/**
 * A table as Markdown can keep it, or the content of its cells in reading order when it lays
 * out a page (one column, or cells holding headings, tables or blocks of their own: e-mails and
 * older pages). In a data table, a cell's paragraphs and list items are kept apart by line
 * breaks, and a table without a header row takes its first row as the header.
 */
function tableContent(table: Element): ElementContent[] {
  const rows: Element[] = [];
  visitElements(table, (element) => {
    if (element.tagName === "tr") rows.push(element);
  });
  const cellsOf = (row: Element) =>
    row.children.filter((c): c is Element => c.type === "element" && cellTags.has(c.tagName));
  const widest = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  let layout = widest <= 1;
  visitElements(table, (element) => {
    if (element !== table && layoutContent.has(element.tagName)) layout = true;
  });
  if (layout) {
    return rows.flatMap(cellsOf).map((cell) => ({ ...cell, tagName: "div" }));
  }
  for (const row of rows) for (const cell of cellsOf(row)) breakBlocks(cell);
  const hasHeader = rows.some((row) => cellsOf(row).some((cell) => cell.tagName === "th"));
  if (!hasHeader && rows[0]) for (const cell of cellsOf(rows[0])) cell.tagName = "th";
  return [table];
}

const blockTags = new Set(["p", "div", "li", "ul", "ol", "dd", "dt"]);

/** A cell's paragraphs and list items as lines of one text: "- " before a bulleted item. */
function breakBlocks(cell: Element): void {
  const out: ElementContent[] = [];
  const walk = (nodes: ElementContent[], marker: (index: number) => string) => {
    let items = 0;
    for (const node of nodes) {
      if (node.type !== "element" || !blockTags.has(node.tagName)) {
        out.push(node);
        continue;
      }
      if (out.length > 0)
        out.push({ type: "element", tagName: "br", properties: {}, children: [] });
      if (node.tagName === "ul") walk(node.children, () => "- ");
      else if (node.tagName === "ol") walk(node.children, (index) => `${index}. `);
      else {
        if (node.tagName === "li") out.push({ type: "text", value: marker(++items) });
        walk(node.children, marker);
      }
    }
  };
  walk(cell.children, () => "");
  cell.children = out;
}

function hasText(node: HastNodes): boolean {
  if (node.type === "text") return node.value.trim() !== "";
  return "children" in node && node.children.some(hasText);
}

function visitElements(tree: HastNodes, visit: (element: Element) => void): void {
  const stack: HastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "element") visit(node);
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

// ---------------------------------------------------------------------------------------------
// hast → mdast → Markdown.

/**
 * `<details>` as the Markdown reader knows it: `<details><summary>Title</summary>` on a line of
 * its own, the content as Markdown, then `</details>`.
 */
const details: Handle = (state, node) => {
  const summary = node.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "summary",
  );
  const title = summary ? toString(state.all(summary)).replace(/\s+/g, " ").trim() : "";
  const open: Html = {
    type: "html",
    value: `<details><summary>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</summary>`,
  };
  state.patch(node, open);
  const rest = { ...node, children: node.children.filter((child) => child !== summary) };
  const close: Html = { type: "html", value: "</details>" };
  return [open, ...state.toFlow(state.all(rest)), close];
};

/**
 * Bold and italic as Markdown writes them cleanly: runs of them side by side merged (Google
 * Docs splits one bold label over several spans), spaces at their edges moved outside (else the
 * writer escapes them and "**Situation: **" is no label), and line breaks in table cells as
 * `<br>` (a cell holds one line).
 */
function normalizeInline(node: Nodes, inCell = false): void {
  if (!("children" in node)) return;
  const cell = inCell || node.type === "tableCell";
  for (const child of node.children) normalizeInline(child, cell);
  const children = node.children as Nodes[];
  const out: Nodes[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if ((child.type === "strong" || child.type === "emphasis") && last?.type === child.type) {
      last.children.push(...child.children);
      continue;
    }
    if (cell && child.type === "break") {
      out.push({ type: "html", value: "<br>" });
      continue;
    }
    out.push(child);
  }
  (node as Parents).children = out.flatMap((child) => edges(child)) as Parents["children"];
}

/** A bold or italic run with the spaces at its edges as text beside it; without text, the text. */
function edges(node: Nodes): Nodes[] {
  if (node.type !== "strong" && node.type !== "emphasis") return [node];
  const text = toString(node);
  if (text.trim() === "") return text === "" ? [] : [{ type: "text", value: text }];
  const first = node.children[0];
  const last = node.children.at(-1);
  const before = first?.type === "text" ? /^\s*/.exec(first.value)![0] : "";
  const after = last?.type === "text" ? /\s*$/.exec(last.value)![0] : "";
  if (first?.type === "text") first.value = first.value.slice(before.length);
  if (last?.type === "text" && after) last.value = last.value.slice(0, -after.length);
  const out: PhrasingContent[] = [node];
  if (before) out.unshift({ type: "text", value: before });
  if (after) out.push({ type: "text", value: after });
  return out;
}

const writeOptions = {
  extensions: [gfmToMarkdown()],
  bullet: "-",
  emphasis: "*",
  strong: "*",
  rule: "-",
  fences: true,
} as const;

/**
 * The Markdown, each top-level block at the line it starts on in the HTML source when every
 * block can keep its line (a blank line between blocks, and no more lines than the Markdown
 * guard takes); else the blocks one after another.
 */
function layout(root: Root): { markdown: string; lineForLine: boolean } {
  const blocks = root.children.map((block) => ({
    text: toMarkdown({ type: "root", children: [block] }, writeOptions).replace(/\n+$/, ""),
    line: startLine(block),
  }));
  const written = blocks.filter((block) => block.text.trim() !== "");
  const compact = written.map((block) => block.text).join("\n\n") + "\n";
  const lines: string[] = [];
  for (const block of written) {
    const next = lines.length === 0 ? 1 : lines.length + 2;
    if (block.line === undefined || block.line < next)
      return { markdown: compact, lineForLine: false };
    while (lines.length < block.line - 1) lines.push("");
    lines.push(...block.text.split("\n"));
  }
  if (lines.length > guardLimits.lines) return { markdown: compact, lineForLine: false };
  return { markdown: lines.join("\n") + "\n", lineForLine: true };
}

/** The source line a block starts on: its own, or its first descendant's that has one. */
function startLine(node: Nodes | RootContent): number | undefined {
  if (node.position) return node.position.start.line;
  if (!("children" in node)) return undefined;
  for (const child of node.children) {
    const line = startLine(child);
    if (line !== undefined) return line;
  }
  return undefined;
}
