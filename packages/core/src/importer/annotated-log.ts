import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { inlineText, tidy } from "./markdown.ts";
import { isQuestion } from "./question.ts";
import { nestedStar } from "./star-lines.ts";
import { labelParagraph, storyHeading } from "./story-heading.ts";

/**
 * A running log of wins (a brag document, a work journal) whose entries worth telling carry
 * STAR parts under them, often under a "STAR:" item: "- **Killed the cron zoo**: moved 140
 * jobs…" over "  - STAR:" over "    - S: …". Each such entry is a story; the entries without
 * parts are the log's, outside every story.
 */

/** "STAR:", "STAR (draft):", "STAR: (rough, needs work)": an item that only wraps the parts under it. */
const wrapper =
  /^\s*(?:star|s\.?t\.?a\.?r\.?)(?:\s+(?:version|breakdown|notes?))?\s*(\([^()]*\))?\s*:?\s*(\([^()]*\))?\s*$/i;

/** The item's blocks with a "STAR:" wrapper's parts lifted into its list, and its remark. */
function unwrapped(item: ListItem): { blocks: RootContent[]; remark?: string } {
  const [first, ...rest] = item.children as RootContent[];
  let remark: string | undefined;
  const blocks = rest.map((block): RootContent => {
    if (block.type !== "list") return block;
    const children = block.children.flatMap((child): ListItem[] => {
      const [head, inner] = child.children;
      const text = head?.type === "paragraph" ? tidy(inlineText(head.children)) : "";
      const match = wrapper.exec(text);
      if (!match || inner?.type !== "list" || child.children.length !== 2) return [child];
      remark ??= (match[1] ?? match[2])?.replace(/^\(|\)$/g, "");
      return inner.children;
    });
    return { ...block, children } as List;
  });
  return { blocks: first ? [first, ...blocks] : blocks, ...(remark ? { remark } : {}) };
}

/** An entry with STAR parts under it: two or more of its nested items open with a STAR label. */
function told(item: ListItem): boolean {
  const [first, ...rest] = unwrapped(item).blocks;
  // "1. Tell me about a time…" over its notes is a question answered (`story-list.ts`).
  if (first?.type !== "paragraph" || isQuestion(tidy(inlineText(first.children)).split("\n")[0]!))
    return false;
  const lists = rest.filter((block): block is List => block.type === "list");
  const starred = lists
    .flatMap((list) => list.children)
    .filter((child) => nestedStar(child.children.slice(0, 1) as RootContent[])).length;
  return starred >= 2;
}

/** "**Title**: what it was" → the bold title and the line after it; else the line whole. */
function titleOf(paragraph: Paragraph): { title: string; headline?: string } {
  const [lead, ...after] = paragraph.children;
  const text = tidy(inlineText(paragraph.children));
  if (lead?.type !== "strong") return { title: text };
  const title = tidy(inlineText(lead.children)).replace(/[:.]$/, "");
  const headline = tidy(inlineText(after)).replace(/^[\s:—–-]+/, "");
  return headline ? { title, headline } : { title };
}

/**
 * A log's lists, each entry told in STAR parts made a story (a heading of its own over its
 * parts) and the other entries left as lists between them, under a heading no story takes
 * ("Not in a story") when a story is above them. Only where two entries or more are told so.
 */
export function annotatedLog(blocks: RootContent[]): RootContent[] {
  const lists = blocks.filter((block): block is List => block.type === "list");
  // Each entry judged once: the entries told in STAR parts.
  const toldItems = new Set(lists.flatMap((list) => list.children).filter(told));
  const isTold = (item: ListItem) => toldItems.has(item);
  const toldCount = toldItems.size;
  // A list of stories that ends in loose items is one story per item (`story-list.ts`); a log
  // has its told entries among others, or in lists of their own under its dates.
  const among = lists.some((list) =>
    list.children.some(
      (item, i) => isTold(item) && list.children.slice(0, i).some((e) => !isTold(e)),
    ),
  );
  const spread = lists.filter((list) => list.children.some(isTold)).length >= 2;
  if (toldCount < 2 || !(among || spread)) return blocks;
  let inStory = false;
  return blocks.flatMap((block): RootContent[] => {
    if (block.type === "heading") inStory = false;
    if (block.type !== "list" || !block.children.some(isTold)) return [block];
    const out: RootContent[] = [];
    let run: ListItem[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const list: List = {
        ...block,
        children: run,
        position: { start: run[0]!.position!.start, end: run.at(-1)!.position!.end },
      };
      if (inStory) out.push(storyHeading("Not in a story", run[0]!, "aside"));
      out.push(list);
      run = [];
    };
    for (const item of block.children) {
      if (!isTold(item)) {
        run.push(item);
        continue;
      }
      flush();
      const {
        blocks: [first, ...rest],
        remark,
      } = unwrapped(item);
      const { title, headline } = titleOf(first as Paragraph);
      out.push(storyHeading(title, first as Paragraph, "list-item"));
      if (headline) out.push(labelParagraph("Headline", headline, first as Paragraph));
      if (remark) out.push(labelParagraph("Notes", remark, first as Paragraph));
      out.push(...rest);
      inStory = true;
    }
    flush();
    return out;
  });
}
