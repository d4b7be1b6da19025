import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const post = (user: User, key: string, body: unknown, path = "/v1/stories") =>
  user.request("POST", path, body, { "Idempotency-Key": key });

describe("Idempotency-Key on POST", () => {
  it("replays the first response for the same key and body", async () => {
    const user = await h.withUser();
    const first = await post(user, "k-1", { title: "Once" });
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    const again = await post(user, "k-1", { title: "Once" });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(firstBody);
    expect((await user.json("GET", "/v1/stories")).body.items).toHaveLength(1);
  });

  it("refuses the same key with another body", async () => {
    const user = await h.withUser();
    expect((await post(user, "k-2", { title: "A" })).status).toBe(201);
    const other = await post(user, "k-2", { title: "B" });
    expect(other.status).toBe(400);
    expect((await other.json()).type).toContain("idempotency_key_reused");
    expect((await user.json("GET", "/v1/stories")).body.items.map((s: any) => s.title)).toEqual([
      "A",
    ]);
  });

  it("creates exactly one story from 10 parallel POSTs with one key", async () => {
    const user = await h.withUser();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post(user, "k-par", { title: "Parallel" })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect((await user.json("GET", "/v1/stories")).body.items).toHaveLength(1);
    const retry = await post(user, "k-par", { title: "Parallel" });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await user.json("GET", "/v1/stories")).body.items).toHaveLength(1);
  });

  it("keeps keys per owner", async () => {
    const a = await h.withUser();
    const b = await h.withUser();
    expect((await post(a, "shared", { title: "Mine" })).status).toBe(201);
    const other = await post(b, "shared", { title: "Mine" });
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    expect((await b.json("GET", "/v1/stories")).body.items).toHaveLength(1);
  });

  it("releases a key whose request failed validation, and refuses malformed keys", async () => {
    const user = await h.withUser();
    expect((await post(user, "k-bad", { title: "" })).status).toBe(400);
    expect((await post(user, "k-bad", { title: "Fixed" })).status).toBe(201);
    expect((await post(user, "x".repeat(256), { title: "t" })).status).toBe(400);
    expect((await post(user, "bad key", { title: "t" })).status).toBe(400);
    expect((await user.json("GET", "/v1/stories")).body.items).toHaveLength(1);
  });
});
