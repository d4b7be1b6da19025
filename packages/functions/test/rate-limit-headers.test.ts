import { authenticator } from "@storybank/core/auth";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/rest/app.ts";
import { type Harness, harness } from "../../../tests/support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** The budgets' clock: the middle of the current minute, fixed, so no window turns mid-test. */
const at = Math.floor(Date.now() / 60_000) * 60_000 + 30_000;
const clock = () => at;

describe("RateLimit-* headers", () => {
  it("count down the tightest minute budget and reach 0 at the 429", async () => {
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      limits: { perUserPerMinute: 100, perKeyPerMinute: 3, clock },
    });
    const key = await h.apiKey(`rl-headers-${Date.now()}`, ["read"]);
    const seen: (string | null)[][] = [];
    for (let i = 0; i < 4; i++) {
      const res = await app.request("/v1/stories", { headers: { Authorization: `Bearer ${key}` } });
      seen.push([
        String(res.status),
        res.headers.get("RateLimit-Limit"),
        res.headers.get("RateLimit-Remaining"),
      ]);
      expect(res.headers.get("RateLimit-Reset")).toBe("30");
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
      limits: { perUserPerMinute: 50, clock },
    });
    const token = await h.sign({ sub: `rl-write-${Date.now()}` });
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
