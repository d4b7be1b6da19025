import type { Heading, ListItem, Table } from "mdast";
import { parseStoryHeading } from "./draft.ts";
import { classify } from "./labels.ts";
import { type Block, inlineText, isPrompt, splitLabel, tidy } from "./markdown.ts";
import { type StoryHeadingData, isSynthetic } from "./normalize.ts";
import { isInterviewQuestion, isQuestion, questionText } from "./question.ts";
import { type QuestionUnit, questionLayout } from "./questions.ts";
import { isAsideHeading, isEmptyRow, nextAside, nextRule } from "./boundaries.ts";
import { isFieldTable, isStoryTable } from "./table-stories.ts";
import { isBadgeLine } from "./reader.ts";

/**
 * Finds where each story of a document starts and ends, the way a reader does: story headings of
 * any level ("Story 2: …", "Example 1 — …"), `<details>` summaries and `Story:` lines; without
 * those, the innermost headings with story text under them; and, in text without STAR labels,
 * each question with an answer under it.
 */

export interface StoryPart {
  /** The story's heading (real, or made from a `<details>` summary or a `Story:` line). */
  heading: Heading | undefined;
  /** The question the story answers, when a heading or a bullet asks it. */
  question: { text: string; node: Block | ListItem } | undefined;
  /** The blocks the story reader reads. */
  blocks: Block[];
  /** Lines naming the group of questions it sits in ("Conflict"): tags. */
  group: { text: string; node: Block } | undefined;
  /** A row of a story matrix (a table with one story per row). */
  row?: { table: Table; index: number };
}

export interface Segments {
  stories: StoryPart[];
  /** Top-level blocks some story took. */
  taken: boolean[];
  /** Question units without an answer (reported, not imported). */
  unanswered: QuestionUnit[];
  /** Rows of a story matrix that hold no story (a TODO row, a row of blanks): reported. */
  emptyRows: Block[];
}

const synthetic = (heading: Heading) => (heading.data as StoryHeadingData | undefined)?.synthetic;

export const headingText = (heading: Heading) => tidy(inlineText(heading.children));

/** A heading that names a part of a story ("### Situation", "### Best Used For"). */
export function isLabelHeading(heading: Heading): boolean {
  if (isSynthetic(heading)) return false;
  const text = headingText(heading);
  const labelled = splitLabel(heading.children);
  // "### Question: Tell me about a time…" asks the story's question: it heads a story.
  if (labelled && labelled.rest !== "" && isQuestion(labelled.rest)) {
    const asked = classify(labelled.label, null);
    if (asked?.kind === "list" && asked.key === "questions") return false;
  }
  const label = labelled?.label ?? text;
  const target = classify(label, null) ?? classify(text, null);
  return target !== undefined && target.kind !== "title";
}

/** STAR parts, and the draft or refined answer that tells a story without them. */
const isStarTarget = (label: string) => {
  const target = classify(label, null);
  return (
    target?.kind === "sections" ||
    (target?.kind === "text" && /situation|task|draft|refined/.test(target.key))
  );
};

/** Whether a block carries a STAR label (Situation / Task / Action / Result or a cousin). */
export function hasStarLabel(block: Block): boolean {
  if (block.type === "heading")
    return isStarTarget(splitLabel(block.children)?.label ?? headingText(block));
  if (block.type === "paragraph") {
    const labelled = splitLabel(block.children);
    if (labelled && isStarTarget(labelled.label)) return true;
    return tidy(inlineText(block.children))
      .split("\n")
      .some((line) => {
        const colon = /^(?:\*\*|__)?([^:*_\n]{1,40}?)(?:\*\*|__)?\s*:|^([A-Za-z ]{1,20})$/.exec(
          line,
        );
        return colon !== null && isStarTarget((colon[1] ?? colon[2])!.trim());
      });
  }
  if (block.type === "list") {
    return block.children.some((item) =>
      item.children.some((child) => hasStarLabel(child as Block)),
    );
  }
  return block.type === "table" && isFieldTable(block);
}

/** Whether a block carries any label a story field takes (a label heading or "**Label:**"). */
function hasAnyLabel(block: Block): boolean {
  if (block.type === "heading") return isLabelHeading(block);
  if (block.type !== "paragraph") return hasStarLabel(block);
  const labelled = splitLabel(block.children);
  return (
    (labelled !== undefined && classify(labelled.label, null) !== undefined) || hasStarLabel(block)
  );
}

/** Whether a heading opens a story however the rest of the document is written. */
const isNamed = (block: Block): block is Heading =>
  block.type === "heading" &&
  !isAsideHeading(block) &&
  (isSynthetic(block) || parseStoryHeading(headingText(block), false) !== undefined);

/** Where the part under the heading at `index` ends: at the next heading as high or higher. */
export function sectionEnd(blocks: Block[], index: number): number {
  const depth = (blocks[index] as Heading).depth;
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "heading" && block.depth <= depth) return i;
  }
  return blocks.length;
}

/** The blocks right under a heading, through its label sub-headings, up to the next other heading. */
function ownBlocks(blocks: Block[], index: number): Block[] {
  const own: Block[] = [];
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "heading" && (!isLabelHeading(block) || isAsideHeading(block))) break;
    own.push(block);
  }
  return own;
}

/** Text that is the writer's own: not an italic prompt, not markup. */
const isProse = (block: Block) =>
  (block.type === "paragraph" && !isPrompt(block) && tidy(inlineText(block.children)) !== "") ||
  block.type === "list" ||
  block.type === "blockquote" ||
  block.type === "code";

/** A paragraph or list that only asks questions. */
export const isQuestionBlock = (block: Block) =>
  (block.type === "paragraph" && isQuestion(tidy(inlineText(block.children)))) ||
  (block.type === "list" &&
    block.children.every((item) => {
      const first = item.children[0];
      return (
        item.children.length === 1 &&
        first?.type === "paragraph" &&
        isQuestion(tidy(inlineText(first.children)))
      );
    }));

export function segment(blocks: Block[]): Segments {
  const named = blocks.flatMap((block, index) => (isNamed(block) ? [index] : []));
  // Beside story headings, a question heading with an answer under it is a story too.
  const asked = blocks.flatMap((block, index) =>
    block.type === "heading" &&
    !isNamed(block) &&
    !isAsideHeading(block) &&
    !isLabelHeading(block) &&
    (named.length > 0 ? isInterviewQuestion : isQuestion)(headingText(block)) &&
    ownBlocks(blocks, index).some(isProse)
      ? [index]
      : [],
  );
  // Beside stories read from question bullets, a group heading over question bullets with
  // unlabelled talking points under them holds one story per answered question.
  const bulleted = named.some((index) => synthetic(blocks[index] as Heading) === "list-item");
  const grouped = new Set(
    blocks.flatMap((block, index) =>
      bulleted &&
      block.type === "heading" &&
      !isNamed(block) &&
      !isAsideHeading(block) &&
      !isLabelHeading(block) &&
      !asked.includes(index) &&
      ownBlocks(blocks, index).every((b) => b.type === "list") &&
      questionLayout(ownBlocks(blocks, index)).units.some((unit) => unit.answer.some(isProse))
        ? [index]
        : [],
    ),
  );
  const starts =
    named.length > 0 ? [...named, ...asked, ...grouped].sort((a, b) => a - b) : looseStarts(blocks);
  const taken = new Array<boolean>(blocks.length).fill(false);
  const stories: StoryPart[] = [];
  const unanswered: QuestionUnit[] = [];
  const emptyRows: Block[] = [];
  const partAt = new Map<number, StoryPart>();
  const split = (region: Block[], heading: Heading | undefined) => {
    // Only text without labels under a heading that is no story heading splits by question.
    if ((heading && isNamed(heading)) || region.some(hasAnyLabel)) return false;
    const layout = questionLayout(region);
    const answered = layout.units.filter((unit) => unit.answer.some(isProse));
    const splitHere =
      answered.length >= 2 ||
      ((heading === undefined || grouped.has(blocks.indexOf(heading))) && answered.length > 0);
    if (!splitHere) return false;
    for (const unit of layout.units) {
      if (!unit.answer.some(isProse)) {
        unanswered.push(unit);
        continue;
      }
      stories.push({
        heading: undefined,
        question: { text: unit.question, node: unit.node },
        blocks: unit.answer,
        group: unit.group !== undefined ? { text: unit.group, node: unit.groupNode! } : undefined,
      });
    }
    return true;
  };

  // Text before the first story heading: answers under questions, or one story of its own.
  const first = starts[0] ?? blocks.length;
  const prelude = blocks.slice(0, first).filter((block) => block.type !== "heading");
  const firstHeading = blocks.findIndex((block) => block.type === "heading");
  const beforeHeadings = blocks.slice(0, firstHeading < 0 ? blocks.length : firstHeading);
  if (split(beforeHeadings, undefined)) beforeHeadings.forEach((_, i) => (taken[i] = true));
  else if (prelude.some(hasStarLabel) && firstHeading < 0) {
    stories.push({ heading: undefined, question: undefined, blocks: prelude, group: undefined });
    prelude.forEach((_, i) => (taken[i] = true));
  }

  // Stories each opened after a rule: the last one ends at its own closing rule, and what
  // follows that rule (a sign-off, a subscribe line) is no part of it.
  const ruled =
    starts.length >= 2 &&
    starts.slice(1).every((start) => blocks[start - 1]?.type === "thematicBreak");
  for (const [n, start] of starts.entries()) {
    const heading = blocks[start] as Heading;
    const last = n === starts.length - 1;
    const end = Math.min(
      sectionEnd(blocks, start),
      starts[n + 1] ?? blocks.length,
      nextAside(blocks, start),
      synthetic(blocks[start] as Heading) === "ruled" || (ruled && last)
        ? nextRule(blocks, start)
        : blocks.length,
    );
    const region = blocks.slice(start + 1, end);
    for (let i = start; i < end; i++) taken[i] = true;
    if (split(region, heading)) continue;
    const text = headingText(heading);
    const asks = isQuestion(text) || synthetic(heading) === "question";
    const question = asks ? { text: questionText(text), node: heading } : undefined;
    const part: StoryPart = { heading, question, blocks: region, group: undefined };
    partAt.set(start, part);
    stories.push(part);
  }
  groupLabels(blocks, starts, partAt, taken);
  for (const [start, part] of partAt) {
    const asking = part.question ? undefined : enclosingQuestion(blocks, start, starts);
    if (asking === undefined) continue;
    part.question = {
      text: questionText(headingText(blocks[asking] as Heading)),
      node: blocks[asking]!,
    };
    taken[asking] = true;
  }
  // A story matrix outside any story: one story per row.
  blocks.forEach((block, index) => {
    if (taken[index] || block.type !== "table" || !isStoryTable(block)) return;
    taken[index] = true;
    for (let row = 1; row < block.children.length; row++) {
      if (isEmptyRow(block, row)) {
        emptyRows.push(block.children[row]! as unknown as Block);
        continue;
      }
      stories.push({
        heading: undefined,
        question: undefined,
        blocks: [],
        group: undefined,
        row: { table: block, index: row },
      });
    }
  });
  stories.sort((a, b) => lineOfPart(a) - lineOfPart(b));
  return { stories, taken, unanswered, emptyRows };
}

/**
 * A group heading over one story ("## Customer Obsession", its "**Questions they ask:**" list,
 * then "### Locker returns"): the group's own labelled text belongs to that story, read after
 * the story's own text.
 */
function groupLabels(
  blocks: Block[],
  starts: number[],
  partAt: Map<number, StoryPart>,
  taken: boolean[],
) {
  blocks.forEach((block, index) => {
    if (block.type !== "heading" || taken[index] || starts.includes(index)) return;
    const end = sectionEnd(blocks, index);
    const inside = starts.filter((start) => start > index && start < end);
    const part = inside.length === 1 ? partAt.get(inside[0]!) : undefined;
    if (!part) return;
    const own = blocks.slice(index + 1, inside[0]);
    if (own.length === 0 || own.some((b) => b.type === "heading") || !own.some(hasAnyLabel)) return;
    part.blocks = [...part.blocks, ...own];
    own.forEach((_, i) => (taken[index + 1 + i] = true));
  });
}

/** The heading right above the one at `index` (one level up), when it asks a question. */
function questionAbove(blocks: Block[], index: number): number | undefined {
  const depth = (blocks[index] as Heading).depth;
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type !== "heading" || block.depth >= depth) continue;
    return !isLabelHeading(block) && isQuestion(headingText(block)) ? i : undefined;
  }
  return undefined;
}

/**
 * The question heading right above a story heading ("## Question 3: Describe a conflict…" then
 * "### Two reviewers, one pull request", and maybe "### Backup: …"): the stories answer it.
 */
function enclosingQuestion(blocks: Block[], start: number, starts: number[]): number | undefined {
  const above = questionAbove(blocks, start);
  if (above === undefined || starts.includes(above)) return undefined;
  const end = sectionEnd(blocks, above);
  // Its own text is at most an intro: a story and a backup under it both answer it.
  const own = blocks.slice(above + 1, end).findIndex((block) => block.type === "heading");
  const intro = blocks.slice(above + 1, above + 1 + Math.max(own, 0));
  if (intro.some(hasStarLabel)) return undefined;
  return starts.some((other) => other > above && other < end) ? above : undefined;
}

const lineOfPart = (part: StoryPart) =>
  (part.row ? part.row.table.children[part.row.index] : undefined)?.position?.start.line ??
  (part.heading ?? part.question?.node ?? part.blocks[0])?.position?.start.line ??
  0;

/**
 * Without story headings: the innermost headings with story text of their own. In a document
 * that uses STAR labels, a heading with only prose under it is a story when it or a line under
 * it asks a question; in one without labels, every heading with prose under it is.
 */
function looseStarts(blocks: Block[]): number[] {
  const headings = blocks.flatMap((block, index) =>
    block.type === "heading" &&
    !isLabelHeading(block) &&
    !isAsideHeading(block) &&
    headingText(block) !== ""
      ? [index]
      : [],
  );
  const own = new Map(
    headings.map((index) => [
      index,
      ownBlocks(blocks, index).filter((block) => block.type !== "table" || !isStoryTable(block)),
    ]),
  );
  const labelled = (index: number) =>
    own.get(index)!.some(hasStarLabel) && !isTemplate(own.get(index)!);
  const numbered = (index: number) =>
    parseStoryHeading(headingText(blocks[index] as Heading), true)?.number !== undefined;
  // A numbered heading among numbered headings of labelled stories at its level.
  const numberedLike = (index: number) =>
    numbered(index) &&
    headings.some(
      (other) =>
        other !== index &&
        (blocks[other] as Heading).depth === (blocks[index] as Heading).depth &&
        numbered(other) &&
        labelled(other),
    );
  // A heading whose siblings (same level, same parent section) are labelled stories.
  const besideStories = (index: number) => {
    const depth = (blocks[index] as Heading).depth;
    const parent = blocks.findLastIndex(
      (block, i) => i < index && block.type === "heading" && block.depth < depth,
    );
    const siblings = headings.filter(
      (other) =>
        other !== index &&
        (blocks[other] as Heading).depth === depth &&
        blocks.findLastIndex(
          (block, i) => i < other && block.type === "heading" && block.depth < depth,
        ) === parent,
    );
    return siblings.length > 0 && siblings.every(labelled);
  };
  const starred = blocks.some(
    (block) => hasStarLabel(block) || (block.type === "table" && isStoryTable(block)),
  );
  const candidates = headings.filter((index) => {
    if (labelled(index)) return true;
    // Among labelled stories, one told in prose under its own meta lines ("**Company:** …",
    // tags) and not yet split into sections.
    if (starred && hasStoryMeta(own.get(index)!) && toldAtLength(own.get(index)!)) return true;
    // "## III. The engineer who wanted out", told in prose between "## II." and "## IV.".
    if (starred && numberedLike(index) && toldAtLength(own.get(index)!)) return true;
    // "### The analyst I almost lost", told in the first person beside labelled siblings.
    if (starred && besideStories(index) && toldInFirstPerson(own.get(index)!)) return true;
    const prose = own.get(index)!.filter((block) => isProse(block) && !isQuestionBlock(block));
    if (prose.length === 0 || isTemplate(own.get(index)!)) return false;
    if (!starred) return true;
    const asks =
      isQuestion(headingText(blocks[index] as Heading)) ||
      questionAbove(blocks, index) !== undefined ||
      questionLayout(own.get(index)!).units.some((unit) => unit.answer.length > 0);
    return asks;
  });
  // A heading whose own text is prose only, above other stories, introduces them.
  // Candidates are in document order: only the next one can fall inside a heading's part.
  return candidates.filter(
    (index, at) =>
      labelled(index) ||
      candidates[at + 1] === undefined ||
      candidates[at + 1]! >= sectionEnd(blocks, index),
  );
}

/** A block naming a story's company, role, period or tags ("**Company:** Brindle · **When:** 2020"). */
function hasStoryMeta(blocks: Block[]): boolean {
  return blocks.some((block) => {
    if (block.type !== "paragraph") return false;
    if (isBadgeLine(block)) return true;
    const label = splitLabel(block.children)?.label;
    const slot = label === undefined ? undefined : classify(label, null);
    return (
      slot?.kind === "contextField" ||
      slot?.kind === "meta" ||
      (slot?.kind === "list" && slot.key === "tags")
    );
  });
}

/** A paragraph of 40 words or more told by "I" in the past: a story, not advice to a reader. */
const toldInFirstPerson = (blocks: Block[]) =>
  blocks.some((block) => {
    if (block.type !== "paragraph") return false;
    const text = tidy(inlineText(block.children));
    const words = text.split(/\s+/);
    const mine = words.filter((word) => /^(I|I'm|I'd|I've|my|me)$/.test(word)).length;
    const you = words.filter((word) => /^(you|your|you're)$/i.test(word)).length;
    return words.length >= 40 && mine >= 3 && you <= 1;
  });

/** A paragraph of 40 words or more: a story told, not a line of commentary. */
const toldAtLength = (blocks: Block[]) =>
  blocks.some(
    (block) =>
      block.type === "paragraph" && tidy(inlineText(block.children)).split(/\s+/).length >= 40,
  );

/**
 * A template: every label is followed by nothing, by its own name ("S: Situation"), or by a
 * placeholder ("[Result]", "___"), so it defines the letters rather than telling a story.
 */
export function isTemplate(blocks: Block[]): boolean {
  const lines = blocks.flatMap((block) =>
    block.type === "paragraph"
      ? tidy(inlineText(block.children)).split("\n")
      : block.type === "heading"
        ? []
        : ["\u0000"],
  );
  const labelled = lines.filter((line) => line !== "");
  if (labelled.length < 2) return false;
  return labelled.every((line) => {
    const match = /^(?:\*\*|__)?([^:*_]{1,40}?)(?:\*\*|__)?\s*:\s*(.*)$/.exec(line);
    if (!match || !classify(match[1]!, null)) return false;
    const rest = match[2]!
      .replace(/[*_[\]()<>.…]/g, "")
      .trim()
      .toLowerCase();
    const label = classify(match[1]!, null);
    return (
      rest === "" ||
      /^_+$/.test(rest) ||
      (classify(rest, null) !== undefined && sameTarget(label, classify(rest, null)))
    );
  });
}

const sameTarget = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
