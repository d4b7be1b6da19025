import { createDb, ensureTable } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { startStore } from "../packages/functions/src/local/store.ts";
import { fixtureInputs, fixtureKeys } from "../tests/fixtures/index.ts";
import { heading, measureInterleaved, report } from "./support.ts";

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
  const t = Tailoring.tailor({ target, valueSets: [amazon], stories });
  console.log(
    `  (${t.values.length} values, ${t.selected.length} stories chosen, ${t.gaps.length} gaps, ${t.questions.length} questions mapped)`,
  );
  await store.close();
}
