import { checkBank, readyFrom } from "@storybank/core/check";
import type { Db } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureInputs } from "../../../tests/fixtures/index.ts";
import { freshDb } from "../../../tests/support/harness.ts";

let db: Db;
const owner = "bank";
const ids: Record<string, string> = {};
let target: Target.Info;

beforeAll(async () => {
  db = await freshDb();
  for (const key of ["stripe-risk", "stripe-conflict", "stripe-learning", "stripe-team"]) {
    ids[key] = (await Story.create(db, owner, fixtureInputs[key])).id;
  }
  // A bank of one story that is not ready yet: its lesson is a template blank.
  const learning = { ...fixtureInputs["stripe-learning"]!, lessons: "TBD" };
  ids.unready = (await Story.create(db, "unready", learning)).id;
  target = await Target.create(db, owner, { company: "Stripe", valueSetIds: ["stripe-2025"] });
});

describe("the bank check", () => {
  it("gives readiness per story and for the bank", async () => {
    const bank = await checkBank(db, owner);
    const keys = ["stripe-risk", "stripe-conflict", "stripe-learning", "stripe-team"];
    expect(bank.stories.map((s) => s.storyId)).toEqual(keys.map((key) => ids[key]));
    const risk = bank.stories.find((s) => s.storyId === ids["stripe-risk"])!;
    const team = bank.stories.find((s) => s.storyId === ids["stripe-team"])!;
    expect(risk).toMatchObject({ title: "The Risk Story", ready: true, errors: 0 });
    expect(team.ready).toBe(false);
    expect(team.errors).toBeGreaterThan(0);
    expect(team.codes).toEqual(expect.arrayContaining(["placeholder", "we_over_i"]));
    const mean = Math.round(bank.stories.reduce((sum, s) => sum + s.readiness, 0) / 4);
    expect(bank).toMatchObject({ targetId: null, wpm: 150, readiness: mean, readyFrom });
    expect(bank.valuesWithoutReadyStory).toEqual([]);
  });

  it("names the target's values no ready story covers, and the stories that would", async () => {
    const bank = await checkBank(db, owner, { targetId: target.id });
    expect(bank.targetId).toBe(target.id);
    const uncovered = bank.valuesWithoutReadyStory.map((v) => v.valueKey);
    expect(uncovered).not.toContain("move-with-urgency-and-focus");
    const ready = bank.stories.filter((s) => s.ready).map((s) => s.storyId);
    expect(ready).toContain(ids["stripe-risk"]);
    for (const value of bank.valuesWithoutReadyStory) {
      for (const id of ready) expect(value.storyIds).not.toContain(id);
    }
    const alone = await checkBank(db, "unready");
    expect(alone.stories[0]).toMatchObject({
      ready: false,
      codes: expect.arrayContaining(["placeholder"]),
    });
    const unreadyTarget = await Target.create(db, "unready", {
      company: "Stripe",
      valueSetIds: ["stripe-2025"],
    });
    const named = await checkBank(db, "unready", { targetId: unreadyTarget.id });
    expect(named.valuesWithoutReadyStory).toContainEqual({
      valueSetId: "stripe-2025",
      valueKey: "curious",
      valueName: "Curious",
      storyIds: [ids.unready],
    });
    const before = bank.stories.find((s) => s.storyId === ids["stripe-conflict"])!;
    for (let i = 0; i < 3; i++) {
      await Practice.record(db, owner, ids["stripe-conflict"]!, { seconds: 55 });
    }
    const after = (await checkBank(db, owner, { targetId: target.id })).stories.find(
      (s) => s.storyId === ids["stripe-conflict"],
    )!;
    expect(after.readiness).toBeGreaterThan(before.readiness);
  });

  it("counts time at the pace asked for", async () => {
    const slow = await checkBank(db, owner, { wpm: 100 });
    expect(slow.wpm).toBe(100);
    const risk = slow.stories.find((s) => s.storyId === ids["stripe-risk"])!;
    expect(risk.codes).toContain("refined_too_long");
  });

  it("answers an empty bank, a missing target and a bad pace plainly", async () => {
    expect(await checkBank(db, "nobody")).toMatchObject({ readiness: null, stories: [] });
    const missing = await checkBank(db, "nobody", { targetId: target.id }).catch((e) => e);
    expect(missing).toBeInstanceOf(AppError);
    expect(missing.kind).toBe("not_found");
    const bad = await checkBank(db, owner, { wpm: 5 }).catch((e) => e);
    expect(bad.kind).toBe("validation");
  });
});
