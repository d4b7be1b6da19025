import * as Story from "@storybank/core/story";
import { tailor } from "@storybank/core/tailoring";
import type * as Target from "@storybank/core/target";
import type * as ValueSet from "@storybank/core/valueset";
import { type EvalCase, loadCases, type Split } from "./tailoring-eval/load.ts";

const stamp = "2026-01-01T00:00:00.000Z";

/** A case's value set as the store would hold it. */
export function valueSetOf(evalCase: EvalCase): ValueSet.Info {
  return {
    ...evalCase.valueSet,
    id: `vst_${evalCase.id}`,
    builtIn: false,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** A case's story as the store would hold it, its id `sty_<ref>`. */
export function storyOf(input: Story.CreateInput, ref: string): Story.Info {
  return {
    id: `sty_${ref}`,
    ...Story.applyChange(Story.emptyContent(input.title), input),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** A target for the case: its value set and its questions. */
export function targetOf(evalCase: EvalCase): Target.Info {
  return {
    id: `tgt_${evalCase.id}`,
    company: evalCase.valueSet.company,
    role: "",
    valueSetIds: [`vst_${evalCase.id}`],
    interviewDate: null,
    questions: evalCase.questions.map((q) => q.question),
    notes: "",
    told: [],
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export interface CaseResult {
  id: string;
  split: Split;
  values: { right: number; total: number; misses: string[] };
  questions: { right: number; total: number; misses: string[] };
}

/**
 * Tailors one case and counts, over every labeled value and question, how often the best story
 * is a right one. A value or question with no story counts as a miss.
 */
export function measureCase(evalCase: EvalCase): CaseResult {
  const t = tailor({
    target: targetOf(evalCase),
    valueSets: [valueSetOf(evalCase)],
    stories: evalCase.stories.map((s) => storyOf(s.story, s.ref)),
  });
  const values = { right: 0, total: 0, misses: [] as string[] };
  for (const [key, refs] of Object.entries(evalCase.labels)) {
    values.total += 1;
    const best = t.values.find((row) => row.valueKey === key)?.best?.storyId ?? null;
    if (best && refs.includes(best.slice(4))) values.right += 1;
    else values.misses.push(`${key} → ${best?.slice(4) ?? "none"} (want ${refs.join("|")})`);
  }
  const questions = { right: 0, total: 0, misses: [] as string[] };
  for (const { question, stories } of evalCase.questions) {
    questions.total += 1;
    const got = t.questions.find((q) => q.question === question)?.storyId ?? null;
    if (got && stories.includes(got.slice(4))) questions.right += 1;
    else {
      questions.misses.push(
        `"${question}" → ${got?.slice(4) ?? "none"} (want ${stories.join("|")})`,
      );
    }
  }
  return { id: evalCase.id, split: evalCase.split, values, questions };
}

export interface SplitResult {
  split: Split;
  cases: CaseResult[];
  values: { right: number; total: number };
  questions: { right: number; total: number };
}

/** Every case of a split, measured, with the totals. */
export function measureSplit(split: Split): SplitResult {
  const cases = loadCases(split).map(measureCase);
  const sum = (pick: (c: CaseResult) => { right: number; total: number }) => ({
    right: cases.reduce((n, c) => n + pick(c).right, 0),
    total: cases.reduce((n, c) => n + pick(c).total, 0),
  });
  return { split, cases, values: sum((c) => c.values), questions: sum((c) => c.questions) };
}

export const percent = ({ right, total }: { right: number; total: number }) =>
  `${right}/${total} = ${total ? ((100 * right) / total).toFixed(1) : "0.0"}%`;
