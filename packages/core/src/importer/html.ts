import type { Element, ElementContent, Nodes as HastNodes, Parents as HastParents } from "hast";
import { fromHtml } from "hast-util-from-html";
import { type Handle, toMdast } from "hast-util-to-mdast";
import type { Html, Nodes, Parents, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { AppError } from "../error/index.ts";
import type { Warning } from "./reader.ts";
import { type BlockLines, layout } from "./html-lines.ts";
import { checkDepth, htmlLimits } from "./html-guard.ts";
import { tableContent } from "./html-tables.ts";
import { hasText, headingTags, visitElements } from "./html-tree.ts";

/**
 * Story documents saved as HTML: a Google Docs "Download as HTML", a saved web page or blog post,
 * a Notion or Confluence HTML export, an email's HTML body. The page is parsed as a browser does
 * (parse5, through hast-util-from-html: any malformed markup is recovered, never refused), its
 * furniture (head, scripts, styles, navigation, hidden text) is left out, and the rest is turned
 * into the Markdown it means (hast-util-to-mdast, mdast-util-to-markdown), which the Markdown
 * reader then reads. Headings, bold and italic labels, lists, tables, `<details>` blocks and line
 * breaks are kept; Google Docs' bold and italic, written as CSS on `<span>`s, become `**` / `*`.
 *
 * Where the page keeps its blocks on lines of their own, the report's line numbers are
 * translated back to those of the HTML file; otherwise (Google Docs and Notion write the whole
 * body on a line or two) they count lines of the converted Markdown, and the notice says so.
 */

export interface HtmlDocument {
  /** The page as Markdown. */
  markdown: string;
  /**
   * Where each top-level block of the Markdown came from in the HTML source, when the source
   * keeps its blocks on lines of their own; `undefined` when it does not (Google Docs).
   */
  blocks: BlockLines[] | undefined;
  /** The notice the report shows first: the document was read as HTML, and how lines count. */
  notice: Warning;
}

const blockTag =
  /<\/(?:p|div|h[1-6]|li|ul|ol|table|tr|td|th|section|article|blockquote|details|pre|dd|dt)\s*>/gi;
const markdownLine = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|\*\*|__|\||>|```|~~~)/;
const documentStart = /^<(?:!doctype\s+html|html[\s>])/i;
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
  if (documentStart.test(start.slice(prologEnd(start)))) return true;
  if (!blockStart.test(start)) return false;
  const closers = start.match(blockTag)?.length ?? 0;
  let markdown = 0;
  for (const line of start.split("\n")) if (markdownLine.test(line)) markdown += 1;
  return closers >= 2 && closers >= markdown * 4;
}

/** Where a text's XML declaration and comments ("<!-- saved from url=… -->") end, if it opens with them. */
function prologEnd(text: string): number {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const closer = text.startsWith("<!--", at) ? "-->" : text.startsWith("<?xml", at) ? "?>" : "";
    if (!closer) return at;
    const end = text.indexOf(closer, at + 4);
    if (end < 0) return at;
    at = end + closer.length;
  }
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
  checkDepth(html);
  const tree = fromHtml(html.replace(/^\uFEFF/, ""));
  const styles = classStyles(tree);
  const { content, around } = contentOf(tree);
  const left = furnitureOf(tree);
  if (around) left.add(`text around its <${content.tagName}> (site header, sidebar, footer)`);
  tidy(content, styles);
  const root = toMdast(content, { handlers: { details } }) as Root;
  normalizeInline(root);
  const { markdown, blocks } = layout(root);
  const lines = blocks
    ? "line numbers are those of the HTML file"
    : "line numbers count lines of that Markdown, not of the HTML file (it keeps its text on too few lines)";
  const kinds = [...left];
  const leftOut =
    kinds.length > 0
      ? ` Left out: the page's ${kinds.slice(0, -1).join(", ")}${kinds.length > 1 ? " and " : ""}${kinds.at(-1)}.`
      : "";
  return {
    markdown,
    blocks,
    notice: {
      line: 1,
      endLine: 1,
      message: `The document was read as HTML and converted to Markdown; ${lines}.${leftOut}`,
      excerpt: "",
    },
  };
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
    // Split at the braces rather than by one pattern: linear on any sheet.
    for (const rule of sheet.split("}")) {
      const open = rule.lastIndexOf("{");
      if (open < 0) continue;
      const declarations = rule.slice(open + 1);
      const selectors = rule.slice(0, open).split("{").at(-1)!;
      for (const selector of selectors.split(",")) {
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
 * without its site's header, sidebar and footer); the `<body>` otherwise. `around` tells whether
 * text outside the part read was left out.
 */
function contentOf(tree: HastNodes): { content: Element; around: boolean } {
  const found: Record<string, Element[]> = { main: [], article: [], body: [] };
  visitElements(tree, (element) => {
    found[element.tagName]?.push(element);
  });
  const body = found.body![0] ?? { type: "element", tagName: "body", properties: {}, children: [] };
  const one = (tag: string) =>
    found[tag]!.length === 1 && hasText(found[tag]![0]!) ? found[tag]![0] : undefined;
  const content = one("main") ?? one("article");
  if (!content) return { content: body, around: false };
  return { content, around: textOutside(body, content) };
}

/** Whether an element holds text, furniture aside, outside one of its descendants. */
function textOutside(element: Element, inner: Element): boolean {
  return element.children.some((child) =>
    child === inner
      ? false
      : child.type === "element"
        ? !furniture[child.tagName] && !isHidden(child) && textOutside(child, inner)
        : hasText(child),
  );
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
    // Google Docs writes its "Title" style as a paragraph of class "title".
    if (child.tagName === "p" && classNames(child).includes("title")) child.tagName = "h1";
    if (isToggleList(child)) return child.children.flatMap(toggleOf);
    if (headingTags.has(child.tagName)) return liftBlocks(child);
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

const flowTags = new Set([
  ...headingTags,
  "p",
  "div",
  "ul",
  "ol",
  "table",
  "blockquote",
  "details",
  "section",
  "pre",
]);

/**
 * A heading that holds blocks (an unclosed `<h2>` before `<p>`s, which browsers render
 * inside it): the heading keeps the text before the first block, and the blocks follow it.
 */
function liftBlocks(heading: Element): ElementContent[] {
  const at = heading.children.findIndex(
    (child) => child.type === "element" && flowTags.has(child.tagName),
  );
  if (at < 0) return [heading];
  return [{ ...heading, children: heading.children.slice(0, at) }, ...heading.children.slice(at)];
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
  const before =
    first?.type === "text"
      ? first.value.slice(0, first.value.length - first.value.trimStart().length)
      : "";
  const after = last?.type === "text" ? last.value.slice(last.value.trimEnd().length) : "";
  if (first?.type === "text") first.value = first.value.slice(before.length);
  if (last?.type === "text" && after) last.value = last.value.slice(0, -after.length);
  const out: PhrasingContent[] = [node];
  if (before) out.unshift({ type: "text", value: before });
  if (after) out.push({ type: "text", value: after });
  return out;
}
