import { randomUUID } from "node:crypto";
import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as Bank from "@storybank/core/bank";
import { type Db, ownerPk } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";
import type { SweepContext } from "../src/lambda/sweep.ts";

/**
 * The sweep's Lambda entry as deployed: the table comes linked by SST (`SST_RESOURCE_Table`, as
 * Lambda hands it over), the store is the run's DynamoDB-protocol server.
 */
let db: Db;
let handler: (event: unknown, context: SweepContext) => Promise<Record<string, unknown>>;
const saved = { ...process.env };
beforeAll(async () => {
  db = await freshDb();
  const endpoint = await db.doc.config.endpoint!();
  process.env.SST_RESOURCE_Table = JSON.stringify({ name: db.table, type: "sst.aws.Dynamo" });
  process.env.STORYBANK_DYNAMODB_ENDPOINT = `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`;
  process.env.STORYBANK_TABLE = "not-this-table";
  ({ handler } = (await import("../src/lambda/sweep.ts")) as unknown as {
    handler: typeof handler;
  });
});
afterAll(() => {
  process.env = saved;
});

/** A Lambda context with `ms` milliseconds left before the function's timeout. */
const contextWith = (ms: number): SweepContext => ({ getRemainingTimeInMillis: () => ms });

/**
 * Runs `work`, catching the JSON lines written to stdout and stderr (Powertools' log, warnings
 * on stderr, and EMF metrics).
 */
async function outputOf<T>(work: () => Promise<T>) {
  const written: string[] = [];
  const catching = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(catching),
    vi.spyOn(process.stderr, "write").mockImplementation(catching),
  ];
  try {
    const result = await work();
    const lines = written
      .join("")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, any>);
    return { result, lines };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

async function journalOf(who: string) {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": ownerPk(who), ":prefix": "BATCH#" },
      ConsistentRead: true,
    }),
  );
  return Items;
}

/** An owner whose import of 8 stories died part-way, its lease run out. */
async function ownerWithDeadImport() {
  const who = `owner-${randomUUID()}`;
  await Story.create(db, who, { title: "Existing" });
  let calls = 0;
  const send = (command: unknown) =>
    ++calls > 12 ? Promise.reject(new Error("crashed")) : db.doc.send(command as never);
  const dying = { table: db.table, doc: { send } as unknown as Db["doc"] };
  const text = JSON.stringify({
    version: "1.0.0",
    stories: Array.from({ length: 8 }, (_, i) => ({ title: `Imported ${i}` })),
  });
  await expect(
    Bank.importDocument(dying, who, { format: "json", text, dryRun: false }),
  ).rejects.toThrow("crashed");
  for (const item of await journalOf(who)) {
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
  return who;
}

describe("the scheduled sweep's Lambda handler", () => {
  it("with too little time left starts nothing, warns and counts the run as incomplete", async () => {
    const who = await ownerWithDeadImport();
    const { result, lines } = await outputOf(() => handler({}, contextWith(30_000)));
    expect(result).toMatchObject({ owners: 0, rolledBack: 0, complete: false });
    expect((await journalOf(who)).length).toBeGreaterThan(0);
    const log = lines.find((line) => String(line.message).startsWith("import journals swept"));
    expect(log).toMatchObject({ level: "WARN", service: "storybank-sweep", complete: false });
    const emf = lines.find((line) => line._aws);
    expect(emf).toMatchObject({ SweepIncomplete: 1, SweepRolledBack: 0 });
  });

  it("undoes the dead imports in the linked table, logs what it swept and publishes metrics", async () => {
    const owners = [await ownerWithDeadImport(), await ownerWithDeadImport()];
    const landed = (await Story.all(db, owners[1]!)).length;
    expect(landed).toBeGreaterThan(1);

    const { result, lines } = await outputOf(() => handler({}, contextWith(300_000)));
    // The two owners of this test and the one the previous run left.
    expect(result).toMatchObject({ abandoned: 3, owners: 3, rolledBack: 3, complete: true });
    for (const who of owners) {
      expect((await Story.all(db, who)).map((s) => s.title)).toEqual(["Existing"]);
      expect(await journalOf(who)).toEqual([]);
    }
    const log = lines.find((line) => line.message === "import journals swept");
    expect(log).toMatchObject({ level: "INFO", abandoned: 3, rolledBack: 3, complete: true });
    const emf = lines.find((line) => line._aws);
    expect(emf!._aws.CloudWatchMetrics[0].Namespace).toBe("Storybank");
    expect(emf).toMatchObject({
      service: "storybank-sweep",
      SweepAbandoned: 3,
      SweepRolledBack: 3,
      SweepCommittedTidied: 0,
      SweepOwners: 3,
      SweepIncomplete: 0,
    });
  });
});
