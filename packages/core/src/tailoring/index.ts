import type { Db } from "../db/index.ts";
import { AppError } from "../error/index.ts";
import * as Story from "../story/index.ts";
import * as Target from "../target/index.ts";
import { groupDigits, parseWith } from "../util/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { mapQuestions, matrix, relativeFit, type Scores, selectStories } from "./choose.ts";
import { clearStoryReadings, readStory, type StoryReading } from "./read.ts";
import { clearValueReadings, readQuestion, type ValueReading } from "./read-value.ts";
import { clearIndex, contextOf, type Rating, rate, rateAll, valuesOf } from "./score.ts";
import { Options, type OptionsInput, type Tailoring } from "./schema.ts";

export * from "./schema.ts";
export { coverThreshold } from "./choose.ts";
export { conceptList, lexiconSource, lexiconVersion, synonymsSource } from "./lexicon/index.ts";
export { readingCacheSize, readStory } from "./read.ts";
export { readQuestion, readValue } from "./read-value.ts";

/** Forgets every reading and index kept, so the next request reads each story again. */
export function clearReadings(): void {
  clearStoryReadings();
  clearValueReadings();
  clearIndex();
}
export type { StoryReading } from "./read.ts";
export type { ValueReading } from "./read-value.ts";
export { contextOf, explainRating, neutralContext, rate, valuesOf, weights } from "./score.ts";
export type { Context, Match, Rating } from "./score.ts";

/** A story read for tailoring (kept under its old name for callers that index stories). */
export const indexStory = readStory;

/** One story against one value, explained, with every concept and word counting the same. */
export const scoreOne = (story: StoryReading, value: ReturnType<typeof valuesOf>[number]) => {
  const rating = rate(story, value, undefined, true);
  return {
    storyId: story.story.id,
    score: rating.score,
    reasons: rating.parts.map((p) => p.reason),
  };
};

/** The default number of stories: one per three values, within what one page holds. */
export const defaultSize = (valueCount: number) =>
  Math.min(6, Math.max(4, Math.ceil(valueCount / 3)));

/**
 * The most story × value pairs one request scores. Ten value sets of 60 values against 400
 * stories is 240,000 pairs, well inside it; a request beyond it is refused with `too_large`
 * (413) rather than left to hold the server.
 */
export const maxPairs = 300_000;

export interface TailorInput {
  target: Target.Info;
  valueSets: ValueSet.Info[];
  stories: Story.Info[];
  options?: OptionsInput;
}

/**
 * Tailors a bank to a target: every story scored against every value by meaning (links and
 * labels first, then the concepts and words they share, weighted by how telling each is, then
 * kind), a covering set chosen, best and backup per value, the gaps and a story per question.
 * Pure and deterministic: the stories are taken in id order, whatever order they come in, and
 * every tie breaks the same way. Throws `AppError` `too_large` beyond `maxPairs`.
 */
export function tailor({ target, valueSets, stories, options = {} }: TailorInput): Tailoring {
  const { size, includeTold } = parseWith(Options, options);
  const told = new Set(includeTold ? [] : target.told.map((t) => t.storyId));
  const bySet = new Map(valueSets.map((set) => [set.id, set]));
  const sets = target.valueSetIds.flatMap((id) => bySet.get(id) ?? []);
  const eligible = stories.filter((story) => !told.has(story.id));
  const valueCount = sets.reduce((n, set) => n + set.values.length, 0);
  if (eligible.length * valueCount > maxPairs) {
    throw new AppError(
      "too_large",
      "tailoring_too_large",
      `Tailoring ${eligible.length} stories against ${valueCount} values is more than ${groupDigits(maxPairs)} pairs; choose fewer value sets for this target.`,
    );
  }
  const values = valuesOf(sets);
  const candidates = eligible
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(readStory);
  const questions = [
    ...target.questions,
    ...sets.flatMap((set) => set.values.flatMap((v) => v.questions)),
  ];
  const vocabulary = new Set<string>();
  for (const value of values) for (const stem of value.stems.keys()) vocabulary.add(stem);
  for (const question of questions) {
    for (const stem of readQuestion(question).stems.keys()) vocabulary.add(stem);
  }
  const context = contextOf(candidates, values, vocabulary);
  const scores: Scores = values.map((value) => rateAll(context, value));
  relativeFit(scores);
  const limit = size ?? defaultSize(values.length);
  const chosen = selectStories(scores, candidates, limit);
  const explain = (rating: Rating, value: ValueReading) => rate(rating.story, value, context, true);
  let rows = matrix(values, scores, chosen, explain);
  // A value's best story gets a card while there is room, so the matrix never names a story
  // the sheet leaves out when a slot is free.
  const byId = new Map(candidates.map((story, s) => [story.story.id, s]));
  const missing = rows
    .map((row) => (row.best ? byId.get(row.best.storyId) : undefined))
    .filter((s): s is number => s !== undefined && !chosen.includes(s));
  for (const s of missing) if (chosen.length < limit && !chosen.includes(s)) chosen.push(s);
  if (missing.length > 0) rows = matrix(values, scores, chosen, explain);
  return {
    targetId: target.id,
    values: rows.map(({ covered: _, ...row }) => row),
    selected: chosen.map((s) => candidates[s]!.story.id),
    gaps: rows
      .filter((row) => !row.covered)
      .map(({ valueSetId, valueKey, valueName }) => ({ valueSetId, valueKey, valueName })),
    questions: mapQuestions(target, values, scores, candidates, chosen, context),
  };
}

/** Loads a target of the owner's, its value sets and every story, and tailors them. */
export async function forTarget(
  db: Db,
  owner: string,
  targetId: string,
  options: OptionsInput = {},
): Promise<Tailoring> {
  const target = await Target.get(db, owner, targetId);
  const [valueSets, stories] = await Promise.all([
    ValueSet.getMany(db, owner, target.valueSetIds),
    Story.all(db, owner),
  ]);
  return tailor({ target, valueSets, stories, options });
}
