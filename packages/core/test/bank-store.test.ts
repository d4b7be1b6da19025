import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as Bank from "@storybank/core/bank";
import type { Db } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";
import { Journal, planStories, writeStories } from "../src/bank/write.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const fixture = (name: string) =>
  readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url), "utf8");
const owner = () => `owner-${randomUUID()}`;
const markdown = (text: string, dryRun = false) => ({ format: "markdown" as const, text, dryRun });
const json = (value: unknown, dryRun = false) => ({
  format: "json" as const,
  text: JSON.stringify(value),
  dryRun,
});
const kind = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.kind : Promise.reject(error)),
  );
/** Content only: what a bank means, whatever ids and times its items got. */
const withoutIds = ({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Story.Info) =>
  rest;

describe("importing a Markdown document", () => {
  it("writes every story once; a dry run writes nothing", async () => {
    const alice = owner();
    const dry = await Bank.importDocument(
      db,
      alice,
      markdown(fixture("staff-star-stories.md"), true),
    );
    expect(dry.stories.map((s) => [s.action, s.id])).toEqual(Array(4).fill(["create", null]));
    expect(dry.stories[0]!.story.title).toBe("SHIPMENT TRACKING PIPELINE");
    expect(dry.warnings.length).toBeGreaterThan(0);
    expect(await Story.all(db, alice)).toEqual([]);

    const real = await Bank.importDocument(db, alice, markdown(fixture("staff-star-stories.md")));
    const stored = await Story.all(db, alice);
    expect(stored).toHaveLength(4);
    expect(real.stories.map((s) => s.id).sort()).toEqual(stored.map((s) => s.id).sort());
    expect(stored.map(withoutIds)).toEqual(dry.stories.map((s) => s.story));
  });

  it("adds nothing when the same document (or its mojibake copy) comes again", async () => {
    const bob = owner();
    await Bank.importDocument(db, bob, markdown(fixture("staff-star-stories.md")));
    const before = await Story.all(db, bob);
    for (const name of ["staff-star-stories.md", "staff-star-stories-mojibake.md"]) {
      const again = await Bank.importDocument(db, bob, markdown(fixture(name)));
      expect(again.stories.map((s) => s.action)).toEqual(Array(4).fill("unchanged"));
    }
    expect(await Story.all(db, bob)).toEqual(before);
  });

  it("updates the story whose text changed and keeps what the document does not say", async () => {
    const carol = owner();
    await Bank.importDocument(db, carol, markdown(fixture("staff-star-stories.md")));
    const [first] = await Story.all(db, carol);
    await Practice.record(db, carol, first!.id, { seconds: 57 });
    const edited = fixture("staff-star-stories.md")
      .replace("## STORY 1: SHIPMENT TRACKING PIPELINE", "## Story 1: Shipment tracking pipeline")
      .replace("Two of them had written", "Three of them had written");
    const result = await Bank.importDocument(db, carol, markdown(edited));
    expect(result.stories.map((s) => s.action)).toEqual([
      "update",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
    const updated = await Story.get(db, carol, first!.id);
    expect(updated.version).toBe(3);
    expect(updated.title).toBe("Shipment tracking pipeline");
    expect(updated.situation).toContain("Three of them");
    expect(updated.progress).toMatchObject({ practiceCount: 1, timedSeconds: 57 });
    expect(await Story.all(db, carol)).toHaveLength(4);
  });

  it("writes all stories or none: a failed write undoes the ones before it", async () => {
    const dave = owner();
    const existing = await Story.create(db, dave, { title: "Existing" });
    const plans = planStories(await Story.all(db, dave), [
      { input: { title: "New one" }, line: 1 },
      { input: { title: "New two" }, line: 2 },
      { input: { title: "Existing", task: "Changed" }, line: 3 },
    ]);
    // Someone else edits the story between the plan and the write.
    await Story.update(db, dave, existing.id, { version: 1, situation: "Theirs" });
    expect(await kind(writeStories(db, dave, plans, new Journal()))).toBe("conflict");
    const after = await Story.all(db, dave);
    expect(after.map((s) => s.title)).toEqual(["Existing"]);
    expect(after[0]).toMatchObject({ version: 2, situation: "Theirs", task: "" });
  });

  it("imports a story over a limit, moving the overflow to its notes and reporting it", async () => {
    const erin = owner();
    const tooMany = Array.from({ length: 31 }, (_, i) => `- Question ${i}`).join("\n");
    const text = `## Story 1: Fine\n\n**Task:** ok\n\n## Story 2: Broken\n\n**Question Variants:**\n\n${tooMany}\n`;
    const result = await Bank.importDocument(db, erin, markdown(text));
    const broken = result.stories[1]!.story;
    expect(broken.questions).toHaveLength(30);
    expect(broken.notes).toBe("Questions: Question 30");
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringContaining('Story "Broken"') }),
    ]);
    expect(await Story.all(db, erin)).toHaveLength(2);
  });
});

describe("the JSON bank", () => {
  /** A bank with a bit of everything: stories, an own value set, a target, practice. */
  async function fullBank(who: string) {
    await Bank.importDocument(db, who, markdown(fixture("four-power-stories-stripe.md")));
    const set = await ValueSet.create(db, who, {
      company: "Acme",
      name: "Acme values",
      values: [{ key: "grit", name: "Grit" }],
    });
    const [risk, conflict] = await Story.all(db, who);
    await Story.update(db, who, risk!.id, {
      version: risk!.version,
      values: [...risk!.values, { valueSetId: set.id, valueKey: "grit" }],
    });
    await Target.create(db, who, {
      company: "Acme",
      role: "Staff engineer",
      valueSetIds: [set.id, "stripe-2025"],
      interviewDate: "2025-07-01",
      told: [{ storyId: conflict!.id, round: "Onsite 1" }],
    });
    await Practice.record(db, who, conflict!.id, { seconds: 59, note: "Smooth" });
    return Bank.exportJson(db, who);
  }

  it("exports a document valid against its published JSON Schema", async () => {
    const bank = await fullBank(owner());
    expect(bank).toMatchObject({ $schema: Bank.schemaUrl, version: "1.0.0" });
    expect(bank.stories).toHaveLength(4);
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(Bank.jsonSchema());
    expect(validate(bank), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...bank, stories: [{ title: 7 }] })).toBe(false);
  });

  it("restores the same bank into an empty account, with links rewritten to new ids", async () => {
    const source = await fullBank(owner());
    const frank = owner();
    const result = await Bank.importDocument(db, frank, json(source));
    expect(result.stories.every((s) => s.action === "create")).toBe(true);
    const copy = await Bank.exportJson(db, frank);

    const [set] = copy.valueSets;
    expect(set!.id).not.toBe(source.valueSets[0]!.id);
    const ids = new Map(source.stories.map((s, i) => [s.id, copy.stories[i]!.id]));
    const setIds = new Map([[source.valueSets[0]!.id, set!.id]]);
    const remapped = source.stories.map((story) => ({
      ...withoutIds(story),
      values: story.values.map((v) => ({
        ...v,
        valueSetId: setIds.get(v.valueSetId) ?? v.valueSetId,
      })),
    }));
    expect(copy.stories.map(withoutIds)).toEqual(remapped);
    expect(copy.valueSets.map(({ company, name, values }) => ({ company, name, values }))).toEqual(
      source.valueSets.map(({ company, name, values }) => ({ company, name, values })),
    );
    expect(copy.targets[0]).toMatchObject({
      company: "Acme",
      valueSetIds: [set!.id, "stripe-2025"],
      told: [{ storyId: ids.get(source.targets[0]!.told[0]!.storyId), round: "Onsite 1" }],
    });
    expect(copy.practice).toEqual([
      expect.objectContaining({
        storyId: ids.get(source.practice[0]!.storyId),
        seconds: 59,
        note: "Smooth",
        at: source.practice[0]!.at,
      }),
    ]);
    const log = await Practice.list(db, frank, copy.practice[0]!.storyId, {});
    expect(log.items).toHaveLength(1);
  });

  it("adds nothing when the same bank is restored again, and a dry run writes nothing", async () => {
    const source = await fullBank(owner());
    const gina = owner();
    const dry = await Bank.importDocument(db, gina, json(source, true));
    expect(dry.stories).toHaveLength(4);
    expect(dry.valueSets.map((s) => s.action)).toEqual(["create"]);
    expect(dry.practice).toEqual({ created: 1, unchanged: 0 });
    expect((await Bank.exportJson(db, gina)).stories).toEqual([]);

    await Bank.importDocument(db, gina, json(source));
    const before = await Bank.exportJson(db, gina);
    const again = await Bank.importDocument(db, gina, json(source));
    expect(again.stories.map((s) => s.action)).toEqual(Array(4).fill("unchanged"));
    expect(again.valueSets.map((s) => s.action)).toEqual(["unchanged"]);
    expect(again.targets.map((t) => t.action)).toEqual(["unchanged"]);
    expect(again.practice).toEqual({ created: 0, unchanged: 1 });
    const after = await Bank.exportJson(db, gina);
    expect({ ...after, exportedAt: "" }).toEqual({ ...before, exportedAt: "" });
  });

  it("refuses a bank of another major version and invalid items, with their paths", async () => {
    const hank = owner();
    const error = (value: unknown) =>
      Bank.importDocument(db, hank, json(value)).then(
        () => Promise.reject(new Error("expected a refusal")),
        (e: unknown) => e as AppError,
      );
    expect((await error({ version: "2.0.0" })).errors).toEqual([
      expect.objectContaining({ path: "version" }),
    ]);
    const bad = await error({ version: "1.3.0", stories: [{ title: "ok" }, { title: 5 }] });
    expect(bad.errors.map((e) => e.path)).toEqual(["stories.1.title"]);
    const dup = await error({
      version: "1.0.0",
      valueSets: [
        {
          company: "A",
          name: "B",
          values: [
            { key: "x", name: "X" },
            { key: "x", name: "Y" },
          ],
        },
      ],
    });
    expect(dup.errors[0]!.path).toBe("valueSets.0.values.1.key");
    const garbled = await Bank.importDocument(db, hank, {
      format: "json",
      text: '{\n  "version": "1.0.0",\n  "stories": [,]\n}',
      dryRun: false,
    }).then(
      () => Promise.reject(new Error("expected a refusal")),
      (e: unknown) => e as AppError,
    );
    expect(garbled.errors[0]!.message).toContain("line 3, column 15");
    expect((await Bank.exportJson(db, hank)).stories).toEqual([]);
  });
});

describe("the Markdown export", () => {
  it("imports into another account as the same stories", async () => {
    const ivan = owner();
    await Bank.importDocument(db, ivan, markdown(fixture("four-power-stories-stripe.md")));
    const exported = await Bank.exportMarkdown(db, ivan);
    const jill = owner();
    await Bank.importDocument(db, jill, markdown(exported));
    const a = (await Story.all(db, ivan)).map(withoutIds);
    const b = (await Story.all(db, jill)).map(withoutIds);
    expect(b).toEqual(a);
  });
});
