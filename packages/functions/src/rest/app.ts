import type { Authenticator } from "@storybank/core/auth";
import type { Db } from "@storybank/core/db";
import { failureThrottle } from "@storybank/core/ratelimit";
import { bodyLimit } from "hono/body-limit";
import { lazyGraphqlRoute } from "../graphql/mount.ts";
import { mcpRoute } from "../mcp/mount.ts";
import { observeRequests } from "../observe/middleware.ts";
import { silentTelemetry, type Telemetry } from "../observe/telemetry.ts";
import { authenticate } from "./auth.ts";
import { cors } from "./cors.ts";
import { docsPage } from "./docs.ts";
import { v1Groups } from "./groups.ts";
import { loadGroup, mountLazy } from "./lazy-routes.ts";
import {
  DEFAULT_LIMITS,
  idempotency,
  type Limits,
  rateLimit,
  setHeader,
  throttleFailures,
} from "./limits.ts";
import { openApiDocument } from "./openapi.ts";
import { onError, problem } from "./problem.ts";
import { router } from "./router.ts";
import { webApp } from "../web/index.tsx";
import type { WebAuth } from "../web/auth/index.ts";

export interface AppDeps {
  db: Db;
  authenticate: Authenticator;
  /** Largest request body in bytes. */
  maxBodyBytes?: number;
  /** Request budgets; defaults in DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /** Serve GraphiQL and GraphQL introspection at /graphql (the local server only). */
  graphiql?: boolean;
  /** Where each request's log line, metrics and traces go; none by default. */
  telemetry?: Telemetry;
  /**
   * Origins whose browser pages may call the API (see `parseCorsOrigins`); none by default. On
   * AWS, API Gateway answers CORS from the stage's setting in infra/ instead.
   */
  corsOrigins?: readonly string[];
  /** Serve the web app for candidates at / and /app, signing users in with `auth`. */
  web?: { auth: WebAuth };
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The REST app: mounts the routes, authentication, error handling and the docs. */
export function createApp({
  db,
  authenticate: auth,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  limits: limitOverrides,
  graphiql = false,
  telemetry = silentTelemetry,
  corsOrigins = [],
  web,
}: AppDeps) {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };
  const app = router();
  // First, so every answer carries its request id and is logged and measured.
  app.use("*", observeRequests(telemetry));
  app.onError(onError);
  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length === 0) {
      return problem(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}.`);
    }
    c.header("Allow", allowed.join(", "));
    return problem(
      c,
      405,
      "method_not_allowed",
      `${c.req.path} answers ${allowed.join(", ")}, not ${c.req.method}.`,
    );
  });
  // First of all: a browser's preflight is answered before any credential is asked for.
  app.use("*", cors(corsOrigins));
  app.use("*", async (c, next) => {
    c.set("db", db);
    c.set("limits", limits);
    await next();
    // No response is to be read as another type than it says.
    setHeader(c, "X-Content-Type-Options", "nosniff");
  });
  // What answers a credential is the caller's own: no cache keeps it, unless a route says so.
  // (GraphQL's server does the same and throttles failures itself, as it also runs alone.)
  app.use("/v1/*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) setHeader(c, "Cache-Control", "no-store");
  });
  // One count of failed logins per client for REST and GraphQL.
  const failures = failureThrottle(limits.unauthenticatedPerMinute);
  app.use("/v1/*", throttleFailures(failures));

  app.get("/health", (c) => c.json({ status: "ok" }, 200));
  app.route(
    "/",
    lazyGraphqlRoute({
      db,
      authenticate: auth,
      limits,
      graphiql,
      maxBodyBytes,
      failures,
    }),
  );
  app.route("/", mcpRoute({ db, authenticate: auth, limits, maxBodyBytes, failures }));

  const v1 = router();
  v1.use(
    "*",
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => problem(c, 413, "too_large", `The body is over ${maxBodyBytes} bytes.`),
    }),
  );
  v1.use("*", authenticate(auth));
  v1.use("*", rateLimit(limits));
  v1.use("*", idempotency);
  // Each group's module is read on the first request to one of its routes, so that a cold
  // start reads only what its first request needs (a story read: the stories routes alone).
  for (const group of Object.values(v1Groups)) mountLazy(v1, group);
  app.route("/v1", v1);

  // The document describes every group: the first request for it reads them all.
  let documented: Promise<ReturnType<typeof router>> | undefined;
  app.get("/openapi.json", async (c) => {
    documented ??= documentedRoutes();
    documented.catch(() => (documented = undefined));
    return c.json(await openApiDocument(await documented));
  });
  app.route("/", docsPage());
  if (web) app.route("/", webApp({ api: app, auth: web.auth }));
  return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * The routes the OpenAPI document describes: every `/v1` group, loaded and mounted in the
 * app's order, and the bearer security scheme.
 */
async function documentedRoutes() {
  const v1 = router();
  for (const group of Object.values(v1Groups)) v1.route("/", await loadGroup(group));
  const documented = router().route("/v1", v1);
  documented.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "An API key (`sbk_…`) or a JWT from the configured issuer.",
  });
  return documented;
}

const patterns = new WeakMap<object, { method: string; pattern: RegExp }[]>();

/**
 * The methods some route of `app` answers at `path` (HEAD wherever GET is), in a fixed order;
 * none when no route has the path. Middleware (registered for every method) is not a route.
 */
function allowedMethods(app: ReturnType<typeof router>, path: string): string[] {
  let routes = patterns.get(app);
  if (!routes) {
    routes = app.routes
      .filter((route) => route.method !== "ALL")
      .map((route) => ({
        method: route.method.toUpperCase(),
        pattern: new RegExp(
          `^${route.path
            .split("/")
            .map((part) =>
              part.startsWith(":")
                ? "[^/]+"
                : part === "*"
                  ? ".*"
                  : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
            )
            .join("/")}/?$`,
        ),
      }));
    patterns.set(app, routes);
  }
  const found = new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method));
  if (found.has("GET")) found.add("HEAD");
  return ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"].filter((m) => found.has(m));
}
