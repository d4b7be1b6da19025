import { createHash, randomUUID } from "node:crypto";
import type { Principal } from "@storybank/core/auth";
import { AppError } from "@storybank/core/error";
import { RateLimited } from "@storybank/core/ratelimit";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import { type RequestScope, withScope } from "./scope.ts";
import type { RequestLog, Telemetry } from "./telemetry.ts";

/** The response header that carries the request id (also `requestId` in every problem body). */
export const REQUEST_ID_HEADER = "X-Request-Id";

/** What the middleware shares with the routes: the request's id. */
export interface ObservedEnv {
  Variables: { requestId: string; principal?: Principal };
}

/**
 * The request's id: API Gateway's own (`requestContext.requestId`, also in its access logs) on
 * Lambda, else a random UUID. Never taken from the client, so it cannot be forged into the logs.
 */
export function requestIdOf(c: Context): string {
  const env = c.env as { requestContext?: { requestId?: unknown } } | undefined;
  const id = env?.requestContext?.requestId;
  return typeof id === "string" && /^[\w=-]{1,128}$/.test(id) ? id : randomUUID();
}

/**
 * The owner as the logs name it: the first 16 hex digits of SHA-256 of the owner id, enough to
 * find one user's requests and nothing that names them.
 */
export const ownerHash = (owner: string): string =>
  createHash("sha256").update(owner).digest("hex").slice(0, 16);

/** The route's pattern (`/v1/stories/:id`); `unmatched` when only middleware saw the request. */
function routeOf(c: Context): string {
  const route = routePath(c, -1);
  return !route || route.endsWith("*") ? "unmatched" : route;
}

/** `key:<id>` budgets are named `key` in logs and metrics, so no id lands in a dimension. */
const budgetName = (name: string) => (name.startsWith("key:") ? "key" : name);

/**
 * Observes every request: gives it an id (`X-Request-Id` on the answer, `requestId` in problem
 * bodies), runs it in a scope where routes record their own metrics and trace segments, then
 * writes one log line (request id, route pattern, status, latency in ms, owner hash, credential
 * kind, problem code) and publishes its metrics. Register it first, before anything that can
 * answer.
 */
export function observeRequests(telemetry: Telemetry) {
  return createMiddleware<ObservedEnv>(async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(c);
    c.set("requestId", requestId);
    const scope: RequestScope = { requestId, measurements: [], span: telemetry.span };
    await withScope(scope, next);
    setResponseHeader(c, REQUEST_ID_HEADER, requestId);
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    const status = c.res.status;
    const route = routeOf(c);
    const principal = c.get("principal");
    const error = c.error;
    const line: RequestLog = { requestId, method: c.req.method, route, status, latencyMs };
    if (principal) {
      line.owner = ownerHash(principal.owner);
      line.credential = principal.via;
    }
    if (error instanceof AppError) line.problem = error.code;
    if (error instanceof RateLimited) {
      line.budget = budgetName(error.limit.name);
      scope.measurements.push({ name: "BudgetRefusals", unit: "Count", value: 1 });
    }
    if (status >= 500 && error) line.error = String(error.stack ?? error);
    telemetry.request(line);
    telemetry.publish(route, status, latencyMs, scope.measurements);
  });
}

/** Sets a header on the response, copying it first if its headers are read-only. */
function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    const res = c.res;
    c.res = undefined;
    c.res = new Response(res.body, res);
    c.res.headers.set(name, value);
  }
}
