import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { classify } from "./labels.ts";
import { type Block, inlineText, lineOf, splitLabel, splitLines, tidy } from "./markdown.ts";
import { isQuestion } from "./question.ts";
import { storyHeading } from "./story-heading.ts";
import { nestedStar, starLine } from "./star-lines.ts";
import { toldInProse } from "./structure.ts";

/**
 * A numbered or bulleted list with one story per item ("1. **Title** — Company, 2023" and the
 * labelled bullets under it), or one interview question per item with the notes that answer it.
 */

/**
 * Items that each open with an interview question on their first line (its other lines and
 * blocks are the notes under it), two or more, one of them telling a story under two STAR labels
 * or more: the question and its notes apart, or undefined.
 */
function questionItems(
  items: RootContent[][],
): { question: string; first: Paragraph; rest: RootContent[] }[] | undefined {
  if (items.length < 2) return undefined;
  const read = items.map(([first, ...rest]) => {
    if (first?.type !== "paragraph") return undefined;
    const start = lineOf(first as Block);
    const [head, more] = splitLines(first, (_line, at) => at === start + 1);
    const question = tidy(inlineText(head!.children));
    if (/→|->/.test(question) || !isQuestion(question)) return undefined;
    return { question, first, rest: [...(more ? [more] : []), ...rest] };
  });
  if (read.some((item) => item === undefined)) return undefined;
  const found = read as { question: string; first: Paragraph; rest: RootContent[] }[];
  return found.some(({ rest }) => starredItems(rest) >= 2) ? found : undefined;
}

/**
 * Items that each open with an interview question in bold and go on, in the same paragraph, with
 * the answer; two or more, at least two of them told in forty words or more (a story, not a
 * follow-up's short answer).
 */
function boldQuestionItems(items: RootContent[][]) {
  if (items.length < 2) return undefined;
  const read = items.map(([first, ...rest]) => {
    if (first?.type !== "paragraph" || first.children[0]?.type !== "strong") return undefined;
    const [lead, ...answer] = first.children;
    const question = tidy(inlineText((lead as { children: PhrasingContent[] }).children));
    if (!isQuestion(question)) return undefined;
    return { question, first, answer, rest };
  });
  if (read.some((item) => item === undefined)) return undefined;
  const found = read as NonNullable<(typeof read)[number]>[];
  const told = found.filter(
    ({ answer }) => tidy(inlineText(answer)).split(/\s+/).filter(Boolean).length >= 40,
  );
  return told.length >= 2 ? found : undefined;
}

/**
 * A list under an answer whose items are each wholly in italics ("- *Keep it under a minute.*"):
 * the writer's reminders, as a "Notes:" paragraph each; any other block as it is.
 */
function italicNotes(block: RootContent): RootContent[] {
  if (block.type !== "list") return [block];
  const italic = block.children.every((item) => {
    const [only, ...more] = item.children;
    return (
      more.length === 0 &&
      only?.type === "paragraph" &&
      only.children.length === 1 &&
      only.children[0]!.type === "emphasis"
    );
  });
  if (!italic) return [block];
  return block.children.map((item) => {
    const paragraph = item.children[0] as Paragraph;
    return {
      type: "paragraph",
      children: [
        { type: "strong", children: [{ type: "text", value: "Notes:" }] },
        { type: "text", value: " " },
        ...paragraph.children,
      ],
      position: paragraph.position,
    } as Paragraph;
  });
}

/** How many bullets of the lists among `blocks` open with a STAR label. */
function starredItems(blocks: RootContent[]): number {
  return blocks
    .filter((block): block is List => block.type === "list")
    .flatMap((list) => list.children)
    .filter((item) => item.children[0] !== undefined && nestedStar([item.children[0]])).length;
}

/**
 * A list whose every item is a title line with labelled STAR bullets under it, or whose every
 * item opens with a bold title and one of them tells a story in prose under it: one story per
 * item. "**Title** — Company, 2023" and "**Title** [Company]" give the title and a Company line.
 */
export function storyList(
  list: List,
  normalize: (blocks: RootContent[]) => RootContent[],
): RootContent[] | undefined {
  const all = list.children.map(titleLineApart);
  const isStarred = ([first, ...rest]: RootContent[]) => {
    if (first?.type !== "paragraph" || !nestedStar(rest)) return false;
    const labelled = splitLabel(first.children);
    const slot = labelled && classify(labelled.label, null);
    // "Story: Storm outage (Pennant Telecom)" names the story it opens.
    return !slot || slot.kind === "title";
  };
  // "4. ~~Parents' evening story~~, dropped: too thin" after the stories: a line of its own, no
  // story, kept in the notes of the story before it.
  let end = all.length;
  const loose = ([line]: RootContent[]) =>
    line?.type === "paragraph" && !isQuestion(tidy(inlineText(line.children)).split("\n")[0]!);
  // "- ▶ Ideas" over its own bullets after the last story: a parking lot, kept the same way.
  // An item with STAR labels of its own is a story, however it is written.
  const labelled = (item: RootContent[]) => nestedStar(item) || nestedStar(item.slice(1));
  while (end > 1 && loose(all[end - 1]!) && !isStarred(all[end - 1]!) && !labelled(all[end - 1]!))
    end -= 1;
  const trailing = all.slice(end).filter(() => all.slice(0, end).every(isStarred));
  const items = trailing.length > 0 ? all.slice(0, end) : all;
  const starred = items.every(isStarred);
  // "- **The trustee who hated digital** [Fernbrook Hospice]" over the answer told as prose.
  const told =
    !starred &&
    items.every(([first]) => first?.type === "paragraph" && isBoldTitle(first)) &&
    items.some(([, ...rest]) => toldInProse(rest));
  // "1. Tell me about a distressed caller." over its notes, labelled in some items: a question
  // per item, the story told under it (an item with nothing under it is a question unanswered).
  const asked = !starred && !told && questionItems(items);
  // "1. **Tell me about a time you de-escalated…?** At Riverside I arrived…": the question in
  // bold and the answer told after it, an item each.
  const answered = !starred && !told && !asked && boldQuestionItems(items);
  if (answered)
    return answered.flatMap(({ question, first, answer, rest }) => [
      storyHeading(question, first, "question"),
      { type: "paragraph", children: answer, position: first.position } as Paragraph,
      ...normalize(rest.flatMap(italicNotes)),
    ]);
  if (asked)
    return asked.flatMap(({ question, first, rest }) => [
      storyHeading(question, first, "question"),
      ...normalize(rest),
    ]);
  if (items.length === 0 || !(starred || told)) return undefined;
  return items
    .flatMap((children) => {
      const [first, ...rest] = children as [Paragraph, ...RootContent[]];
      const { title, meta } = titleAndMeta(first.children);
      const out: RootContent[] = [storyHeading(title, first, "list-item")];
      if (meta) {
        out.push({
          type: "paragraph",
          children: [
            { type: "strong", children: [{ type: "text", value: "Company:" }] },
            { type: "text", value: ` ${meta}` },
          ],
          position: first.position,
        });
      }
      return [...out, ...normalize(rest)];
    })
    .concat(
      trailing.flatMap(([line, ...more]): RootContent[] => [
        {
          type: "paragraph",
          children: [
            { type: "strong", children: [{ type: "text", value: "Notes:" }] },
            { type: "text", value: " " },
            ...(line as Paragraph).children,
          ],
          position: line!.position,
        },
        ...more,
      ]),
    );
}

/**
 * A list item's blocks, its first line apart when the item is written as plain lines ("1) Title
 * (Company)" and its labelled lines under it, all one paragraph): a short title line, not a
 * sentence, followed by more lines.
 */
function titleLineApart(item: ListItem): RootContent[] {
  const [first, ...rest] = item.children as RootContent[];
  if (first?.type !== "paragraph") return item.children as RootContent[];
  const line = tidy(inlineText(first.children)).split("\n")[0]!;
  if (line.split(/\s+/).length > 15 || /[.:;]$/.test(line) || starLine(line)) {
    return item.children as RootContent[];
  }
  const start = lineOf(first);
  return [...splitLines(first, (_line, at) => at === start + 1), ...rest];
}

/** A line opening with a bold title of at most twelve words ("**The trustee who…** [Org]"). */
function isBoldTitle(paragraph: Paragraph): boolean {
  const [first] = paragraph.children;
  if (first?.type !== "strong" || tidy(inlineText(paragraph.children)).includes("\n")) return false;
  const title = tidy(inlineText(first.children));
  return title !== "" && title.split(/\s+/).length <= 12 && !/[:?]$/.test(title);
}

/** "**Title** — Finch Labs, 2023", "**Title** [Finch Labs]" → the bold title and what follows. */
function titleAndMeta(children: PhrasingContent[]): { title: string; meta?: string } {
  const labelled = splitLabel(children);
  if (labelled && classify(labelled.label, null)?.kind === "title") return { title: labelled.rest };
  const text = tidy(inlineText(children));
  const first = children[0];
  if (first?.type === "strong") {
    const title = tidy(inlineText(first.children));
    const meta = tidy(inlineText(children.slice(1)))
      .replace(/^[\s—–\-:|,]+/, "")
      .replace(/^\[([^[\]]+)\]$|^\(([^()]+)\)$/, "$1$2");
    return meta ? { title, meta } : { title };
  }
  const dash = /^(.+?)\s+[—–]\s+(.+)$/.exec(text);
  return dash ? { title: dash[1]!, meta: dash[2]! } : { title: text };
}
