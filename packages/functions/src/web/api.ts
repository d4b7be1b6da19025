import type { Context } from "hono";
import type { WebAuthEnv } from "./auth/index.ts";

export type { WebAuth, WebUser } from "./auth/index.ts";

/** The pages' context: `bearer` (a token the REST API accepts) and `user`, set by sign-in. */
export type WebEnv = WebAuthEnv;

/** Anything that answers `request(path, init)` like a Hono app: the REST app in-process. */
export interface ApiApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** An RFC 9457 problem as the REST API answers it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

/** A REST answer: the status and the parsed JSON body (a problem when not 2xx). */
export type ApiResult<T> =
  { ok: true; status: number; body: T } | { ok: false; status: number; problem: Problem };

/** Thrown by `get` when the API refuses: the page shows the problem's detail. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `The API answered ${problem.status}.`);
  }
}

/**
 * Calls the public REST API in-process with the signed-in user's bearer token, exactly as a
 * browser or another tool would over HTTP. `body` is sent as JSON unless it is a string (then
 * as `contentType`).
 */
export async function call<T>(
  c: Context<WebEnv>,
  api: ApiApp,
  method: string,
  path: string,
  body?: unknown,
  contentType = "application/json",
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { authorization: `Bearer ${c.get("bearer")}` };
  let payload: string | undefined;
  if (body !== undefined) {
    headers["content-type"] = contentType;
    payload = typeof body === "string" ? body : JSON.stringify(body);
  }
  const res = await api.request(path, { method, headers, body: payload });
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (res.ok) return { ok: true, status: res.status, body: parsed as T };
  return { ok: false, status: res.status, problem: (parsed as Problem) ?? { status: res.status } };
}

/** A GET whose refusal ends the page with the API's message (see `ApiError`). */
export async function get<T>(c: Context<WebEnv>, api: ApiApp, path: string): Promise<T> {
  const result = await call<T>(c, api, "GET", path);
  if (!result.ok) throw new ApiError(result.problem);
  return result.body;
}

/** Every page of a list (`{ items, nextCursor }`), up to `max` items. */
export async function all<T>(
  c: Context<WebEnv>,
  api: ApiApp,
  path: string,
  max = 1_000,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  const sep = path.includes("?") ? "&" : "?";
  do {
    const page: { items: T[]; nextCursor: string | null } = await get(
      c,
      api,
      `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** One line per problem: the detail, then each field error as "path: message". */
export function problemLines(problem: Problem): string[] {
  return [
    problem.detail ?? problem.title ?? `Refused (${problem.status}).`,
    ...(problem.errors ?? []).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)),
  ];
}
