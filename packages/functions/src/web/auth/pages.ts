import type { Context } from "hono";
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { paths } from "./guard.ts";

/**
 * The few pages the sign-in steps show on their own (signed out, refused, not configured):
 * plain, self-contained HTML that needs nothing else from the app.
 */
function page(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Storybank</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            max-width: 36rem;
            margin: 3rem auto;
            padding: 0 1rem;
            color: #1d232a;
          }
          a,
          button {
            font: inherit;
          }
          .button {
            display: inline-block;
            padding: 0.5rem 1rem;
            border: 1px solid #1d4ed8;
            border-radius: 0.375rem;
            background: #1d4ed8;
            color: #fff;
            text-decoration: none;
          }
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`;
}

/** After signing out. */
export function signedOutPage(c: Context, local: boolean) {
  c.header("Cache-Control", "no-store");
  return c.html(
    page(
      "Signed out",
      html`<h1>You are signed out</h1>
        <p>
          ${
            local
              ? "This browser no longer holds a Storybank session. On this computer Storybank signs its local user in again when you come back."
              : "This browser no longer holds a Storybank session."
          }
        </p>
        <p><a class="button" href="${paths.signIn}">Sign in</a></p>`,
    ),
    200,
  );
}

/** A sign-in that cannot go on: why, and the way back. */
export function refusedPage(c: Context, status: 400 | 403 | 503, title: string, message: string) {
  c.header("Cache-Control", "no-store");
  return c.html(
    page(
      title,
      html`<h1>${title}</h1>
        <p>${message}</p>
        <p><a class="button" href="${paths.signIn}">Try signing in again</a></p>`,
    ),
    status,
  );
}
