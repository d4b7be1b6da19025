import { randomUUID } from "node:crypto";
import * as Bank from "@storybank/core/bank";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { type Db, ownerPk } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
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
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof AppError) return error;
      throw error;
    },
  );

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

/** A value set at every documented limit: 60 values, each with every list full. */
const hugeValueSet = () => ({
  company: "Big Co",
  name: "Everything",
  values: Array.from({ length: ValueSet.limits.values }, (_, i) => ({
    key: `value-${i}`,
    name: `Value ${i}`,
    aliases: Array.from({ length: ValueSet.limits.aliases }, (_, j) => `Alias ${i}.${j}`),
    description: "d".repeat(ValueSet.limits.description),
    keywords: Array.from({ length: ValueSet.limits.keywords }, (_, j) => `k${j}`.padEnd(100, "k")),
    questions: Array.from({ length: ValueSet.limits.questions }, () => "q".repeat(500)),
  })),
});

describe("items larger than DynamoDB holds are refused with 413 and the field", () => {
  it("refuses a value set within every field limit whose item would pass 400 KB", async () => {
    const alice = owner();
    const error = await failure(ValueSet.create(db, alice, hugeValueSet()));
    expect(error?.kind).toBe("too_large");
    expect(error?.errors.map((e) => e.path)).toEqual(["values"]);
    expect(await ValueSet.own(db, alice)).toEqual([]);
  });

  it("refuses an update that grows a value set past the limit, and keeps the stored one", async () => {
    const alice = owner();
    const small = await ValueSet.create(db, alice, {
      ...hugeValueSet(),
      values: hugeValueSet().values.slice(0, 2),
    });
    const error = await failure(
      ValueSet.update(db, alice, small.id, { version: 1, values: hugeValueSet().values }),
    );
    expect(error?.kind).toBe("too_large");
    expect(error?.errors[0]?.path).toBe("values");
    expect((await ValueSet.get(db, alice, small.id)).values).toHaveLength(2);
  });

  it("refuses a target whose text, in three-byte characters, would pass the limit", async () => {
    const alice = owner();
    const wide = (n: number) => "中".repeat(n);
    const error = await failure(
      Target.create(db, alice, {
        company: wide(200),
        role: wide(200),
        notes: wide(Target.limits.notes),
        questions: Array.from({ length: Target.limits.questions }, () => wide(500)),
        told: Array.from({ length: Target.limits.told }, () => ({
          storyId: wide(100),
          round: wide(200),
          interviewer: wide(200),
        })),
      }),
    );
    expect(error?.kind).toBe("too_large");
    expect(error?.errors[0]?.path).toBe("told");
    expect(await Target.all(db, alice)).toEqual([]);
  });

  it("refuses a JSON bank holding such a value set before writing anything", async () => {
    const alice = owner();
    const error = await failure(
      Bank.importDocument(
        db,
        alice,
        json({ version: "1.0.0", stories: [{ title: "Kept out" }], valueSets: [hugeValueSet()] }),
      ),
    );
    expect(error?.kind).toBe("too_large");
    expect(error?.errors[0]?.path).toBe("valueSets.0.values");
    expect(await Story.all(db, alice)).toEqual([]);
  });
});

/**
 * The same table through a connection that fails every call after the first `calls`: what a
 * process killed part-way through leaves behind.
 */
function crashingAfter(calls: number): Db {
  let made = 0;
  const send = (command: unknown) => {
    made += 1;
    if (made > calls) return Promise.reject(new Error("crashed"));
    return db.doc.send(command as never);
  };
  return { table: db.table, doc: { send } as unknown as Db["doc"] };
}

/** Every raw item of the owner's under `prefix`, whatever state it is in. */
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

describe("a story delete cut short", () => {
  it("leaves no practice entry without its story, at every point it can stop", async () => {
    for (const calls of [1, 2, 3, 4]) {
      const alice = owner();
      const story = await Story.create(db, alice, { title: "Doomed" });
      for (let i = 0; i < 30; i++) {
        await Practice.record(db, alice, story.id, { seconds: 50 + i });
      }
      await expect(Story.remove(crashingAfter(calls), alice, story.id)).rejects.toThrow("crashed");
      // The story reads as gone from the first write on.
      expect((await failure(Story.get(db, alice, story.id)))?.kind).toBe("not_found");
      expect(await Practice.all(db, alice)).toEqual([]);
      // The next listing finishes the delete.
      expect((await Story.list(db, alice, {})).items).toEqual([]);
      expect(await rawUnder(alice, "PRACTICE#")).toEqual([]);
      expect(await rawUnder(alice, "STORY#")).toEqual([]);
    }
  });

  it("is finished by deleting the story again, which then succeeds", async () => {
    const alice = owner();
    const story = await Story.create(db, alice, { title: "Doomed" });
    for (let i = 0; i < 5; i++) await Practice.record(db, alice, story.id, { seconds: 50 });
    await expect(Story.remove(crashingAfter(2), alice, story.id)).rejects.toThrow("crashed");
    await Story.remove(db, alice, story.id);
    expect(await rawUnder(alice, "PRACTICE#")).toEqual([]);
    expect(await rawUnder(alice, "STORY#")).toEqual([]);
    expect((await failure(Story.remove(db, alice, story.id)))?.kind).toBe("not_found");
  });

  it("refuses a practice entry or an edit for a story being deleted", async () => {
    const alice = owner();
    const story = await Story.create(db, alice, { title: "Doomed" });
    await expect(Story.remove(crashingAfter(1), alice, story.id)).rejects.toThrow("crashed");
    expect((await failure(Practice.record(db, alice, story.id, { seconds: 50 })))?.kind).toBe(
      "not_found",
    );
    expect((await failure(Story.write(db, alice, story, (c) => c)))?.kind).toBe("not_found");
  });
});
