import type { Paragraph, RootContent } from "mdast";
import { inlineText, splitLines, tidy } from "./markdown.ts";
import { opensPrompt } from "./question.ts";
import { storyHeading } from "./shapes.ts";

const lineText = (line: Paragraph["children"]) => tidy(inlineText(line));

const interviewerLabel = /^(?:\*\*|__)?(?:the )?interviewer\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;
const candidateTurn = /^(?:\*\*|__)?(?:me|candidate|answer)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;

/**
 * The prompt an interviewer's turn opens a story with ("OK, next one. Describe a time you had to
 * learn something new quickly." → from "Describe…" on), or undefined for a follow-up ("What would
 * you do differently?").
 */
function mainPrompt(turn: string): string | undefined {
  // "Now, tell me about…", "OK so, describe…": a word or two of lead-in before the prompt.
  const sentences = turn
    .split(/(?<=[.!?])\s+(?=\S)/)
    .map((sentence) => sentence.replace(/^(?:[\p{L}']+\s+)?[\p{L}']+,\s+(?=\p{L})/u, ""));
  const at = sentences.findIndex(opensPrompt);
  if (at < 0) return undefined;
  const prompt = sentences.slice(at).join(" ");
  return prompt.charAt(0).toUpperCase() + prompt.slice(1);
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
  const [only] = names.keys();
  if (!candidate || names.size !== 1 || (names.get(only!) ?? 0) < 2) return interviewerLabel;
  const escaped = only!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^(?:\\*\\*|__)?${escaped}\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*`);
}

/**
 * A mock-interview transcript ("**Interviewer:** … **Me:** …" turns, no story headings): each
 * turn that opens with a prompt ("Tell me about a time…") starts a story titled by it; the turns
 * between stay, for the reader to take as the answer and its follow-ups.
 */
export function transcriptTurns(blocks: RootContent[]): RootContent[] {
  const interviewerTurn = interviewerOf(blocks);
  const split = blocks.flatMap((block): RootContent[] =>
    block.type === "paragraph"
      ? splitLines(
          block,
          (line) => interviewerTurn.test(lineText(line)) || candidateTurn.test(lineText(line)),
        )
      : [block],
  );
  const turn = (block: RootContent) =>
    block.type === "paragraph" ? tidy(inlineText(block.children)) : "";
  const mains = split.flatMap((block, index) => {
    const text = turn(block);
    if (!interviewerTurn.test(text)) return [];
    const prompt = mainPrompt(text.replace(interviewerTurn, ""));
    return prompt ? [{ index, prompt }] : [];
  });
  if (mains.length < 2 || !split.some((block) => candidateTurn.test(turn(block)))) return blocks;
  const between = split.slice(mains[0]!.index, mains.at(-1)!.index);
  if (between.some((block) => block.type === "heading")) return blocks;
  return split.flatMap((block, index): RootContent[] => {
    const main = mains.find((entry) => entry.index === index);
    if (!main) return [block];
    const heading = storyHeading(main.prompt, block as Paragraph, "question");
    // "Thanks for joining. Let's jump straight in." before the prompt: kept in the notes.
    const before = turn(block).replace(interviewerTurn, "").slice(0, -main.prompt.length).trim();
    if (before === "") return [heading];
    const remark: Paragraph = {
      type: "paragraph",
      children: [
        { type: "strong", children: [{ type: "text", value: "Before the question:" }] },
        { type: "text", value: ` ${before}` },
      ],
      position: block.position,
    };
    return [heading, remark];
  });
}
