import type { Blockquote, Heading, Html, Paragraph, PhrasingContent, RootContent } from "mdast";
import { endLineOf, inlineText, lineOf, tidy } from "./markdown.ts";
import { parseMarkdown } from "./parse.ts";
import { classify } from "./labels.ts";
import { isRemarkLabel } from "./reminders.ts";
import type { StoryHeadingData } from "./normalize.ts";

/**
 * Markup people wrap their stories in: `<details>` blocks, `<aside>` and other HTML wrappers,
 * pandoc's `{#id .class}` heading attributes, Obsidian callouts and wikilinks.
 */

const summaryPattern = /<summary[^>]*>([\s\S]*?)<\/summary>/i;

/**
 * `<details>` with a `<summary>` opens a story titled by the summary; a closing `</details>` is
 * markup only. Other HTML stays as it is.
 */
export function detailsHtml(html: Html): RootContent[] {
  const value = html.value.trim();
  if (/^<\/details>$/i.test(value)) return [];
  if (!/^<details\b/i.test(value)) return unwrapHtml(html);
  const summary = summaryPattern.exec(value);
  const title = summary ? cleanSummary(summary[1]!) : "";
  const rest = value
    .replace(/^<details[^>]*>/i, "")
    .replace(summaryPattern, "")
    .replace(/<\/details>\s*$/i, "")
    .trim();
  // "<summary><b>Context</b></summary>": a part of the story above, under its label.
  const label = partLabel(title, html.position);
  if (label) {
    if (rest === "") return [label];
    const body = parseMarkdown(rest).children.map((node) => ({ ...node, position: html.position }));
    return [label, ...body];
  }
  const heading: Heading = {
    type: "heading",
    depth: 6,
    children: [{ type: "text", value: title }],
    position: html.position,
    data: { synthetic: "details" } as StoryHeadingData,
  };
  if (rest === "") return [heading];
  const body = parseMarkdown(rest).children.map((node) => ({ ...node, position: html.position }));
  return [heading, ...body];
}

/**
 * Headings inside an open `<details>` block that name a part of its story ("#### Situation",
 * "#### Looking back") become label paragraphs, so the part stays in the story the summary
 * opened instead of ending it. Other blocks pass unchanged.
 */
export function labelsInDetails(blocks: RootContent[]): RootContent[] {
  let open = false;
  return blocks.map((block) => {
    if (block.type === "html") {
      const value = block.value.trim();
      if (/^<details\b/i.test(value)) open = !/<\/details>\s*$/i.test(value);
      else if (/<\/details>\s*$/i.test(value)) open = false;
      return block;
    }
    if (!open || block.type !== "heading") return block;
    return partLabel(tidy(inlineText(block.children)), block.position) ?? block;
  });
}

/**
 * A label paragraph ("**Situation:**") for a title that names a part of a story or a remark on it
 * ("Note to self"), at the title's place; undefined when the title names no part (a story's own
 * title, or unknown words).
 */
export function partLabel(title: string, position: Paragraph["position"]): Paragraph | undefined {
  const text = title.replace(/:$/, "");
  const slot = text === "" ? undefined : classify(text, null);
  // "#### Note to self" under a story line: a remark on the story, as "**Note to self:**" is.
  if (slot?.kind === "title" || (!slot && !(text !== "" && isRemarkLabel(text)))) return undefined;
  return {
    type: "paragraph",
    children: [{ type: "strong", children: [{ type: "text", value: `${text}:` }] }],
    position,
  };
}

/**
 * HTML that only wraps text (`<aside>`, `<div>`, `<p>`, `<br>`): tags alone are markup; text
 * inside tags is read as Markdown at the block's lines. Comments stay for the reader to skip.
 */
function unwrapHtml(html: Html): RootContent[] {
  const value = html.value.trim();
  if (/^<!--[\s\S]*-->$/.test(value)) return [html];
  const text = value
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .trim();
  if (text === "") return [];
  const children = parseMarkdown(text).children.map((node) => ({
    ...node,
    position: html.position,
  }));
  // An <aside> (Notion's callout) is a remark beside the text, as a quote is.
  if (/^<aside\b/i.test(value)) {
    return [
      { type: "blockquote", children: children as Blockquote["children"], position: html.position },
    ];
  }
  return children;
}

/** "Replacing the Print Queue {#story-1 .unnumbered}" → without pandoc's attribute blocks. */
export function withoutAttributes(heading: Heading): Heading {
  // "[]{#_Toc152331871 .anchor}Example 1 -- …": pandoc's empty bookmark span before the text.
  const children = heading.children.map((child) =>
    child.type === "text"
      ? { ...child, value: child.value.replace(/^\s*(?:\[\])?\{[#.][^{}]*\}\s*/, "") }
      : child,
  );
  const last = children.at(-1);
  if (last?.type !== "text" || !/\s*\{[#.][^{}]*\}\s*$/.test(last.value))
    return { ...heading, children };
  const value = last.value.replace(/\s*\{[#.][^{}]*\}\s*$/, "");
  return { ...heading, children: [...children.slice(0, -1), { ...last, value }] };
}

/** Whether a paragraph is the title of an Obsidian callout: a label, known or not. */
export const isCalloutTitle = (paragraph: Paragraph) =>
  (paragraph.data as { callout?: string } | undefined)?.callout !== undefined;

/**
 * An Obsidian callout ("> [!note] Situation" and its lines) is a label and its text; any other
 * quote is read as its content.
 */
export function callout(
  quote: Blockquote,
  normalize: (node: RootContent) => RootContent[],
): RootContent[] {
  const [first, ...rest] = quote.children;
  if (first?.type !== "paragraph") return [quote];
  const text = tidy(inlineText(first.children));
  const marker =
    /^\[!([\w-]+)\][-+]?[ \t]*([^\n]*)(?:\n([\s\S]*))?$/.exec(text) ?? panel(first, text);
  if (!marker) return [quote];
  const title = marker[2]!.trim();
  const body = marker[3]?.trim() ?? "";
  const start = lineOf(first);
  // "> [!tip] Keep the quote — interviewers react to it.": a remark of that kind, whole.
  if (body === "" && rest.length === 0 && /^\S+(?:\s+\S+){3,}/.test(title) && marker[1]) {
    const kind = marker[1].charAt(0).toUpperCase() + marker[1].slice(1).toLowerCase();
    return [
      {
        type: "paragraph",
        children: [{ type: "text", value: `${kind}: ${title}` }],
        position: first.position,
        data: { callout: marker[1] } as Paragraph["data"],
      },
    ];
  }
  const label: Paragraph = {
    type: "paragraph",
    children: [{ type: "strong", children: [{ type: "text", value: `${title || marker[1]!}:` }] }],
    position: { start: { line: start, column: 1 }, end: { line: start, column: 1 } },
    data: { callout: marker[1]! } as Paragraph["data"],
  };
  const content: Paragraph[] =
    body === ""
      ? []
      : [
          {
            type: "paragraph",
            children: [{ type: "text", value: body }],
            position: { start: { line: start + 1, column: 1 }, end: first.position!.end },
          },
        ];
  return [
    label,
    ...content.flatMap(normalize),
    ...rest.flatMap((node) => normalize(node as RootContent)),
  ];
}

/**
 * A wiki's panel pasted as a quote ("> ℹ️ **Info**", "> 📝 **Note**" and its lines, as Confluence
 * and Notion export them): read as a callout of that kind, titled by its word.
 */
function panel(first: Paragraph, text: string): [string, string, string, string] | undefined {
  const found = /^\p{Extended_Pictographic}\uFE0F?\s*(\p{L}[\p{L} ]{0,24})(?:\n([\s\S]*))?$/u.exec(
    text,
  );
  if (!found || found[1]!.split(" ").length > 3) return undefined;
  if (!first.children.some((node) => node.type === "strong")) return undefined;
  return [found[0], found[1]!.toLowerCase(), found[1]!, found[2] ?? ""];
}

/** "📖 Story: Rescuing the Sync (Click to expand)" → "Story: Rescuing the Sync". */
function cleanSummary(text: string): string {
  return tidy(
    text
      .replace(/<[^>]+>/g, "")
      .replace(/\*\*|__/g, "")
      .replace(/\((?:click|tap)[^)]*\)/gi, "")
      .replace(/^[^\p{L}\p{N}]+/u, ""),
  );
}

/**
 * Obsidian wikilinks ("[[LIMS]]", "[[Values cheat sheet|values]]") read as their words, unless
 * the source escapes the brackets (text that only looks like a link).
 */
export function unwikify<T extends Paragraph | Heading>(paragraph: T, lines: string[]): T {
  const source = lines.slice(lineOf(paragraph) - 1, endLineOf(paragraph)).join("\n");
  if (!/(^|[^\\])\[\[[^\]]+\]\]/.test(source)) return paragraph;
  const strip = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes.map((node) =>
      node.type === "text"
        ? {
            ...node,
            value: node.value
              .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
              // "#[[parent communication]]" stays one tag of several words.
              .replace(/(^|[^#])\[\[([^\]]*)\]\]/g, "$1$2"),
          }
        : "children" in node
          ? ({ ...node, children: strip(node.children as PhrasingContent[]) } as PhrasingContent)
          : node,
    );
  return { ...paragraph, children: strip(paragraph.children) };
}
