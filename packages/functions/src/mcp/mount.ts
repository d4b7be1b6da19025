import type { Authenticator, Principal } from "@storybank/core/auth";
import type { Db } from "@storybank/core/db";
import { AppError, invalid } from "@storybank/core/error";
import {
  countRequest,
  type FailureThrottle,
  failureThrottle,
  type Limits,
} from "@storybank/core/ratelimit";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { clientAddress } from "../rest/limits.ts";
import { problem, toProblem } from "../rest/problem.ts";
import type * as Http from "./http.ts";

export interface McpDeps {
  db: Db;
  authenticate: Authenticator;
  limits: Limits;
  /** Largest request body in bytes (413 above it). */
  maxBodyBytes: number;
  /** Failed logins per client, shared with REST when given. */
  failures?: FailureThrottle;
}

export const endpoint = "/mcp";

/**
 * `/mcp`: MCP over Streamable HTTP, stateless, behind the same bearer auth as REST. A request
 * without a valid token is answered 401 (problem+json, `WWW-Authenticate: Bearer`) before any MCP
 * code runs, and repeated failures from one client are throttled (429) like REST's; each request
 * is counted against the caller's budget (429) as a REST request is, and carries one JSON-RPC
 * message (the protocol has no batches since 2025-06-18). POST only:
 * with no sessions there is no stream for GET to open, nor session for DELETE to end (405). The
 * MCP SDK is loaded on the first authenticated request, so a cold start that serves none of it
 * never reads it.
 */
export function mcpRoute({
  db,
  authenticate,
  limits,
  maxBodyBytes,
  failures = failureThrottle(limits.unauthenticatedPerMinute),
}: McpDeps) {
  let loaded: Promise<typeof Http> | undefined;
  const load = () =>
    (loaded ??= import("./http.ts").catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
  return new Hono().all(
    endpoint,
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => problem(c, 413, "too_large", `The body is over ${maxBodyBytes} bytes.`),
    }),
    async (c) => {
      const client = clientAddress(c);
      let principal: Principal;
      let message: unknown;
      try {
        failures.check(client);
        try {
          principal = await authenticate(c.req.header("Authorization"));
        } catch (error) {
          if (error instanceof AppError && error.kind === "unauthorized") failures.fail(client);
          throw error;
        }
        if (c.req.method !== "POST") {
          c.header("Allow", "POST");
          return problem(
            c,
            405,
            "method_not_allowed",
            `${endpoint} is stateless: send each message as a POST.`,
          );
        }
        await countRequest(db, principal.owner, principal.keyId, limits);
        message = await oneMessage(c.req.raw);
      } catch (error) {
        if (error instanceof AppError) return toProblem(c, error);
        throw error;
      }
      const { handleMcp } = await load();
      const res = await handleMcp(c.req.raw, message, { db, principal, limits });
      const headers = new Headers(res.headers);
      headers.set("Cache-Control", "no-store");
      headers.set("X-Content-Type-Options", "nosniff");
      return new Response(res.body, { status: res.status, headers });
    },
  );
}

/**
 * The request's one JSON-RPC message. A body that is not JSON is passed on as it is, for the
 * transport to answer with JSON-RPC's parse error; a batch (an array) is refused (400), so that
 * one counted request is one message.
 */
async function oneMessage(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(message)) {
    throw invalid("Send one JSON-RPC message per request, not a batch.", [
      { path: "body", message: "A batch" },
    ]);
  }
  return message;
}
