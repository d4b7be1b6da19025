import type { JwtConfig } from "@storybank/core/config";
import { oidcVariables } from "./config.ts";
import { webAuthFromEnv } from "./index.ts";
import type { WebAuth } from "./types.ts";

/**
 * The stage settings (SST secrets, infra/secrets.ts) of the web sign-in, by the environment
 * variable each stands for. An empty value is unset: a stage without them has no sign-in.
 */
export const oidcLinks = {
  OidcIssuer: oidcVariables.issuer,
  OidcClientId: oidcVariables.clientId,
  OidcClientSecret: oidcVariables.clientSecret,
  OidcRedirectUrl: oidcVariables.redirectUrl,
  WebCookieSecret: oidcVariables.cookieSecret,
} as const;

/**
 * The web sign-in of a Lambda function from its linked stage settings ({@link oidcLinks}, as
 * `Resource` from "sst" hands them over); without them (tests, benchmarks), from the environment.
 * `jwt` is the API's JWT configuration, which must accept the token the sign-in hands on. Throws
 * an Error saying what to set when the settings are half set or cannot work together.
 */
export function webAuthFromLinks(links: object, jwt: JwtConfig | undefined): WebAuth {
  if (!("OidcIssuer" in links)) return webAuthFromEnv(process.env, jwt);
  const env: NodeJS.ProcessEnv = {};
  for (const [link, variable] of Object.entries(oidcLinks)) {
    const value = (links as Record<string, { value?: unknown } | undefined>)[link]?.value;
    if (typeof value === "string") env[variable] = value;
  }
  try {
    return webAuthFromEnv(env, jwt);
  } catch (error) {
    // Name the settings as the operator sets them: `npx sst secret set OidcClientId …`.
    let message = error instanceof Error ? error.message : String(error);
    for (const [link, variable] of Object.entries(oidcLinks)) {
      message = message.replaceAll(variable, link);
    }
    throw new Error(message, { cause: error });
  }
}
