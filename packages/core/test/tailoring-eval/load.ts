import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import * as Story from "@storybank/core/story";
import * as ValueSet from "@storybank/core/valueset";
import { z } from "zod";

/** The folder of case files, one JSON file per value set. */
export const casesDir = join(import.meta.dirname, "cases");

export const Split = z.enum(["dev", "holdout"]);
export type Split = z.infer<typeof Split>;

/**
 * How much of a story is written: `star` has the STAR sections (situation, task, actions,
 * results and more); `draft` is a title and the free write only; `refined` is a title and the
 * spoken version, sometimes with analysis answers; `analysis` is a title and analysis answers only.
 */
export const Shape = z.enum(["star", "draft", "refined", "analysis"]);
export type Shape = z.infer<typeof Shape>;

const Ref = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "A ref is a lower-case slug");

/** A value as users write it: a key, a name and a description in plain words, nothing else. */
const PlainValue = z.strictObject({
  key: z.string(),
  name: z.string(),
  description: z.string().min(1, "A value needs a description"),
});

const PlainWords = z.looseObject({ valueSet: z.looseObject({ values: z.array(PlainValue) }) });

const CaseFile = z.strictObject({
  name: z.string().min(1),
  split: Split,
  valueSet: ValueSet.CreateInput,
  stories: z
    .array(
      z.strictObject({
        ref: Ref,
        author: z.string().min(1),
        shape: Shape,
        story: Story.CreateInput,
      }),
    )
    .min(8)
    .max(14),
  labels: z.record(z.string(), z.array(Ref).min(1, "A value needs at least one right story")),
  questions: z
    .array(z.strictObject({ question: z.string().min(1), stories: z.array(Ref).min(1) }))
    .min(5)
    .max(8),
});

/** One story of a case's bank: the story create body, and who wrote it in what shape. */
export interface EvalStory {
  ref: string;
  author: string;
  shape: Shape;
  story: Story.CreateInput;
}

/**
 * One value set with the bank a candidate tailors to it, and the right answers decided while the
 * stories were written: `labels` maps every value key to the refs that are a right best pick;
 * each question lists the refs that rightly answer it.
 */
export interface EvalCase {
  /** The file's name without `.json`, e.g. `meridian-principles`. */
  id: string;
  name: string;
  split: Split;
  valueSet: ValueSet.CreateInput;
  stories: EvalStory[];
  labels: Record<string, string[]>;
  questions: { question: string; stories: string[] }[];
}

const starFields = ["situation", "task", "actions", "results"] as const;

/** The problem with a story's fields for its declared shape, or null when they agree. */
function shapeProblem({ shape, story }: EvalStory): string | null {
  const fields = Object.keys(story).filter((field) => field !== "title");
  const only = (allowed: string[]) => fields.filter((field) => !allowed.includes(field));
  switch (shape) {
    case "star": {
      const missing = starFields.filter((field) => {
        const value = story[field];
        return value === undefined || value.length === 0;
      });
      return missing.length ? `a star story lacks ${missing.join(", ")}` : null;
    }
    case "draft":
      if (!story.draft) return "a draft story has no draft";
      return only(["draft"]).length ? `a draft story also has ${only(["draft"]).join(", ")}` : null;
    case "refined":
      if (!story.refined) return "a refined story has no refined telling";
      return only(["refined", "analysis"]).length
        ? `a refined story also has ${only(["refined", "analysis"]).join(", ")}`
        : null;
    case "analysis":
      if (!story.analysis?.length) return "an analysis story has no analysis";
      return only(["analysis"]).length
        ? `an analysis story also has ${only(["analysis"]).join(", ")}`
        : null;
  }
}

/**
 * Parses and checks one case file's JSON. `id` names the case in errors.
 *
 * @throws Error naming the case and every problem: a body the story or value-set schema refuses,
 *   a value with more than key, name and description, a story whose fields don't match its shape,
 *   a ref used twice, a value without a label, a label for an unknown value, or a label or
 *   question naming a ref that is not in the bank.
 */
export function parseCase(id: string, json: unknown): EvalCase {
  const plain = PlainWords.safeParse(json);
  if (!plain.success) {
    throw new Error(`Case ${id}: values must be in plain words: ${z.prettifyError(plain.error)}`);
  }
  const parsed = CaseFile.safeParse(json);
  if (!parsed.success) throw new Error(`Case ${id}: ${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  const problems: string[] = [];
  const refs = new Set<string>();
  for (const story of file.stories) {
    if (refs.has(story.ref)) problems.push(`story ${story.ref} appears twice`);
    refs.add(story.ref);
    const problem = shapeProblem(story);
    if (problem) problems.push(`story ${story.ref}: ${problem}`);
  }
  const keys = new Set(file.valueSet.values.map((value) => value.key));
  for (const key of keys) {
    if (!file.labels[key]) problems.push(`value ${key} has no label`);
  }
  for (const [key, labelled] of Object.entries(file.labels)) {
    if (!keys.has(key)) problems.push(`label for unknown value ${key}`);
    for (const ref of labelled) {
      if (!refs.has(ref)) problems.push(`label ${key} names unknown story ${ref}`);
    }
  }
  file.questions.forEach(({ question, stories }) => {
    for (const ref of stories) {
      if (!refs.has(ref)) problems.push(`question "${question}" names unknown story ${ref}`);
    }
  });
  if (problems.length) throw new Error(`Case ${id}:\n- ${problems.join("\n- ")}`);
  return { id, ...file };
}

/**
 * Checks that a story reused across cases is the same story everywhere it appears (same author,
 * shape and body), so a ref means one thing across the whole set.
 *
 * @throws Error listing each ref whose copies differ.
 */
export function checkReuse(cases: EvalCase[]): void {
  const first = new Map<string, { id: string; story: EvalStory }>();
  const problems: string[] = [];
  for (const evalCase of cases) {
    for (const story of evalCase.stories) {
      const seen = first.get(story.ref);
      if (!seen) first.set(story.ref, { id: evalCase.id, story });
      else if (!isDeepStrictEqual(seen.story, story)) {
        problems.push(`story ${story.ref} differs between ${seen.id} and ${evalCase.id}`);
      }
    }
  }
  if (problems.length) throw new Error(`Reused stories:\n- ${problems.join("\n- ")}`);
}

/**
 * Reads every case file under `casesDir` (sorted by name), checks each one and the stories they
 * share, and returns the cases of `split` (all of them when no split is given).
 *
 * @throws Error on a file that is not JSON or fails any check of `parseCase` or `checkReuse`.
 */
export function loadCases(split?: Split): EvalCase[] {
  const files = readdirSync(casesDir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new Error(`No case files in ${casesDir}`);
  const cases = files.map((name) => {
    const path = join(casesDir, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`Case ${name} is not valid JSON: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return parseCase(basename(name, ".json"), json);
  });
  checkReuse(cases);
  return split ? cases.filter((evalCase) => evalCase.split === split) : cases;
}
