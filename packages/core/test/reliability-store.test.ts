import { randomUUID } from "node:crypto";
import * as Bank from "@storybank/core/bank";
import { DeleteCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type Db, ownerPk } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import { recoverAllBatches, recoverBatches } from "../src/db/batch.ts";
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

const ownSet = (who: string, name = "Grit") =>
  ValueSet.create(db, who, { company: "Acme", name, values: [{ key: "grit", name: "Grit" }] });

describe("deleting a value set that targets name", () => {
  it("is refused with a conflict naming each target, and changes nothing", async () => {
    const alice = owner();
    const set = await ownSet(alice);
    const first = await Target.create(db, alice, {
      company: "Stripe",
      role: "Staff engineer",
      valueSetIds: [set.id, "staff-plus"],
    });
    const second = await Target.create(db, alice, { company: "Kestrel", valueSetIds: [set.id] });
    const error = await failure(ValueSet.remove(db, alice, set.id));
    expect(error?.kind).toBe("conflict");
    expect(error?.code).toBe("value_set_in_use");
    expect(error?.message).toContain("Stripe (Staff engineer), Kestrel");
    expect(error?.errors.map((e) => e.message)).toEqual([
      `Used by target ${first.id} (Stripe (Staff engineer))`,
      `Used by target ${second.id} (Kestrel)`,
    ]);
    expect((await ValueSet.get(db, alice, set.id)).name).toBe("Grit");

    // Once no target names it, it goes.
    await Target.update(db, alice, first.id, { version: 1, valueSetIds: ["staff-plus"] });
    await Target.remove(db, alice, second.id);
    await ValueSet.remove(db, alice, set.id);
    expect((await failure(ValueSet.get(db, alice, set.id)))?.kind).toBe("not_found");
  });

  it("lets a target's own list be sent back even if a set on it is gone", async () => {
    const alice = owner();
    const set = await ownSet(alice);
    const target = await Target.create(db, alice, { company: "Acme", valueSetIds: [set.id] });
    // A set gone by other means than the API (an older server, a restored backup).
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: { pk: ownerPk(alice), sk: `VALUESET#${set.id}` },
      }),
    );
    const next = await Target.update(db, alice, target.id, {
      version: 1,
      valueSetIds: target.valueSetIds,
      notes: "Still editable",
    });
    expect(next.notes).toBe("Still editable");
    const added = await failure(
      Target.update(db, alice, target.id, { version: 2, valueSetIds: [set.id, "vst_missing"] }),
    );
    expect(added?.errors.map((e) => e.path)).toEqual(["valueSetIds.1"]);
  });

  it("never leaves a target naming a deleted set when both happen at once", async () => {
    const alice = owner();
    for (let i = 0; i < 12; i++) {
      const set = await ownSet(alice, `Race ${i}`);
      const [created] = await Promise.allSettled([
        Target.create(db, alice, { company: `Race ${i}`, valueSetIds: [set.id] }),
        ValueSet.remove(db, alice, set.id),
      ]);
      const sets = new Set((await ValueSet.own(db, alice)).map((s) => s.id));
      for (const target of await Target.all(db, alice)) {
        for (const id of target.valueSetIds) expect(sets.has(id)).toBe(true);
      }
      if (created.status === "fulfilled") expect(sets.has(set.id)).toBe(true);
    }
  });
});

/** A bank of `n` stories, one own value set they link to, a target and practice entries. */
const crashBank = (n: number) => ({
  version: "1.0.0",
  valueSets: [
    { id: "vs-1", company: "Acme", name: "Acme values", values: [{ key: "grit", name: "Grit" }] },
  ],
  stories: [
    { id: "s-existing", title: "Existing", task: "Rewritten by the import" },
    ...Array.from({ length: n }, (_, i) => ({
      id: `s-${i}`,
      title: `Imported ${i}`,
      values: [{ valueSetId: "vs-1", valueKey: "grit" }],
    })),
  ],
  targets: [{ company: "Acme", valueSetIds: ["vs-1"], told: [{ storyId: "s-0" }] }],
  practice: [
    { storyId: "s-1", seconds: 55, variant: "refined", note: "", at: "2025-01-01T00:00:00.000Z" },
  ],
});

/** The owner's bank as plain facts: titles, the existing story's task, counts of each kind. */
async function facts(who: string) {
  const stories = await Story.all(db, who);
  return {
    titles: stories.map((s) => s.title).sort(),
    existingTask: stories.find((s) => s.title === "Existing")?.task,
    sets: (await ValueSet.own(db, who)).length,
    targets: (await Target.all(db, who)).length,
    practice: (await Practice.all(db, who)).length,
    journal: (await rawUnder(who, "BATCH#")).length,
  };
}

describe("an import cut short at any point", () => {
  it("leaves all of it or none of it once the store is swept, and a retry lands it whole", async () => {
    const bank = crashBank(20);
    // How many store calls a whole import makes.
    let calls = 0;
    const counting: Db = {
      table: db.table,
      doc: { send: (c: never) => (calls++, db.doc.send(c)) } as unknown as Db["doc"],
    };
    const probe = owner();
    await Story.create(db, probe, { title: "Existing" });
    await Bank.importDocument(counting, probe, json(bank));
    const whole = await facts(probe);
    expect(whole).toMatchObject({ sets: 1, targets: 1, practice: 1, journal: 0 });
    expect(whole.titles).toHaveLength(21);

    let none = 0;
    let all = 0;
    const cuts = new Set(Array.from({ length: calls }, (_, i) => i + 1).filter((c) => c % 3 === 1));
    cuts.add(calls - 2).add(calls - 1);
    for (const cut of cuts) {
      const who = owner();
      await Story.create(db, who, { title: "Existing" });
      const before = await facts(who);
      const outcome = await Bank.importDocument(crashingAfter(cut), who, json(bank)).then(
        () => "finished",
        (error: Error) => error.message,
      );
      // Only a cut after the commit (cleaning the journal up) lets the import answer.
      expect(["crashed", "finished"]).toContain(outcome);
      // What a restart does: every unfinished batch is rolled back.
      await recoverBatches(db, who, { force: true });
      const after = await facts(who);
      if (after.titles.length === 21) {
        all += 1;
        expect(after).toEqual(whole);
      } else {
        none += 1;
        expect(after).toEqual(before);
        expect(outcome).toBe("crashed");
      }
      await Bank.importDocument(db, who, json(bank));
      expect(await facts(who)).toEqual(whole);
    }
    // Cuts before the commit leave nothing; the last ones (after it) leave everything.
    expect(none).toBeGreaterThanOrEqual(10);
    expect(all).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it("is undone by the owner's next import once its lease has run out", async () => {
    const who = owner();
    await Story.create(db, who, { title: "Existing" });
    const before = await facts(who);
    await expect(Bank.importDocument(crashingAfter(20), who, json(crashBank(20)))).rejects.toThrow(
      "crashed",
    );
    const [header] = (await rawUnder(who, "BATCH#")).filter((i) => i.state === "running");
    expect(header).toBeDefined();
    // The next import within the lease leaves the running one alone.
    await Bank.importDocument(db, who, json({ version: "1.0.0" }));
    expect((await facts(who)).journal).toBeGreaterThan(0);
    // Past the lease, it is undone before the next import is planned.
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: header!.pk, sk: header!.sk },
        UpdateExpression: "SET leaseUntil = :past",
        ExpressionAttributeValues: { ":past": Date.now() - 1 },
      }),
    );
    await Bank.importDocument(db, who, json({ version: "1.0.0" }));
    expect(await facts(who)).toEqual(before);
  });

  it("finishes a committed import's journal that the index lost, when the sweep names the owner", async () => {
    const who = owner();
    let calls = 0;
    const counting: Db = {
      table: db.table,
      doc: { send: (c: never) => (calls++, db.doc.send(c)) } as unknown as Db["doc"],
    };
    const probe = owner();
    await Bank.importDocument(counting, probe, json(crashBank(3)));
    // Cut before the last call (deleting the header): the import stands, its header is left.
    await Bank.importDocument(crashingAfter(calls - 1), who, json(crashBank(3)));
    const [header] = await rawUnder(who, "BATCH#");
    expect(header?.state).toBe("committed");
    // What a kill inside the embedded store's delete leaves: the header out of the index.
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: header!.pk, sk: header!.sk },
        UpdateExpression: "REMOVE gsi1pk, gsi1sk",
      }),
    );
    await recoverAllBatches(db);
    expect(await rawUnder(who, "BATCH#")).toHaveLength(1);
    // Named, the owner is swept; a committed header goes at once, its lease still running.
    expect(await recoverAllBatches(db, { owners: [who] })).toBe(0);
    expect(await rawUnder(who, "BATCH#")).toEqual([]);
    expect(await facts(who)).toEqual(await facts(probe));
  });

  it("undoes nothing that was changed after the import wrote it", async () => {
    const who = owner();
    await Story.create(db, who, { title: "Existing" });
    await expect(Bank.importDocument(crashingAfter(24), who, json(crashBank(20)))).rejects.toThrow(
      "crashed",
    );
    const landed = (await Story.all(db, who)).filter((s) => s.title.startsWith("Imported"));
    expect(landed.length).toBeGreaterThan(0);
    const edited = await Story.update(db, who, landed[0]!.id, { version: 1, task: "Mine now" });
    await recoverBatches(db, who, { force: true });
    const left = await Story.all(db, who);
    expect(left.map((s) => s.title).sort()).toEqual(["Existing", edited.title]);
    expect(left.find((s) => s.id === edited.id)?.task).toBe("Mine now");
  });
});

describe("hostile JSON banks get a short 400", () => {
  it("refuses nesting 400,000 levels deep as invalid input, naming where", async () => {
    const deep = `{"version":"1.0.0","stories":[{"title":"x","tags":${"[".repeat(400_000)}${"]".repeat(400_000)}}]}`;
    const error = await failure(Bank.importDocument(db, owner(), json(deep)));
    expect(error?.kind).toBe("validation");
    expect(error?.errors[0]?.message).toContain("nest more than 64 deep (line 1, column");
  });

  it("lists at most 100 of 95,000 bad strings, and counts the rest", async () => {
    const questions = Array.from({ length: 95_000 }, () => "\ud800");
    const text = JSON.stringify({ version: "1.0.0", stories: [{ title: "x", questions }] });
    const error = await failure(Bank.importDocument(db, owner(), json(text)));
    expect(error?.kind).toBe("validation");
    expect(error?.errors).toHaveLength(101);
    expect(error?.errors[100]?.message).toBe("…and 94900 more errors like these.");
  });
});
