import type { Db } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof AppError ? error.kind : Promise.reject(error)),
  );

describe("the practice log", () => {
  it("records an entry and counts it in the story's progress", async () => {
    const story = await Story.create(db, "alice", { title: "Timed" });
    const entry = await Practice.record(db, "alice", story.id, { seconds: 58, note: "Smooth" });
    expect(entry).toMatchObject({
      storyId: story.id,
      seconds: 58,
      variant: "refined",
      note: "Smooth",
    });
    expect(entry.id).toMatch(/^prc_[0-9a-z]{26}$/);
    const after = await Story.get(db, "alice", story.id);
    expect(after.progress).toMatchObject({
      practiceCount: 1,
      timedSeconds: 58,
      lastPracticedAt: entry.at,
    });
    expect(after.version).toBe(2);
  });

  it("counts a full telling without taking it for the refined time", async () => {
    const story = await Story.create(db, "alice", { title: "Full" });
    await Practice.record(db, "alice", story.id, { seconds: 52 });
    await Practice.record(db, "alice", story.id, { seconds: 240, variant: "full" });
    const { progress } = await Story.get(db, "alice", story.id);
    expect(progress).toMatchObject({ practiceCount: 2, timedSeconds: 52 });
  });

  it("loses no count to concurrent timers, and no concurrent edit", async () => {
    const story = await Story.create(db, "alice", { title: "Busy" });
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        Practice.record(db, "alice", story.id, { seconds: 40 + i }),
      ),
      Story.update(db, "alice", story.id, { version: 1, tags: ["edited"] }).catch(
        (error: unknown) => {
          if (!(error instanceof AppError && error.kind === "conflict")) throw error;
        },
      ),
    ]);
    const after = await Story.get(db, "alice", story.id);
    expect(after.progress.practiceCount).toBe(20);
    expect(after.version).toBeGreaterThanOrEqual(21);
    const entries = await Practice.list(db, "alice", story.id, { limit: 100 });
    expect(entries.items).toHaveLength(20);
  });

  it("refuses bad input and stores nothing", async () => {
    const story = await Story.create(db, "alice", { title: "Strict" });
    for (const input of [
      {},
      { seconds: 0 },
      { seconds: 12.5 },
      { seconds: 36_001 },
      { seconds: 50, variant: "short" },
      { seconds: 50, at: "2020-01-01T00:00:00.000Z" },
    ]) {
      expect(
        await failure(Practice.record(db, "alice", story.id, input)),
        JSON.stringify(input),
      ).toBe("validation");
    }
    expect((await Practice.list(db, "alice", story.id, {})).items).toEqual([]);
    expect((await Story.get(db, "alice", story.id)).version).toBe(1);
  });

  it("answers not found for a missing or another owner's story, and writes nothing", async () => {
    const story = await Story.create(db, "alice", { title: "Mine" });
    expect(await failure(Practice.record(db, "mallory", story.id, { seconds: 50 }))).toBe(
      "not_found",
    );
    expect(await failure(Practice.record(db, "alice", "sty_none", { seconds: 50 }))).toBe(
      "not_found",
    );
    expect(await failure(Practice.list(db, "mallory", story.id, {}))).toBe("not_found");
    expect(await Practice.all(db, "mallory")).toEqual([]);
    expect((await Story.get(db, "alice", story.id)).progress.practiceCount).toBe(0);
  });

  it("lists a story's entries in pages, and all of an owner's", async () => {
    const owner = "pager";
    const a = await Story.create(db, owner, { title: "A" });
    const b = await Story.create(db, owner, { title: "B" });
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await Practice.record(db, owner, a.id, { seconds: 50 + i }));
    await Practice.record(db, owner, b.id, { seconds: 45 });
    const first = await Practice.list(db, owner, a.id, { limit: 2 });
    expect(first.items.map((e) => e.seconds)).toEqual([50, 51]);
    const rest = await Practice.list(db, owner, a.id, { limit: 10, cursor: first.nextCursor });
    expect(rest.items.map((e) => e.id)).toEqual(made.slice(2).map((e) => e.id));
    expect(rest.nextCursor).toBeNull();
    const all = await Practice.all(db, owner);
    expect(all).toHaveLength(6);
    expect(all.filter((e) => e.storyId === b.id)).toHaveLength(1);
  });
});
