import { Hono, type MiddlewareHandler } from "hono";
import type { JwtConfig } from "@storybank/core/config";
import {
  checkApiAcceptsBearer,
  type OidcAuthOptions,
  oidcVariables,
  readOidcEnv,
} from "./config.ts";
import { paths } from "./guard.ts";
import { type LocalAuthOptions, localAuth } from "./local.ts";
import { oidcAuth } from "./oidc.ts";
import { refusedPage } from "./pages.ts";
import type { WebAuth, WebAuthEnv } from "./types.ts";

export { checkApiAcceptsBearer, oidcVariables, readOidcEnv } from "./config.ts";
export type { BearerToken, OidcAuthOptions } from "./config.ts";
export { paths, safeNext } from "./guard.ts";
export type { LocalAuthOptions } from "./local.ts";
export { type RestApi, settingsPages } from "./settings.tsx";
export type { WebAuth, WebAuthEnv, WebUser } from "./types.ts";

/** No sign-in configured: every page says so (503) instead of serving anyone. */
export interface NoAuthOptions {
  mode: "off";
}

export type WebAuthOptions = LocalAuthOptions | OidcAuthOptions | NoAuthOptions;

/**
 * The web app's sign-in: `routes` (mount with `app.route("/", routes)`, before the pages) and
 * `requireUser` (before every page under /app; it lets the sign-in paths through). On the pages
 * behind it, `c.get("bearer")` is a token the REST API accepts and `c.get("user")` is
 * `{ owner, name }`.
 *
 * - `{ mode: "local", apiKey }`: the local server; the local user is signed in without a form.
 * - `{ mode: "oidc", issuer, clientId, redirectUrl, cookieSecret, … }`: sign-in through an
 *   OpenID Connect provider. Throws an Error at once for settings that cannot work.
 * - `{ mode: "off" }`: no sign-in; pages answer 503.
 */
export function webAuth(options: WebAuthOptions): WebAuth {
  if (options.mode === "local") return localAuth(options);
  if (options.mode === "oidc") return oidcAuth(options);
  return noAuth();
}

/**
 * The sign-in a deployment's environment asks for: OpenID Connect when its variables are set
 * ({@link oidcVariables}), checked against the API's JWT settings `jwt` so the API accepts the
 * token it hands on; otherwise none. Throws an Error with what to set when the settings are half
 * set or cannot work together.
 */
export function webAuthFromEnv(env: NodeJS.ProcessEnv, jwt: JwtConfig | undefined): WebAuth {
  const oidc = readOidcEnv(env);
  if (!oidc) return noAuth();
  checkApiAcceptsBearer(oidc, jwt);
  return oidcAuth(oidc);
}

function noAuth(): WebAuth {
  const notConfigured = (c: Parameters<typeof refusedPage>[0]) =>
    refusedPage(
      c,
      503,
      "Sign-in is not configured",
      `This Storybank has no sign-in set up: its operator sets ${oidcVariables.issuer} and the other sign-in settings.`,
    );
  const routes = new Hono<WebAuthEnv>();
  routes.get(paths.signIn, notConfigured);
  routes.get(paths.callback, notConfigured);
  const requireUser: MiddlewareHandler<WebAuthEnv> = async (c) => notConfigured(c);
  return { routes, requireUser };
}
