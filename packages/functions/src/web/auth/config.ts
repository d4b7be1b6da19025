import type { JwtConfig } from "@storybank/core/config";
import { isLoopbackHost, paths } from "./guard.ts";

/** Which of the provider's tokens the web app hands to the API as its bearer. */
export type BearerToken = "id_token" | "access_token";

/** Sign-in through an OpenID Connect provider (Authorization Code with PKCE). */
export interface OidcAuthOptions {
  mode: "oidc";
  /** The issuer's URL, as its discovery document names it (`…/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** For a confidential client (sent as client_secret_basic); a public client has none. */
  clientSecret?: string;
  /** This app's callback as registered at the provider: `https://<host>/app/callback`. */
  redirectUrl: string;
  /** At least 32 characters; the cookies' keys are derived from it. Changing it signs everyone out. */
  cookieSecret: string;
  /** Scopes asked for; "openid profile email" by default. */
  scopes?: string;
  /** The token the API gets as its bearer; `id_token` by default. */
  bearer?: BearerToken;
}

/** The environment variables of the web sign-in, by option. */
export const oidcVariables = {
  issuer: "STORYBANK_OIDC_ISSUER",
  clientId: "STORYBANK_OIDC_CLIENT_ID",
  clientSecret: "STORYBANK_OIDC_CLIENT_SECRET",
  redirectUrl: "STORYBANK_OIDC_REDIRECT_URL",
  cookieSecret: "STORYBANK_WEB_COOKIE_SECRET",
  scopes: "STORYBANK_OIDC_SCOPES",
  bearer: "STORYBANK_OIDC_BEARER",
} as const;

const required = ["issuer", "clientId", "redirectUrl", "cookieSecret"] as const;

/**
 * The OpenID Connect sign-in settings from the environment (see {@link oidcVariables}), or
 * undefined when none is set. Throws an Error naming every missing variable
 * when only some are set, and any value that cannot work (see {@link checkOidcOptions}).
 */
export function readOidcEnv(env: NodeJS.ProcessEnv = process.env): OidcAuthOptions | undefined {
  const value = (name: keyof typeof oidcVariables) => env[oidcVariables[name]]?.trim() || undefined;
  const names = (list: readonly (keyof typeof oidcVariables)[]) =>
    list.map((name) => oidcVariables[name]).join(", ");
  const all = Object.keys(oidcVariables) as (keyof typeof oidcVariables)[];
  if (all.every((name) => !value(name))) return undefined;
  const missing = required.filter((name) => !value(name));
  if (missing.length > 0) {
    throw new Error(
      `The web sign-in is half configured: ${names(missing)} not set. It needs all of ` +
        `${names(required)}; leave all of ${names(all)} unset to turn it off.`,
    );
  }
  const options: OidcAuthOptions = {
    mode: "oidc",
    issuer: value("issuer") as string,
    clientId: value("clientId") as string,
    clientSecret: value("clientSecret"),
    redirectUrl: value("redirectUrl") as string,
    cookieSecret: value("cookieSecret") as string,
    scopes: value("scopes"),
    bearer: value("bearer") as BearerToken | undefined,
  };
  checkOidcOptions(options);
  return options;
}

/** A URL that is https, or http on this computer (a provider started for development or tests). */
function secureUrl(name: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name} must be a URL, not "${text}".`);
  }
  if (url.protocol === "https:") return url;
  if (url.protocol === "http:" && isLoopbackHost(url.host)) return url;
  throw new Error(`${name} must be an https URL (http only on 127.0.0.1 or localhost): "${text}".`);
}

/**
 * Throws an Error that says what to change when the settings cannot work: a URL that is not https
 * (http is allowed on this computer only), a redirect URL whose path is not /app/callback, a cookie
 * secret under 32 characters, an unknown bearer or scopes without `openid`.
 */
export function checkOidcOptions(options: OidcAuthOptions): void {
  const v = oidcVariables;
  secureUrl(v.issuer, options.issuer);
  const redirect = secureUrl(v.redirectUrl, options.redirectUrl);
  if (redirect.pathname !== paths.callback || redirect.search || redirect.hash) {
    throw new Error(
      `${v.redirectUrl} must be this app's callback, ${redirect.origin}${paths.callback}, not "${options.redirectUrl}".`,
    );
  }
  if (!options.clientId.trim()) throw new Error(`${v.clientId} is empty.`);
  if (options.cookieSecret.length < 32) {
    throw new Error(
      `${v.cookieSecret} must be at least 32 characters (for example: openssl rand -base64 32).`,
    );
  }
  if (options.bearer && options.bearer !== "id_token" && options.bearer !== "access_token") {
    throw new Error(`${v.bearer} must be id_token or access_token, not "${options.bearer}".`);
  }
  if (options.scopes && !options.scopes.split(/\s+/).includes("openid")) {
    throw new Error(`${v.scopes} must include "openid": "${options.scopes}".`);
  }
}

/**
 * Throws an Error unless the REST API will accept the token the web sign-in hands it: the API's
 * JWT settings (STORYBANK_JWT_ISSUER, STORYBANK_JWT_AUDIENCE and a key) must be set, name the same
 * issuer and, when the ID token is the bearer, have the client id as the audience (an ID token's
 * audience is the client).
 */
export function checkApiAcceptsBearer(options: OidcAuthOptions, jwt: JwtConfig | undefined): void {
  if (!jwt) {
    throw new Error(
      "The web sign-in hands the API the provider's token, but the API takes no JWT: set STORYBANK_JWT_ISSUER, STORYBANK_JWT_AUDIENCE and STORYBANK_JWKS_URL (or JwtIssuer, JwtAudience and JwtKey on AWS).",
    );
  }
  if (jwt.issuer !== options.issuer) {
    throw new Error(
      `The API's JWT issuer ("${jwt.issuer}") must be the sign-in's issuer ("${options.issuer}"), written the same way.`,
    );
  }
  if ((options.bearer ?? "id_token") === "id_token" && jwt.audience !== options.clientId) {
    throw new Error(
      `The web sign-in hands the API the ID token, whose audience is the client id: set the API's JWT audience to "${options.clientId}" (or ${oidcVariables.bearer}=access_token with a provider that issues JWT access tokens for "${jwt.audience}").`,
    );
  }
}
