import type { Info as Story } from "../story/index.ts";
import { amounts, clausesOf, readStar, type StarReading } from "../telling/index.ts";
import { figures, words } from "./measure.ts";
import { counted } from "./wording.ts";
import { limits } from "./limits.ts";
import type { StarCoverage, StoryShape } from "./schema.ts";

type Part = "situation" | "task" | "actions" | "results";

export const blank = (text: string) => text.trim() === "";
const hasPoints = (sections: Story["actions"]) =>
  sections.some((s) => s.points.some((p) => !blank(p)));

/** How the story is written, from the fullest form it has. */
export function shapeOf(story: Story): StoryShape {
  if (!blank(story.situation) || !blank(story.task) || hasPoints(story.actions)) return "star";
  if (hasPoints(story.results)) return "star";
  if (!blank(story.refined)) return "refined";
  if (!blank(story.draft)) return "draft";
  if (story.analysis.some((a) => !blank(a.answer))) return "analysis";
  return "empty";
}

export interface Coverage {
  star: StarCoverage;
  reading: StarReading;
  /** The parts a section leaves empty that the telling or the analysis tells. */
  told: (Part | "lessons")[];
}

/**
 * Where the story tells each STAR part: its own section when it has one, else the sentence of
 * the refined telling or draft, or the analysis answer, that `readStar` reads it from.
 */
export function coverageOf(story: Story, companies: string[]): Coverage {
  const whole =
    !blank(story.situation) &&
    !blank(story.task) &&
    hasPoints(story.actions) &&
    hasPoints(story.results) &&
    (["lessons", "differently", "takeaway"] as const).some((f) => !blank(story[f]));
  // A story whose sections tell every part needs no reading of its telling.
  const reading = whole ? unread : readStar(story, companies);
  const told: Coverage["told"] = [];
  const from = (
    part: Part | "lessons",
    own: string | null,
    read: StarReading[keyof StarReading],
  ) => {
    if (own) return own;
    const first = Array.isArray(read) ? read[0] : undefined;
    if (first) told.push(part);
    return first?.field ?? null;
  };
  const lessonField = (["lessons", "differently", "takeaway"] as const).find(
    (f) => !blank(story[f]),
  );
  const star: StarCoverage = {
    shape: shapeOf(story),
    situation: from("situation", blank(story.situation) ? null : "situation", reading.situation),
    task: from("task", blank(story.task) ? null : "task", reading.task),
    actions: from("actions", hasPoints(story.actions) ? "actions" : null, reading.action),
    results: from("results", hasPoints(story.results) ? "results" : null, reading.result),
    lessons: from("lessons", lessonField ?? null, reading.lesson),
  };
  return { star, reading, told };
}

const unread: StarReading = {
  situation: [],
  task: [],
  action: [],
  result: [],
  lesson: [],
  figures: [],
  background: null,
};

const partNames: Record<Coverage["told"][number], string> = {
  situation: "situation",
  task: "task",
  actions: "action",
  results: "result",
  lessons: "lesson",
};

const sourceName = (field: string) =>
  field === "refined"
    ? "the refined version"
    : field === "draft"
      ? "the draft"
      : field.startsWith("followUps")
        ? "the follow-up answers"
        : "the analysis answers";

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** What a missing STAR part asks for, said for the way the story is written. */
export function missingMessage(part: Part, shape: StoryShape): string {
  const telling = shape === "refined" || shape === "draft" || shape === "analysis";
  const where =
    shape === "analysis"
      ? "the analysis answers"
      : `the ${shape === "draft" ? "draft" : "telling"}`;
  const messages: Record<Part, [string, string]> = {
    situation: [
      "No situation: give the stakes and who felt them in 2–3 sentences.",
      `Nothing in ${where} sets the scene: open with the stakes and who felt them, in a sentence or two.`,
    ],
    task: [
      "No task: say in 1–2 sentences what was yours to own.",
      `Nothing in ${where} says what was yours: add a sentence with “I” and the goal or decision you owned.`,
    ],
    actions: [
      "No actions: list the 4–5 moves you personally made.",
      `Nothing in ${where} says what you did: add your moves, each with “I” and a verb.`,
    ],
    results: [
      "No results: give 3–4 points of what changed, with numbers.",
      `Nothing in ${where} says what changed: end on the result, with a number.`,
    ],
  };
  return messages[part][telling ? 1 : 0];
}

/** What a missing refined version asks for, from what the story has to make one. */
export function refinedMissingMessage(story: Story, shape: StoryShape, wpm: number): string {
  const [lo, hi] = limits.refinedSeconds.map((s) => Math.round((s * wpm) / 60));
  if (shape === "draft") {
    return `No refined version: cut the draft's ${counted(words(story.draft), "word")} to a 45–60 s telling (${lo}–${hi} words at ${wpm} wpm) and rehearse that.`;
  }
  if (shape === "analysis") {
    return `No refined version: turn the analysis answers into a 45–60 s telling (${lo}–${hi} words at ${wpm} wpm).`;
  }
  return "No refined version: the 45–60 second telling is what you rehearse.";
}

/** A headline to suggest: the first clause with a figure of the story's result. */
export function headlineIdea(story: Story, reading: StarReading): string | null {
  const written = story.results.flatMap((s) => s.points).find((p) => amounts(p).length > 0);
  const source = written ?? reading.result.find((p) => amounts(p.text).length > 0)?.text;
  return source ? numberedClause(source) : null;
}

/** The clause of a text that states the most figures, the first on a tie. */
function numberedClause(text: string): string {
  const clause = clausesOf(text).reduce((best, c) =>
    amounts(c).length > amounts(best).length ? c : best,
  );
  return clause.replace(/^[\s…–—-]+|[\s,;:.–—-]+$/gu, "");
}

/** "Situation, task and result read from the refined version": where told parts came from. */
export function toldMessage({ star, told }: Coverage): string {
  const sources = [...new Set(told.map((part) => sourceName(star[part] as string)))];
  const parts = told.map((part) => partNames[part]);
  const sections = told.some((part) => part !== "lessons");
  return `${capital(list(parts))} read from ${list(sources)}${
    sections ? "; write them out as sections for the 3–5 minute telling" : ""
  }.`;
}

/** The first piece of the result read from a telling that states a figure, if any. */
export const numberedResult = ({ reading }: Coverage) =>
  reading.result.find((p) => figures(p.text) > 0);

/** What a refined version without a number asks for, quoting the figure the story has elsewhere. */
export function refinedNumberMessage(numbered: { text: string; field: string }): string {
  const figure = numberedClause(numbered.text);
  const source = sourceName(numbered.field);
  const has = source.endsWith("answers") ? "have" : "has";
  return `The refined version says no number, though ${source} ${has} “${figure}”: say it out loud.`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
