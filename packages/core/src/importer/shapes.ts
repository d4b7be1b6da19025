import type { StoryHeadingData } from "./normalize.ts";
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { classify } from "./labels.ts";
import { type Block, inlineText, lineOf, splitLabel, splitLines, tidy } from "./markdown.ts";
import { isAside } from "./vocabulary.ts";
import { toldInProse } from "./structure.ts";
import { isQuestion } from "./question.ts";
import { deliveryNote } from "./lines.ts";

/**
 * Two more shapes in which a story's start is not a heading: a numbered list with one story per
 * item ("1. **Title** — Company, 2023" and the labelled bullets under it), and an interview
 * transcript of "Q:" / "A:" pairs. Both become story headings (`data.synthetic`) so the rest of
 * the reader treats them like any other story.
 */

export const storyHeading = (
  title: string,
  at: Block | Paragraph,
  synthetic: "list-item" | "question" | "ruled" | "story-line",
): Heading => ({
  type: "heading",
  depth: 6,
  children: [{ type: "text", value: title }],
  position: { start: at.position!.start, end: at.position!.start },
  data: { synthetic } as Heading["data"],
});

const isStar = (text: string) => {
  const target = classify(text, null);
  return target?.kind === "sections" || target?.kind === "text";
};

/** A line that opens with a STAR label: "Situation - …", "S: …", "**Task:** …". */
const starLine = (line: string) => {
  const label = /^(?:\*\*|__)?([^:\n*_]{1,40}?)(?:\*\*|__)?\s*(?::|\s[—–-](?:\s|$))/.exec(
    line.trim(),
  );
  return label !== null && isStar(label[1]!.trim());
};

/** "SITUATION" or "**Task**" alone on a paragraph's first line: a colonless STAR label. */
const bareStar = (block: RootContent) => {
  if (block.type !== "paragraph") return false;
  const line = tidy(inlineText(block.children)).split("\n")[0]!;
  return line.split(/\s+/).length <= 3 && isStar(line.replace(/[*_]/g, "").trim());
};

/** Whether a list item's nested blocks carry STAR labels (as bullets or paragraphs). */
function nestedStar(blocks: RootContent[]): boolean {
  return blocks.some((block) => {
    if (block.type === "paragraph") {
      const labelled = splitLabel(block.children);
      if (labelled !== undefined && isStar(labelled.label)) return true;
      if (bareStar(block)) return true;
      return tidy(inlineText(block.children)).split("\n").some(starLine);
    }
    if (block.type !== "list") return false;
    return block.children.some((item) => {
      const first = item.children[0];
      if (first?.type !== "paragraph") return false;
      const labelled = splitLabel(first.children);
      if (labelled !== undefined && isStar(labelled.label)) return true;
      return starLine(tidy(inlineText(first.children)).split("\n")[0]!);
    });
  });
}

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
    return !(labelled && classify(labelled.label, null));
  };
  // "4. ~~Parents' evening story~~, dropped: too thin" after the stories: a line of its own, no
  // story, kept in the notes of the story before it.
  let end = all.length;
  const loose = ([line]: RootContent[]) =>
    line?.type === "paragraph" && !isQuestion(tidy(inlineText(line.children)).split("\n")[0]!);
  while (end > 2 && all[end - 1]!.length === 1 && loose(all[end - 1]!) && !isStarred(all[end - 1]!))
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
      trailing.map(([line]) => ({
        type: "paragraph",
        children: [
          { type: "strong", children: [{ type: "text", value: "Notes:" }] },
          { type: "text", value: " " },
          ...(line as Paragraph).children,
        ],
        position: line!.position,
      })),
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
  const text = tidy(inlineText(children));
  const first = children[0];
  if (first?.type === "strong") {
    const title = tidy(inlineText(first.children));
    const meta = tidy(inlineText(children.slice(1)))
      .replace(/^[\s—–\-:|,]+/, "")
      .replace(/^\[([^[\]]+)\]$/, "$1");
    return meta ? { title, meta } : { title };
  }
  const dash = /^(.+?)\s+[—–]\s+(.+)$/.exec(text);
  return dash ? { title: dash[1]!, meta: dash[2]! } : { title: text };
}

const qLine = /^(?:\*\*|__)?(?:q|question)\s*\d*\s*(?:\*\*|__)?\s*[:.)]\s*(?:\*\*|__)?\s*/i;
const aLine = /^(?:\*\*|__)?(?:a|answer)\s*\d*\s*(?:\*\*|__)?\s*[:.)]\s*(?:\*\*|__)?\s*/i;

const lineText = (line: PhrasingContent[]) => tidy(inlineText(line));

/**
 * "Q: …" followed by "A: …" (as paragraphs or lines of one): each question opens a story and
 * its answer, without the "A:", is the story's free text. Only when there are two pairs or more,
 * so a lone "A:" stays an Action letter.
 */
export function qaPairs(blocks: RootContent[]): RootContent[] {
  const split = blocks.flatMap((block): RootContent[] =>
    block.type === "paragraph"
      ? splitLines(block, (line) => qLine.test(lineText(line)) || aLine.test(lineText(line)))
      : [block],
  );
  const isQ = (block: RootContent | undefined) =>
    block?.type === "paragraph" && qLine.test(tidy(inlineText(block.children)));
  const isA = (block: RootContent | undefined) =>
    block?.type === "paragraph" && aLine.test(tidy(inlineText(block.children)));
  const pairs = split.filter((block, i) => isQ(block) && isA(split[i + 1])).length;
  if (pairs < 2) return blocks;
  // Under story headings of their own ("### Title", then "**Q:** … **A:** …"), the Q names the
  // story's question and the A is its answer: the reader takes them as they stand.
  const first = split.findIndex(isQ);
  const last = split.findLastIndex(isQ);
  if (split.slice(first, last).some((block) => block.type === "heading")) return blocks;
  return split.flatMap((block): RootContent[] => {
    if (isQ(block)) {
      const text = tidy(inlineText((block as Paragraph).children)).replace(qLine, "");
      return [storyHeading(text, block, "question")];
    }
    if (isA(block)) {
      const text = tidy(inlineText((block as Paragraph).children)).replace(aLine, "");
      return text === ""
        ? []
        : [
            {
              type: "paragraph",
              children: [{ type: "text", value: text }],
              position: block.position,
            },
          ];
    }
    return [block];
  });
}

/**
 * Stories without headings, each opened by a bold first line between horizontal rules
 * ("---\n\n**1 · The Sensor Drift** (Pellucid, 2022)", notebook and blog exports): that line
 * becomes the story's heading when the part up to the next rule carries STAR labels.
 */
export function ruledTitles(source: RootContent[]): RootContent[] {
  // "**Story A – Flaky tests**" lines already open the stories: a bold line after a rule (a
  // forum post's "**marta_k** · Jan 12") is no title then.
  const storyLined = source.some(
    (block) =>
      block.type === "heading" &&
      (block.data as StoryHeadingData | undefined)?.synthetic === "story-line",
  );
  if (storyLined) return source;
  const blocks = source.flatMap((block, index) => boldTitleLine(source, index) ?? [block]);
  const numbered = numberedTitles(blocks) ?? boldTitles(blocks);
  if (numbered) return numbered;
  const titled = blocks.map((block, index) => ruledTitle(blocks, index));
  // Two such titles or more: the document is laid out that way, labels or not.
  const laidOut = titled.filter((title) => title !== undefined).length >= 2;
  return blocks.map((block, index) => {
    const title = titled[index];
    if (title === undefined) return block;
    const end = blocks.findIndex((b, i) => i > index && b.type === "thematicBreak");
    const part = blocks.slice(index + 1, end < 0 ? blocks.length : end);
    return laidOut || nestedStar(part) ? storyHeading(title, block as Paragraph, "ruled") : block;
  });
}

/** Whether a block opens a part: right after a rule, or the first bold line of the first part. */
function opensPart(blocks: RootContent[], index: number): boolean {
  if (blocks[index - 1]?.type === "thematicBreak") return true;
  // Phone notes: an unlabelled first line, then the first story with no rule above it.
  const before = blocks.slice(0, index);
  const rest = blocks.slice(index + 1);
  const end = rest.findIndex((b) => b.type === "thematicBreak");
  return (
    end >= 0 &&
    before.every((b) => b.type === "paragraph" && b.children[0]?.type !== "strong") &&
    rest.slice(end + 1).some((b, i) => rest[end + i]?.type === "thematicBreak" && isBoldLead(b)) &&
    nestedStar(blocks.slice(index, index + 1 + end))
  );
}

const isBoldLead = (block: RootContent | undefined) =>
  block?.type === "paragraph" && block.children[0]?.type === "strong";

/**
 * "**Title**" on a paragraph's first line with labelled lines under it ("Company: …",
 * "Situation: …" written without a blank line): the bold line as a paragraph of its own, when it
 * opens a part.
 */
function boldTitleLine(blocks: RootContent[], index: number): RootContent[] | undefined {
  const block = blocks[index]!;
  if (!isBoldLead(block) || !opensPart(blocks, index)) return undefined;
  const after = (block as Paragraph).children[1];
  const broken =
    after?.type === "break" || (after?.type === "text" && /^[ \t]*\n/.test(after.value));
  if (!broken) return undefined;
  const start = lineOf(block as Block);
  const parts = splitLines(block as Paragraph, (_line, at) => at === start + 1);
  return parts.length === 2 && nestedStar([parts[1]!]) ? parts : undefined;
}

/** The title a bold first line right after a rule gives, if the line reads as one. */
function ruledTitle(blocks: RootContent[], index: number): string | undefined {
  const block = blocks[index]!;
  if (!opensPart(blocks, index) || block.type !== "paragraph") return undefined;
  if (block.children[0]?.type !== "strong") return undefined;
  const text = tidy(inlineText(block.children));
  if (text.includes("\n") || text.split(/\s+/).length > 16 || /[.:]$/.test(text)) return undefined;
  const labelled = splitLabel(block.children);
  if (labelled && classify(labelled.label, null)) return undefined;
  if (blocks[index + 1] === undefined || blocks[index + 1]!.type === "thematicBreak")
    return undefined;
  return text.replace(/^\d{1,3}\s*[·.):—–-]\s*/, "");
}

/** "*** ROTA CRISIS ***", "== Title ==": marks around a title line, as plain-text notes set one off. */
const titleMarks = /^(?:[*=~#_]{2,}|[-–—]{2,})\s*|\s*(?:[*=~#_]{2,}|[-–—]{2,})$/g;

/**
 * A paragraph of one line that reads as a story's title: wholly in bold (or italics), in bold with the
 * employer after it ("**Parvo weekend** (Brookvale Vets)", "**Title** [Org]") or, when `plain`,
 * in plain text ("Torque tool calibration gap (Skyreach Regional)", "*** ROTA CRISIS ***");
 * short, not a label, not a question, not closed by ":", "." or ";". Answers the heading's text.
 */
function titleLine(block: RootContent, plain = false): string | undefined {
  if (block.type !== "paragraph" || block.children.length === 0) return undefined;
  const [first, ...rest] = block.children;
  const after = tidy(inlineText(rest));
  const bold =
    (first?.type === "strong" || first?.type === "emphasis") &&
    (after === "" ||
      /^[—–-]?\s*(\([^()]+\)|\[[^[\]]+\])(\s+[—–]\s+\p{Ll}[^()]{0,80})?$/u.test(after));
  const text = tidy(inlineText(block.children)).replace(titleMarks, "").trim();
  if (text === "" || text.includes("\n") || /[.:;,!?]$/.test(text)) return undefined;
  const words = text
    .replace(/\s+[—–]\s+\p{Ll}[^()]{0,80}$/u, "")
    .replace(/\s*(\([^()]*\)|\[[^[\]]*\])$/, "")
    .split(/\s+/).length;
  if (!(bold || plain) || words > (bold ? 12 : 14)) return undefined;
  if (classify(text, null) || isAside(text) || starLine(text) || isQuestion(text)) return undefined;
  // "Timing – about 45 seconds": a note on telling the story, not the next story's title.
  if (deliveryNote(text)) return undefined;
  if (!bold && (!/^[\p{Lu}\d"“]/u.test(text) || text.includes(":"))) return undefined;
  return text;
}

/** A block asking an interview question: a quoted line, or a paragraph of one question. */
function questionBlock(block: RootContent): boolean {
  const inner = block.type === "blockquote" ? block.children[0] : block;
  if (inner?.type !== "paragraph") return false;
  const lines = tidy(inlineText(inner.children)).split("\n");
  return lines.every((line) => isQuestion(line.replace(/^["“]|["”]$/g, "")));
}

/**
 * A paragraph cut before and after each title line in it that opens a story: a bold or italic
 * title, or a plain one over a labelled line ("…\n*1. Medical emergency* (2022)\nQ: …\nC - …",
 * as a chat or a phone note runs everything together).
 */
function titleLinesApart(block: Paragraph): RootContent[] {
  const start = lineOf(block as Block);
  const lines = splitLines(block, () => true);
  if (lines.length < 2) return [block];
  const cuts = new Set<number>();
  lines.forEach((line, i) => {
    if (!titleLine(line, true)) return;
    const next = lines[i + 1];
    if (next === undefined) return;
    // A plain line opens a story over labelled lines: the next one at once, or, on a
    // paragraph's first line, any below it.
    const labelled = (part: Paragraph) =>
      nestedStar([part]) ||
      /^(?:q|qs|questions?)\s*(?::|[-–—]\s)/i.test(tidy(inlineText(part.children)));
    if (!(titleLine(line) || labelled(next) || (i === 0 && nestedStar(lines.slice(1))))) return;
    if (i > 0) cuts.add(start + i);
    cuts.add(start + i + 1);
  });
  return cuts.size === 0 ? [block] : splitLines(block, (_line, at) => cuts.has(at));
}

/**
 * Notes without Markdown headings (Apple Notes, Google Keep, a pasted doc, an email to oneself):
 * stories opened by a title line, with or without a blank line under it, each followed by
 * labelled lines (or, under a bold title, a told paragraph). Two such titles or more make a
 * story heading each; a bold line over a checklist ("**Before the call**") stays what it is.
 */
function boldTitles(source: RootContent[]): RootContent[] | undefined {
  // With headings below a title, bold lines are sections inside the stories they head.
  if (source.some((block) => block.type === "heading" && block.depth >= 2)) return undefined;
  const blocks = source.flatMap((block): RootContent[] =>
    block.type === "paragraph" ? titleLinesApart(block) : [block],
  );
  const plainAt = blocks.flatMap((block, index) => (titleLine(block, true) ? [index] : []));
  const tells = plainAt.filter((index, n) => {
    const part = blocks.slice(index + 1, plainAt[n + 1] ?? blocks.length);
    // "*1. Title* (Company)" over "> Tell me about …?" and the answer told in prose.
    const asks = part[0] !== undefined && questionBlock(part[0]) && part[1]?.type === "paragraph";
    return (
      nestedStar(part) ||
      (titleLine(blocks[index]!) !== undefined && (asks || toldInProse(part.slice(0, 2))))
    );
  });
  if (tells.length < 2) return undefined;
  return blocks.map((block, index) =>
    tells.includes(index)
      ? storyHeading(titleLine(block, true)!, block as Paragraph, "story-line")
      : block,
  );
}

/** "**1) The flaky test suite**", "**#2 · Title**": a numbered title, wholly bold, on one line. */
function numberedTitle(block: RootContent): string | undefined {
  if (block.type !== "paragraph" || block.children.length === 0) return undefined;
  // "**3. The time I screwed up** (everyone asks this one)": a remark in brackets after it.
  const bold = block.children.every(
    (child, i) =>
      child.type === "strong" ||
      (child.type === "text" &&
        (child.value.trim() === "" ||
          (i === block.children.length - 1 && i > 0 && /^\s*\([^()\n]+\)\s*$/.test(child.value)))),
  );
  if (!bold) return undefined;
  const text = tidy(inlineText(block.children));
  const numbered = /^#?\d{1,3}\s*[.):·—–-]\s*(\S.*)$/u.exec(text);
  if (!numbered || text.includes("\n") || /[:.]$/.test(text)) return undefined;
  return numbered[1]!.split(/\s+/).length <= 16 ? numbered[1]! : undefined;
}

/**
 * Stories opened by numbered bold title lines, without headings or rules ("**1) Title**" with
 * labelled lines under it, a Reddit or forum post): two such titles or more, each followed by
 * STAR labels before the next, make a story heading each.
 */
function numberedTitles(blocks: RootContent[]): RootContent[] | undefined {
  const at = blocks.flatMap((block, index) => (numberedTitle(block) ? [index] : []));
  if (at.length < 2) return undefined;
  const parts = at.map((index, n) => blocks.slice(index + 1, at[n + 1] ?? blocks.length));
  if (!parts.every((part) => nestedStar(part) || toldInProse(part))) return undefined;
  return blocks.map((block, index) =>
    at.includes(index) ? storyHeading(numberedTitle(block)!, block as Paragraph, "ruled") : block,
  );
}

/** "1. CHURN DASHBOARD" (with "Time: 2 min" lines under it): a one-item numbered list's title. */
function listedTitle(block: RootContent): { title: string; item: ListItem } | undefined {
  if (block.type !== "list" || !block.ordered || block.children.length !== 1) return undefined;
  const item = block.children[0]!;
  const first = item.children[0];
  if (first?.type !== "paragraph") return undefined;
  const title = tidy(inlineText(first.children)).split("\n")[0]!;
  const words = title.split(/\s+/).length;
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
  if (at.length < 2) return blocks;
  const parts = at.map((index, n) => blocks.slice(index + 1, at[n + 1] ?? blocks.length));
  // Every part labelled, or told in prose under its title (the last story not written up yet).
  const starred = parts.filter((part) => nestedStar(part)).length;
  const prose = (n: number) => {
    const { item } = listedTitle(blocks[at[n]!]!)!;
    const [first, ...more] = item.children;
    return more.length > 0 || tidy(inlineText((first as Paragraph).children)).includes("\n");
  };
  const fits = (part: RootContent[], n: number) =>
    nestedStar(part) || toldInProse(part) || prose(n);
  if (starred < 2 || !parts.every(fits)) return blocks;
  return blocks.flatMap((block, index): RootContent[] => {
    if (!at.includes(index)) return [block];
    const { title, item } = listedTitle(block)!;
    const [first, ...more] = item.children as [Paragraph, ...RootContent[]];
    const start = lineOf(first);
    const [, lines] = splitLines(first, (_line, line) => line === start + 1);
    return [storyHeading(title, first, "story-line"), ...(lines ? [lines] : []), ...more];
  });
}
