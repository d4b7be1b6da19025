import { randomUUID } from "node:crypto";
import * as Bank from "@storybank/core/bank";
import type { Db } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Story from "@storybank/core/story";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";
import { planRestore, writeRestore } from "../src/bank/restore.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const owner = () => `owner-${randomUUID()}`;

/** A bank of two stories, an own value set both may link to, a target and a practice entry. */
function bankOf() {
  const at = "2025-06-01T00:00:00.000Z";
  return {
    version: "1.0.0",
    valueSets: [
      {
        id: "vst_acme",
        company: "Acme",
        name: "Acme values",
        values: [{ key: "grit", name: "Grit" }],
      },
    ],
    stories: [
      {
        id: "sty_a",
        title: "Cut checkout latency",
        values: [{ valueSetId: "vst_acme", valueKey: "grit" }],
      },
      { id: "sty_b", title: "Calmed a team conflict" },
    ],
    targets: [{ id: "tgt_a", company: "Acme", told: [{ storyId: "sty_b", round: "Onsite 1" }] }],
    practice: [{ storyId: "sty_a", at, seconds: 55, variant: "refined", note: "" }],
  };
}

describe("a bank restore in two phases", () => {
  it("plans every write without making one, then the write phase makes exactly them", async () => {
    const who = owner();
    const planned = await planRestore(db, who, JSON.stringify(bankOf()), false);
    expect(planned.journal.writes.map((w) => w.what)).toEqual([
      "Value set",
      "Story",
      "Story",
      "Target",
      "Practice",
    ]);
    expect(planned.result.stories.map((s) => s.action)).toEqual(["create", "create"]);
    expect(await Story.all(db, who)).toEqual([]);

    await writeRestore(db, who, planned);
    const stored = await Bank.exportJson(db, who);
    expect(stored.stories.map((s) => s.id)).toEqual(planned.result.stories.map((s) => s.id));
    expect(stored.valueSets.map((s) => s.id)).toEqual(planned.result.valueSets.map((s) => s.id));
    expect(stored.stories[0]!.values).toEqual([
      expect.objectContaining({ valueSetId: stored.valueSets[0]!.id, valueKey: "grit" }),
    ]);
    expect(stored.targets[0]!.told).toEqual([
      expect.objectContaining({ storyId: stored.stories[1]!.id }),
    ]);
    expect(stored.practice).toHaveLength(1);

    const again = await planRestore(db, who, JSON.stringify(bankOf()), false);
    expect(again.journal.writes).toEqual([]);
    expect(again.result.practice).toEqual({ created: 0, unchanged: 1 });
  });

  it("refuses an invalid bank in the plan phase, with the path of every bad field", async () => {
    const bank = bankOf();
    bank.valueSets[0]!.values = [];
    const refused = await planRestore(db, owner(), JSON.stringify(bank), false).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).kind).toBe("validation");
    expect(JSON.stringify(refused)).toContain("valueSets.0.values");
  });
});
