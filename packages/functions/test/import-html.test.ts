import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

/** Story documents saved as HTML, uploaded as a web page or an export would be. */
const fixture = (name: string) =>
  readFileSync(new URL(`../../core/test/import-fixtures/html/${name}`, import.meta.url), "utf8");

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** POSTs a body with its own content type. */
const post = (user: User, path: string, body: string, type: string) =>
  h.app.request(path, {
    method: "POST",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": type },
    body,
  });

const storyTitles = async (user: User) =>
  ((await user.json("GET", "/v1/stories?limit=100")).body.items as { title: string }[])
    .map((story) => story.title)
    .sort();

describe("POST /v1/import (HTML)", () => {
  it("dry-runs a Google Docs export sent as text/html, with the notice first, and writes nothing", async () => {
    const user = await h.withUser();
    const res = await post(
      user,
      "/v1/import?dryRun=true",
      fixture("google-docs-export.html"),
      "text/html; charset=utf-8",
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ format: "markdown", dryRun: true });
    expect(body.stories.map((s: any) => [s.action, s.story.title])).toEqual([
      ["create", "Rebuilding the Invoice Pipeline"],
      ["create", "Winning Over a Skeptical Partner Team"],
    ]);
    expect(body.warnings[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^The document was read as HTML/),
    });
    // The line map the page shows: the situation is the second part of the first story.
    expect(body.stories[0].lines.map((span: any) => span.field)).toContain("situation");
    expect(await storyTitles(user)).toEqual([]);
  });

  it("imports a saved blog post, its lines those of the HTML file; twice adds nothing", async () => {
    const user = await h.withUser();
    const page = fixture("blog-post.html");
    const res = await post(user, "/v1/import", page, "text/html");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stories.every((s: any) => s.action === "create" && /^sty_/.test(s.id))).toBe(true);
    const storyLine = page.split("\n").findIndex((l) => l.includes("Story 1: The Friday")) + 1;
    expect(body.stories[0].line).toBe(storyLine);
    expect(await storyTitles(user)).toEqual([
      "Disagreeing with my director",
      "Mentoring a struggling new hire",
      "The Friday deploy freeze",
    ]);
    const again = await (await post(user, "/v1/import", page, "text/html")).json();
    expect(again.stories.map((s: any) => s.action)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
  });

  it("reads HTML sent as text/markdown the same way (the content decides)", async () => {
    const user = await h.withUser();
    const res = await post(
      user,
      "/v1/import?dryRun=true",
      fixture("notion-export.html"),
      "text/markdown",
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stories).toHaveLength(3);
    expect(body.warnings[0].message).toMatch(/^The document was read as HTML/);
  });

  it("imports what malformed HTML holds, and answers 400 (never 5xx) for hostile nesting", async () => {
    const user = await h.withUser();
    const broken = await post(
      user,
      "/v1/import?dryRun=true",
      "<html><body><h2>Alpha story<p><b>Situation: it <i>was bad<p><b>Action:</b> I fixed it</td>",
      "text/html",
    );
    expect(broken.status).toBe(200);
    expect((await broken.json()).stories.map((s: any) => s.story.title)).toEqual(["Alpha story"]);
    const deep = await post(
      user,
      "/v1/import",
      `<!doctype html><body>${"<div>".repeat(5000)}x`,
      "text/html",
    );
    expect(deep.status).toBe(400);
    expect(deep.headers.get("content-type")).toContain("application/problem+json");
    const empty = await post(
      user,
      "/v1/import",
      "<!doctype html><script>x()</script>",
      "text/html",
    );
    expect(empty.status).toBe(400);
    expect(await storyTitles(user)).toEqual([]);
  });

  it("documents text/html in the OpenAPI document", async () => {
    const doc = await (await h.app.request("/openapi.json")).json();
    expect(Object.keys(doc.paths["/v1/import"].post.requestBody.content)).toContain("text/html");
  });
});
