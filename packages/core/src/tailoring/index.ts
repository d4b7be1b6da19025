import type { Db } from "../db/index.ts";
import * as Story from "../story/index.ts";
import * as Target from "../target/index.ts";
import { parseWith } from "../util/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { mapQuestions, matrix, questionStems, type Scores, selectStories } from "./choose.ts";
import { indexStory } from "./index-story.ts";
import { rate, valuesOf } from "./score.ts";
import { Options, type OptionsInput, type Tailoring } from "./schema.ts";

export * from "./schema.ts";
export { coverThreshold } from "./choose.ts";
export { explain, rate, scoreOne, valuesOf, weights } from "./score.ts";
export type { Match, Rating } from "./score.ts";
export { indexStory } from "./index-story.ts";

/** The default number of stories: one per three values, within what one page holds. */
export const defaultSize = (valueCount: number) =>
  Math.min(6, Math.max(4, Math.ceil(valueCount / 3)));

export interface TailorInput {
  target: Target.Info;
  valueSets: ValueSet.Info[];
  stories: Story.Info[];
  options?: OptionsInput;
}

/**
 * Tailors a bank to a target: every story scored against every value, a covering set chosen,
 * best and backup per value, the gaps and a story per question. Pure and deterministic: the
 * stories are taken in id order, whatever order they come in, and every tie breaks the same way.
 */
export function tailor({ target, valueSets, stories, options = {} }: TailorInput): Tailoring {
  const { size, includeTold } = parseWith(Options, options);
  const told = new Set(includeTold ? [] : target.told.map((t) => t.storyId));
  const bySet = new Map(valueSets.map((set) => [set.id, set]));
  const sets = target.valueSetIds.flatMap((id) => bySet.get(id) ?? []);
  const values = valuesOf(sets);
  const vocabulary = new Set([
    ...values.flatMap((value) => value.terms.flatMap((term) => term.stems)),
    ...[
      ...target.questions,
      ...sets.flatMap((set) => set.values.flatMap((v) => v.questions)),
    ].flatMap(questionStems),
  ]);
  const candidates = stories
    .filter((story) => !told.has(story.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((story) => indexStory(story, vocabulary));
  const scores: Scores = values.map((value) => candidates.map((story) => rate(story, value)));
  const chosen = selectStories(scores, candidates, size ?? defaultSize(values.length));
  const rows = matrix(
    values,
    scores,
    chosen,
    candidates.map((_, s) => s),
  );
  return {
    targetId: target.id,
    values: rows,
    selected: chosen.map((s) => candidates[s]!.story.id),
    gaps: rows
      .filter((row) => row.best === null)
      .map(({ valueSetId, valueKey, valueName }) => ({ valueSetId, valueKey, valueName })),
    questions: mapQuestions(target, values, scores, candidates, chosen),
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
