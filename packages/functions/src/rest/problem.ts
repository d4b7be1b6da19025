import {
  AppError,
  capFieldErrors,
  type ErrorKind,
  type FieldError,
  fromZod,
} from "@storybank/core/error";
import { RateLimited } from "@storybank/core/ratelimit";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ZodError } from "zod";
import { PreconditionFailed } from "./versioning.ts";

/** RFC 9457 problem details, the body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  /** The request's id, also in the `X-Request-Id` header and the request's log line. */
  requestId?: string;
}

const statusOf: Record<ErrorKind, ContentfulStatusCode> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
};

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** The problem body for a status and a stable code (its `type` is `urn:storybank:problem:<code>`). */
export function problemBody(
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): Problem {
  return {
    type: `urn:storybank:problem:${code}`,
    title: titles[status] ?? "Error",
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors: capFieldErrors(errors) } : {}),
  };
}

/** The problem REST answers a domain error with: its status by kind, its code and field errors. */
export const problemOf = (error: AppError): Problem =>
  problemBody(statusOf[error.kind], error.code, error.message, error.errors);

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  errors?: FieldError[],
) {
  const requestId = (c.var as { requestId?: string }).requestId;
  const body = {
    ...problemBody(status, code, detail, errors),
    ...(requestId ? { requestId } : {}),
  };
  if (status === 401) c.header("WWW-Authenticate", 'Bearer realm="storybank"');
  return c.body(JSON.stringify(body), status, { "Content-Type": "application/problem+json" });
}

/** Maps every error to problem+json: domain errors by kind, anything unknown to an opaque 500. */
export function onError(error: Error, c: Context) {
  if (error instanceof ZodError) return toProblem(c, fromZod(error));
  if (error instanceof AppError) return toProblem(c, error);
  if (error instanceof PreconditionFailed) {
    return problem(c, 412, "precondition_failed", error.message);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status < 500)
      return problem(c, status, `http_${status}`, error.message || titles[status] || "Error");
  }
  console.error(
    JSON.stringify({
      level: "error",
      msg: "unhandled",
      method: c.req.method,
      path: c.req.path,
      error: String(error?.stack ?? error),
    }),
  );
  return problem(c, 500, "internal", "Something went wrong on our side.");
}

export function toProblem(c: Context, error: AppError) {
  if (error instanceof RateLimited) {
    c.header("Retry-After", String(error.retryAfterSeconds));
    c.header("RateLimit-Limit", String(error.limit.max));
    c.header("RateLimit-Remaining", "0");
    c.header("RateLimit-Reset", String(error.retryAfterSeconds));
  }
  return problem(c, statusOf[error.kind], error.code, error.message, error.errors);
}
