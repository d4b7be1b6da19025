import type { Hono, MiddlewareHandler } from "hono";

/** Who the browser is signed in as. */
export interface WebUser {
  /** The owner id the API uses (`local`, or `jwt:<subject>` for a sign-in through OpenID Connect). */
  owner: string;
  /** A name to show: the identity provider's `name`, `email` or `preferred_username`. */
  name: string;
}

/** What `requireUser` puts on the context for the pages behind it. */
export interface WebAuthEnv {
  Variables: {
    /** A token the REST API accepts as `Authorization: Bearer …`; never to be written into a page. */
    bearer: string;
    user: WebUser;
  };
}

/** The sign-in routes to mount at "/" and the guard for the pages. */
export interface WebAuth {
  /** `GET /app/sign-in`, `GET /app/callback`, `POST /app/sign-out`, `GET /app/signed-out`. */
  routes: Hono<WebAuthEnv>;
  /**
   * Lets a request through signed in (with `bearer` and `user` set) or sends the browser to
   * `/app/sign-in?next=…`; refuses (403) a state-changing request sent from another site.
   */
  requireUser: MiddlewareHandler<WebAuthEnv>;
}
