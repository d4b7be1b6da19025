import { AppError } from "@storybank/core/error";
import type { Db } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb, makeStory } from "../../../tests/support/harness.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const errorKind = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.kind : `unexpected: ${String(error)}`),
  );

describe("stories in DynamoDB", () => {
  it("creates a story with defaults and server-owned fields", async () => {
    const story = await Story.create(db, "alice", { title: "Only a title" });
    expect(story.id).toMatch(/^sty_[0-9a-z]{26}$/);
    expect(story.version).toBe(1);
    expect(story.kind).toBe("other");
    expect(story.actions).toEqual([]);
    expect(story.progress).toMatchObject({ drafted: false, practiceCount: 0, timedSeconds: null });
    expect(await Story.get(db, "alice", story.id)).toEqual(story);
  });

  it("keeps every field of a full story exactly", async () => {
    const input = makeStory();
    const story = await Story.create(db, "alice", input);
    const { progress, ...rest } = input;
    expect(story).toMatchObject(rest);
    expect(story.progress).toEqual({ ...progress, lastPracticedAt: null });
  });

  it("refuses a stale version and keeps the newer write", async () => {
    const story = await Story.create(db, "alice", { title: "v1" });
    await Story.update(db, "alice", story.id, { version: 1, title: "v2" });
    expect(
      await errorKind(Story.update(db, "alice", story.id, { version: 1, title: "stale" })),
    ).toBe("conflict");
    expect((await Story.get(db, "alice", story.id)).title).toBe("v2");
  });

  it("loses none of 50 concurrent read-modify-write updates", async () => {
    const story = await Story.create(db, "alice", { title: "Race", tags: [] });
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        for (;;) {
          const current = await Story.get(db, "alice", story.id);
          try {
            await Story.update(db, "alice", story.id, {
              version: current.version,
              coachingNotes: [...current.coachingNotes, `note ${i}`].slice(-20),
              tags: current.tags.length < 20 ? [...current.tags, `t${i}`] : current.tags,
              progress: { practiceCount: current.progress.practiceCount + 1 },
            });
            return;
          } catch (error) {
            if (error instanceof AppError && error.kind === "conflict") {
              conflicts += 1;
              continue;
            }
            throw error;
          }
        }
      }),
    );
    const final = await Story.get(db, "alice", story.id);
    expect(final.progress.practiceCount).toBe(50);
    expect(final.version).toBe(51);
    expect(conflicts).toBeGreaterThan(0);
  });

  it("merges context, delivery and progress key by key on update", async () => {
    const story = await Story.create(db, "alice", makeStory());
    const next = await Story.update(db, "alice", story.id, {
      version: 1,
      progress: { refined: true },
      context: { role: "Principal engineer" },
    });
    expect(next.progress).toMatchObject({ drafted: true, refined: true });
    expect(next.context).toMatchObject({ company: "Kestrel Freight", role: "Principal engineer" });
  });

  it("treats another owner's story as missing", async () => {
    const story = await Story.create(db, "alice", { title: "Private" });
    expect(await errorKind(Story.get(db, "mallory", story.id))).toBe("not_found");
    expect(await errorKind(Story.update(db, "mallory", story.id, { version: 1, title: "x" }))).toBe(
      "not_found",
    );
    expect(await errorKind(Story.remove(db, "mallory", story.id))).toBe("not_found");
    expect((await Story.get(db, "alice", story.id)).title).toBe("Private");
  });

  it("pages through every story once, in creation order", async () => {
    const owner = "pager";
    const made = [];
    for (let i = 0; i < 23; i++) made.push(await Story.create(db, owner, { title: `S${i}` }));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await Story.list(db, owner, { limit: 5, cursor });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(made.map((s) => s.id));
    expect(pages).toBe(5);
  });

  it("filters by tag, kind, value and free text across pages", async () => {
    const owner = "filters";
    for (let i = 0; i < 30; i++) {
      await Story.create(db, owner, {
        title: i % 3 === 0 ? `Latency win ${i}` : `Other ${i}`,
        kind: i % 2 === 0 ? "failure" : "achievement",
        tags: i % 5 === 0 ? ["Security"] : [],
        values: i % 7 === 0 ? [{ valueSetId: "amazon-lp-2021", valueKey: "ownership" }] : [],
      });
    }
    const collect = async (query: Record<string, unknown>) => {
      const titles: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await Story.list(db, owner, { ...query, limit: 2, cursor });
        titles.push(...page.items.map((s) => s.title));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return titles;
    };
    expect(await collect({ tag: "security" })).toHaveLength(6);
    expect(await collect({ kind: "failure" })).toHaveLength(15);
    expect(await collect({ value: "ownership" })).toHaveLength(5);
    expect(await collect({ value: "amazon-lp-2021:ownership" })).toHaveLength(5);
    expect(await collect({ value: "netflix-2024:ownership" })).toHaveLength(0);
    expect(await collect({ q: "LATENCY" })).toHaveLength(10);
    expect(await collect({ q: "latency", kind: "failure" })).toHaveLength(5);
  });

  it("refuses a cursor made for another owner", async () => {
    for (let i = 0; i < 3; i++) await Story.create(db, "cursor-a", { title: `A${i}` });
    const page = await Story.list(db, "cursor-a", { limit: 1 });
    expect(page.nextCursor).not.toBeNull();
    expect(await errorKind(Story.list(db, "cursor-b", { limit: 1, cursor: page.nextCursor }))).toBe(
      "validation",
    );
    expect(await errorKind(Story.list(db, "cursor-a", { limit: 1, cursor: "garbage" }))).toBe(
      "validation",
    );
  });

  it("refuses a story over the size limit and stores nothing", async () => {
    const big = "字".repeat(3_900);
    const sections = Array.from({ length: 10 }, () => ({
      heading: "h",
      points: Array(12).fill(big.slice(0, 1_000)),
    }));
    const input = {
      title: "Huge",
      situation: big,
      task: big,
      lessons: big,
      differently: big,
      takeaway: big,
      draft: big + big,
      refined: big,
      actions: sections,
      results: sections,
    };
    const before = (await Story.list(db, "huge", { limit: 10 })).items.length;
    expect(await errorKind(Story.create(db, "huge", input))).toBe("too_large");
    expect((await Story.list(db, "huge", { limit: 10 })).items.length).toBe(before);
  });
});
