import type { ListItem, Paragraph, RootContent } from "mdast";
import { type Block, inlineText, lineOf, splitLines, tidy } from "./markdown.ts";
import { isInterviewQuestion, isQuestion, questionText } from "./question.ts";

/**
 * Answers written under their questions, without STAR labels: a numbered or bulleted question with
 * notes under it, or a question line (bold, plain or "Q:") with paragraphs after it.
 */

export interface QuestionUnit {
  question: string;
  /** The node the question is written in (a list item or a paragraph). */
  node: Block | ListItem;
  answer: Block[];
  /** Short lines just before it that name a group ("Conflict", "Team / time management"). */
  group: string | undefined;
  groupNode: Block | undefined;
}

export interface QuestionLayout {
  /** Blocks before the first question, and loose lines between answers. */
  loose: Block[];
  units: QuestionUnit[];
}

const firstLine = (node: ListItem | Block) => {
  const first = "children" in node ? (node.children as RootContent[])[0] : undefined;
  return first?.type === "paragraph" ? tidy(inlineText(first.children)).split("\n")[0] : undefined;
};

const paragraphQuestion = (block: Block): string | undefined => {
  // "> Tell me about a time you dealt with a difficult stakeholder.": the question, quoted.
  const [quoted] = block.type === "blockquote" ? block.children : [];
  if (block.type === "blockquote" && block.children.length === 1 && quoted?.type === "paragraph") {
    const text = tidy(inlineText(quoted.children));
    return isQuestion(text) || isInterviewQuestion(text) ? questionText(text) : undefined;
  }
  return block.type === "paragraph" && isQuestion(tidy(inlineText(block.children)))
    ? questionText(tidy(inlineText(block.children)))
    : undefined;
};

/** A line that names a group of questions: a few words, no sentence. */
export const isGroupLine = (block: Block) => {
  if (block.type !== "paragraph") return false;
  const text = tidy(inlineText(block.children));
  return (
    text !== "" &&
    !text.includes("\n") &&
    text.split(/\s+/).length <= 6 &&
    !/[.!?:]$/.test(text) &&
    !isQuestion(text)
  );
};

/** Lays out a run of blocks as questions and their answers. */
export function questionLayout(blocks: Block[]): QuestionLayout {
  const units: QuestionUnit[] = [];
  const loose: Block[] = [];
  let open: QuestionUnit | undefined;
  let pending: Block[] = [];
  let group: { text: string; node: Block } | undefined;
  const start = (question: string, node: Block | ListItem, answer: Block[]) => {
    const last = pending.at(-1);
    if (last && isGroupLine(last)) {
      group = { text: tidy(inlineText((last as Paragraph).children)), node: last };
      pending.pop();
    }
    loose.push(...pending);
    pending = [];
    const unit: QuestionUnit = {
      question,
      node,
      answer,
      group: group?.text,
      groupNode: group?.node,
    };
    units.push(unit);
    return unit;
  };
  const questionList = (block: Block | undefined) =>
    block?.type === "list" && block.children.every((item) => isQuestion(firstLine(item) ?? ""));
  for (const [index, block] of blocks.entries()) {
    const asked = paragraphQuestion(block);
    if (asked !== undefined) {
      open = start(asked, block, []);
      continue;
    }
    // "**1 — Describe a campaign…**" with "→ story: …" on the next line of the same paragraph:
    // the lines after the question are the start of its answer.
    const [head, ...more] =
      block.type === "paragraph" ? splitLines(block, (_line, at) => at === lineOf(block) + 1) : [];
    const headAsked = head && more.length > 0 ? paragraphQuestion(head) : undefined;
    if (headAsked !== undefined) {
      open = start(headAsked, head!, more);
      continue;
    }
    if (questionList(block) && block.type === "list") {
      block.children.forEach((item, index) => {
        // "1) Tell me about…" with "• notes" on the next lines of the same paragraph: the lines
        // after the question are its answer.
        const head = item.children[0];
        const [, ...more] =
          head?.type === "paragraph"
            ? splitLines(head, (_line, at) => at === lineOf(head) + 1)
            : [];
        const nested = [...more, ...item.children.slice(1)] as Block[];
        const unit = start(questionText(firstLine(item)!), item.children[0] as Block, nested);
        // A last question without notes under it takes the paragraphs that follow.
        open = nested.length === 0 && index === block.children.length - 1 ? unit : undefined;
      });
      continue;
    }
    // A group's name right before the next questions is theirs, not the answer of the last one.
    const next = blocks[index + 1];
    const beforeQuestions =
      isGroupLine(block) && (questionList(next) || (next && paragraphQuestion(next) !== undefined));
    if (open && !beforeQuestions) open.answer.push(block);
    else {
      if (beforeQuestions) open = undefined;
      pending.push(block);
    }
  }
  loose.push(...pending);
  return { loose, units };
}
