import type { Info as Story } from "../story/schema.ts";
import {
  bridgeCue,
  changeCue,
  decisionQuestion,
  firstPersonMove,
  lessonCue,
  lessonQuestion,
  outcomeCue,
  outcomeQuestion,
  sceneCue,
  sectionParts,
  taskCue,
  teamMove,
} from "./cues.ts";
import { amounts as countAmounts, figureMarks } from "./figures.ts";
import { sentencesOf } from "./sentences.ts";

/** The parts of a STAR story, and what else a telling holds. */
export type Role = "situation" | "task" | "action" | "result" | "lesson" | "bridge" | "other";

/** A piece of a story's text, and the field it was read from (`refined`, `analysis.3.answer`). */
export interface Piece {
  text: string;
  field: string;
}

/** What the STAR reading takes from a story: its telling, draft, analysis and follow-ups. */
export type TellingInput = Pick<Story, "refined" | "draft" | "analysis" | "followUps"> & {
  connections?: Story["connections"];
};

/**
 * A story's STAR parts as its telling and its analysis answers tell them, for stories whose STAR
 * sections are empty. Each list is best first; a part nothing tells is an empty list.
 */
export interface StarReading {
  /** The scene: leading sentences of the telling, then the analysis's context answers. */
  situation: Piece[];
  /** What was the speaker's to do or decide. */
  task: Piece[];
  /** The speaker's moves, in the order told. */
  action: Piece[];
  /** What changed, the sentence with the most figures first. */
  result: Piece[];
  lesson: Piece[];
  /**
   * Text with figures for the key-number line, best first: impact answers, outcome follow-ups,
   * the telling's other results, then the context's and the stakes' figures.
   */
  figures: Piece[];
  /** Words of the telling told before the speaker's first move, and of the whole telling. */
  background: { words: number; total: number; field: string } | null;
}

interface Sentence extends Piece {
  role: Role;
  index: number;
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Reads the STAR parts out of a story's refined telling (or its draft) sentence by sentence,
 * and out of its analysis answers by their sections (Context, Risk analysis, Action breakdown,
 * Impact, Company connection, and the like) and questions. Deterministic: the same story gives
 * the same reading. `companies` names the companies a bridge sentence may mention.
 */
export function readStar(story: TellingInput, companies: string[] = []): StarReading {
  // Each text's amounts are asked for several times (sorting, filtering): read them once.
  const known = new Map<string, string[]>();
  const amounts = (text: string) => {
    let found = known.get(text);
    if (!found) known.set(text, (found = countAmounts(text)));
    return found;
  };
  const names = [...companies, ...(story.connections ?? []).map((c) => c.company)]
    .map((name) => name.trim())
    .filter((name) => name.length >= 2);
  const texts = (["refined", "draft"] as const).map((field) => ({
    field,
    sentences: sentencesOf(story[field]),
  }));
  const tellings = texts.map(({ field, sentences }) => classify(sentences, field, names));
  const told = (role: Role) =>
    tellings.flatMap((sentences) => sentences.filter((s) => s.role === role));
  const answers = analysisParts(story);
  const answered = (part: Role) =>
    answers.filter((a) => a.part === part).map(({ text, field }) => ({ text, field }));

  const tellingResults = told("result")
    .map((s) => ({ s, score: scoreResult(s.text, amounts(s.text).length) }))
    .sort(
      (a, b) =>
        b.score - a.score || fieldRank(a.s.field) - fieldRank(b.s.field) || a.s.index - b.s.index,
    )
    .map(({ s }) => piece(s));
  const answeredResults = answered("result");
  const result = [
    ...tellingResults,
    ...answeredResults.filter((a) => amounts(a.text).length > 0),
    ...answeredResults.filter((a) => amounts(a.text).length === 0),
  ];

  const decisions = answers
    .filter((a) => a.part === "task")
    .map((a, order) => ({ a, order, score: decisionScore(a.question) }))
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .map(({ a }) => ({ text: a.text, field: a.field }));

  const outcomeFollowUps = story.followUps.flatMap((f, i) =>
    outcomeQuestion.test(f.question) && amounts(f.answer).length > 0
      ? [{ text: f.answer, field: `followUps.${i}.answer` }]
      : [],
  );
  const withAmounts = (pieces: Piece[]) => pieces.filter((p) => amounts(p.text).length > 0);
  // The scene's and the stakes' figures count only when written in digits ("35% of bookings").
  const withDigits = (pieces: Piece[]) =>
    withAmounts(pieces).filter((p) => amounts(p.text).some((a) => /\d/u.test(a)));
  const figures = [
    ...withAmounts(answeredResults),
    ...outcomeFollowUps,
    ...withAmounts(tellingResults),
    ...withDigits(answered("situation")),
    ...withDigits(answered("task")),
  ];

  const first = tellings.find((sentences) => sentences.length > 0);
  return {
    situation: [...told("situation").map(piece), ...answered("situation")],
    task: [...told("task").map(piece), ...decisions],
    action: [...told("action").map(piece), ...answered("action")],
    result,
    lesson: [...answered("lesson"), ...told("lesson").map(piece)],
    figures: dedupe(figures),
    background: first ? backgroundOf(first) : null,
  };
}

const piece = ({ text, field }: Piece): Piece => ({ text, field });
const fieldRank = (field: string) => (field === "refined" ? 0 : 1);

function dedupe(pieces: Piece[]): Piece[] {
  const seen = new Set<string>();
  return pieces.filter((p) => !seen.has(p.text) && (seen.add(p.text), true));
}

/** Each sentence's part, by its cues and its place in the telling. */
function classify(texts: string[], field: string, companies: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  let moved = false;
  texts.forEach((text, index) => {
    let role = roleOf(text, index, texts.length, companies, moved);
    // An opening "When X happened, I was asked to…" holds the scene and the task: split it.
    const split = index === 0 && (role === "task" || role === "action") ? openingSplit(text) : null;
    // An opening "When I worked on X: …" with no split sets the scene.
    if (index === 0 && !split && role === "action" && sceneCue.test(text)) role = "situation";
    if (role === "task" || role === "action") moved = true;
    if (split) {
      sentences.push({ text: split[0], field, role: "situation", index });
      sentences.push({ text: split[1], field, role, index });
    } else sentences.push({ text, field, role, index });
  });
  return sentences;
}

function roleOf(
  text: string,
  index: number,
  count: number,
  companies: string[],
  moved: boolean,
): Role {
  const last = index === count - 1 && count > 2;
  const namesCompany = companies.some((name) => includesWord(text, name));
  if (lessonCue.test(text) && index > 0 && (last || !namesCompany)) return "lesson";
  if ((namesCompany && index > 0) || bridgeCue.test(text)) return "bridge";
  if (taskCue.test(text)) return "task";
  const figures = figureMarks(text).length > 0;
  if (index > 0 && ((figures && changeCue.test(text)) || outcomeCue.test(text))) return "result";
  if (firstPersonMove.test(text)) return "action";
  if (teamMove.test(text) && index > 0) return "action";
  return moved ? "other" : "situation";
}

const includesWord = (text: string, name: string) => {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const before = text[at - 1] ?? " ";
  const after = text[at + name.length] ?? " ";
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
};

/** "When Skylark started X, I was asked to build Y" → the scene and the speaker's part. */
function openingSplit(text: string): [string, string] | null {
  const match = /^([^,]{12,200}),\s+(I\s.+)$/u.exec(text);
  if (!match) return null;
  const rest = match[2] as string;
  return [match[1] as string, rest];
}

/** A result sentence is better the more figures it states, and with a verb of change. */
const scoreResult = (text: string, amountCount: number) =>
  amountCount * 2 + (changeCue.test(text) ? 1 : 0) + (outcomeCue.test(text) ? 1 : 0);

const decisionScore = (question: string) =>
  decisionQuestion.reduce((sum, [re, weight]) => sum + (re.test(question) ? weight : 0), 0);

interface Answer extends Piece {
  part: Role;
  question: string;
}

/** Every non-blank analysis answer with the part of the story it tells. */
function analysisParts(story: TellingInput): Answer[] {
  return story.analysis.flatMap((entry, i) => {
    const text = entry.answer.replace(/\s+/g, " ").trim();
    if (!/[\p{L}\p{N}]/u.test(text)) return [];
    const field = `analysis.${i}.answer`;
    if (lessonQuestion.test(entry.question)) {
      return [{ text, field, part: "lesson" as const, question: entry.question }];
    }
    const part = sectionParts.find(([re]) => re.test(entry.section))?.[1];
    return part ? [{ text, field, part, question: entry.question }] : [];
  });
}

/** How much of the telling comes before the speaker's first move. */
function backgroundOf(sentences: Sentence[]): StarReading["background"] {
  const total = sentences.reduce((sum, s) => sum + wordCount(s.text), 0);
  let words = 0;
  for (const s of sentences) {
    if (s.role !== "situation" && s.role !== "other") break;
    words += wordCount(s.text);
  }
  return { words, total, field: sentences[0]?.field ?? "refined" };
}
