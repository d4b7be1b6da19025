import type { Db } from "../db/index.ts";
import * as Story from "../story/index.ts";
import { coverThreshold, indexStory, rate, valuesOf } from "../tailoring/index.ts";
import * as Target from "../target/index.ts";
import { parseWith } from "../util/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { checkStory } from "./story.ts";
import { type BankCheck, Options } from "./schema.ts";

export * from "./schema.ts";
export { checkStory, type CheckOptions } from "./story.ts";
export { readiness } from "./readiness.ts";
export { limits } from "./limits.ts";
export { storyRules, type Place, type Rule } from "./rules.ts";
export { checksTable } from "./table.ts";
export { basePace, speakingRates, spokenSeconds, spokenUnits } from "./speech.ts";

/** A story is ready from this readiness on, when none of its findings is an error. */
export const readyFrom = 70;

export interface BankOptions {
  targetId?: string | undefined;
  wpm?: number | undefined;
}

/**
 * Every story of the owner's checked, with readiness per story and for the bank; with a target,
 * also the target's values that no ready story covers, and the stories that would, once ready.
 */
export async function checkBank(
  db: Db,
  owner: string,
  { targetId, wpm: wpmInput }: BankOptions = {},
): Promise<BankCheck> {
  const { wpm } = parseWith(Options, { wpm: wpmInput });
  const target = targetId ? await Target.get(db, owner, targetId) : undefined;
  const [stories, valueSets] = await Promise.all([
    Story.all(db, owner),
    target ? ValueSet.getMany(db, owner, target.valueSetIds) : Promise.resolve([]),
  ]);
  const checked = stories.map((story) => {
    const check = checkStory(story, { wpm, target });
    const count = (severity: string) =>
      check.findings.filter((f) => f.severity === severity).length;
    const errors = count("error");
    return {
      storyId: story.id,
      title: story.title,
      readiness: check.readiness,
      ready: check.readiness >= readyFrom && errors === 0,
      errors,
      warnings: count("warning"),
      infos: count("info"),
      codes: [...new Set(check.findings.map((f) => f.code))],
    };
  });
  const ready = new Set(checked.filter((c) => c.ready).map((c) => c.storyId));
  const indexed = stories.map((story) => indexStory(story));
  const bySet = new Map(valueSets.map((set) => [set.id, set]));
  const sets = (target?.valueSetIds ?? []).flatMap((id) => bySet.get(id) ?? []);
  const valuesWithoutReadyStory = valuesOf(sets).flatMap((value) => {
    const matching = indexed
      .filter((story) => rate(story, value).score >= coverThreshold)
      .map((story) => story.story.id);
    if (matching.some((id) => ready.has(id))) return [];
    return [
      {
        valueSetId: value.valueSetId,
        valueKey: value.value.key,
        valueName: value.value.name,
        storyIds: matching,
      },
    ];
  });
  const total = checked.reduce((sum, c) => sum + c.readiness, 0);
  return {
    targetId: target?.id ?? null,
    wpm,
    readiness: checked.length > 0 ? Math.round(total / checked.length) : null,
    readyFrom,
    stories: checked,
    valuesWithoutReadyStory,
  };
}
