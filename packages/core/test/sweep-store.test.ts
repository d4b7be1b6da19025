import { randomUUID } from "node:crypto";
import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as Bank from "@storybank/core/bank";
import { type Db, ownerPk, sweepAbandonedBatches } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const owner = () => `owner-${randomUUID()}`;

/** A JSON bank of `n` new stories and one that rewrites the owner's "Existing" story. */
const bank = (n: number) => ({
  format: "json" as const,
  dryRun: false,
  text: JSON.stringify({
    version: "1.0.0",
    stories: [
      { id: "s-existing", title: "Existing", task: "Rewritten by the import" },
      ...Array.from({ length: n }, (_, i) => ({ id: `s-${i}`, title: `Imported ${i}` })),
    ],
  }),
});

/** The store as a process sees it until it dies after `calls` calls (every later one fails). */
function crashingAfter(calls: number): Db {
  let made = 0;
  const send = (command: unknown) =>
    ++made > calls ? Promise.reject(new Error("crashed")) : db.doc.send(command as never);
  return { table: db.table, doc: { send } as unknown as Db["doc"] };
}

/** Every raw item of the owner's under `prefix`. */
async function rawUnder(who: string, prefix: string) {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": ownerPk(who), ":prefix": prefix },
      ConsistentRead: true,
    }),
  );
  return Items;
}

/** Moves the lease of each of the owner's batch headers into the past: its process is gone. */
async function expireLeases(who: string) {
  for (const item of await rawUnder(who, "BATCH#")) {
    if (typeof item.leaseUntil !== "number") continue;
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: "SET leaseUntil = :past",
        ExpressionAttributeValues: { ":past": Date.now() - 1 },
      }),
    );
  }
}

/** An owner with one story ("Existing") and an import of 12 stories that died part-way. */
async function ownerWithDeadImport({ expired = true } = {}) {
  const who = owner();
  await Story.create(db, who, { title: "Existing", task: "Mine" });
  await expect(Bank.importDocument(crashingAfter(16), who, bank(12))).rejects.toThrow("crashed");
  if (expired) await expireLeases(who);
  return who;
}

/** The owner's stories as "title: task", sorted, and how many journal items are left. */
async function facts(who: string) {
  const stories = await Story.all(db, who);
  return {
    stories: stories.map((s) => `${s.title}: ${s.task}`).sort(),
    journal: (await rawUnder(who, "BATCH#")).length,
  };
}

const untouched = { stories: ["Existing: Mine"], journal: 0 };
const far = () => Date.now() + 600_000;

describe("the scheduled sweep of abandoned imports", () => {
  it("undoes an import whose process died, once its lease ran out, and leaves running ones", async () => {
    const dead = await ownerWithDeadImport();
    const running = await ownerWithDeadImport({ expired: false });
    // The dead import left some of its stories (and the rewrite) behind: the case to undo.
    const landed = (await facts(dead)).stories.filter((s) => s.startsWith("Imported"));
    expect(landed.length).toBeGreaterThan(0);
    const before = await facts(running);

    const report = await sweepAbandonedBatches(db, { deadline: far() });
    expect(report).toMatchObject({ abandoned: 1, committed: 0, rolledBack: 1, complete: true });
    expect(report.headers).toBeGreaterThanOrEqual(2);
    expect(await facts(dead)).toEqual(untouched);
    expect(await facts(running)).toEqual(before);
    expect(before.journal).toBeGreaterThan(0);

    // Once the running one's lease runs out, the next sweep undoes it too.
    await expireLeases(running);
    const next = await sweepAbandonedBatches(db, { deadline: far() });
    expect(next).toMatchObject({ rolledBack: 1, complete: true });
    expect(await facts(running)).toEqual(untouched);
  });

  it("deletes the journal a finished import left behind and keeps what it wrote", async () => {
    const who = owner();
    await Story.create(db, who, { title: "Existing", task: "Mine" });
    // A process that dies right after the commit, before it tidies its journal up.
    const send = (command: { input?: { Key?: { sk?: string } }; constructor: { name: string } }) =>
      command.constructor.name === "DeleteCommand" && command.input?.Key?.sk?.startsWith("BATCH#")
        ? Promise.reject(new Error("crashed"))
        : db.doc.send(command as never);
    const dying = { table: db.table, doc: { send } as unknown as Db["doc"] };
    await Bank.importDocument(dying, who, bank(3));
    await expireLeases(who);
    const kept = (await facts(who)).stories;
    expect(kept).toHaveLength(4);
    expect((await facts(who)).journal).toBeGreaterThan(0);

    const report = await sweepAbandonedBatches(db, { deadline: far() });
    expect(report).toMatchObject({ abandoned: 1, committed: 1, rolledBack: 0, complete: true });
    expect(await facts(who)).toEqual({ stories: kept, journal: 0 });
  });

  it("reads the index a page at a time, stops at its deadline and the next run finishes", async () => {
    const owners = [];
    for (let i = 0; i < 5; i++) owners.push(await ownerWithDeadImport());
    // Time moves past the deadline as soon as the first owner's journal is deleted.
    const deadline = Date.now() + 600_000;
    let now = Date.now();
    const send = (command: {
      input?: { Key?: { sk?: string } };
      constructor: { name: string };
    }) => {
      if (
        command.constructor.name === "DeleteCommand" &&
        /^BATCH#[^#]+$/.test(command.input?.Key?.sk ?? "")
      ) {
        now = deadline;
      }
      return db.doc.send(command as never);
    };
    const slow = { table: db.table, doc: { send } as unknown as Db["doc"] };

    const first = await sweepAbandonedBatches(slow, { deadline, pageSize: 2, clock: () => now });
    expect(first).toMatchObject({ owners: 1, rolledBack: 1, pages: 1, complete: false });
    const swept = [];
    for (const who of owners) swept.push((await facts(who)).journal === 0);
    expect(swept.filter(Boolean)).toHaveLength(1);

    const second = await sweepAbandonedBatches(db, { deadline: far(), pageSize: 2 });
    expect(second).toMatchObject({ abandoned: 4, owners: 4, rolledBack: 4, complete: true });
    expect(second.pages).toBeGreaterThanOrEqual(2);
    for (const who of owners) expect(await facts(who)).toEqual(untouched);

    // Nothing left: a sweep reads one empty page and does nothing.
    expect(await sweepAbandonedBatches(db, { deadline: far() })).toEqual({
      headers: 0,
      abandoned: 0,
      committed: 0,
      owners: 0,
      rolledBack: 0,
      pages: 1,
      complete: true,
    });
  }, 60_000);

  it("starts nothing when its deadline has already passed", async () => {
    const who = await ownerWithDeadImport();
    const report = await sweepAbandonedBatches(db, { deadline: Date.now() - 1 });
    expect(report).toMatchObject({ pages: 0, owners: 0, complete: false });
    expect((await facts(who)).journal).toBeGreaterThan(0);
    await sweepAbandonedBatches(db, { deadline: far() });
    expect(await facts(who)).toEqual(untouched);
  });
});
