import type { Heading } from "mdast";
import { parseStoryHeading } from "./draft.ts";
import { classify } from "./labels.ts";
import { type Block, inlineText, splitLabel, tidy } from "./markdown.ts";
import { isQuestion } from "./question.ts";
import { questionLayout } from "./questions.ts";
import { isAsideHeading } from "./boundaries.ts";
import { isStoryTable } from "./table-stories.ts";
import { isBadgeLine, isLegend } from "./lines.ts";
import {
  hasStarLabel,
  headingText,
  isLabelHeading,
  isProse,
  isQuestionBlock,
  ownBlocks,
  questionAbove,
  sectionEnd,
  toldInProse,
} from "./structure.ts";

/**
 * Where stories start in a document without story headings, and the template blocks that only
 * define the letters.
 */

/**
 * Without story headings: the innermost headings with story text of their own. In a document
 * that uses STAR labels, a heading with only prose under it is a story when it or a line under
 * it asks a question; in one without labels, every heading with prose under it is.
 */
/** "Bonus: …", "Backup — …", "Extra story: …": a story offered besides the others. */
const extraStory =
  /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:bonus|backup|extra|spare|fallback)(?:\s+(?:story|example))?\s*[:—–-]\s*\S/iu;

export function looseStarts(blocks: Block[]): number[] {
  const headings = blocks.flatMap((block, index) =>
    block.type === "heading" &&
    !isLabelHeading(block) &&
    !isAsideHeading(block) &&
    headingText(block) !== "" &&
    // "# 2024-05-21 Tue": a daily note's date, over its to-dos and whatever stories follow.
    !/^(?:\p{L}+,?\s+)?\d{4}-\d{2}-\d{2}(?:\s+\p{L}+)?$/u.test(headingText(block))
      ? [index]
      : [],
  );
  const own = new Map(
    headings.map((index) => [
      index,
      ownBlocks(blocks, index).filter((block) => block.type !== "table" || !isStoryTable(block)),
    ]),
  );
  // "Scenario – My role – What I did – Outcome": a key to the labels tells no story.
  const labelled = (index: number) =>
    own
      .get(index)!
      .some(
        (block) =>
          hasStarLabel(block) &&
          !(block.type === "paragraph" && isLegend(tidy(inlineText(block.children)))),
      ) && !isTemplate(own.get(index)!);
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
  const depthOf = (index: number) => (blocks[index] as Heading).depth;
  const between = (index: number) =>
    headings.some((other) => other < index && depthOf(other) === depthOf(index)) &&
    headings.some((other) => other > index && depthOf(other) === depthOf(index));
  const isList = (block: Block) => block.type === "list";
  const isNotesRemark = (block: Block) => {
    if (block.type !== "paragraph") return false;
    const text = tidy(inlineText(block.children));
    return (
      text.split(/\s+/).length <= 12 &&
      /\b(?:rough notes|notes only|only notes|just notes|to write up|not written up|needs? writing up|write[- ]up (?:later|properly))\b/i.test(
        text,
      )
    );
  };
  const starred = blocks.some(
    (block) => hasStarLabel(block) || (block.type === "table" && isStoryTable(block)),
  );
  const candidates = headings.filter((index) => {
    if (labelled(index)) return true;
    // Among labelled stories, one told in prose under its own meta lines ("**Company:** …",
    // tags) and not yet split into sections.
    if (starred && hasStoryMeta(own.get(index)!) && toldInProse(own.get(index)!)) return true;
    // "## III. The engineer who wanted out", told in prose between "## II." and "## IV.".
    if (starred && numberedLike(index) && toldInProse(own.get(index)!)) return true;
    // "## Bonus: rewriting our handover sheet", one more story told in prose.
    if (
      starred &&
      extraStory.test(headingText(blocks[index] as Heading)) &&
      toldInProse(own.get(index)!)
    )
      return true;
    // "### The analyst I almost lost", told in the first person beside labelled siblings.
    if (starred && besideStories(index) && toldInFirstPerson(own.get(index)!)) return true;
    // "## Behaviour on the Year 9 corridor" over rough bullet notes, between two labelled
    // stories: a story kept as notes, not yet written up.
    // So is one whose remark says it holds notes ("*Notes only — to write up properly.*").
    if (
      starred &&
      own.get(index)!.some(isList) &&
      ((besideStories(index) && between(index)) ||
        (own.get(index)!.some(isNotesRemark) &&
          headings.some((other) => depthOf(other) === depthOf(index) && labelled(other))))
    )
      return true;
    const prose = own.get(index)!.filter((block) => isProse(block) && !isQuestionBlock(block));
    if (prose.length === 0 || isTemplate(own.get(index)!)) return false;
    if (!starred) return true;
    const asks =
      isQuestion(headingText(blocks[index] as Heading)) ||
      questionAbove(blocks, index) !== undefined ||
      // "Qs: "Tell me about a conflict"" over the answer told in prose.
      own.get(index)!.some((block) => {
        const label = block.type === "paragraph" ? splitLabel(block.children)?.label : undefined;
        const slot = label === undefined ? undefined : classify(label, null);
        return slot?.kind === "list" && slot.key === "questions";
      }) ||
      questionLayout(own.get(index)!).units.some((unit) => unit.answer.length > 0);
    return asks;
  });
  // A heading whose own text is prose only, above other stories, introduces them.
  // Candidates are in document order: only the next one can fall inside a heading's part.
  // One that tells a story of its own in the first person is a story, whatever follows it.
  return candidates.filter(
    (index, at) =>
      labelled(index) ||
      toldInFirstPerson(own.get(index)!) ||
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
    // "S: Situation", and a legend's "C = Context".
    const match =
      /^(?:\*\*|__)?([^:*_]{1,40}?)(?:\*\*|__)?\s*:\s*(.*)$/.exec(line) ??
      /^(?:\*\*|__)?([^:*_=]{1,40}?)(?:\*\*|__)?\s+=\s+(.*)$/.exec(line);
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
