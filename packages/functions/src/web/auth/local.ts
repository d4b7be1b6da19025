import { Hono, type MiddlewareHandler } from "hono";
import {
  isLoopbackHost,
  isSameOriginWrite,
  openPaths,
  paths,
  safeNext,
  signInUrl,
} from "./guard.ts";
import { refusedPage, signedOutPage } from "./pages.ts";
import { cookieJar, deriveKey, seal, unseal } from "./session.ts";
import type { WebAuth, WebAuthEnv } from "./types.ts";

/** The local server's web sign-in. */
export interface LocalAuthOptions {
  mode: "local";
  /**
   * The local user's API key (the one `npm start` keeps in the data folder). It never leaves the
   * server: the browser holds only a session cookie, and requests to the API carry the key.
   */
  apiKey: () => string | Promise<string>;
  /** The owner the key belongs to, as the API names it; "local" by default. */
  owner?: string;
  /** The name pages show; "Local user" by default. */
  name?: string;
}

const SESSION = "storybank_session";
const SESSION_SECONDS = 30 * 24 * 3600;

/**
 * Locally, whoever uses a browser on this computer is the local user. The browser is signed in
 * without a form: `GET /app/sign-in` sets a session cookie and goes back to `next`. It answers only
 * to a loopback Host (127.0.0.1, localhost, [::1]), so a site that points its own name at this
 * computer (DNS rebinding) gets nothing. The cookie is HttpOnly, SameSite=Lax and sealed with a key
 * derived from the local API key: it holds no secret, and replacing the key ends every session.
 */
export function localAuth(options: LocalAuthOptions): WebAuth {
  const owner = options.owner ?? "local";
  const name = options.name ?? "Local user";
  const jar = cookieJar(false);
  const keys = new Map<string, Uint8Array>();
  const keyFor = (apiKey: string) => {
    let key = keys.get(apiKey);
    if (!key) {
      key = deriveKey(apiKey, "session");
      keys.clear();
      keys.set(apiKey, key);
    }
    return key;
  };
  const originsOf = (host: string) => [`http://${host}`];
  const notLoopback = "This local Storybank answers only at http://127.0.0.1 or http://localhost.";

  const routes = new Hono<WebAuthEnv>();
  routes.get(paths.signIn, async (c) => {
    const host = c.req.header("Host");
    if (!isLoopbackHost(host)) return refusedPage(c, 403, "Not on this computer", notLoopback);
    const key = keyFor(await options.apiKey());
    jar.write(c, SESSION, await seal(key, { m: "local" }, SESSION_SECONDS), SESSION_SECONDS);
    c.header("Cache-Control", "no-store");
    return c.redirect(safeNext(c.req.query("next")), 303);
  });
  routes.post(paths.signOut, async (c) => {
    if (!isSameOriginWrite(c, originsOf(c.req.header("Host") ?? ""))) {
      return refusedPage(c, 403, "Refused", "This form was sent from another site.");
    }
    jar.clear(c, SESSION);
    return c.redirect(paths.signedOut, 303);
  });
  routes.get(paths.signedOut, (c) => signedOutPage(c, true));

  const requireUser: MiddlewareHandler<WebAuthEnv> = async (c, next) => {
    if (openPaths.has(c.req.path)) return next();
    const host = c.req.header("Host");
    if (!isLoopbackHost(host)) return refusedPage(c, 403, "Not on this computer", notLoopback);
    if (!isSameOriginWrite(c, originsOf(host ?? ""))) {
      return refusedPage(c, 403, "Refused", "This form was sent from another site.");
    }
    const apiKey = await options.apiKey();
    const session = await unseal(keyFor(apiKey), jar.read(c, SESSION));
    if (session?.m !== "local") return c.redirect(signInUrl(c), 303);
    c.set("bearer", apiKey);
    c.set("user", { owner, name });
    c.header("Cache-Control", "no-store");
    await next();
  };
  return { routes, requireUser };
}
