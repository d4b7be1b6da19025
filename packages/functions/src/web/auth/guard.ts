import type { Context } from "hono";

/** The web app's own paths for signing in and out. */
export const paths = {
  signIn: "/app/sign-in",
  callback: "/app/callback",
  signOut: "/app/sign-out",
  signedOut: "/app/signed-out",
  settings: "/app/settings",
} as const;

/** Paths `requireUser` lets through: the sign-in steps themselves. */
export const openPaths: ReadonlySet<string> = new Set([
  paths.signIn,
  paths.callback,
  paths.signOut,
  paths.signedOut,
]);

const base = "http://next.invalid";

/**
 * A place on this site to return to after signing in: a path (with query and fragment) and
 * nothing else. An absolute URL, a scheme-relative `//host` or `/\host`, a control character or
 * anything over 2,000 characters gives `fallback`, so no sign-in link sends a user to another site.
 */
export function safeNext(next: string | undefined | null, fallback = "/app"): string {
  if (!next || next.length > 2_000 || !next.startsWith("/") || /[\p{Cc}\\]/u.test(next)) {
    return fallback;
  }
  if (next.startsWith("//")) return fallback;
  const url = new URL(next, base);
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return openPaths.has(url.pathname) ? fallback : path;
}

/** The sign-in page's address that brings the browser back to where it was going. */
export function signInUrl(c: Context): string {
  const url = new URL(c.req.url);
  const method = c.req.method;
  let next = `${url.pathname}${url.search}`;
  if (method !== "GET" && method !== "HEAD") {
    // A form sent after the session ended: back to the page it was sent from, to send it again.
    const referer = URL.parse(c.req.header("Referer") ?? "");
    next = referer?.origin === url.origin ? `${referer.pathname}${referer.search}` : "/app";
  }
  return `${paths.signIn}?next=${encodeURIComponent(safeNext(next))}`;
}

const loopbackNames = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Whether the request names this computer by a loopback name (127.0.0.1, localhost, [::1]) in its
 * Host header. A web page whose own name an attacker points at 127.0.0.1 (DNS rebinding) still
 * sends its own name, and is refused.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, "").toLowerCase();
  return loopbackNames.has(name);
}

/**
 * Whether a state-changing request (anything but GET, HEAD, OPTIONS) comes from a page of this
 * site: its `Origin` must be one of `origins`, or, without an Origin, `Sec-Fetch-Site` must say
 * same-origin. A request with neither is refused: every browser sends one of them on a POST, so
 * only a forged cross-site request lacks both. With the SameSite=Lax session cookie this is the
 * CSRF defence; a cross-site form post is answered 403 before any handler runs.
 */
export function isSameOriginWrite(c: Context, origins: readonly string[]): boolean {
  if (/^(GET|HEAD|OPTIONS)$/.test(c.req.method)) return true;
  const fetchSite = c.req.header("Sec-Fetch-Site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = c.req.header("Origin");
  if (origin) return origins.includes(origin);
  return fetchSite === "same-origin";
}
