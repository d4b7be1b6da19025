import type { Heading, ListItem, Table } from "mdast";
import { type Block, blockText, inlineText, itemText, splitLabel, tidy } from "./markdown.ts";
import { classify } from "./labels.ts";
import { isInterviewQuestion, isQuestion, questionText, quotedPrompt } from "./question.ts";
import { quotedQuestions } from "./reminders.ts";
import { type QuestionUnit, questionLayout } from "./questions.ts";
import {
  isAsideBlock,
  isAsideHeading,
  isEmptyRow,
  nextAside,
  nextMapTable,
  nextRule,
} from "./boundaries.ts";
import { isStoryTable } from "./table-stories.ts";
import { isIndexTable } from "./tables.ts";
import { headingMeta } from "./headingmeta.ts";
import { breakdownAfter, followUpsAfter, followUpsLabel, isEditBlock } from "./after-story.ts";
import { parseStoryHeading } from "./draft.ts";
import { isTemplate, looseStarts } from "./loose.ts";
import {
  hasAnyLabel,
  hasStarLabel,
  headingText,
  isLabelHeading,
  isNamed,
  isProse,
  ownBlocks,
  questionAbove,
  sectionEnd,
  synthetic,
  toldInProse,
} from "./structure.ts";

export {
  hasStarLabel,
  headingText,
  isLabelHeading,
  isQuestionBlock,
  sectionEnd,
} from "./structure.ts";
export { isTemplate } from "./loose.ts";

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
  /** Other wordings of `question` quoted on a line between it and the story: more questions. */
  alsoAsked?: { texts: string[]; node: Block }[];
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

export function segment(blocks: Block[]): Segments {
  const named = blocks.flatMap((block, index) => (isNamed(block) ? [index] : []));
  // Beside story headings, a question heading with an answer under it is a story too.
  const asked = blocks.flatMap((block, index) =>
    block.type === "heading" &&
    !isNamed(block) &&
    !isAsideHeading(block) &&
    !isLabelHeading(block) &&
    (named.length > 0 ? isInterviewQuestion : isQuestion)(headingText(block)) &&
    ownBlocks(blocks, index).some(isProse) &&
    // A question over story headings of its own asks for them: it groups them.
    !named.some((other) => other > index && other < sectionEnd(blocks, index))
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
  // Beside stories in list items or under story headings, a plain heading with STAR labels of
  // its own ("## Onboarding two new grads" over "**Situation:** …") is a story too.
  const labelled = blocks.flatMap((block, index) =>
    named.length > 0 &&
    block.type === "heading" &&
    !isNamed(block) &&
    !isAsideHeading(block) &&
    !isLabelHeading(block) &&
    !asked.includes(index) &&
    !grouped.has(index) &&
    headingText(block) !== "" &&
    ownBlocks(blocks, index).some(hasStarLabel) &&
    !isTemplate(ownBlocks(blocks, index)) &&
    // Not a heading over story headings, nor a template's blanks ("**Problema:** ______").
    !named.some((other) => other > index && other < sectionEnd(blocks, index)) &&
    !ownBlocks(blocks, index).some((own) => /_{3,}/.test(blockText(own)))
      ? [index]
      : [],
  );
  const starts =
    named.length > 0
      ? [...named, ...asked, ...grouped, ...labelled].sort((a, b) => a - b)
      : looseStarts(blocks);
  const taken = new Array<boolean>(blocks.length).fill(false);
  const stories: StoryPart[] = [];
  const unanswered: QuestionUnit[] = [];
  const emptyRows: Block[] = [];
  const partAt = new Map<number, StoryPart>();
  /**
   * Splits a region of answers under questions into stories; returns the blocks it left out
   * (an introduction before the first question, loose lines), which the report keeps, or
   * undefined when the region does not split.
   */
  const split = (region: Block[], heading: Heading | undefined): Set<Block> | undefined => {
    // Only text under a heading that is no story heading splits by question: text without
    // labels, or answers each told in prose ("Result: …" closing some of them).
    if (heading && isNamed(heading)) return undefined;
    const layout = questionLayout(region);
    const answered = layout.units.filter((unit) => unit.answer.some(isProse));
    const told = answered.length >= 2 && answered.every((unit) => toldInProse(unit.answer));
    if (region.some(hasAnyLabel) && !told) return undefined;
    const splitHere =
      answered.length >= 2 ||
      ((heading === undefined || grouped.has(blocks.indexOf(heading))) && answered.length > 0);
    if (!splitHere) return undefined;
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
    return new Set(layout.loose);
  };

  // Text before the first story heading: answers under questions, or one story of its own.
  const first = starts[0] ?? blocks.length;
  const prelude = blocks.slice(0, first).filter((block) => block.type !== "heading");
  const firstHeading = blocks.findIndex((block) => block.type === "heading");
  const beforeHeadings = blocks.slice(0, firstHeading < 0 ? blocks.length : firstHeading);
  const leftBefore = split(beforeHeadings, undefined);
  if (leftBefore) beforeHeadings.forEach((block, i) => (taken[i] = !leftBefore.has(block)));
  else if (prelude.some(hasStarLabel) && firstHeading < 0) {
    stories.push({ heading: undefined, question: undefined, blocks: prelude, group: undefined });
    prelude.forEach((_, i) => (taken[i] = true));
  }

  // Stories each opened after a rule: the last one ends at its own closing rule, and what
  // follows that rule (a sign-off, a subscribe line) is no part of it.
  // Rules inside a story (a slide deck's, between its parts) separate slides, not stories.
  const ruled =
    starts.length >= 2 &&
    starts.slice(1).every((start) => blocks[start - 1]?.type === "thematicBreak") &&
    !blocks.slice(starts[0]! + 1, starts[1]! - 1).some((block) => block.type === "thematicBreak");
  for (const [n, start] of starts.entries()) {
    const heading = blocks[start] as Heading;
    const last = n === starts.length - 1;
    let end = Math.min(
      sectionEnd(blocks, start),
      starts[n + 1] ?? blocks.length,
      nextAside(blocks, start),
      nextMapTable(blocks, start),
      synthetic(blocks[start] as Heading) === "ruled" || (ruled && last)
        ? nextRule(blocks, start)
        : blocks.length,
    );
    // "## The follow-ups I got" right after a story, at its heading's depth: the story's.
    // So is "## Broken down in STAR", the story told once more in its parts.
    while (
      end < (starts[n + 1] ?? blocks.length) &&
      (followUpsAfter(blocks[end]!, heading) || breakdownAfter(blocks[end]!, heading))
    )
      end = Math.min(sectionEnd(blocks, end), starts[n + 1] ?? blocks.length);
    // Its heading read as the label it is, so the section's questions are the story's follow-ups.
    const region = blocks
      .slice(start + 1, end)
      .map((block) => (followUpsAfter(block, heading) ? followUpsLabel(block) : block));
    // "## Round 1" right over the stories it holds ("Tell me about a time…" turns, "### Story 1"):
    // nothing of its own, so it groups them rather than being an empty story.
    const next = starts[n + 1];
    // "## Stories" right over a story matrix groups the stories of its rows the same way.
    const matrixNext =
      end < sectionEnd(blocks, start) &&
      blocks[end]?.type === "table" &&
      isStoryTable(blocks[end] as Table);
    // (A line of its own above the matrix, "_Exported 2024-05-19 from base Job Hunt_", too.)
    const intro = (block: Block) =>
      block.type === "paragraph" &&
      !hasAnyLabel(block) &&
      tidy(inlineText(block.children)).split(/\s+/).length < 40;
    if (
      (region.length === 0 && next !== undefined && next < sectionEnd(blocks, start)) ||
      (matrixNext && region.every(intro))
    )
      continue;
    for (let i = start; i < end; i++) taken[i] = true;
    const left = split(region, heading);
    if (left) {
      // The heading over the questions groups them: the report says so, as for other groups.
      taken[start] = false;
      region.forEach((block, i) => left.has(block) && (taken[start + 1 + i] = false));
      continue;
    }
    const text = headingText(heading);
    // 'Example 1: "Tell me about a time you missed a deadline."': the story asked as its title.
    const titled = parseStoryHeading(text, false)?.title;
    const asked = titled !== undefined && titled !== text && isQuestion(titled) ? titled : text;
    const asks = isQuestion(asked) || synthetic(heading) === "question";
    const question = asks ? { text: questionText(asked), node: heading } : undefined;
    const part: StoryPart = { heading, question, blocks: region, group: undefined };
    partAt.set(start, part);
    stories.push(part);
  }
  groupLabels(blocks, starts, partAt, taken);
  // "Edit: here's one more, just a paragraph:" then a quoted question and its answer: a post's
  // edit that adds a story.
  blocks.forEach((block, index) => {
    if (taken[index] || !isEditBlock(block)) return;
    let end = index + 1;
    while (
      end < blocks.length &&
      !taken[end] &&
      blocks[end]!.type !== "heading" &&
      !isAsideBlock(blocks[end]!)
    )
      end++;
    const region = blocks.slice(index + 1, end);
    const left = region.length > 1 ? split(region, undefined) : undefined;
    if (left) region.forEach((own, i) => (taken[index + 1 + i] = !left.has(own)));
  });
  for (const [start, part] of partAt) {
    const asking = part.question ? undefined : enclosingQuestion(blocks, start, starts);
    if (asking === undefined) continue;
    const asked = headingText(blocks[asking] as Heading);
    part.question = {
      text: quotedPrompt(asked) ?? questionText(asked),
      node: blocks[asking]!,
    };
    // A heading that only quotes the question stays in the report, as a group's heading does.
    if (!quotedPrompt(asked) || isQuestion(asked)) taken[asking] = true;
    // '*(they also ask it as: "…?")*' between the question and the story: another wording.
    for (let i = asking + 1; i < start; i++) {
      const block = blocks[i]!;
      const texts =
        block.type === "paragraph"
          ? quotedQuestions(tidy(inlineText(block.children))).questions
          : [];
      if (texts.length === 0) continue;
      (part.alsoAsked ??= []).push({ texts, node: block });
      taken[i] = true;
    }
  }
  // A story matrix outside any story: one story per row, unless its rows only index the stories
  // told under headings (the document applies it to them).
  const told = stories.flatMap((part) => {
    if (!part.heading) return [];
    const text = headingText(part.heading);
    return [headingMeta(parseStoryHeading(text, true)?.title ?? text).title];
  });
  blocks.forEach((block, index) => {
    if (taken[index] || block.type !== "table" || !isStoryTable(block)) return;
    if (isIndexTable(block, told)) return;
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
    if (inside.length >= 2) return groupQuestions(blocks, index, inside, partAt, taken);
    const part = inside.length === 1 ? partAt.get(inside[0]!) : undefined;
    if (!part) return;
    const own = blocks.slice(index + 1, inside[0]);
    if (own.length === 0 || own.some((b) => b.type === "heading") || !own.some(hasAnyLabel)) return;
    part.blocks = [...part.blocks, ...own];
    own.forEach((_, i) => (taken[index + 1 + i] = true));
  });
}

/**
 * "## BEHAVIOUR 1: Delivering at Pace" over "**Likely questions**" and its list, then
 * "### Example 1 – …" and "### Example 2 – …": every story under the group answers them.
 */
function groupQuestions(
  blocks: Block[],
  index: number,
  inside: number[],
  partAt: Map<number, StoryPart>,
  taken: boolean[],
) {
  const own = blocks.slice(index + 1, inside[0]);
  if (own.some((block) => block.type === "heading")) return;
  const at = own.findIndex((block) => {
    if (block.type !== "paragraph") return false;
    const labelled = splitLabel(block.children);
    const slot = labelled && labelled.rest === "" ? classify(labelled.label, null) : undefined;
    return slot?.kind === "list" && slot.key === "questions";
  });
  const list = at >= 0 ? own[at + 1] : undefined;
  if (list?.type !== "list") return;
  const texts = list.children.map((item) => itemText(item));
  if (!texts.every((text) => isQuestion(text))) return;
  for (const start of inside) {
    const part = partAt.get(start);
    if (part) (part.alsoAsked ??= []).push({ texts, node: list });
  }
  taken[index + 1 + at] = true;
  taken[index + 2 + at] = true;
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
