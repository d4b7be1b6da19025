import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { authenticator } from "@storybank/core/auth";
import { type Db, keys, ownerPk } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { type Harness, harness, makeStory } from "../support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

type Limits = Parameters<typeof createApp>[0]["limits"];

/** The budgets' clock: the middle of the current minute, fixed, so no window turns mid-test. */
const at = Math.floor(Date.now() / 60_000) * 60_000 + 30_000;

/**
 * An app on the shared table whose store calls are logged by command name, its budgets counted
 * at `at` unless the limits bring a clock of their own.
 */
function spiedApp(limits: Limits) {
  const sent: string[] = [];
  const db: Db = {
    ...h.db,
    doc: {
      send: (command: { constructor: { name: string } }) => {
        sent.push(command.constructor.name);
        return h.db.doc.send(command as never);
      },
    } as unknown as Db["doc"],
  };
  const app = createApp({
    db,
    authenticate: authenticator(db, h.jwt),
    limits: { clock: () => at, ...limits },
  });
  const call = (token: string, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body ? { "Content-Type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  return { app, sent, call };
}

/** The owner's spent daily exports on the day of `at`, as the store keeps them. */
async function exportsSpent(owner: string): Promise<number> {
  const day = Math.floor(at / 1000);
  const { Item } = await h.db.doc.send(
    new GetCommand({
      TableName: h.db.table,
      Key: { pk: ownerPk(owner), sk: keys.budget.sk("daily:exports", day - (day % 86_400)) },
      ConsistentRead: true,
    }),
  );
  return Number(Item?.hits ?? 0);
}

/** A user with one story and one target, written by core (so no request budget is spent). */
async function userWithTarget(sub: string) {
  const owner = `jwt:${sub}`;
  const story = await Story.create(h.db, owner, makeStory());
  const target = await Target.create(h.db, owner, {
    company: "Stripe",
    valueSetIds: ["staff-plus"],
  });
  return { token: await h.sign({ sub }), owner, storyId: story.id, targetId: target.id };
}

describe("the daily export budget", () => {
  it("is spent by HEAD as by GET, on the export and on the cheat sheet", async () => {
    const { token, owner, targetId } = await userWithTarget(`head-${Date.now()}`);
    const { call } = spiedApp({ exportsPerDay: 3 });
    expect((await call(token, "HEAD", "/v1/export")).status).toBe(200);
    expect(
      (await call(token, "HEAD", `/v1/targets/${targetId}/cheat-sheet?format=json`)).status,
    ).toBe(200);
    expect(await exportsSpent(owner)).toBe(2);
    expect((await call(token, "GET", "/v1/export")).status).toBe(200);
    expect((await call(token, "HEAD", "/v1/export")).status).toBe(429);
    expect((await call(token, "GET", `/v1/targets/${targetId}/cheat-sheet`)).status).toBe(429);
    expect(await exportsSpent(owner)).toBe(3);
  });

  it("is not spent by a request refused for a missing scope", async () => {
    const { owner, targetId } = await userWithTarget(`scope-${Date.now()}`);
    const sub = owner.slice("jwt:".length);
    const readOnly = await h.sign({ sub, scope: "read" });
    const { call } = spiedApp({ exportsPerDay: 1 });
    for (const method of ["GET", "HEAD"]) {
      expect((await call(readOnly, method, "/v1/export")).status).toBe(403);
      expect((await call(readOnly, method, `/v1/targets/${targetId}/cheat-sheet`)).status).toBe(
        403,
      );
    }
    const graphql = await call(readOnly, "POST", "/graphql", { query: "{ exportBank }" });
    expect((await graphql.json()).errors[0].extensions.code).toBe("FORBIDDEN");
    expect(await exportsSpent(owner)).toBe(0);
    const full = await h.sign({ sub });
    expect((await call(full, "GET", "/v1/export")).status).toBe(200);
  });

  it("is not spent by a request refused by the minute budget", async () => {
    const { token, owner, targetId } = await userWithTarget(`minute-${Date.now()}`);
    const { call } = spiedApp({ perUserPerMinute: 2, exportsPerDay: 10 });
    expect((await call(token, "GET", "/v1/stories")).status).toBe(200);
    expect((await call(token, "GET", "/v1/stories")).status).toBe(200);
    for (const method of ["GET", "HEAD"]) {
      expect((await call(token, method, "/v1/export")).status).toBe(429);
      expect((await call(token, method, `/v1/targets/${targetId}/cheat-sheet`)).status).toBe(429);
    }
    const graphql = await call(token, "POST", "/graphql", { query: "{ exportBank }" });
    expect(graphql.status).toBe(429);
    expect(await exportsSpent(owner)).toBe(0);
  });

  it("caps key creation only once the credential may make the key", async () => {
    const owner = `keys-${Date.now()}`;
    const writeOnly = await h.apiKey(owner, ["write"]);
    const full = await h.apiKey(owner);
    const { call } = spiedApp({ keysPerDay: 1 });
    for (let i = 0; i < 3; i++) {
      expect((await call(writeOnly, "POST", "/v1/api-keys", { name: "k" })).status).toBe(403);
    }
    expect((await call(full, "POST", "/v1/api-keys", { name: "k" })).status).toBe(201);
    expect((await call(full, "POST", "/v1/api-keys", { name: "k" })).status).toBe(429);
  });
});

describe("a request over the minute budget", () => {
  it("is refused before it runs: only the count reaches the store", async () => {
    const { token, storyId, targetId } = await userWithTarget(`over-${Date.now()}`);
    const { call, sent } = spiedApp({ perUserPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await call(token, "GET", "/v1/stories")).status).toBe(200);
    const paths = [
      `/v1/targets/${targetId}/tailoring`,
      `/v1/stories/${storyId}`,
      `/v1/stories/${storyId}/check`,
      "/v1/stories?text=tracking",
      `/v1/targets/${targetId}`,
    ];
    for (const path of paths) {
      for (const method of ["GET", "HEAD"]) {
        sent.length = 0;
        const res = await call(token, method, path);
        expect(res.status, `${method} ${path}`).toBe(429);
        expect(sent, `${method} ${path}`).toEqual(["UpdateCommand"]);
      }
    }
    sent.length = 0;
    expect(
      (await call(token, "PATCH", `/v1/stories/${storyId}`, { version: 1, title: "x" })).status,
    ).toBe(429);
    expect(sent).toEqual(["UpdateCommand"]);
  });

  it("is served again once the clock reaches the next minute", async () => {
    const { token } = await userWithTarget(`next-minute-${Date.now()}`);
    let now = at;
    const { call } = spiedApp({ perUserPerMinute: 2, clock: () => now });
    expect((await call(token, "GET", "/v1/stories")).status).toBe(200);
    expect((await call(token, "GET", "/v1/stories")).status).toBe(200);
    const refused = await call(token, "GET", "/v1/stories");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("30");
    now = at + 29_000;
    expect((await call(token, "GET", "/v1/stories")).status).toBe(429);
    now = at + 30_000;
    expect((await call(token, "GET", "/v1/stories")).status).toBe(200);
  });

  it("costs an API key's caller one count per budget and nothing more", async () => {
    const owner = `over-key-${Date.now()}`;
    const key = await h.apiKey(owner, ["read"]);
    const { call, sent } = spiedApp({ perKeyPerMinute: 2, perUserPerMinute: 1000 });
    expect((await call(key, "GET", "/v1/stories")).status).toBe(200);
    expect((await call(key, "GET", "/v1/stories")).status).toBe(200);
    sent.length = 0;
    expect((await call(key, "GET", "/v1/stories")).status).toBe(429);
    expect(sent.filter((name) => name === "QueryCommand")).toHaveLength(0);
  });
});
