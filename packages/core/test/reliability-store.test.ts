import { randomUUID } from "node:crypto";
import * as Bank from "@storybank/core/bank";
import type { Db } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const owner = () => `owner-${randomUUID()}`;
const json = (value: unknown, dryRun = false) => ({
  format: "json" as const,
  text: typeof value === "string" ? value : JSON.stringify(value),
  dryRun,
});
describe("the JSON bank takes what a bank may leave out", () => {
  it("imports a story with only a title (no values, no progress)", async () => {
    const alice = owner();
    const result = await Bank.importDocument(
      db,
      alice,
      json({ version: "1.0.0", stories: [{ title: "Minimal" }] }),
    );
    expect(result.stories.map((s) => s.action)).toEqual(["create"]);
    const [stored] = await Story.all(db, alice);
    expect(stored?.title).toBe("Minimal");
    expect(stored?.values).toEqual([]);
  });
});
