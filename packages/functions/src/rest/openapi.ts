import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";
import type { Problem } from "./problem.ts";

/** What each tag groups, for the reference page and generated clients. */
export const tagDescriptions: Record<string, string> = {
  Stories:
    "STAR stories, the bank itself: create, list with filters, read, change with the version read (or `If-Match`), delete.",
  "Story check":
    "The coaching rules of the craft applied to one story or the whole bank: findings with a code, severity and field, and a readiness figure.",
  Practice:
    "Timed tellings of a story (the 45–60 s refined version or the full 3–5 minute one), which count in its progress.",
  "Value sets":
    "Companies' and frameworks' named values: built-ins (Amazon's Leadership Principles, Netflix, Staff+ signals, …) to read, and your own to create, paste in as text, change and delete.",
  Targets:
    "What a cheat sheet is tailored for (a company, a role, its value sets, the interview date and questions), the tailoring of the bank to it, and the one-page sheet as PDF, DOCX or JSON.",
  "Import and export":
    "Markdown story documents and the portable JSON bank in, the whole bank out as JSON or Markdown, and the bank's JSON Schema.",
  "API keys":
    "Keys for tools that call the API on your behalf: shown once, stored hashed, scoped `read`, `write` and `export`.",
};

/** Resources whose version travels as an `ETag` and whose changes take `If-Match`. */
const versioned = [
  /^\/v1\/stories\/\{id\}$/,
  /^\/v1\/targets\/\{id\}$/,
  /^\/v1\/value-sets\/\{id\}$/,
];

/** Operations whose 201 names no URL: a practice entry is read through its story's log. */
const createdWithoutUrl = new Set(["recordPractice"]);

const problemType = (code: string) => `urn:storybank:problem:${code}`;

/** One problem per status, as the API answers it. */
export const problemExamples: Record<string, Problem> = {
  "400": {
    type: problemType("invalid_input"),
    title: "Bad Request",
    status: 400,
    detail: "The request did not pass validation.",
    errors: [
      { path: "title", message: "Too small: expected string to have >=1 characters" },
      { path: "mood", message: 'Unknown field "mood"' },
    ],
  },
  "401": {
    type: problemType("unauthorized"),
    title: "Unauthorized",
    status: 401,
    detail: "Missing bearer token.",
  },
  "403": {
    type: problemType("missing_scope"),
    title: "Forbidden",
    status: 403,
    detail: 'This credential lacks the "write" scope.',
  },
  "404": {
    type: problemType("not_found"),
    title: "Not Found",
    status: 404,
    detail: "Story not found",
  },
  "409": {
    type: problemType("version_conflict"),
    title: "Conflict",
    status: 409,
    detail: "Story is at version 3, not 2: read it again and reapply your change.",
  },
  "412": {
    type: problemType("precondition_failed"),
    title: "Precondition Failed",
    status: 412,
    detail: 'Story is at version 3, not the "2" If-Match names: read it again.',
  },
  "413": {
    type: problemType("too_large"),
    title: "Content Too Large",
    status: 413,
    detail: "The body is over 1048576 bytes.",
  },
  "415": {
    type: problemType("http_415"),
    title: "Unsupported Media Type",
    status: 415,
    detail: "Send the body as application/json.",
  },
  "429": {
    type: problemType("rate_limited"),
    title: "Too Many Requests",
    status: 429,
    detail: "Too many requests: at most 600 per minute. Retry in 17 s.",
  },
  "500": {
    type: problemType("internal"),
    title: "Internal Server Error",
    status: 500,
    detail: "Something went wrong on our side.",
  },
};

/** The shared error responses, by status. */
const errorResponses: Record<string, { name: string; description: string }> = {
  "400": { name: "BadRequest", description: "Invalid input: `errors[]` names each field" },
  "401": { name: "Unauthorized", description: "Missing or invalid credentials" },
  "403": { name: "Forbidden", description: "The credential lacks a scope this operation needs" },
  "404": { name: "NotFound", description: "Not found (also for another user's ids)" },
  "409": {
    name: "Conflict",
    description:
      "A conflict: a stale `version`, or a request with the same `Idempotency-Key` still running",
  },
  "412": {
    name: "PreconditionFailed",
    description: "`If-Match` does not name the current version: read it again",
  },
  "413": { name: "ContentTooLarge", description: "The body or the work asked for is too large" },
  "415": { name: "UnsupportedMediaType", description: "The body is not of a media type accepted" },
  "429": {
    name: "TooManyRequests",
    description: "Over a request budget: retry after `Retry-After` seconds",
  },
  "500": { name: "InternalError", description: "A failure on the server; no details are shown" },
};

const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

const budgetHeaders = {
  "RateLimit-Limit": headerRef("RateLimitLimit"),
  "RateLimit-Remaining": headerRef("RateLimitRemaining"),
  "RateLimit-Reset": headerRef("RateLimitReset"),
};

const integer = { type: "integer", minimum: 0 } as const;

const components = {
  headers: {
    RateLimitLimit: {
      description: "Requests allowed in the current window of the tightest budget (per minute).",
      schema: integer,
      example: 600,
    },
    RateLimitRemaining: {
      description: "Requests left in the current window of that budget.",
      schema: integer,
      example: 587,
    },
    RateLimitReset: {
      description: "Seconds until that window starts over.",
      schema: integer,
      example: 42,
    },
    RetryAfter: {
      description: "Seconds to wait before trying again.",
      schema: integer,
      example: 17,
    },
    Location: {
      description: "The URL of the resource made.",
      schema: { type: "string" },
      example: "/v1/stories/sty_01jd3k8w7q4t9m2x5c6v8b0n01",
    },
    ETag: {
      description:
        'The resource\'s version as a strong entity tag (`"3"`): send it back in `If-Match` to change or delete exactly that version.',
      schema: { type: "string" },
      example: '"3"',
    },
    IdempotentReplayed: {
      description:
        "`true` when this is the kept answer to an earlier request with the same `Idempotency-Key`.",
      schema: { type: "string", enum: ["true"] },
      example: "true",
    },
  },
  parameters: {
    IdempotencyKey: {
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
      example: "c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11",
    },
    IfMatch: {
      name: "If-Match",
      in: "header",
      required: false,
      description:
        'Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body\'s `version`.',
      schema: { type: "string" },
      example: '"3"',
    },
  },
};

/** The document as JSON, walked and completed by key. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON node, checked by the tests against Spectral and swagger-parser
type Json = Record<string, any>;

const memo = new WeakMap<object, Promise<Json>>();

/**
 * The published OpenAPI 3.1 document: what the routes declare, completed with what every
 * operation shares: the error responses it can answer (problem+json, with an example each),
 * the budget, idempotency, `Location` and `ETag` headers, the `Idempotency-Key` and `If-Match`
 * parameters, tag descriptions, and an example for every request and response body (from
 * examples.json, taken from a real run by scripts/openapi-examples.ts). The server is named by
 * a relative URL: nothing of the request is written into the document. Built once per app.
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>): Promise<Json> {
  let doc = memo.get(app);
  if (!doc) {
    doc = build(app);
    memo.set(app, doc);
    doc.catch(() => memo.delete(app));
  }
  return doc;
}

async function build(app: OpenAPIHono<AppEnv>): Promise<Json> {
  const { default: examples } = (await import("./examples.json", {
    with: { type: "json" },
  })) as unknown as {
    default: Record<string, { request?: Json; responses: Record<string, Json> }>;
  };
  const doc = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Storybank API",
      version: "1.0.0",
      description:
        "Behavioral-interview stories (STAR), tailored to a company's values, and a one-page cheat sheet. Every `/v1` operation needs `Authorization: Bearer <API key or JWT>`; errors are `application/problem+json` (RFC 9457); every answer carries `RateLimit-*` headers.",
      contact: { name: "Storybank" },
    },
    servers: [{ url: "/", description: "This server" }],
  }) as Json;

  doc.components ??= {};
  doc.components.headers = { ...doc.components.headers, ...components.headers };
  doc.components.parameters = { ...doc.components.parameters, ...components.parameters };
  doc.components.responses = Object.fromEntries(
    Object.entries(errorResponses).map(([status, { name, description }]) => [
      name,
      {
        description,
        ...(status === "429"
          ? { headers: { "Retry-After": headerRef("RetryAfter"), ...budgetHeaders } }
          : {}),
        content: {
          "application/problem+json": {
            schema: { $ref: "#/components/schemas/Problem" },
            example: problemExamples[status],
          },
        },
      },
    ]),
  );

  const tags = new Set<string>();
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      complete(method, path, operation, examples[operation.operationId]);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  doc.tags = [...tags].map((name) => ({ name, description: tagDescriptions[name] ?? name }));
  // Only the shared responses some operation refers to (every route may declare its own).
  const text = JSON.stringify(doc.paths);
  for (const name of Object.keys(doc.components.responses)) {
    if (!text.includes(`"#/components/responses/${name}"`)) delete doc.components.responses[name];
  }
  return doc;
}

/** Completes one operation in place (see openApiDocument). */
function complete(
  method: string,
  path: string,
  operation: Json,
  example: { request?: Json; responses: Record<string, Json> } | undefined,
) {
  if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  operation.description ??= operation.summary;
  if (!path.startsWith("/v1/")) return;
  const responses: Json = (operation.responses ??= {});
  const hasBody = operation.requestBody !== undefined;
  const hasInput = hasBody || (operation.parameters ?? []).length > 0;
  const isVersioned = versioned.some((pattern) => pattern.test(path));
  const conditional = isVersioned && (method === "patch" || method === "delete");

  const parameters: Json[] = (operation.parameters ??= []);
  if (method === "post") parameters.push({ $ref: "#/components/parameters/IdempotencyKey" });
  if (conditional) parameters.push({ $ref: "#/components/parameters/IfMatch" });
  if (parameters.length === 0) delete operation.parameters;

  const wanted = new Set(["401", "403", "429", "500"]);
  if (hasInput || method === "post") wanted.add("400");
  if (path.includes("{id}")) wanted.add("404");
  if (method === "post" || method === "patch") wanted.add("409");
  if (conditional) wanted.add("412");
  if (hasBody) wanted.add("413").add("415");
  for (const status of wanted) {
    responses[status] ??= { $ref: `#/components/responses/${errorResponses[status]!.name}` };
  }

  for (const [status, response] of Object.entries<Json>(responses)) {
    if (response.$ref) continue;
    const problem = response.content?.["application/problem+json"];
    if (problem) problem.example ??= problemExamples[status];
    if (status === "429") response.headers = { "Retry-After": headerRef("RetryAfter") };
    if (!status.startsWith("2")) continue;
    const headers: Json = (response.headers ??= {});
    Object.assign(headers, budgetHeaders);
    if (method === "post") headers["Idempotent-Replayed"] = headerRef("IdempotentReplayed");
    if (status === "201" && !createdWithoutUrl.has(operation.operationId)) {
      headers.Location = headerRef("Location");
    }
    if (isVersioned && method !== "delete") headers.ETag = headerRef("ETag");
    if (path === "/v1/stories" && method === "post") headers.ETag = headerRef("ETag");
    if (/^\/v1\/(targets|value-sets)$/.test(path) && method === "post") {
      headers.ETag = headerRef("ETag");
    }
    for (const [type, media] of Object.entries<Json>(response.content ?? {})) {
      const value = example?.responses[status]?.[type];
      if (value !== undefined) media.example ??= value;
    }
  }
  for (const [type, media] of Object.entries<Json>(operation.requestBody?.content ?? {})) {
    // Plain text is read as Markdown: the same document serves as its example.
    const value = example?.request?.[type] ?? example?.request?.[type.replace("plain", "markdown")];
    if (value !== undefined) media.example ??= value;
  }
}
