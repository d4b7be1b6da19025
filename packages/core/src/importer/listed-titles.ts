import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { type Block, inlineText, lineOf, splitLines, tidy } from "./markdown.ts";
import { isStar, nestedStar, starLine } from "./star-lines.ts";
import { toldInProse } from "./structure.ts";
import { storyHeading } from "./story-heading.ts";

/** "1. CHURN DASHBOARD" (with "Time: 2 min" lines under it): a one-item numbered list's title. */
function listedTitle(
  block: RootContent,
): { title: string; item: ListItem; group?: string } | undefined {
  if (block.type !== "list" || !block.ordered || block.children.length !== 1) return undefined;
  const item = block.children[0]!;
  const first = item.children[0];
  if (first?.type !== "paragraph") return undefined;
  const [line, next] = tidy(inlineText(first.children)).split("\n");
  // "1. Student outcomes" over "1.1 Raising reading scores": a numbered group, then the story.
  const sub = next ? /^(\d+)\.\d+\.?\s+(\S.*)$/.exec(next) : null;
  if (sub && Number(sub[1]) === (block.start ?? 1) && sub[2]!.split(/\s+/).length <= 12)
    return { title: sub[2]!, item, group: line! };
  const title = line!;
  // "1) permit backlog (Q: tell me about …)": the questions in the bracket are no title words.
  const words = title.replace(/\s*\((?:q|qs|questions?)\s*:[^()]*\)$/i, "").split(/\s+/).length;
  if (words > 12 || /[.:;?!]$/.test(title) || starLine(title) || isStar(title)) return undefined;
  return { title, item };
}

/**
 * Plain text pasted as Markdown, each story opened by a numbered title line ("1. CHURN
 * DASHBOARD", "2. THE MIGRATION I ROLLED BACK") with its labelled parts after it: a one-item
 * numbered list each, which opens a story when two or more do and each part carries labels.
 */
export function listedTitles(blocks: RootContent[]): RootContent[] {
  const at = blocks.flatMap((block, index) => (listedTitle(block) ? [index] : []));
  const parts = at.map((index, n) => blocks.slice(index + 1, at[n + 1] ?? blocks.length));
  // Every part labelled, or told in prose under its title (the last story not written up yet).
  const starred = parts.filter((part) => nestedStar(part)).length;
  // "1) The clinic waiting list" over labelled parts, alone in a note without headings.
  const alone =
    at.length === 1 && starred === 1 && !blocks.some((block) => block.type === "heading");
  if (at.length < 2 && !alone) return blocks;
  const prose = (n: number) => {
    const { item } = listedTitle(blocks[at[n]!]!)!;
    const [first, ...more] = item.children;
    return more.length > 0 || tidy(inlineText((first as Paragraph).children)).includes("\n");
  };
  const fits = (part: RootContent[], n: number) =>
    nestedStar(part) || toldInProse(part) || prose(n);
  if ((starred < 2 && !alone) || !parts.every(fits)) return blocks;
  return blocks.flatMap((block, index): RootContent[] => {
    if (!at.includes(index)) return [block];
    const { title, item, group } = listedTitle(block)!;
    const [first, ...more] = item.children as [Paragraph, ...RootContent[]];
    const start = lineOf(first);
    if (group !== undefined) {
      // The group names what the story shows: a competency, read as the story's tag.
      const [head, rest] = splitLines(first, (_line, line) => line === start + 2);
      const competency: Paragraph = {
        type: "paragraph",
        children: [
          { type: "strong", children: [{ type: "text", value: "Competency:" }] },
          { type: "text", value: ` ${group}` },
        ],
        position: head!.position,
      };
      return [
        storyHeading(title, head!, "story-line"),
        competency,
        ...(rest ? [rest] : []),
        ...more,
      ];
    }
    const [, lines] = splitLines(first, (_line, line) => line === start + 1);
    return [storyHeading(title, first, "story-line"), ...(lines ? [lines] : []), ...more];
  });
}

/**
 * A numbered list whose numbering starts again ("1. … 2. … 3." of a contents list, a blank line,
 * then "1. Student outcomes" over the first story): two lists, as their writer numbered them.
 */
export function restartedLists(blocks: RootContent[], lines: string[]): RootContent[] {
  return blocks.flatMap((block): RootContent[] => {
    if (block.type !== "list" || !block.ordered || block.children.length < 2) return [block];
    const numberOf = (item: ListItem) =>
      Number(
        /^\s*(\d{1,3})[.)]/.exec(lines[lineOf(item as unknown as Block) - 1] ?? "")?.[1] ?? NaN,
      );
    const cut = block.children.findIndex(
      (item, i) => i > 0 && numberOf(item) <= numberOf(block.children[i - 1]!),
    );
    if (cut < 0) return [block];
    const head: List = { ...block, children: block.children.slice(0, cut) };
    const rest: List = {
      ...block,
      start: numberOf(block.children[cut]!),
      children: block.children.slice(cut),
    };
    return [head, ...restartedLists([rest], lines)];
  });
}
