import { authenticator } from "@storybank/core/auth";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { type Harness, harness } from "../support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** Two app instances on one table stand for two Lambda instances. */
const instances = (limits: Parameters<typeof createApp>[0]["limits"]) =>
  [0, 1].map(() =>
    createApp({ db: h.db, authenticate: authenticator(h.db, h.jwt), limits: { clock, ...limits } }),
  );

const get = (app: ReturnType<typeof createApp>, token: string, path = "/v1/stories") =>
  app.request(path, { headers: { Authorization: `Bearer ${token}` } });

/** The budgets' clock: the middle of the current minute, fixed, so no window turns mid-test. */
const at = Math.floor(Date.now() / 60_000) * 60_000 + 30_000;
const clock = () => at;

describe("rate limits", () => {
  it("hold per user across instances and answer 429 with Retry-After", async () => {
    const [one, two] = instances({ perUserPerMinute: 6 });
    const token = await h.sign({ sub: `rl-${Date.now()}` });
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await get(i % 2 ? two! : one!, token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    const limited = await get(one!, token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("30");
    expect(limited.headers.get("content-type")).toContain("application/problem+json");
    const otherUser = await h.sign({ sub: `rl-other-${Date.now()}` });
    expect((await get(two!, otherUser)).status).toBe(200);
  });

  it("hold per API key, apart from the owner's other keys", async () => {
    const [one, two] = instances({ perKeyPerMinute: 3, perUserPerMinute: 1000 });
    const owner = `key-owner-${Date.now()}`;
    const first = await h.apiKey(owner, ["read"]);
    const second = await h.apiKey(owner, ["read"]);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(i % 2 ? two! : one!, first)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await get(one!, second)).status).toBe(200);
  });

  it("caps key creation per day", async () => {
    const [app] = instances({ keysPerDay: 2 });
    const token = await h.sign({ sub: `keys-${Date.now()}` });
    const create = () =>
      app!.request("/v1/api-keys", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "k" }),
      });
    expect((await create()).status).toBe(201);
    expect((await create()).status).toBe(201);
    const third = await create();
    expect(third.status).toBe(429);
    const secondsLeftToday = 86_400 - (Math.floor(at / 1000) % 86_400);
    expect(Number(third.headers.get("retry-after"))).toBe(secondsLeftToday);
    expect((await get(app!, token, "/v1/api-keys")).status).toBe(200);
    expect((await (await get(app!, token, "/v1/api-keys")).json()).items).toHaveLength(2);
  });
});
