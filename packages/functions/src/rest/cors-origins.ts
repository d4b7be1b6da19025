/**
 * Cross-origin access for browser clients (a prep tool's web page calling the API with a
 * bearer token): which origins, headers and methods. Origins come from configuration; the API
 * takes bearer tokens, never cookies, so credentials are never allowed. Free of dependencies, so
 * infra/ reads the same lists for API Gateway.
 */

/** Request headers a browser client may send. */
export const CORS_ALLOW_HEADERS = [
  "Authorization",
  "Content-Type",
  "Accept",
  "Idempotency-Key",
  "If-Match",
  // MCP's Streamable HTTP transport, for assistants that run in a browser.
  "Mcp-Protocol-Version",
  "Mcp-Session-Id",
];

/** Response headers a browser client may read. */
export const CORS_EXPOSE_HEADERS = [
  "ETag",
  "Location",
  "Retry-After",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
  "Idempotent-Replayed",
  "Content-Disposition",
  "WWW-Authenticate",
  "Mcp-Session-Id",
];

export const CORS_ALLOW_METHODS = ["GET", "HEAD", "POST", "PATCH", "DELETE"] as const;

/** How long a browser may keep a preflight's answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

/** The environment variable listing allowed origins (comma- or space-separated). */
export const CORS_ORIGINS_VARIABLE = "STORYBANK_CORS_ORIGINS";

const originPattern = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}|\*))?$/;

/**
 * The origins in `value`: `*` (any origin, answered with a literal `*`), an exact origin
 * (`https://coach.example`, `http://localhost:5173`), or an origin with any port
 * (`http://localhost:*`). Lower-cased; a trailing slash is dropped. Throws an Error naming the
 * entry when one is anything else (a path, a wildcard host, no scheme).
 */
export function parseCorsOrigins(value: string): string[] {
  const origins = value
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/\/$/, ""))
    .filter(Boolean);
  for (const origin of origins) {
    if (origin !== "*" && !originPattern.test(origin)) {
      throw new Error(
        `${CORS_ORIGINS_VARIABLE}: "${origin}" is not an origin (scheme://host[:port], host[:*] or *).`,
      );
    }
  }
  return [...new Set(origins)];
}

/**
 * The local server's origins: its own (`http://127.0.0.1:<port>` and `http://localhost:<port>`)
 * and any port of localhost, where a tool under development runs.
 */
export function localCorsOrigins(port: number): string[] {
  return [
    `http://127.0.0.1:${port}`,
    `http://localhost:${port}`,
    "http://localhost:*",
    "http://127.0.0.1:*",
    "http://[::1]:*",
  ];
}

/** Whether `origin` (as a browser sends it) is one of `allowed` (see parseCorsOrigins). */
export function originAllowed(allowed: readonly string[], origin: string): boolean {
  const asked = origin.toLowerCase();
  const match = originPattern.exec(asked);
  if (!match) return false;
  return allowed.some((entry) => {
    if (entry === asked) return true;
    if (!entry.endsWith(":*")) return false;
    const base = entry.slice(0, -2);
    return asked === base || (asked.startsWith(`${base}:`) && match[3] !== undefined);
  });
}
