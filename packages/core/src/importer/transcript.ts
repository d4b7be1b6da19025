import type { Paragraph, RootContent } from "mdast";
import { inlineText, splitLines, tidy } from "./markdown.ts";
import { opensPrompt } from "./question.ts";
import { storyHeading } from "./story-heading.ts";

const lineText = (line: Paragraph["children"]) => tidy(inlineText(line));

const interviewerLabel = /^(?:\*\*|__)?(?:the )?interviewer\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;
const candidateTurn = /^(?:\*\*|__)?(?:me|candidate|answer)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;

/**
 * The prompt an interviewer's turn opens a story with ("OK, next one. Describe a time you had to
 * learn something new quickly." → from "Describe…" on), or undefined for a follow-up ("What would
 * you do differently?").
 */
export function mainPrompt(turn: string): { prompt: string; asked: string } | undefined {
  // "Now, tell me about…", "OK so, describe…": a word or two of lead-in before the prompt.
  const said = turn.split(/(?<=[.!?])\s+(?=\S)/);
  const sentences = said.map((sentence) =>
    sentence
      .replace(/^(?:[\p{L}']+\s+)?[\p{L}']+(?:,|\s+[—–-])\s+(?=\p{L})/u, "")
      // "Can you tell me about…", "Could you please describe…", "I'd like you to walk me through…".
      .replace(/^(?:(?:can|could|would|will) you(?: please)?|i'?d like you to|please)\s+/i, ""),
  );
  const at = sentences.findIndex(opensPrompt);
  if (at < 0) return undefined;
  const prompt = sentences.slice(at).join(" ");
  return {
    prompt: prompt.charAt(0).toUpperCase() + prompt.slice(1),
    // What the prompt's words were as said, without the lead-in the prompt left out.
    asked: [said[at]!.slice(said[at]!.length - sentences[at]!.length), ...said.slice(at + 1)].join(
      " ",
    ),
  };
}

const speakerTurn = /^(?:\*\*|__)?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)\s*:\s*(?:\*\*|__)?/u;

/**
 * Who asks: "Interviewer", or the one other speaker of a transcript whose turns ask the prompts
 * ("**Marcus:** Tell me about a time…" between "**Me:**" turns).
 */
function interviewerOf(blocks: RootContent[]): RegExp {
  const turns = blocks.flatMap((block) =>
    block.type === "paragraph"
      ? splitLines(block, (line) => speakerTurn.test(lineText(line))).map((part) =>
          lineText(part.children),
        )
      : [],
  );
  const names = new Map<string, number>();
  let candidate = false;
  for (const turn of turns) {
    if (candidateTurn.test(turn)) candidate = true;
    const name = speakerTurn.exec(turn)?.[1];
    if (!name || candidateTurn.test(turn) || interviewerLabel.test(turn)) continue;
    const asks = mainPrompt(turn.replace(speakerTurn, "").trim()) !== undefined ? 1 : 0;
    names.set(name, (names.get(name) ?? 0) + asks);
  }
  // "**Date:** …" and "**Format:** …" above the turns ask nothing: only the speakers who ask count.
  const askers = [...names].filter(([, asks]) => asks > 0);
  const only = askers[0]?.[0];
  if (!candidate || askers.length !== 1 || askers[0]![1] < 2) return interviewerLabel;
  const escaped = only!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^(?:\\*\\*|__)?${escaped}\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*`);
}

/**
 * "**Sam:** What would you have done…" as "**Interviewer (Sam):** …", so that the story's reader
 * takes a named interviewer's later turns as follow-ups, as it does the interviewer's.
 */
function asInterviewer(part: Paragraph, turn: RegExp): Paragraph {
  const text = lineText(part.children);
  const said = turn.exec(text);
  if (!said) return part;
  const name = text
    .slice(0, said[0].length)
    .replace(/[*_:\s]+/g, " ")
    .trim();
  return {
    ...part,
    children: [
      { type: "strong", children: [{ type: "text", value: `Interviewer (${name}):` }] },
      { type: "text", value: ` ${text.slice(said[0].length)}` },
    ],
  };
}

/**
 * A mock-interview transcript ("**Interviewer:** … **Me:** …" turns, no story headings): each
 * turn that opens with a prompt ("Tell me about a time…") starts a story titled by it; the turns
 * between stay, for the reader to take as the answer and its follow-ups.
 */
export function transcriptTurns(blocks: RootContent[]): RootContent[] {
  const interviewerTurn = interviewerOf(blocks);
  const named = interviewerTurn !== interviewerLabel;
  const split = blocks.flatMap((block): RootContent[] =>
    block.type === "paragraph"
      ? splitLines(
          block,
          (line) => interviewerTurn.test(lineText(line)) || candidateTurn.test(lineText(line)),
        )
      : [block],
  );
  const renamed = (block: RootContent) =>
    named && block.type === "paragraph" ? asInterviewer(block, interviewerTurn) : block;
  const turn = (block: RootContent) =>
    block.type === "paragraph" ? tidy(inlineText(block.children)) : "";
  const mains = split.flatMap((block, index) => {
    const text = turn(block);
    if (!interviewerTurn.test(text)) return [];
    const prompt = mainPrompt(text.replace(interviewerTurn, ""));
    return prompt ? [{ index, ...prompt }] : [];
  });
  // Under headings of their own ("## Q1: Conflict"), the turns stay in the stories the headings open.
  const asWritten = named ? split.map(renamed) : blocks;
  if (mains.length < 2 || !split.some((block) => candidateTurn.test(turn(block)))) return asWritten;
  const between = split.slice(mains[0]!.index, mains.at(-1)!.index);
  if (between.some((block) => block.type === "heading")) return asWritten;
  return split.flatMap((block, index): RootContent[] => {
    const main = mains.find((entry) => entry.index === index);
    if (!main) return [renamed(block)];
    const heading = storyHeading(main.prompt, block as Paragraph, "question");
    // "Thanks for joining. Let's jump straight in." before the prompt: kept in the notes.
    const before = turn(block).replace(interviewerTurn, "").slice(0, -main.asked.length).trim();
    if (before === "") return [heading];
    const remark: Paragraph = {
      type: "paragraph",
      children: [
        { type: "strong", children: [{ type: "text", value: "Notes:" }] },
        { type: "text", value: ` Before the question: ${before}` },
      ],
      position: block.position,
    };
    return [heading, remark];
  });
}
