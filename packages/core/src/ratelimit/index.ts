import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type Principal, requireScope } from "../auth/index.ts";
import { type Db, keys, ownerPk } from "../db/index.ts";
import { AppError } from "../error/index.ts";

/**
 * Fixed-window rate limits whose counters live in the table, so a limit holds across every
 * Lambda instance and process: one atomic, conditional increment per counted request.
 */
export interface Limit {
  /** What is counted, e.g. `requests` or `key:<id>` or `exports`. */
  name: string;
  max: number;
  windowSeconds: number;
}

export class RateLimited extends AppError {
  constructor(
    readonly limit: Limit,
    readonly retryAfterSeconds: number,
  ) {
    super(
      "rate_limited",
      "rate_limited",
      `Too many requests: at most ${limit.max} per ${describeWindow(limit.windowSeconds)}. Retry in ${retryAfterSeconds} s.`,
    );
  }
}

const describeWindow = (seconds: number) =>
  seconds === 86_400
    ? "day"
    : seconds === 3_600
      ? "hour"
      : seconds === 60
        ? "minute"
        : `${seconds} s`;

/**
 * What this process last saw of each counter in its current window (the store answers the new
 * count with every hit, at no extra cost). Bounded; an entry of a past window counts as unseen.
 */
const seen = new Map<string, { windowStart: number; hits: number }>();
const MAX_SEEN = 10_000;

function remember(id: string, windowStart: number, hits: number) {
  if (!seen.has(id) && seen.size >= MAX_SEEN) seen.delete(seen.keys().next().value!);
  seen.set(id, { windowStart, hits });
}

const windowOf = (limit: Limit, now: number) => {
  const nowSeconds = Math.floor(now / 1000);
  const windowStart = nowSeconds - (nowSeconds % limit.windowSeconds);
  return { nowSeconds, windowStart, windowEnd: windowStart + limit.windowSeconds };
};

/**
 * The store key of `owner`'s counter of `limit` in the window starting at `windowStart` (epoch
 * seconds): the budget counter of `db/keys.ts`.
 */
export const counterKey = (owner: string, limit: Limit, windowStart: number) => ({
  pk: ownerPk(owner),
  sk: keys.budget.sk(limit.name, windowStart),
});

const counterId = (owner: string, limit: Limit) =>
  `${owner}\n${limit.name}\n${limit.windowSeconds}`;

/**
 * Counts `amount` hits (1 by default) against `limit` for `owner` in one atomic, conditional
 * add; throws RateLimited when they do not all fit in the window. Refused hits are not counted.
 * Answers the window's count after them. Counter items carry `expiresAt` (epoch seconds) for
 * DynamoDB TTL.
 */
export async function hit(
  db: Db,
  owner: string,
  limit: Limit,
  now = Date.now(),
  amount = 1,
): Promise<number> {
  const { nowSeconds, windowStart, windowEnd } = windowOf(limit, now);
  const id = counterId(owner, limit);
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: counterKey(owner, limit, windowStart),
        UpdateExpression: "ADD hits :amount SET expiresAt = :expires",
        ConditionExpression: "attribute_not_exists(hits) OR hits <= :room",
        ExpressionAttributeValues: {
          ":amount": amount,
          ":room": limit.max - amount,
          ":expires": windowEnd + 3_600,
        },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    const hits = Number(Attributes?.hits ?? amount);
    remember(id, windowStart, hits);
    return hits;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") {
      remember(id, windowStart, limit.max);
      throw new RateLimited(limit, Math.max(1, windowEnd - nowSeconds));
    }
    throw error;
  }
}

/** Adds `amount` hits to the window's counter whatever it holds; answers the new count. */
async function addHits(db: Db, owner: string, limit: Limit, now: number, amount: number) {
  const { windowStart, windowEnd } = windowOf(limit, now);
  const { Attributes } = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: counterKey(owner, limit, windowStart),
      UpdateExpression: "ADD hits :amount SET expiresAt = :expires",
      ExpressionAttributeValues: { ":amount": amount, ":expires": windowEnd + 3_600 },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return Number(Attributes?.hits ?? amount);
}

/**
 * One part in this many of a budget may be admitted by a process before it adds them to the
 * store (a minute budget of 600 requests: 30). See `tally`.
 */
export const DEFERRED_SHARE = 20;

/**
 * Requests this process admitted and has not yet added to the store (`pending`), and the store's
 * count as this process last learned it (`known`), per counter and window. Bounded.
 */
const tallies = new Map<string, { windowStart: number; known: number; pending: number }>();

/**
 * Counts one request against a budget the way a Lambda fleet can afford: while this process's
 * view of the window (the store's count it last learned plus what it admitted since) is at most
 * half the budget, the request is admitted in memory, and every `max / DEFERRED_SHARE` such
 * requests are added to the store in one atomic add, which also tells the process the window's
 * count across every instance. Past half the budget, and always for budgets under
 * `2 × DEFERRED_SHARE`, each request is counted in the store before it runs (exact, as `hit`),
 * together with what was pending. So a GET costs a write only once per 30 requests (for a
 * 600-a-minute budget) and a budget is never exceeded by more than `max / DEFERRED_SHARE` per
 * instance serving the same caller in that minute. What a process admitted in a window that has
 * ended is forgotten, never written: it no longer limits anything. Throws RateLimited as `hit`.
 * Answers the window's count as this process sees it.
 */
export async function tally(
  db: Db,
  owner: string,
  limit: Limit,
  now = Date.now(),
): Promise<number> {
  const batch = Math.floor(limit.max / DEFERRED_SHARE);
  const { windowStart } = windowOf(limit, now);
  const id = counterId(owner, limit);
  let entry = tallies.get(id);
  if (!entry || entry.windowStart !== windowStart) {
    tallies.delete(id);
    if (tallies.size >= MAX_SEEN) tallies.delete(tallies.keys().next().value!);
    entry = { windowStart, known: 0, pending: 0 };
    tallies.set(id, entry);
  }
  if (batch < 2 || (entry.known + entry.pending + 1) * 2 > limit.max) {
    const amount = entry.pending + 1;
    entry.pending = 0;
    let hits: number;
    try {
      hits = await hit(db, owner, limit, now, amount);
    } catch (error) {
      // What was pending may not fit beside this request: count this one alone.
      if (!(error instanceof RateLimited) || amount === 1) throw error;
      hits = await hit(db, owner, limit, now, 1);
    }
    entry.known = Math.max(entry.known, hits);
    return hits;
  }
  entry.pending++;
  if (entry.pending >= batch) {
    const amount = entry.pending;
    entry.pending = 0;
    try {
      entry.known = Math.max(entry.known, await addHits(db, owner, limit, now, amount));
    } catch (error) {
      entry.pending += amount;
      throw error;
    }
  }
  const seenHits = entry.known + entry.pending;
  remember(id, windowStart, seenHits);
  return seenHits;
}

/**
 * Whether this process last saw `owner`'s minute counters (and its key's) in this window at
 * most half full. Only then may a cheap read run beside its count; otherwise (unseen, nearly
 * full, or refused) a request is counted before anything of it runs.
 */
export function wellWithinBudget(
  owner: string,
  keyId: string | undefined,
  limits: Limits,
  now = clockOf(limits)(),
): boolean {
  const nowSeconds = Math.floor(now / 1000);
  const windowStart = nowSeconds - (nowSeconds % 60);
  const under = (name: string, max: number) => {
    const entry = seen.get(`${owner}\n${name}\n60`);
    return entry !== undefined && entry.windowStart === windowStart && entry.hits * 2 <= max;
  };
  return (
    under("requests", limits.perUserPerMinute) &&
    (keyId === undefined || under(`key:${keyId}`, limits.perKeyPerMinute))
  );
}

/** What time it is, in milliseconds since the epoch (`Date.now` unless a test fixes it). */
export type Clock = () => number;

/** The clock budgets read the time from: `limits.clock`, else the wall clock. */
export const clockOf = (limits: Pick<Limits, "clock">): Clock => limits.clock ?? Date.now;

/** Request budgets; REST and GraphQL count against the same ones, under the same names. */
export interface Limits {
  /** Requests per minute for one owner, whatever the credential. */
  perUserPerMinute: number;
  /** Requests per minute for one API key. */
  perKeyPerMinute: number;
  /** Cheat sheets and bank exports per owner per day. */
  exportsPerDay: number;
  /** API keys created per owner per day. */
  keysPerDay: number;
  /**
   * Failed authentications (401) per client address per minute, counted in each process's
   * memory (no store call): past it, the address is answered 429 before any credential is read.
   */
  unauthenticatedPerMinute: number;
  /**
   * The time every budget of these limits is counted at; the wall clock when left out. A test
   * passes a fixed instant so that no window turns while it runs.
   */
  clock?: Clock;
}

/** The deployed budgets, counted by the wall clock. */
export const DEFAULT_LIMITS: Omit<Limits, "clock"> = {
  perUserPerMinute: 600,
  perKeyPerMinute: 300,
  exportsPerDay: 200,
  keysPerDay: 20,
  unauthenticatedPerMinute: 120,
};

export interface FailureThrottle {
  check(client: string, now?: number): void;
  fail(client: string, now?: number): void;
}

/**
 * Failed authentications per client, per fixed minute, in this process's memory: checking and
 * counting cost no store call, so a flood of bad credentials costs one index query per bad
 * credential up to `maxPerMinute`, and nothing after. Holds at most 10,000 clients (the oldest
 * forgotten first).
 */
export function failureThrottle(maxPerMinute: number, clock: Clock = Date.now): FailureThrottle {
  const failures = new Map<string, { windowStart: number; count: number }>();
  const windowOf = (now: number) => {
    const seconds = Math.floor(now / 1000);
    return { start: seconds - (seconds % 60), end: seconds - (seconds % 60) + 60, seconds };
  };
  return {
    /** Throws RateLimited if `client` has failed `maxPerMinute` times this minute. */
    check(client: string, now = clock()): void {
      const window = windowOf(now);
      const entry = failures.get(client);
      if (entry && entry.windowStart === window.start && entry.count >= maxPerMinute) {
        throw new RateLimited(
          { name: "unauthenticated", max: maxPerMinute, windowSeconds: 60 },
          Math.max(1, window.end - window.seconds),
        );
      }
    },
    /** Counts one failed authentication of `client`. */
    fail(client: string, now = clock()): void {
      const window = windowOf(now);
      const entry = failures.get(client);
      if (entry && entry.windowStart === window.start) {
        entry.count++;
        return;
      }
      failures.delete(client);
      if (failures.size >= MAX_SEEN) failures.delete(failures.keys().next().value!);
      failures.set(client, { windowStart: window.start, count: 1 });
    },
  };
}

/**
 * What is left of the tightest minute budget after a request: `limit` requests a window,
 * `remaining` of them, the window ending in `resetSeconds` (what `RateLimit-*` headers carry).
 */
export interface Budget {
  limit: number;
  remaining: number;
  resetSeconds: number;
  windowSeconds: number;
}

/**
 * Counts one request of `owner` (and of its API key, if it came with one) against the minute
 * budgets, each as `tally` does (in memory while well within budget, in the store near it), side
 * by side. Throws RateLimited when a budget is spent; otherwise answers the budget with the
 * fewest requests left, as this process sees it.
 */
export async function countRequest(
  db: Db,
  owner: string,
  keyId: string | undefined,
  limits: Limits,
  now = clockOf(limits)(),
): Promise<Budget> {
  const [user, key] = await Promise.all([
    tally(db, owner, { name: "requests", max: limits.perUserPerMinute, windowSeconds: 60 }, now),
    keyId
      ? tally(
          db,
          owner,
          { name: `key:${keyId}`, max: limits.perKeyPerMinute, windowSeconds: 60 },
          now,
        )
      : undefined,
  ]);
  const nowSeconds = Math.floor(now / 1000);
  const resetSeconds = 60 - (nowSeconds % 60);
  const userLeft = limits.perUserPerMinute - user;
  const keyLeft = key === undefined ? Infinity : limits.perKeyPerMinute - key;
  return keyLeft < userLeft
    ? { limit: limits.perKeyPerMinute, remaining: keyLeft, resetSeconds, windowSeconds: 60 }
    : { limit: limits.perUserPerMinute, remaining: userLeft, resetSeconds, windowSeconds: 60 };
}

/**
 * Counts one costly operation against its daily budget (days start at 00:00 UTC, by the limits'
 * clock); throws RateLimited once it is spent.
 */
export async function countDaily(
  db: Db,
  owner: string,
  what: "exports" | "keys",
  limits: Limits,
): Promise<void> {
  const max = what === "exports" ? limits.exportsPerDay : limits.keysPerDay;
  await hit(db, owner, { name: `daily:${what}`, max, windowSeconds: 86_400 }, clockOf(limits)());
}

/**
 * The one rule for a bank export or a cheat sheet, whatever the face (REST, GraphQL) and the
 * method (GET, HEAD): the caller must hold `read` and `export` (403 otherwise, spending nothing);
 * then one use of the owner's daily export budget is spent (429 once it is gone). Call it after
 * the request's minute budget was counted and its input validated, and before any work.
 */
export async function chargeExport(db: Db, principal: Principal, limits: Limits): Promise<void> {
  requireScope(principal, "read");
  requireScope(principal, "export");
  await countDaily(db, principal.owner, "exports", limits);
}
