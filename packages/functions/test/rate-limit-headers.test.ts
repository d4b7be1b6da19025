import { authenticator } from "@storybank/core/auth";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/rest/app.ts";
import { type Harness, harness } from "../../../tests/support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** Fixed windows turn over each minute; start a burst well inside one. */
async function awayFromWindowEdge() {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
}

describe("RateLimit-* headers", () => {
  it("count down the tightest minute budget and reach 0 at the 429", async () => {
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      limits: { perUserPerMinute: 100, perKeyPerMinute: 3 },
    });
    const key = await h.apiKey(`rl-headers-${Date.now()}`, ["read"]);
    await awayFromWindowEdge();
    const seen: (string | null)[][] = [];
    for (let i = 0; i < 4; i++) {
      const res = await app.request("/v1/stories", { headers: { Authorization: `Bearer ${key}` } });
      seen.push([
        String(res.status),
        res.headers.get("RateLimit-Limit"),
        res.headers.get("RateLimit-Remaining"),
      ]);
      const reset = Number(res.headers.get("RateLimit-Reset"));
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(60);
    }
    expect(seen).toEqual([
      ["200", "3", "2"],
      ["200", "3", "1"],
      ["200", "3", "0"],
      ["429", "3", "0"],
    ]);
  });

  it("are sent on writes, with the user's budget when no key is used", async () => {
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      limits: { perUserPerMinute: 50 },
    });
    const token = await h.sign({ sub: `rl-write-${Date.now()}` });
    await awayFromWindowEdge();
    const res = await app.request("/v1/stories", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Counted" }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("RateLimit-Limit")).toBe("50");
    expect(res.headers.get("RateLimit-Remaining")).toBe("49");
  });
});
