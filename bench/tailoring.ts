import { createDb, ensureTable } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { startStore } from "../packages/functions/src/local/store.ts";
import { fixtureInputs, fixtureKeys } from "../tests/fixtures/index.ts";
import { measureSplit, percent } from "../packages/core/test/tailoring-eval-measure.ts";
import { heading, measure, measureInterleaved, report } from "./support.ts";

const storyCount = 1_000;

/** The fixture bank, repeated with each copy's own title, company, period and numbers. */
function bankInput(i: number): Story.CreateInput {
  const base = fixtureInputs[fixtureKeys[i % fixtureKeys.length]!]!;
  return {
    ...base,
    title: `${base.title} #${i}`,
    context: { ...base.context, company: `Company ${i % 97}`, period: String(2000 + (i % 25)) },
    situation: `${base.situation ?? ""} Project ${i} served ${(i * 37) % 1000} customers.`,
  };
}

/**
 * Tailoring 1,000 stories against Amazon's 16 Leadership Principles, against the floor of
 * merely reading those 1,000 stories from the store (dynalite, in memory). Also the whole
 * request path of `forTarget`: read the target, the value set and the stories, then tailor.
 */
export async function run() {
  heading(`Tailoring: ${storyCount} stories × 16 values vs reading them from the store`);
  const store = await startStore();
  const db = createDb({ table: "bench-tailoring", endpoint: store.endpoint });
  await ensureTable(db);
  const owner = "bench-tailoring";
  for (let i = 0; i < storyCount; i += 20) {
    await Promise.all(
      Array.from({ length: 20 }, (_, j) => Story.create(db, owner, bankInput(i + j))),
    );
  }
  const target = await Target.create(db, owner, {
    company: "Amazon",
    role: "Principal engineer",
    valueSetIds: ["amazon-lp-2021"],
    questions: ["Tell me about a time you cut costs without cutting quality"],
  });
  const amazon = await ValueSet.get(db, owner, "amazon-lp-2021");
  const stories = await Story.all(db, owner);
  if (stories.length !== storyCount) throw new Error(`Loaded ${stories.length} stories`);

  const figures = await measureInterleaved(
    {
      read: () => Story.all(db, owner),
      tailor: () => Tailoring.tailor({ target, valueSets: [amazon], stories }),
      forTarget: () => Tailoring.forTarget(db, owner, target.id),
    },
    { runs: 30, warmup: 3 },
  );
  report(`floor: read ${storyCount} stories (Query, paged)`, figures.read);
  report(`tailor ${storyCount} stories × 16 values (pure)`, figures.tailor, figures.read);
  report("forTarget: read target, values, stories + tailor", figures.forTarget, figures.read);
  const cold = await measure(
    () => {
      Tailoring.clearReadings();
      return Tailoring.tailor({ target, valueSets: [amazon], stories });
    },
    { runs: 10, warmup: 1 },
  );
  report(`tailor ${storyCount} × 16, every story read anew`, cold, figures.read);
  const t = Tailoring.tailor({ target, valueSets: [amazon], stories });
  console.log(
    `  (${t.values.length} values, ${t.selected.length} stories chosen, ${t.gaps.length} gaps, ${t.questions.length} questions mapped)`,
  );
  await worstCase();
  precision();
  await store.close();
}

/**
 * The request that used to hold the server for 40 s: 10 value sets of 60 values against 400
 * long stories (each draft about 8,000 characters), read-only. 240,000 pairs, inside the cap.
 */
async function worstCase() {
  const values = ValueSet.builtIns.flatMap((set) => set.values);
  const sets: ValueSet.Info[] = Array.from({ length: 10 }, (_, n) => ({
    ...ValueSet.builtIns[0]!,
    id: `vst_bench${n}`,
    builtIn: false,
    values: Array.from({ length: 60 }, (_, i) => ({
      ...values[(n * 60 + i) % values.length]!,
      key: `v${i}`,
    })),
  }));
  const at = "2026-01-01T00:00:00.000Z";
  const long = Array.from({ length: 400 }, (_, i): Story.Info => {
    const input = bankInput(i);
    const draft = [input.situation, input.task, input.draft, input.refined, input.lessons]
      .filter(Boolean)
      .join(" ")
      .repeat(8)
      .slice(0, 8_000);
    return {
      ...Story.applyChange(Story.emptyContent(input.title), { ...input, draft }),
      id: `sty_long${String(i).padStart(4, "0")}`,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
  });
  const target = {
    id: "tgt_worst",
    company: "Many",
    role: "",
    valueSetIds: sets.map((set) => set.id),
    interviewDate: null,
    questions: [],
    notes: "",
    told: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const warm = await measure(() => Tailoring.tailor({ target, valueSets: sets, stories: long }), {
    runs: 5,
    warmup: 1,
  });
  const cold = await measure(
    () => {
      Tailoring.clearReadings();
      return Tailoring.tailor({ target, valueSets: sets, stories: long });
    },
    { runs: 3, warmup: 0 },
  );
  report("tailor 400 long stories × 600 values (10 sets)", warm);
  report("  the same, every story read anew", cold);
  console.log(
    `  (cap: ${Tailoring.maxPairs.toLocaleString("en-US")} stories × values per request; past it a 413)`,
  );
}

/** Precision of the best story per value and per question on the labeled evaluation set. */
function precision() {
  console.log("  precision of the best story (labeled evaluation set, every value and question):");
  for (const split of ["dev", "holdout"] as const) {
    const result = measureSplit(split);
    console.log(
      `    ${split.padEnd(8)} values ${percent(result.values).padEnd(16)} questions ${percent(result.questions)}`,
    );
  }
}
