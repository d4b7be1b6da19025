import type { Code, List, ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { classify } from "./labels.ts";
import { fieldsOnOneLine, ruledParagraph } from "./paragraph-lines.ts";
import { isLegend } from "./lines.ts";
import { isQuestion } from "./question.ts";
import { headingsUnderParts, ownLabelHeadings } from "./part-headings.ts";
import { withoutInlineWrappers } from "./inline-html.ts";
import { attributeOutline, outline } from "./outline.ts";
import { prefacesUnderStoryLines, storyLines } from "./story-lines.ts";
import { annotatedLog } from "./annotated-log.ts";
import {
  callout,
  detailsHtml,
  labelsInDetails,
  partLabel,
  unwikify,
  withoutAttributes,
} from "./markup.ts";
import { listedTitles, restartedLists } from "./listed-titles.ts";
import { qaPairs } from "./qa-pairs.ts";
import { ruledTitles } from "./shapes.ts";
import { storyList } from "./story-list.ts";
import { transcriptTurns } from "./transcript.ts";
import { transposedStories } from "./table-stories.ts";
import { transposedProperties } from "./property-row.ts";
import { type Block, inlineText, lineOf, endLineOf, splitLabel, tidy } from "./markdown.ts";
import { lazyLabelLines, parseMarkdown } from "./parse.ts";

/**
 * Turns the blocks of a parsed document into one flat sequence the story reader can walk, undoing
 * the shapes in which people hide structure from Markdown:
 * - STAR labels as list items (`* **Situation:** …`, `- S` with bullets under it) become label
 *   paragraphs followed by the item's own blocks;
 * - `<details><summary>Title</summary>` blocks become story headings (`data.synthetic`);
 * - `Story: Title` lines become story headings;
 * - code fences that hold labelled lines, and paragraphs that swallowed indented list lines, are
 *   parsed again as Markdown, with their source lines kept.
 * Every block keeps its source position, so the line map and warnings still point at the source.
 */

export interface StoryHeadingData {
  /**
   * How the heading was found: a `<details>` summary, a `Story:` line, a list item, a "Q:"; an
   * "aside" heading ends the story above it over text that is in none.
   */
  synthetic?: "details" | "story-line" | "list-item" | "question" | "ruled" | "outline" | "aside";
}

/** A heading made from a `<details>` summary or a `Story:` line (deepest level: any heading ends it). */
export const isSynthetic = (block: Block) =>
  block.type === "heading" && (block.data as StoryHeadingData | undefined)?.synthetic !== undefined;

export function normalizeBlocks(blocks: RootContent[], source: string): RootContent[] {
  const lines = source.split("\n");
  return ruledTitles(
    listedTitles(
      restartedLists(
        qaPairs(
          transcriptTurns(
            labelsUnderStoryLines(
              headingsUnderParts(
                ownLabelHeadings(
                  prefacesUnderStoryLines(
                    annotatedLog(labelsInDetails(blocks)).flatMap((block) =>
                      normalizeBlock(block, lines),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
        lines,
      ),
    ),
  );
}

/**
 * Headings that name a part of a story ("#### Background", "#### Steps") right under a
 * "**Story — name**" line become label paragraphs, so the parts stay in the story the line
 * opened instead of ending it (its heading is the deepest there is). Another heading ends it.
 */
function labelsUnderStoryLines(blocks: RootContent[]): RootContent[] {
  let open = false;
  return blocks.map((block) => {
    if (block.type !== "heading") return block;
    const synthetic = (block.data as StoryHeadingData | undefined)?.synthetic;
    if (synthetic !== undefined) {
      open = synthetic === "story-line";
      return block;
    }
    if (!open) return block;
    const label = partLabel(tidy(inlineText(block.children)), block.position);
    if (!label) open = false;
    return label ?? block;
  });
}

function normalizeBlock(block: RootContent, lines: string[]): RootContent[] {
  switch (block.type) {
    case "code":
      return labelledCode(block, lines) ?? [block];
    case "html":
      return detailsHtml(block);
    case "list": {
      if (lines.length > 0 && !(block.data as { unwikified?: boolean } | undefined)?.unwikified)
        return normalizeBlock(unwikifyList(block, lines), lines);
      // "- Posted a weekly chart\nresult:: Red builds fell…": a label line run into the last
      // item (Markdown's lazy continuation) starts a part of its own after the list.
      const lazy = lazyLabelLines(block, lines);
      if (lazy) return [...normalizeBlock(lazy[0], lines), ...normalizeBlock(lazy[1], lines)];
      return (
        outline(block, (node) => normalizeBlock(node, lines)) ??
        attributeOutline(block, (node) => normalizeBlock(node, lines)) ??
        storyList(block, (nodes) => nodes.flatMap((node) => normalizeBlock(node, lines))) ??
        flattenLabelledList(block)
      );
    }
    case "paragraph":
      // "————————" or "~~~~~~" on a line of its own: a separator, as a rule is.
      if (
        /^[—–\-=_*·•~\u2500-\u257F▬➖]{3,}$/u.test(
          tidy(inlineText(block.children)).replace(/\s+/g, ""),
        )
      )
        return [{ type: "thematicBreak", position: block.position }];
      return splitParagraph(fieldsOnOneLine(withoutInlineWrappers(block)), lines);
    case "heading": {
      const ruled = ruledParagraph(block, lines);
      if (ruled) return [...normalizeBlock(ruled, lines), { type: "thematicBreak" }];
      return [withoutAttributes(lines.length > 0 ? unwikify(block, lines) : block)];
    }
    case "blockquote":
      return callout(block, (node) => normalizeBlock(node, lines));
    case "table":
      return [transposedStories(block) ?? transposedProperties(block) ?? block];
    default:
      return [block];
  }
}

/** A STAR label that starts a line of a code block ("Situation: …", "S: …", "**Task:**"). */
const labelLine = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z '’]{0,40}?)(?:\*\*|__)?\s*:/;

function labelledCode(code: Code, lines: string[]): RootContent[] | undefined {
  if (code.lang === "storybank-text") return undefined;
  const labelled = code.value.split("\n").filter((line) => {
    const match = labelLine.exec(line);
    const target = match ? classify(match[1]!, null) : undefined;
    return target?.kind === "sections" || target?.kind === "text";
  });
  if (labelled.length < 2) return undefined;
  // The fence's first content line is the line after the opening fence.
  const offset = lineOf(code);
  const parsed = parseMarkdown(code.value).children;
  for (const node of parsed) shift(node, offset, lines);
  return normalizeBlocks(parsed, code.value).map((node) => node);
}

/** Moves a re-parsed node's positions to where its text stands in the whole document. */
function shift(node: Nodes, lineOffset: number, lines: string[]) {
  if (node.position) {
    const start = node.position.start.line + lineOffset;
    const end = node.position.end.line + lineOffset;
    const startOffset = offsetOfLine(lines, start);
    node.position = {
      start: { line: start, column: node.position.start.column, offset: startOffset },
      end: { line: end, column: node.position.end.column },
    };
  }
  if ("children" in node)
    for (const child of node.children as Nodes[]) shift(child, lineOffset, lines);
}

function offsetOfLine(lines: string[], line: number): number {
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  return offset;
}

/** The known label an item starts with, colonless ones ("- S", "- **Situation**") included. */
function itemLabel(item: ListItem): "known" | "bold" | undefined {
  const first = item.children[0];
  if (first?.type !== "paragraph") return undefined;
  const labelled = splitLabel(first.children);
  if (labelled && classify(labelled.label, null)) return "known";
  const line = tidy(inlineText(first.children)).split("\n")[0]!;
  // A worksheet's prompt ("What actions did YOU take? List at least three.") may run longer.
  const short = line.length <= 40 || (line.length <= 120 && line.includes("?"));
  if (short && classify(line.replace(/[*_]/g, ""), null) && isStar(line)) return "known";
  // A Notion toggle: a label alone ("Questions this answers") with its text indented under it.
  const target = short ? classify(line.replace(/[*_]/g, ""), null) : undefined;
  const nested = item.children.length > 1 || tidy(inlineText(first.children)).includes("\n");
  if (target && target.kind !== "title" && nested) return "known";
  if (labelled?.bold && labelled.rest !== "") return "bold";
  return undefined;
}

const isStar = (text: string) => {
  const target = classify(text.replace(/[*_]/g, ""), null);
  return target?.kind === "sections" || target?.kind === "text";
};

/**
 * A list whose items carry STAR labels is a story written as bullets: each labelled item becomes
 * a label paragraph and its own blocks; runs of unlabelled items stay lists.
 */
function flattenLabelledList(list: List): RootContent[] {
  // "- Questions" over its own nested list (a Notion toggle): the label, then the list.
  const toggles = list.children.every((item) => {
    const [first, nested, ...more] = item.children;
    if (first?.type !== "paragraph" || nested?.type !== "list" || more.length > 0) return false;
    const label = tidy(inlineText(first.children)).replace(/[*_]/g, "").trim();
    const slot = label.split(/\s+/).length <= 3 ? classify(label, null) : undefined;
    return slot !== undefined && slot.kind !== "other" && slot.kind !== "title";
  });
  if (toggles)
    return list.children.flatMap((item) => [
      asLabel(item.children[0] as Paragraph),
      ...normalizeBlock(item.children[1] as List, []),
    ]);
  const kinds = list.children.map(itemLabel);
  const star = list.children.filter((item, i) => kinds[i] === "known" && starItem(item)).length;
  if (star === 0) return [list];
  const out: RootContent[] = [];
  let run: ListItem[] = [];
  const flush = () => {
    if (run.length === 0) return;
    out.push({
      ...list,
      children: run,
      position: { start: run[0]!.position!.start, end: run.at(-1)!.position!.end },
    });
    run = [];
  };
  list.children.forEach((item, i) => {
    if (kinds[i] === undefined) return void run.push(item);
    flush();
    const [first, ...more] = item.children as RootContent[];
    out.push(asLabel(first as Paragraph), ...more.flatMap((node) => normalizeBlock(node, [])));
  });
  flush();
  return out;
}

const starItem = (item: ListItem) => {
  const first = item.children[0];
  if (first?.type !== "paragraph") return false;
  const labelled = splitLabel(first.children);
  return isStar(labelled?.label ?? tidy(inlineText(first.children)).split("\n")[0]!);
};

/** A colonless label line ("S", "**Situation**") written as the label it is ("S:"). */
function asLabel(paragraph: Paragraph): Paragraph {
  if (splitLabel(paragraph.children)) return paragraph;
  const [line, ...rest] = tidy(inlineText(paragraph.children)).split("\n");
  const label = line!.replace(/[*_]/g, "").trim();
  return {
    ...paragraph,
    children: [
      { type: "strong", children: [{ type: "text", value: `${label}:` }] },
      ...(rest.length > 0 ? [{ type: "text" as const, value: ` ${rest.join("\n")}` }] : []),
    ],
  };
}

/** Source lines of a paragraph that start a list although Markdown read them as its text. */
const listMarker = /^\s*(?:\d{1,3}[.)]|[-*+])\s+\S/;

/**
 * A STAR, CAR, PAR or SOAR letter (or Q for a question) closed by "." or ")" or followed by "="
 * at a line's start ("C. I inherited…", "P = stock counts were off").
 */
const letterDot = /(^|\n)([STARCPLOQ])(?:[.)]|[ \t]*=)[ \t]+(?=\S)/g;

/**
 * "C. …" / "A. …" / "R. …" lines: letters closed by a full stop are labels when a paragraph has
 * at least two of them, of two letters or more, so "A. Smith" alone stays a name.
 */
function letterDotLabels(paragraph: Paragraph): Paragraph {
  const texts = paragraph.children.filter((child) => child.type === "text");
  const found = texts.flatMap((child) => [...child.value.matchAll(letterDot)].map((m) => m[2]));
  if (found.length < 2 || new Set(found).size < 2) return paragraph;
  // "C = Context / A = Action": a legend that defines the letters, not labels.
  if (texts.some((child) => isLegend(child.value))) return paragraph;
  return {
    ...paragraph,
    children: paragraph.children.map((child) =>
      child.type === "text" ? { ...child, value: child.value.replace(letterDot, "$1$2: ") } : child,
    ),
  };
}

/** A list whose items' paragraphs, nested lists included, read wikilinks as their words. */
function unwikifyList(list: List, lines: string[]): List {
  const items = list.children.map((item) => ({
    ...item,
    children: item.children.map((child) =>
      child.type === "paragraph"
        ? unwikify(child, lines)
        : child.type === "list"
          ? unwikifyList(child, lines)
          : child,
    ),
  }));
  return { ...list, children: items, data: { ...list.data, unwikified: true } as List["data"] };
}

function splitParagraph(raw: Paragraph, lines: string[]): RootContent[] {
  const paragraph = letterDotLabels(lines.length > 0 ? unwikify(raw, lines) : raw);
  const from = lineOf(paragraph);
  const to = endLineOf(paragraph);
  if (lines.length > 0 && to > from) {
    // "Q1) Describe a time…" over "• forklift near-miss" lines: a question and its notes, the
    // notes a list as if written with "-".
    const own = lines.slice(from - 1, to);
    if (
      own.length === to - from + 1 &&
      isQuestion((own[0] ?? "").trim()) &&
      own.slice(1).every((line) => pastedBullet.test(line))
    ) {
      const head = parseAt(lines, from, from);
      const tail = parseAt(lines, from + 1, to, (line) => line.replace(pastedBullet, "$1- "));
      // Only when the notes read as a list and the question as one paragraph of its own line.
      if (
        head.length === 1 &&
        head[0]!.type === "paragraph" &&
        tail.length > 0 &&
        tail.every((node) => node.type === "list")
      ) {
        return [...head, ...tail].flatMap((node) => normalizeBlock(node, lines));
      }
    }
    for (let line = from + 1; line <= to; line++) {
      if (!listMarker.test(lines[line - 1] ?? "")) continue;
      const head = parseAt(lines, from, line - 1);
      const tail = parseAt(lines, line, to);
      return [...head, ...tail].flatMap((node) => normalizeBlock(node, lines));
    }
  }
  return storyLines(paragraph);
}

/** A bullet pasted from a notes app or a word processor ("• forklift near-miss", "  ◦ …"). */
const pastedBullet = /^([ \t]*)[•◦▪‣●][ \t]+(?=\S)/u;

/**
 * Lines `from`..`to` (1-based) of the source, parsed on their own, at their own positions;
 * `rewrite` may change each line first without moving it.
 */
function parseAt(
  lines: string[],
  from: number,
  to: number,
  rewrite: (line: string) => string = (line) => line,
): RootContent[] {
  const slice = lines.slice(from - 1, to).map(rewrite);
  // Dedent by the first line's indent, so an indented bullet is a list, not indented code.
  const indent = /^[ \t]*/.exec(slice[0] ?? "")![0].length;
  const text = slice.map((line) => line.replace(new RegExp(`^[ \\t]{0,${indent}}`), "")).join("\n");
  const nodes = parseMarkdown(text).children;
  for (const node of nodes) shift(node, from - 1, lines);
  return nodes;
}
