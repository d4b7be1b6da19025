import type { Element, ElementContent } from "hast";
import { hasText, headingTags, visitElements } from "./html-tree.ts";

/** Tables of an HTML page as Markdown can keep them, or as the page's layout they are. */

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
export function tableContent(table: Element): ElementContent[] {
  const rows = ownRows(table);
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

/** A table's own rows, in its head, bodies and foot: not those of tables inside its cells. */
function ownRows(table: Element): Element[] {
  return table.children.flatMap((child) => {
    if (child.type !== "element") return [];
    if (child.tagName === "tr") return [child];
    return ["thead", "tbody", "tfoot"].includes(child.tagName) ? ownRows(child) : [];
  });
}

const blockTags = new Set(["p", "div", "li", "ul", "ol", "dd", "dt"]);

/** A cell's paragraphs and list items as lines of one text: "- " before a bulleted item. */
function breakBlocks(cell: Element): void {
  const out: ElementContent[] = [];
  const lineBreak = () => {
    while (out.length > 0 && out.at(-1)!.type === "text" && !hasText(out.at(-1)!)) out.pop();
    const last = out.at(-1);
    if (out.some(hasText) && !(last?.type === "element" && last.tagName === "br")) {
      out.push({ type: "element", tagName: "br", properties: {}, children: [] });
    }
  };
  const walk = (nodes: ElementContent[], marker: (index: number) => string) => {
    let items = 0;
    for (const node of nodes) {
      if (node.type !== "element" || !blockTags.has(node.tagName)) {
        if (node.type !== "text" || hasText(node) || out.some(hasText)) out.push(node);
        continue;
      }
      if (node.tagName === "ul") walk(node.children, () => "- ");
      else if (node.tagName === "ol") walk(node.children, (index) => `${index}. `);
      else {
        lineBreak();
        if (node.tagName === "li") out.push({ type: "text", value: marker(++items) });
        walk(node.children, marker);
        lineBreak();
      }
    }
  };
  walk(cell.children, () => "");
  while (out.length > 0 && !hasText(out.at(-1)!)) out.pop();
  cell.children = out;
}
