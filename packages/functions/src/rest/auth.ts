import { type Authenticator, requireScope } from "@storybank/core/auth";
import type { Scope } from "@storybank/core/apikey";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env.ts";

/** Authenticates every request, then demands `read` for reads and `write` for writes. */
export function authenticate(authenticate: Authenticator) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const principal = await authenticate(c.req.header("Authorization"));
    const method = c.req.method;
    requireScope(principal, method === "GET" || method === "HEAD" ? "read" : "write");
    c.set("principal", principal);
    await next();
  });
}

/** Demands one more scope on a route (e.g. `export`). */
export const needs = (scope: Scope) =>
  createMiddleware<AppEnv>(async (c, next) => {
    requireScope(c.get("principal"), scope);
    await next();
  });
