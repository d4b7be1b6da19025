import { randomUUID } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { type Db, listPage, ownerPk, pageItemBytes, putNew } from "@storybank/core/db";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const prefix = "NOTE#";
/** Five items of 3,018 bytes (3,017 and a comma) of JSON each; the 2nd and 4th written raw, without their size. */
async function ownerWithFiveItems() {
  const owner = `owner-${randomUUID()}`;
  for (let i = 0; i < 5; i++) {
    const data = { n: i, text: "é".repeat(1_500) };
    if (i % 2 === 1) {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { pk: ownerPk(owner), sk: `${prefix}${i}`, data },
        }),
      );
    } else {
      await putNew(db, owner, `${prefix}${i}`, data);
    }
  }
  return owner;
}

/** Every page of the list, as the `n` of its items. */
async function pages(owner: string, options: { maxBytes: number; spentBytes?: number }) {
  const result: number[][] = [];
  let cursor: string | undefined;
  let first = true;
  do {
    const page = await listPage<{ n: number }>(db, owner, prefix, {
      limit: 100,
      cursor,
      ...options,
      spentBytes: first ? options.spentBytes : 0,
    });
    first = false;
    result.push(page.items.map((item) => item.n));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && result.length < 20);
  return result;
}

describe("a list page's byte budget", () => {
  it("counts items written with their size and items measured as they are listed alike", async () => {
    const owner = await ownerWithFiveItems();
    const size = pageItemBytes({ n: 0, text: "é".repeat(1_500) });
    expect(size).toBe(3_018);
    expect(await pages(owner, { maxBytes: 2 * size })).toEqual([[0, 1], [2, 3], [4]]);
    expect(await pages(owner, { maxBytes: 2 * size - 1 })).toEqual([[0], [1], [2], [3], [4]]);
    // An item alone over the budget still comes: a page is never empty when items are left.
    expect(await pages(owner, { maxBytes: 100 })).toEqual([[0], [1], [2], [3], [4]]);
  });

  it("ends a page before its first item when bytes already on it leave no room, and resumes there", async () => {
    const owner = await ownerWithFiveItems();
    expect(await pages(owner, { maxBytes: 7_000, spentBytes: 5_000 })).toEqual([
      [],
      [0, 1],
      [2, 3],
      [4],
    ]);
  });

  it("measures an item upgraded on the way out at its upgraded size", async () => {
    const owner = await ownerWithFiveItems();
    const upgrade = (item: { n: number }) => ({ ...item, extra: "x".repeat(2_000) });
    const page = await listPage<{ n: number }>(db, owner, prefix, {
      limit: 100,
      upgrade,
      // Room for three items as stored, not for two as upgraded.
      maxBytes: 3 * 3_018,
    });
    expect(page.items.map((item) => item.n)).toEqual([0]);
    expect(page.nextCursor).not.toBeNull();
  });
});
