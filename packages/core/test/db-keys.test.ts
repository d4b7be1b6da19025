import { readFileSync } from "node:fs";
import { type Db, keys, putNew, versioned } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Story from "@storybank/core/story";
import { firstVersion } from "@storybank/core/util";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";

const kinds = {
  story: keys.story,
  practice: keys.practice,
  valueSet: keys.valueSet,
  target: keys.target,
  apiKey: keys.apiKey,
  budget: keys.budget,
  idempotency: keys.idempotency,
  batch: keys.batch,
};

describe("the key map", () => {
  it("builds the keys items have always been stored under", () => {
    expect(keys.ownerPk("u1")).toBe("USER#u1");
    expect(keys.story.sk("sty_1")).toBe("STORY#sty_1");
    expect(keys.practice.sk("sty_1", "prc_2")).toBe("PRACTICE#sty_1#prc_2");
    expect(keys.practiceOf("sty_1")).toBe("PRACTICE#sty_1#");
    expect(keys.valueSet.sk("vst_1")).toBe("VALUESET#vst_1");
    expect(keys.target.sk("tgt_1")).toBe("TARGET#tgt_1");
    expect(keys.apiKey.sk("key_1")).toBe("APIKEY#key_1");
    expect(keys.apiKeyIndex.gsi1pk("abc")).toBe("KEYHASH#abc");
    expect(keys.budget.sk("minute", 60)).toBe("RATE#minute#60");
    expect(keys.idempotency.sk("h")).toBe("IDEMPOTENCY#h");
    expect(keys.batch.sk("b1")).toBe("BATCH#b1");
    expect(keys.batchPage("b1", 7)).toBe("BATCH#b1#00007");
  });

  it("gives each kind a prefix no other kind's keys start with, so a listing never crosses kinds", () => {
    const prefixes = Object.values(kinds).map((kind) => kind.prefix);
    for (const [name, kind] of Object.entries(kinds)) {
      for (const other of prefixes) {
        if (other === kind.prefix) continue;
        expect(kind.prefix.startsWith(other), `${name} under ${other}`).toBe(false);
      }
    }
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it("names every kind, with at least one access pattern, in the module's table", () => {
    const text = readFileSync(new URL("../src/db/keys.ts", import.meta.url), "utf8");
    for (const [name, kind] of Object.entries(kinds)) {
      expect(kind.patterns.length, name).toBeGreaterThan(0);
      expect(text, name).toContain(`| \`${kind.prefix}`);
    }
  });

  it("is what the stores use: a story is read back from the key the map gives", async () => {
    const db = await freshDb();
    const story = await Story.create(db, "u1", { title: "Keyed" });
    const { GetCommand } = await import("@aws-sdk/lib-dynamodb");
    const { Item } = await db.doc.send(
      new GetCommand({
        TableName: db.table,
        Key: { pk: keys.ownerPk("u1"), sk: keys.story.sk(story.id) },
      }),
    );
    expect(Item?.data).toEqual(story);
  });
});

interface Note {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  text: string;
}

describe("a versioned entity", () => {
  let db: Db;
  const sk = (id: string) => `NOTE#${id}`;
  const notes = versioned<Note>({
    what: "Note",
    sk,
    assertFits: (note) => {
      if (note.text.length > 10) throw new AppError("too_large", "note_too_large", "Too long.");
    },
  });
  const make = async (text: string) => {
    const note = firstVersion("story", { text }) as Note;
    await putNew(db, "u1", sk(note.id), note);
    return note;
  };
  beforeAll(async () => {
    db = await freshDb();
  });

  it("writes the next version from the one read", async () => {
    const note = await make("first");
    const next = await notes.update(db, "u1", note.id, 1, (content) => ({
      ...content,
      text: "second",
    }));
    expect(next).toMatchObject({
      id: note.id,
      version: 2,
      text: "second",
      createdAt: note.createdAt,
    });
    expect(await notes.get(db, "u1", note.id)).toEqual(next);
  });

  it("refuses a stale version, a missing item, another owner's item, and an oversized one", async () => {
    const note = await make("first");
    await notes.update(db, "u1", note.id, 1, (content) => content);
    const kindOf = (promise: Promise<unknown>) =>
      promise.then(
        () => "written",
        (error: AppError) => error.kind,
      );
    expect(await kindOf(notes.update(db, "u1", note.id, 1, (c) => c))).toBe("conflict");
    expect(await kindOf(notes.update(db, "u1", "nope", 1, (c) => c))).toBe("not_found");
    expect(await kindOf(notes.get(db, "u2", note.id))).toBe("not_found");
    expect(await kindOf(notes.update(db, "u1", note.id, 2, () => ({ text: "x".repeat(11) })))).toBe(
      "too_large",
    );
    expect((await notes.get(db, "u1", note.id)).version).toBe(2);
  });

  it("lets only one of two writers of the same version land", async () => {
    const note = await make("first");
    const read = await notes.get(db, "u1", note.id);
    const results = await Promise.allSettled([
      notes.write(db, "u1", read, () => ({ text: "a" })),
      notes.write(db, "u1", read, () => ({ text: "b" })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const stored = await notes.get(db, "u1", note.id);
    expect(stored.version).toBe(2);
    const landed = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<Note>;
    expect(stored.text).toBe(landed.value.text);
  });
});
