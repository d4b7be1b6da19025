import { type LocalAuthOptions, localAuth } from "./local.ts";
import type { WebAuth } from "./types.ts";

export { paths, safeNext } from "./guard.ts";
export type { LocalAuthOptions } from "./local.ts";
export type { WebAuth, WebAuthEnv, WebUser } from "./types.ts";

export type WebAuthOptions = LocalAuthOptions;

/**
 * The web app's sign-in: `routes` (mount with `app.route("/", routes)`) and `requireUser`
 * (put before every page under /app). Locally (`{ mode: "local", apiKey }`) the local user is
 * signed in without a form.
 */
export function webAuth(options: WebAuthOptions): WebAuth {
  return localAuth(options);
}
