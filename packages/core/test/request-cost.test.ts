import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as ApiKey from "@storybank/core/apikey";
import { type Db, keys, ownerPk } from "@storybank/core/db";
import type * as RateLimits from "@storybank/core/ratelimit";
import type { Limit, RateLimited } from "@storybank/core/ratelimit";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";

type RateLimitModule = typeof RateLimits;
type ApiKeyModule = typeof ApiKey;

/** A fresh copy of a module, with its own in-memory state: another Lambda instance. */
async function anotherInstance<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}

/** Store calls made through `db`, by command name. */
function countCalls(db: Db): Map<string, number> {
  const calls = new Map<string, number>();
  db.doc.middlewareStack.add(
    (next, context) => (args) => {
      const name = String(context.commandName);
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: "initialize", name: `countCalls${Math.random()}` },
  );
  return calls;
}

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

/** A fixed instant in the middle of a minute, so every count here lands in one window. */
const at = Date.UTC(2026, 10, 30, 12, 0, 20);

const storedHits = async (owner: string, limit: Limit, from: Db = db) => {
  const windowStart = Math.floor(at / 1000) - (Math.floor(at / 1000) % limit.windowSeconds);
  const { Item } = await from.doc.send(
    new GetCommand({
      TableName: from.table,
      Key: { pk: ownerPk(owner), sk: keys.budget.sk(limit.name, windowStart) },
      ConsistentRead: true,
    }),
  );
  return Number(Item?.hits ?? 0);
};

describe("request budgets counted per instance", () => {
  const limit: Limit = { name: "requests", max: 100, windowSeconds: 60 };

  it("write one atomic add per 5 requests while a 100-request budget is under half spent", async () => {
    const rl: RateLimitModule = await anotherInstance(() => import("@storybank/core/ratelimit"));
    const counted = await freshDb();
    const calls = countCalls(counted);
    const owner = `tally-${Date.now()}`;
    for (let i = 0; i < 40; i++) await rl.tally(counted, owner, limit, at);
    expect(calls.get("UpdateItemCommand")).toBe(8);
    expect(await storedHits(owner, limit, counted)).toBe(40);
  });

  it("count every request in the store past half the budget, and refuse at it", async () => {
    const rl: RateLimitModule = await anotherInstance(() => import("@storybank/core/ratelimit"));
    const owner = `tally-half-${Date.now()}`;
    let admitted = 0;
    for (let i = 0; i < 120; i++) {
      try {
        await rl.tally(db, owner, limit, at);
        admitted++;
      } catch (error) {
        expect((error as RateLimited).code).toBe("rate_limited");
      }
    }
    expect(admitted).toBe(100);
    expect(await storedHits(owner, limit)).toBe(100);
  });

  it("hold across two instances within one batch each", async () => {
    const a: RateLimitModule = await anotherInstance(() => import("@storybank/core/ratelimit"));
    const b: RateLimitModule = await anotherInstance(() => import("@storybank/core/ratelimit"));
    expect(a.tally).not.toBe(b.tally);
    const owner = `tally-two-${Date.now()}`;
    let admitted = 0;
    for (let i = 0; i < 150; i++) {
      try {
        await (i % 2 === 0 ? a : b).tally(db, owner, limit, at);
        admitted++;
      } catch (error) {
        expect((error as RateLimited).code).toBe("rate_limited");
      }
    }
    const batch = limit.max / 20;
    expect(admitted).toBeGreaterThanOrEqual(limit.max);
    expect(admitted).toBeLessThanOrEqual(limit.max + 2 * batch);
  });

  it("stay exact, one store add per request, for budgets under 40", async () => {
    const rl: RateLimitModule = await anotherInstance(() => import("@storybank/core/ratelimit"));
    const counted = await freshDb();
    const calls = countCalls(counted);
    const owner = `tally-small-${Date.now()}`;
    const small: Limit = { name: "requests", max: 30, windowSeconds: 60 };
    for (let i = 0; i < 10; i++) await rl.tally(counted, owner, small, at);
    expect(calls.get("UpdateItemCommand")).toBe(10);
  });
});

describe("API key revocation", () => {
  it("reads a busy key once per REVOCATION_SECONDS per instance", async () => {
    const keys: ApiKeyModule = await anotherInstance(() => import("@storybank/core/apikey"));
    const owner = `revoke-reads-${Date.now()}`;
    const { key } = await ApiKey.create(db, owner, { name: "busy" });
    const counted = await freshDb();
    // The same table through a counting client.
    const calls = countCalls(counted);
    const same: Db = { doc: counted.doc, table: db.table };
    const start = Date.now();
    for (let i = 0; i < 20; i++)
      expect(await keys.verify(same, key, start + i * 100)).toBeDefined();
    // 20 requests over 2 s: the index query and one consistent read.
    expect(calls.get("GetItemCommand")).toBe(1);
    expect(calls.get("QueryCommand")).toBe(1);
    await keys.verify(same, key, start + keys.REVOCATION_SECONDS * 1000 + 1);
    expect(calls.get("GetItemCommand")).toBe(2);
  });

  it("stops a key revoked by another instance within REVOCATION_SECONDS, and at once in its own", async () => {
    const here: ApiKeyModule = await anotherInstance(() => import("@storybank/core/apikey"));
    const elsewhere: ApiKeyModule = await anotherInstance(() => import("@storybank/core/apikey"));
    const owner = `revoke-${Date.now()}`;
    const { key, id } = await here.create(db, owner, { name: "to revoke" });
    const start = Date.now();
    expect(await here.verify(db, key, start)).toMatchObject({ owner });
    expect(await elsewhere.verify(db, key, start)).toMatchObject({ owner });

    await elsewhere.revoke(db, owner, id);
    expect(await elsewhere.verify(db, key, start + 1)).toBeUndefined();
    // The other instance trusts what it confirmed for at most REVOCATION_SECONDS.
    expect(here.REVOCATION_SECONDS).toBe(5);
    expect(await here.verify(db, key, start + 1_000)).toBeDefined();
    expect(await here.verify(db, key, start + here.REVOCATION_SECONDS * 1000 + 1)).toBeUndefined();
  });
});
