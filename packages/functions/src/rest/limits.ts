import * as Idempotency from "@storybank/core/idempotency";
import { invalid } from "@storybank/core/error";
import { groupDigits } from "@storybank/core/util";
import {
  type Budget,
  countRequest,
  type FailureThrottle,
  type Limits,
  wellWithinBudget,
} from "@storybank/core/ratelimit";
import type { Context } from "hono";

export { DEFAULT_LIMITS, type Limits } from "@storybank/core/ratelimit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env.ts";

/**
 * Budgets for the local server: one person on their own laptop, whose own sync scripts and
 * parallel writers should never be refused. Each can be set (see `limitsFromEnv`).
 */
export const LOCAL_LIMITS: Limits = {
  perUserPerMinute: 100_000,
  perKeyPerMinute: 100_000,
  exportsPerDay: 10_000,
  keysPerDay: 1_000,
  unauthenticatedPerMinute: 1_000,
};

/** The environment variable that sets each budget. */
export const limitVariables: Record<Exclude<keyof Limits, "clock">, string> = {
  perUserPerMinute: "STORYBANK_LIMIT_USER_PER_MINUTE",
  perKeyPerMinute: "STORYBANK_LIMIT_KEY_PER_MINUTE",
  exportsPerDay: "STORYBANK_LIMIT_EXPORTS_PER_DAY",
  keysPerDay: "STORYBANK_LIMIT_KEYS_PER_DAY",
  unauthenticatedPerMinute: "STORYBANK_LIMIT_FAILED_LOGINS_PER_MINUTE",
};

/**
 * `base` with each budget its environment variable sets (a whole number from 1 to 10^9). Throws
 * an Error naming the variable when one is set to anything else.
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv, base: Limits): Limits {
  const limits = { ...base };
  for (const [name, variable] of Object.entries(limitVariables) as [
    keyof typeof limitVariables,
    string,
  ][]) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < 1 || value > 1e9) {
      throw new Error(`${variable} must be a whole number from 1 to 1000000000, not "${raw}".`);
    }
    limits[name] = value;
  }
  return limits;
}

/** One line saying what each budget is and how to change it. */
export function describeLimits(limits: Limits): string {
  const n = groupDigits;
  return (
    `Budgets: ${n(limits.perUserPerMinute)} requests a minute per user, ` +
    `${n(limits.perKeyPerMinute)} per API key, ${n(limits.exportsPerDay)} exports and ` +
    `${n(limits.keysPerDay)} new keys a day, ${n(limits.unauthenticatedPerMinute)} failed logins ` +
    `a minute per client (set with STORYBANK_LIMIT_*).`
  );
}

/**
 * The address a request came from: API Gateway's source IP on Lambda, the socket's peer on the
 * local server, else the last X-Forwarded-For hop (the one the nearest proxy added).
 */
export function clientAddress(c: Context): string {
  const env = c.env as
    | {
        requestContext?: { http?: { sourceIp?: string } };
        incoming?: { socket?: { remoteAddress?: string } };
      }
    | undefined;
  return (
    env?.requestContext?.http?.sourceIp ??
    env?.incoming?.socket?.remoteAddress ??
    c.req.header("X-Forwarded-For")?.split(",").at(-1)?.trim() ??
    "unknown"
  );
}

/** Sets a header on the response, copying it first if its headers are read-only. */
export function setHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    const res = c.res;
    c.res = undefined;
    c.res = new Response(res.body, res);
    c.res.headers.set(name, value);
  }
}

/**
 * Throttles clients whose credentials keep failing: each 401 is counted per client address in
 * memory, and past `unauthenticatedPerMinute` in a minute the address gets 429 before any
 * credential is read (so a flood of made-up API keys costs no index queries).
 */
export function throttleFailures(throttle: FailureThrottle) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const client = clientAddress(c);
    throttle.check(client);
    await next();
    if (c.res.status === 401) throttle.fail(client);
  });
}

/**
 * Reads that cost one store read or one page: these alone may run beside their count, and only
 * while this process last saw the caller's budget at most half spent. Paths under /v1.
 */
const cheapReads = [
  /^\/(stories|targets|value-sets|api-keys)$/,
  /^\/(stories|targets|value-sets)\/[^/]+$/,
  /^\/stories\/[^/]+\/practice$/,
  /^\/schema\/bank\.json$/,
];

const isCheapRead = (method: string, path: string) => {
  if (method !== "GET" && method !== "HEAD") return false;
  const rest = path.replace(/^\/v1(?=\/)/, "");
  return cheapReads.some((pattern) => pattern.test(rest));
};

/**
 * Counts each request against its owner's budget and, for API keys, the key's own, before any of
 * it runs: a request over budget is answered 429 having done nothing. The one exception keeps
 * plain reads as fast as a single store call: a cheap read (above) of a caller this process saw
 * well within budget runs beside its count, and is answered 429 if the count refuses it.
 */
export function rateLimit(limits: Limits) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { db, principal } = c.var;
    const counted = countRequest(db, principal.owner, principal.keyId, limits);
    if (
      isCheapRead(c.req.method, c.req.path) &&
      wellWithinBudget(principal.owner, principal.keyId, limits)
    ) {
      counted.catch(() => undefined);
      await next();
      setBudgetHeaders(c, await counted);
      return;
    }
    const budget = await counted;
    await next();
    setBudgetHeaders(c, budget);
  });
}

/**
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds) of the tightest minute
 * budget, as the IETF RateLimit header fields draft names them.
 */
export function setBudgetHeaders(c: Context, budget: Budget): void {
  setHeader(c, "RateLimit-Limit", String(budget.limit));
  setHeader(c, "RateLimit-Remaining", String(Math.max(0, budget.remaining)));
  setHeader(c, "RateLimit-Reset", String(budget.resetSeconds));
}

/** Top-level fields of a response that carry a secret shown once, by path: never kept. */
const secretFields: Record<string, string[]> = { "/v1/api-keys": ["key"] };

/**
 * `Idempotency-Key` on POST: the first request runs and its answer is kept for a day; a retry
 * with the same key and request (JSON compared by content) gets that answer again
 * (`Idempotent-Replayed: true`) if its credential holds every scope the first one had. The body
 * is read as bytes, so the route decodes exactly what was sent. While the request runs it renews
 * a short lease on the key; a retry after a crash runs once the lease is over.
 */
export const idempotency = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header("Idempotency-Key");
  if (c.req.method !== "POST" || key === undefined) return next();
  if (!Idempotency.validKey(key)) {
    throw invalid("The Idempotency-Key header must be 1–255 visible ASCII characters.", [
      { path: "Idempotency-Key", message: "Invalid key" },
    ]);
  }
  const { db, principal } = c.var;
  const url = new URL(c.req.url);
  const print = Idempotency.fingerprint(
    c.req.method,
    url.pathname,
    new Uint8Array(await c.req.arrayBuffer()),
    { search: url.search, contentType: c.req.header("Content-Type") },
  );
  const claimed = await Idempotency.claim(db, principal.owner, key, print, {
    scopes: principal.scopes,
  });
  if (claimed.kind === "replay") {
    const { status, contentType, body } = claimed.response;
    return new Response(body, {
      status,
      headers: {
        "Content-Type": contentType,
        "Idempotent-Replayed": "true",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }
  const { claimId } = claimed;
  const heartbeat = setInterval(
    () => void Idempotency.renew(db, principal.owner, key, claimId).catch(() => undefined),
    (Idempotency.LEASE_SECONDS * 1000) / 3,
  );
  heartbeat.unref();
  try {
    await next();
  } catch (error) {
    await Idempotency.release(db, principal.owner, key, claimId);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
  // Errors thrown by handlers become responses in onError after this; keep only what came back.
  const res = c.res;
  const contentType = res.headers.get("Content-Type") ?? "application/octet-stream";
  const textual = /json|text/.test(contentType);
  if (!textual || res.status >= 400) {
    await Idempotency.release(db, principal.owner, key, claimId);
    return;
  }
  const body = await res.clone().text();
  await Idempotency.complete(
    db,
    principal.owner,
    key,
    claimId,
    print,
    { status: res.status, contentType, body },
    { scopes: principal.scopes, secretFields: secretFields[url.pathname] ?? [] },
  );
});
