import type { Db } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof AppError ? error : Promise.reject(error)),
  );

describe("targets in DynamoDB", () => {
  it("creates a target with defaults and server-owned fields", async () => {
    const target = await Target.create(db, "alice", { company: "Stripe" });
    expect(target).toMatchObject({
      company: "Stripe",
      role: "",
      valueSetIds: [],
      interviewDate: null,
      questions: [],
      notes: "",
      told: [],
      version: 1,
    });
    expect(target.id).toMatch(/^tgt_[0-9a-z]{26}$/);
    expect(await Target.get(db, "alice", target.id)).toEqual(target);
  });

  it("keeps a full target, with its told log", async () => {
    const own = await ValueSet.create(db, "alice", {
      company: "Acme",
      name: "Acme values",
      values: [{ key: "craft", name: "Craft" }],
    });
    const input = {
      company: "Stripe",
      role: "Staff engineer, payments",
      valueSetIds: ["stripe-2025", own.id],
      interviewDate: "2025-06-06",
      questions: ["Tell me about a time you moved fast"],
      notes: "Loop of five; bar raiser last.",
      told: [{ storyId: "sty_x", round: "Phone screen", interviewer: "Ana", date: "2025-06-02" }],
    };
    const target = await Target.create(db, "alice", input);
    expect(target).toMatchObject(input);
    expect(
      (await Target.create(db, "alice", { company: "X", told: [{ storyId: "sty_y" }] })).told,
    ).toEqual([{ storyId: "sty_y", round: "", interviewer: "", date: null }]);
  });

  it("refuses unknown, duplicate and other owners' value sets", async () => {
    const bobs = await ValueSet.create(db, "bob", {
      company: "Bob",
      name: "Bob's",
      values: [{ key: "k", name: "K" }],
    });
    const error = await failure(
      Target.create(db, "alice", {
        company: "X",
        valueSetIds: ["nope", "stripe-2025", "stripe-2025", bobs.id],
      }),
    );
    expect(error?.kind).toBe("validation");
    expect(error?.errors.map((e) => e.path)).toEqual([
      "valueSetIds.2",
      "valueSetIds.0",
      "valueSetIds.3",
    ]);
  });

  it("refuses bad input and server-owned fields", async () => {
    for (const input of [
      {},
      { company: "" },
      { company: "X", interviewDate: "next week" },
      { company: "X", id: "tgt_mine" },
      { company: "X", version: 3 },
      { company: "X", told: [{ round: "1" }] },
    ]) {
      expect((await failure(Target.create(db, "alice", input)))?.kind, JSON.stringify(input)).toBe(
        "validation",
      );
    }
  });

  it("updates with the version read, and refuses a stale one", async () => {
    const target = await Target.create(db, "alice", { company: "Netflix" });
    const next = await Target.update(db, "alice", target.id, {
      version: 1,
      role: "Senior",
      valueSetIds: ["netflix-2024"],
    });
    expect(next).toMatchObject({ company: "Netflix", role: "Senior", version: 2 });
    expect(next.createdAt).toBe(target.createdAt);
    expect(
      (await failure(Target.update(db, "alice", target.id, { version: 1, role: "x" })))?.kind,
    ).toBe("conflict");
    expect(
      (await failure(Target.update(db, "alice", target.id, { version: 2, valueSetIds: ["x"] })))
        ?.kind,
    ).toBe("validation");
    expect(await Target.get(db, "alice", target.id)).toEqual(next);
  });

  it("treats another owner's target as missing", async () => {
    const target = await Target.create(db, "alice", { company: "Private" });
    expect((await failure(Target.get(db, "mallory", target.id)))?.kind).toBe("not_found");
    expect((await failure(Target.update(db, "mallory", target.id, { version: 1 })))?.kind).toBe(
      "not_found",
    );
    expect((await failure(Target.remove(db, "mallory", target.id)))?.kind).toBe("not_found");
    expect((await Target.all(db, "mallory")).map((t) => t.id)).not.toContain(target.id);
  });

  it("lists in pages and reads all, oldest first, and deletes", async () => {
    const owner = "lister";
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await Target.create(db, owner, { company: `C${i}` }));
    const first = await Target.list(db, owner, { limit: 3 });
    expect(first.items.map((t) => t.id)).toEqual(made.slice(0, 3).map((t) => t.id));
    const second = await Target.list(db, owner, { limit: 3, cursor: first.nextCursor });
    expect(second).toEqual({ items: made.slice(3), nextCursor: null });
    await Target.remove(db, owner, made[0]!.id);
    expect((await Target.all(db, owner)).map((t) => t.id)).toEqual(made.slice(1).map((t) => t.id));
    expect((await failure(Target.get(db, owner, made[0]!.id)))?.kind).toBe("not_found");
  });
});
