/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { type ApiApp, ApiError, type WebAuth, type WebEnv } from "./api.ts";
import { css, js } from "./assets.ts";
import { importPages } from "./import.tsx";
import { Layout } from "./layout.tsx";
import { practicePages } from "./practice.tsx";
import { settingsPages } from "./auth/settings.tsx";
import { sheetPages } from "./sheet.tsx";
import { storyPages } from "./stories.tsx";
import { targetPages } from "./targets.tsx";

export { Layout } from "./layout.tsx";
export type { WebAuth, WebEnv, WebUser } from "./api.ts";

export interface WebOptions {
  /** The REST app the pages call, in-process, with the signed-in user's bearer token. */
  api: ApiApp;
  /** Sign-in: its routes and the guard that sets `bearer` and `user` (or redirects). */
  auth: WebAuth;
}

const statusTitles: Record<number, string> = {
  401: "Please sign in again.",
  403: "This needs a permission your key does not have.",
  404: "Not found: it may have been deleted.",
  429: "Too many requests: wait a minute and try again.",
};

/**
 * The web app for candidates at `/` and `/app/...`: server-rendered pages (Hono JSX) over the
 * public REST API, one stylesheet and one small script served from here (no CDN, no build).
 */
export function webApp({ api, auth }: WebOptions) {
  const app = new Hono<WebEnv>();
  const asset = (body: string, type: string) => () =>
    new Response(body, {
      headers: { "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" },
    });
  app.get("/app/assets/app.css", asset(css, "text/css; charset=utf-8"));
  app.get("/app/assets/app.js", asset(js, "text/javascript; charset=utf-8"));
  app.get("/", (c) => c.redirect("/app/stories"));
  app.get("/app", (c) => c.redirect("/app/stories"));
  app.route("/", auth.routes);

  const pages = new Hono<WebEnv>();
  pages.use("/app/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
    c.header("X-Frame-Options", "SAMEORIGIN");
  });
  pages.use("/app/*", auth.requireUser);
  pages.route("/", storyPages(api));
  pages.route("/", importPages(api));
  pages.route("/", targetPages(api));
  pages.route("/", sheetPages(api));
  pages.route("/", practicePages(api));
  pages.route("/", settingsPages(api));
  pages.onError((error, c) => {
    const problem = error instanceof ApiError ? error.problem : undefined;
    if (!problem)
      console.error(
        JSON.stringify({ level: "error", msg: "web page failed", error: String(error) }),
      );
    const status = problem?.status ?? 500;
    const title =
      statusTitles[status] ??
      (problem
        ? (problem.detail ?? "The request was refused.")
        : "Something went wrong on our side. Try again.");
    return c.html(
      <Layout
        title="Problem"
        userName={c.var.user?.name}
        flash={{
          kind: "error",
          title,
          lines: problem?.detail && statusTitles[status] ? [problem.detail] : [],
        }}
      >
        <h1>Something is missing</h1>
        <p>
          <a href="/app/stories">Back to your stories</a>
        </p>
      </Layout>,
      status as 500,
    );
  });
  app.route("/", pages);
  return app;
}
