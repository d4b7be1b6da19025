import type { Paragraph, RootContent } from "mdast";
import type { StoryHeadingData } from "./normalize.ts";
import { classify } from "./labels.ts";
import { type Block, inlineText, lineOf, splitLabel, splitLines, tidy } from "./markdown.ts";
import { isAside } from "./vocabulary.ts";
import { toldInProse } from "./structure.ts";
import { nestedStar, starLine } from "./star-lines.ts";
import { isQuestion } from "./question.ts";
import { deliveryNote } from "./lines.ts";
import { boldQuestions, tellsStory } from "./bold-questions.ts";
import { labelParagraph, storyHeading } from "./story-heading.ts";
import { isCompanyName } from "./headingmeta.ts";

/**
 * Shapes in which a story's start is not a heading: an interview transcript of "Q:" / "A:" pairs,
 * bold or numbered title lines between rules, one-item numbered lists (and, in `story-list.ts`, a
 * list with one story per item). Each becomes a story heading (`data.synthetic`) so the rest of
 * the reader treats it like any other story.
 */

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
  const numbered = numberedTitles(blocks) ?? boldTitles(blocks) ?? boldQuestions(blocks);
  if (numbered) return numbered;
  const titled = blocks.map((block, index) => ruledTitle(blocks, index));
  // Two such titles or more: the document is laid out that way, labels or not.
  const laidOut = titled.filter((title) => title !== undefined).length >= 2;
  return blocks.map((block, index) => {
    const title = titled[index];
    if (title === undefined) return block;
    const end = blocks.findIndex((b, i) => i > index && b.type === "thematicBreak");
    const part = blocks.slice(index + 1, end < 0 ? blocks.length : end);
    // A document title over stories under headings of their own: the headings open them.
    if (
      part.some((b) => b.type === "heading" && classify(inlineText(b.children), null) === undefined)
    )
      return block;
    return laidOut || nestedStar(part) ? storyHeading(title, block as Paragraph, "ruled") : block;
  });
}

/**
 * A title's number: "1.", "2)", "#3 ·", "4 – "; never the number of a compound ("60-second
 * version", "2-minute pitch").
 */
const numbering = /^#?\d{1,3}(?:\s*[·.):—–]|\s*-(?=\s))\s*/;

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
  return text.replace(numbering, "");
}

/**
 * "*** ROTA CRISIS ***", "== Title ==", "---- 3) TITLE ---- (unfinished)": marks around a title
 * line, as plain-text notes set one off, a remark in brackets kept after them.
 */
const titleMarks =
  /^(?:[*=~#_]{2,}|[-–—]{2,})\s*|\s*(?:[*=~#_]{2,}|[-–—]{2,})(?=\s*(?:\([^()]*\))?$)/g;

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
  // "~~ fall prevention ~~", "== the pump recall ==": marks on both sides make a title of any case.
  const marked =
    /^(?:[=~#*]{2,}|[-–—]{2,})\s*\S.*\S\s*(?:[=~#*]{2,}|[-–—]{2,})(?:\s*\([^()]*\))?$/u.test(
      tidy(inlineText(block.children)),
    );
  if (!bold && ((!marked && !/^[\p{Lu}\d"“]/u.test(text)) || text.includes(":"))) return undefined;
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
    const next = lines[i + 1];
    if (next === undefined) return;
    // "wrong sofa customer" over the story told in prose: a short name, maybe in lower case.
    const name = tidy(inlineText(line.children));
    const lower = i === 0 && /^\p{Ll}[\p{L}\p{N}' -]*$/u.test(name) && !classify(name, null);
    if (!titleLine(line, true) && !lower) return;
    // A plain line opens a story over labelled lines: the next one at once, or, on a
    // paragraph's first line, any below it.
    const labelled = (part: Paragraph) =>
      nestedStar([part]) ||
      /^(?:q|qs|questions?)\s*(?::|[-–—]\s)/i.test(tidy(inlineText(part.children)));
    // "Shrink\nOur shrink was 3.1% in 2022, …": a short name over a story told in prose (a line
    // twice as long as the name at least, opening a sentence, so no hard-wrapped sentence).
    const rest = tidy(inlineText(lines.slice(1).flatMap((part) => part.children)));
    const named =
      i === 0 &&
      name.split(/\s+/).length <= 6 &&
      /^\p{Lu}/u.test(rest) &&
      rest.split("\n")[0]!.length >= 2 * name.length &&
      rest.split(/\s+/).length >= 30;
    if (lower && !named) return;
    if (!(titleLine(line) || labelled(next) || named || (i === 0 && nestedStar(lines.slice(1)))))
      return;
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
  // So with two top-level headings or more (a Word document's "Heading 1" per story).
  const headings = source.filter((block) => block.type === "heading");
  if (headings.some((block) => block.depth >= 2) || headings.length >= 2) return undefined;
  const blocks = source.flatMap((block): RootContent[] =>
    block.type === "paragraph" ? titleLinesApart(block) : [block],
  );
  // "wrong sofa customer" over the story told in prose: a name typed in lower case.
  const proseTitle = (block: RootContent, next: RootContent | undefined) => {
    if (block.type !== "paragraph" || next?.type !== "paragraph") return false;
    const text = tidy(inlineText(block.children));
    const told = tidy(inlineText(next.children));
    return (
      !text.includes("\n") &&
      /^\p{Ll}[\p{L}\p{N}' -]*$/u.test(text) &&
      text.split(/\s+/).length <= 6 &&
      classify(text, null) === undefined &&
      /^\p{Lu}/u.test(told) &&
      told.split(/\s+/).length >= 30
    );
  };
  const plainAt = blocks.flatMap((block, index) =>
    titleLine(block, true) || proseTitle(block, blocks[index + 1]) ? [index] : [],
  );
  const tells = plainAt.filter((index, n) => {
    const part = blocks.slice(index + 1, plainAt[n + 1] ?? blocks.length);
    // "*1. Title* (Company)" over "> Tell me about …?" and the answer told in prose.
    const asks = part[0] !== undefined && questionBlock(part[0]) && part[1]?.type === "paragraph";
    return (
      nestedStar(part) ||
      (titleLine(blocks[index]!) !== undefined && (asks || toldInProse(part.slice(0, 2))))
    );
  });
  // Two names or more over stories told in prose, with no labels anywhere, tell stories too.
  const named = plainAt.filter((index) => {
    const [block, next] = [blocks[index]!, blocks[index + 1]];
    if (block.type !== "paragraph" || next?.type !== "paragraph") return false;
    const told = tidy(inlineText(next.children));
    return (
      tidy(inlineText(block.children)).split(/\s+/).length <= 6 &&
      /^\p{Lu}/u.test(told) &&
      told.split(/\s+/).length >= 30
    );
  });
  if (tells.length < 2 && named.length < 2) return undefined;
  // Once two titles open stories told in prose, a title of the same kind over a shorter
  // paragraph (the last answer of a forum post) opens one too.
  const told = (index: number) => {
    const next = blocks[index + 1];
    return (
      titleLine(blocks[index]!) !== undefined &&
      next?.type === "paragraph" &&
      titleLine(next, true) === undefined &&
      tidy(inlineText(next.children)).split(/\s+/).length >= 15
    );
  };
  const found = plainAt.filter(
    (index) => tells.includes(index) || told(index) || named.includes(index),
  );
  // "FORECAST MISS - Q3 REVENUE" over "Pinecrest Logistics, Sr Financial Analyst": the title
  // line, then where the story happened (and the job held) on a line of its own.
  const capitals = (block: RootContent | undefined) => {
    const text = block?.type === "paragraph" ? tidy(inlineText(block.children)) : "";
    return /\p{Lu}{3}/u.test(text) && text === text.toUpperCase() && !text.includes("\n");
  };
  const employerLine = (index: number) =>
    found.includes(index) &&
    (plainAt.includes(index - 1) || capitals(blocks[index - 1])) &&
    !found.includes(index - 1) &&
    isCompanyName(
      tidy(inlineText((blocks[index] as Paragraph).children))
        .replace(/\s*\([^()]*\)/g, "")
        .split(",")[0]!,
      true,
    );
  const opens = found.map((index) => (employerLine(index) ? index - 1 : index));
  return blocks.map((block, index) =>
    employerLine(index)
      ? labelParagraph(
          "Company",
          tidy(inlineText((block as Paragraph).children)),
          block as Paragraph,
        )
      : opens.includes(index)
        ? storyHeading(
            titleLine(block, true) ?? tidy(inlineText((block as Paragraph).children)),
            block as Paragraph,
            "story-line",
          )
        : block,
  );
}

/** "**1) The flaky test suite**", "**#2 · Title**": a numbered title, wholly bold, on one line. */
function numberedTitle(block: RootContent): string | undefined {
  if (block.type !== "paragraph" || block.children.length === 0) return undefined;
  // "**3. The time I screwed up** (everyone asks this one)": a remark in brackets after it;
  // "**1) Back on track** — Eastfield High School": the place after a dash.
  const after = (value: string) =>
    /^\s*\([^()\n]+\)\s*$/.test(value) ||
    /^\s+(?:[—–·@|]|-(?=\s))\s*\p{Lu}[^\n]{0,60}$/u.test(value);
  const bold = block.children.every(
    (child, i) =>
      child.type === "strong" ||
      (child.type === "text" &&
        (child.value.trim() === "" ||
          (i === block.children.length - 1 && i > 0 && after(child.value)))),
  );
  if (!bold) return undefined;
  const text = tidy(inlineText(block.children));
  const numbered = new RegExp(`(?:${numbering.source})(\\S.*)$`, "u").exec(text);
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
  if (!parts.every(tellsStory)) return undefined;
  return blocks.map((block, index) =>
    at.includes(index) ? storyHeading(numberedTitle(block)!, block as Paragraph, "ruled") : block,
  );
}
