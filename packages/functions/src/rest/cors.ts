import type { MiddlewareHandler } from "hono";
import { cors as honoCors } from "hono/cors";
import {
  CORS_ALLOW_HEADERS,
  CORS_ALLOW_METHODS,
  CORS_EXPOSE_HEADERS,
  CORS_MAX_AGE_SECONDS,
  originAllowed,
} from "./cors-origins.ts";

export * from "./cors-origins.ts";

/**
 * The CORS middleware: a preflight (`OPTIONS` with `Origin` and
 * `Access-Control-Request-Method`) is answered 204 here, before authentication; an allowed
 * origin gets `Access-Control-Allow-*` headers, any other none (the browser then refuses). A
 * request with no `Origin` passes untouched, and so does an `OPTIONS` that is not a preflight.
 * A listed origin is answered with itself (and `Vary: Origin`), `*` with a literal `*`, never
 * the asking origin; `Access-Control-Allow-Credentials` is never sent (bearer tokens, no
 * cookies), so no origin can ride on a browser's cookies.
 */
export function cors(allowed: readonly string[]): MiddlewareHandler {
  const any = allowed.includes("*");
  const middleware = honoCors({
    origin: (origin) => (any ? "*" : originAllowed(allowed, origin) ? origin : null),
    allowMethods: [...CORS_ALLOW_METHODS],
    allowHeaders: CORS_ALLOW_HEADERS,
    exposeHeaders: CORS_EXPOSE_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
    credentials: false,
  });
  return async (c, next) => {
    const origin = c.req.header("Origin");
    if (allowed.length === 0 || origin === undefined) return next();
    const preflight =
      c.req.method === "OPTIONS" && c.req.header("Access-Control-Request-Method") !== undefined;
    if (c.req.method === "OPTIONS" && !preflight) return next();
    if (!preflight && !any && !originAllowed(allowed, origin)) {
      // Not allowed: no CORS headers, but caches must still tell origins apart.
      await next();
      c.header("Vary", "Origin", { append: true });
      return;
    }
    return middleware(c, next);
  };
}
