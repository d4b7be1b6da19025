import { Hono, type MiddlewareHandler } from "hono";
import { decodeJwt } from "jose";
import type * as Client from "openid-client";
import { checkOidcOptions, type OidcAuthOptions } from "./config.ts";
import { isSameOriginWrite, openPaths, paths, safeNext, signInUrl } from "./guard.ts";
import { refusedPage, signedOutPage } from "./pages.ts";
import { cookieJar, deriveKey, seal, unseal } from "./session.ts";
import type { WebAuth, WebAuthEnv } from "./types.ts";

const SESSION = "storybank_session";
const SIGN_IN = "storybank_sign_in";
/** How long a started sign-in may take at the provider. */
const SIGN_IN_SECONDS = 600;
/** A session never outlives its token, nor this. */
const MAX_SESSION_SECONDS = 12 * 3600;

/**
 * Sign-in through an OpenID Connect provider with openid-client (Authorization Code with PKCE,
 * S256; state and nonce checked). The provider's metadata is discovered on first use and kept; a
 * failed discovery is tried again on the next sign-in.
 *
 * - `GET /app/sign-in?next=…` keeps the PKCE verifier, state, nonce and `next` in a sealed
 *   HttpOnly cookie (10 minutes) and sends the browser to the provider.
 * - `GET /app/callback` checks them against the answer, redeems the code, and keeps a session
 *   cookie holding the token the API is to get (the ID token by default): encrypted, so the
 *   browser cannot read or alter it, and ending when the token does (12 hours at most). Then
 *   back to `next`.
 * - `POST /app/sign-out` drops the session and, when the provider has an end-session endpoint,
 *   signs out there too, coming back to `/app/signed-out`.
 */
export function oidcAuth(options: OidcAuthOptions): WebAuth {
  checkOidcOptions(options);
  const redirect = new URL(options.redirectUrl);
  const origin = redirect.origin;
  const jar = cookieJar(redirect.protocol === "https:");
  const sessionKey = deriveKey(options.cookieSecret, "session");
  const signInKey = deriveKey(options.cookieSecret, "sign-in");
  const scope = options.scopes ?? "openid profile email";
  const bearerToken = options.bearer ?? "id_token";

  // Loaded on the first sign-in, not when a Lambda starts: most requests never need it.
  let library: Promise<typeof Client> | undefined;
  const load = () => (library ??= import("openid-client"));
  let discovered: Promise<Client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= load()
      .then((client) =>
        client.discovery(
          new URL(options.issuer),
          options.clientId,
          undefined,
          options.clientSecret ? client.ClientSecretBasic(options.clientSecret) : client.None(),
          new URL(options.issuer).protocol === "http:"
            ? { execute: [client.allowInsecureRequests] }
            : undefined,
        ),
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  const unreachable = (c: Parameters<typeof refusedPage>[0], error: unknown) => {
    log("sign-in provider unreachable", error);
    return refusedPage(
      c,
      503,
      "Sign-in is unavailable",
      "The sign-in provider cannot be reached just now. Try again in a minute.",
    );
  };

  const routes = new Hono<WebAuthEnv>();
  routes.get(paths.signIn, async (c) => {
    let config: Client.Configuration;
    try {
      config = await configuration();
    } catch (error) {
      return unreachable(c, error);
    }
    const client = await load();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const next = safeNext(c.req.query("next"));
    const pending = { v: verifier, s: state, n: nonce, next };
    jar.write(c, SIGN_IN, await seal(signInKey, pending, SIGN_IN_SECONDS), SIGN_IN_SECONDS);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: options.redirectUrl,
      scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    c.header("Cache-Control", "no-store");
    return c.redirect(url.href, 303);
  });

  routes.get(paths.callback, async (c) => {
    const pending = await unseal(signInKey, jar.read(c, SIGN_IN));
    jar.clear(c, SIGN_IN);
    if (typeof pending?.v !== "string" || typeof pending.s !== "string") {
      return refusedPage(
        c,
        400,
        "Sign-in expired",
        "This sign-in was not started in this browser, or took longer than ten minutes.",
      );
    }
    const providerError = c.req.query("error");
    if (providerError) {
      const detail = c.req.query("error_description");
      return refusedPage(
        c,
        400,
        "Sign-in refused",
        `The sign-in provider answered: ${detail ? detail.slice(0, 300) : providerError.slice(0, 100)}.`,
      );
    }
    let config: Client.Configuration;
    try {
      config = await configuration();
    } catch (error) {
      return unreachable(c, error);
    }
    const client = await load();
    let tokens: Awaited<ReturnType<typeof Client.authorizationCodeGrant>>;
    try {
      // The answer is read against the registered redirect URL: behind a proxy or API Gateway the
      // request's own URL may name another host.
      const current = new URL(options.redirectUrl);
      current.search = new URL(c.req.url).search;
      tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.v,
        expectedState: pending.s,
        expectedNonce: typeof pending.n === "string" ? pending.n : undefined,
        idTokenExpected: true,
      });
    } catch (error) {
      log("sign-in refused", error);
      return refusedPage(
        c,
        400,
        "Sign-in failed",
        "The answer from the sign-in provider did not match the sign-in this browser started. Please sign in again.",
      );
    }
    const claims = tokens.claims();
    const bearer = bearerToken === "id_token" ? tokens.id_token : tokens.access_token;
    const expires = bearer ? expiryOf(bearer) : undefined;
    if (!claims || !bearer || expires === undefined) {
      return refusedPage(
        c,
        503,
        "Sign-in is misconfigured",
        `The provider's ${bearerToken === "id_token" ? "ID" : "access"} token is not a JWT with an expiry, so the API cannot take it.`,
      );
    }
    const ttl = Math.min(expires - Math.floor(Date.now() / 1000), MAX_SESSION_SECONDS);
    if (ttl <= 0) {
      return refusedPage(c, 400, "Sign-in failed", "The provider's token has already expired.");
    }
    const name = displayName(claims);
    jar.write(c, SESSION, await seal(sessionKey, { sub: claims.sub, name, b: bearer }, ttl), ttl);
    c.header("Cache-Control", "no-store");
    return c.redirect(typeof pending.next === "string" ? safeNext(pending.next) : "/app", 303);
  });

  routes.post(paths.signOut, async (c) => {
    if (!isSameOriginWrite(c, [origin])) {
      return refusedPage(c, 403, "Refused", "This form was sent from another site.");
    }
    const session = await unseal(sessionKey, jar.read(c, SESSION));
    jar.clear(c, SESSION);
    let config: Client.Configuration | undefined;
    try {
      config = await configuration();
    } catch {
      config = undefined;
    }
    if (!config?.serverMetadata().end_session_endpoint) {
      return c.redirect(paths.signedOut, 303);
    }
    const client = await load();
    const hint =
      bearerToken === "id_token" && typeof session?.b === "string" ? session.b : undefined;
    const url = client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: `${origin}${paths.signedOut}`,
      ...(hint ? { id_token_hint: hint } : { client_id: options.clientId }),
    });
    return c.redirect(url.href, 303);
  });
  routes.get(paths.signedOut, (c) => signedOutPage(c, false));

  const requireUser: MiddlewareHandler<WebAuthEnv> = async (c, next) => {
    if (openPaths.has(c.req.path)) return next();
    if (!isSameOriginWrite(c, [origin])) {
      return refusedPage(c, 403, "Refused", "This form was sent from another site.");
    }
    const session = await unseal(sessionKey, jar.read(c, SESSION));
    if (typeof session?.b !== "string" || typeof session.sub !== "string") {
      return c.redirect(signInUrl(c), 303);
    }
    c.set("bearer", session.b);
    c.set("user", {
      owner: `jwt:${session.sub}`,
      name: typeof session.name === "string" ? session.name : session.sub,
    });
    c.header("Cache-Control", "no-store");
    await next();
  };
  return { routes, requireUser };
}

/** The `exp` of a JWT, in seconds since the epoch; undefined for anything else. */
function expiryOf(token: string): number | undefined {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
}

/** The name to show: `name`, `email`, `preferred_username`, else the subject. */
function displayName(claims: Client.IDToken): string {
  for (const key of ["name", "email", "preferred_username"]) {
    const value = claims[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 200);
  }
  return claims.sub;
}

function log(msg: string, error: unknown) {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(JSON.stringify({ level: "warn", msg, reason }));
}
