import { sameCompany } from "../identity/index.ts";
import type { Info as Story } from "../story/schema.ts";
import { cut, firstSentences, hasNumber, keyNumbersPerCard, lineCap, oneLine } from "./condense.ts";
import { cardFromTelling } from "./telling.ts";
import type { Card, CheatSheet, MatchRef, MatrixRow, QuestionRow, StoryRef } from "./schema.ts";

/**
 * The inputs by shape, not by module, so the view model is built from whatever loaded them:
 * the target and tailoring modules in production, plain objects in tests.
 */
export interface TargetInput {
  id: string;
  company: string;
  role: string;
  valueSetIds: string[];
  interviewDate?: string | null;
  told?: { storyId: string; round?: string | null }[];
}

export interface ValueSetInput {
  id: string;
  name: string;
  values: { key: string; name: string }[];
}

/**
 * A story as the sheet reads it. The draft, the analysis answers and the follow-ups fill the
 * card's lines when the STAR sections are empty; a caller without them leaves them out.
 */
export type StoryInput = Pick<
  Story,
  | "id"
  | "title"
  | "headline"
  | "situation"
  | "task"
  | "actions"
  | "results"
  | "lessons"
  | "takeaway"
  | "hooks"
  | "refined"
  | "connections"
> &
  Partial<Pick<Story, "draft" | "analysis" | "followUps">>;

interface Match {
  storyId: string;
  /** The tailoring's closest story for a value that no story covers well. */
  weak?: boolean;
}

export interface TailoringInput {
  values: {
    valueSetId: string;
    valueKey: string;
    valueName?: string;
    best: Match | null;
    backup: Match | null;
  }[];
  selected: string[];
  questions: { question: string; storyId: string | null; source: "target" | "value-set" }[];
}

export interface BuildInput {
  target: TargetInput;
  valueSets: ValueSetInput[];
  stories: StoryInput[];
  tailoring: TailoringInput;
}

/**
 * The value sets' sample questions fill the question map up to this many rows; the target's own
 * questions are always on it. The rest stay in the tailoring, where every value lists them.
 */
export const sampleQuestions = 12;

/** The craft's delivery rules, printed on every sheet. */
export const reminders = [
  "“I”, not “we”",
  "Quantify every result",
  "45–60 s spoken",
  "Don’t blame anyone",
  "End with the lesson",
];

/** Builds the sheet's view model; pure, so the same inputs give the same sheet. */
export function build({ target, valueSets, stories, tailoring }: BuildInput): CheatSheet {
  const storyById = new Map(stories.map((story) => [story.id, story]));
  const chosen = [...new Set(tailoring.selected)].filter((id) => storyById.has(id));
  const numberOf = new Map(chosen.map((id, index) => [id, index + 1]));
  const shortened: CheatSheet["shortened"] = [];

  const ref = (match: { storyId: string } | null): StoryRef | null => {
    const story = match && storyById.get(match.storyId);
    if (!story) return null;
    return { storyId: story.id, number: numberOf.get(story.id) ?? null, title: story.title };
  };
  const matchRef = (match: Match | null): MatchRef | null => {
    const found = ref(match);
    return found && { ...found, weak: match?.weak === true };
  };

  const valueName = (valueSetId: string, valueKey: string) =>
    valueSets.find((set) => set.id === valueSetId)?.values.find((value) => value.key === valueKey)
      ?.name ?? valueKey;

  const matrix: MatrixRow[] = tailoring.values.map((row) => ({
    valueSetId: row.valueSetId,
    valueKey: row.valueKey,
    valueName: oneLine(row.valueName ?? valueName(row.valueSetId, row.valueKey)),
    best: matchRef(row.best),
    backup: matchRef(row.backup),
  }));

  const cards = chosen.map((id) => {
    const story = storyById.get(id) as StoryInput;
    const note = (field: CheatSheet["shortened"][number]["field"], was: { cut: boolean }) => {
      const seen = shortened.some((s) => s.storyId === id && s.field === field);
      if (was.cut && !seen) shortened.push({ storyId: id, field });
    };
    return card(story, numberOf.get(id) as number, target, note);
  });

  const own = tailoring.questions.filter((row) => row.source === "target");
  const samples = tailoring.questions.filter((row) => row.source === "value-set");
  const sampled = samples.slice(0, Math.max(0, sampleQuestions - own.length));
  const questions: QuestionRow[] = [...own, ...sampled].map((row) => ({
    question: oneLine(row.question),
    story: ref(row.storyId === null ? null : { storyId: row.storyId }),
    source: row.source,
  }));

  const header = {
    company: oneLine(target.company),
    role: oneLine(target.role),
    interviewDate: target.interviewDate ?? null,
    valueSets: target.valueSetIds.flatMap((id) => {
      const set = valueSets.find((candidate) => candidate.id === id);
      return set ? [{ id, name: oneLine(set.name) }] : [];
    }),
  };

  return {
    targetId: target.id,
    header,
    reminders,
    matrix,
    cards,
    questions,
    sampleQuestionsLeftOut: samples.length - sampled.length,
    shortened,
  };
}

type Note = (field: CheatSheet["shortened"][number]["field"], was: { cut: boolean }) => void;

function card(story: StoryInput, number: number, target: TargetInput, note: Note): Card {
  const line = (field: Parameters<Note>[0], text: string, cap: number = lineCap.line) => {
    const condensed = firstSentences(text, cap);
    note(field, condensed);
    return condensed.text;
  };
  const clip = (field: Parameters<Note>[0], text: string, cap: number) => {
    const condensed = cut(text, cap);
    note(field, condensed);
    return condensed.text;
  };

  const hookText = story.hooks.find((h) => h.trim() !== "");
  const hook = hookText ? line("hook", hookText) : line("hook", story.refined);
  const headings = story.actions.map((s) => s.heading?.trim() ?? "").filter((h) => h !== "");
  const actionPoints = story.actions.flatMap((s) => s.points).filter((p) => p.trim() !== "");
  const action =
    headings.length >= 2
      ? clip("action", headings.join(" → "), lineCap.line)
      : line("action", [headings[0], actionPoints[0]].filter(Boolean).join(": "));

  const resultPoints = story.results.flatMap((s) => s.points).filter((p) => p.trim() !== "");
  const lead = resultPoints.find(hasNumber) ?? resultPoints[0] ?? "";
  const numbered = resultPoints.filter((p) => p !== lead && hasNumber(p));
  if (numbered.length > keyNumbersPerCard) note("keyNumbers", { cut: true });
  const keyNumbers = numbered
    .slice(0, keyNumbersPerCard)
    .map((point) => clip("keyNumbers", point, lineCap.keyNumber));

  const connection = story.connections.find((c) => sameCompany(c.company, target.company));
  const told = (target.told ?? [])
    .filter((entry) => entry.storyId === story.id)
    .map((entry) => oneLine(entry.round ?? "") || "earlier round");

  const written: Card = {
    storyId: story.id,
    number,
    title: oneLine(story.title),
    headline: clip("headline", story.headline, lineCap.headline),
    hook,
    situation: line("situation", story.situation),
    task: line("task", story.task),
    action,
    result: line("result", lead),
    keyNumbers,
    lesson: story.lessons.trim() ? line("lesson", story.lessons) : line("lesson", story.takeaway),
    connection: connection
      ? {
          company: oneLine(connection.company),
          text: clip("connection", connection.text, lineCap.connection),
        }
      : null,
    told,
    inferred: [],
  };
  return cardFromTelling(written, story, target.company, note);
}
