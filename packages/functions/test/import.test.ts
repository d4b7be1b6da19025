import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../core/test/import-fixtures/${name}`, import.meta.url), "utf8");

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** POSTs a body with its own content type. */
const post = (user: User, path: string, body: string | Uint8Array<ArrayBuffer>, type?: string) =>
  h.app.request(path, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${user.token}`,
      ...(type ? { "Content-Type": type } : {}),
    },
    body,
  });

const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return (await res.json()) as { detail: string; errors?: { path: string; message: string }[] };
};

const storyCount = async (user: User) =>
  (await user.json("GET", "/v1/stories?limit=100")).body.items.length as number;

describe("POST /v1/import (Markdown)", () => {
  it.each([
    ["staff-star-stories.md", "text/markdown"],
    ["four-power-stories-stripe.md", "text/plain; charset=utf-8"],
  ])("imports every story of %s", async (name, type) => {
    const user = await h.withUser();
    const res = await post(user, "/v1/import", fixture(name), type);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ format: "markdown", dryRun: false });
    expect(body.stories).toHaveLength(4);
    expect(body.stories.every((s: any) => s.action === "create" && /^sty_/.test(s.id))).toBe(true);
    expect(body.warnings[0]).toMatchObject({ line: 1, message: expect.any(String) });
    expect(await storyCount(user)).toBe(4);
  });

  it("stores the mojibake copy exactly as the clean document", async () => {
    const clean = await h.withUser();
    const garbled = await h.withUser();
    await post(clean, "/v1/import", fixture("staff-star-stories.md"), "text/markdown");
    await post(garbled, "/v1/import", fixture("staff-star-stories-mojibake.md"), "text/markdown");
    const strip = (items: any[]) =>
      items.map(({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    const a = (await clean.json("GET", "/v1/stories?limit=100")).body.items;
    const b = (await garbled.json("GET", "/v1/stories?limit=100")).body.items;
    expect(strip(b)).toEqual(strip(a));
    expect(JSON.stringify(b)).toContain("💰 Fewer Tickets, Smaller Bill");
  });

  it("writes nothing in a dry run, and answers what it would create", async () => {
    const user = await h.withUser();
    const res = await post(
      user,
      "/v1/import?dryRun=true",
      fixture("staff-star-stories.md"),
      "text/markdown",
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.dryRun).toBe(true);
    expect(body.stories.map((s: any) => [s.action, s.id, s.story.title])).toEqual([
      ["create", null, "SHIPMENT TRACKING PIPELINE"],
      ["create", null, "LEAKED PARTNER SIGNING KEY"],
      ["create", null, "BUILDING THE PLATFORM TEAM"],
      ["create", null, "FAILED ORDER-DATABASE MIGRATION"],
    ]);
    expect(await storyCount(user)).toBe(0);
  });

  it("duplicates nothing on a second import", async () => {
    const user = await h.withUser();
    await post(user, "/v1/import", fixture("four-power-stories-stripe.md"), "text/markdown");
    const res = await post(
      user,
      "/v1/import",
      fixture("four-power-stories-stripe.md"),
      "text/markdown",
    );
    const body = await res.json();
    expect(body.stories.map((s: any) => s.action)).toEqual(Array(4).fill("unchanged"));
    expect(await storyCount(user)).toBe(4);
  });

  it("needs the write scope", async () => {
    const key = await h.apiKey("jwt:reader", ["read"]);
    const res = await h.app.request("/v1/import", {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "text/markdown" },
      body: fixture("staff-star-stories.md"),
    });
    await expectProblem(res, 403);
  });
});

describe("POST /v1/import refuses what it cannot read, and writes nothing", () => {
  let user: User;
  beforeAll(async () => {
    user = await h.withUser();
  });

  it("answers 413 for a body over the limit", async () => {
    const small = await harness({ maxBodyBytes: 10_000 });
    const owner = await small.withUser();
    const res = await small.app.request("/v1/import", {
      method: "POST",
      headers: { Authorization: `Bearer ${owner.token}`, "Content-Type": "text/markdown" },
      body: fixture("staff-star-stories.md"),
    });
    await expectProblem(res, 413);
    expect((await owner.json("GET", "/v1/stories")).body.items).toEqual([]);
  });

  it("answers 413 for a document over 1 MiB at the default limit", async () => {
    const huge = `## Story 1: Big\n\n**Situation:** ${"x".repeat(1024 * 1024)}\n`;
    await expectProblem(await post(user, "/v1/import", huge, "text/markdown"), 413);
    expect(await storyCount(user)).toBe(0);
  });

  it("answers 413 for a Markdown document over its own limit, under the body limit", async () => {
    const long = `## Story 1: Long\n\n**Situation:** ${"word ".repeat(120_000)}\n`;
    const problem = await expectProblem(await post(user, "/v1/import", long, "text/markdown"), 413);
    expect(problem.detail).toMatch(/at most 262144/);
    expect(await storyCount(user)).toBe(0);
  });

  it("answers 400 with the byte for bytes that are not UTF-8", async () => {
    const bytes = new Uint8Array([...Buffer.from("## Story 1: A\n\nok\n"), 0xff, 0xfe, 0x00, 0x81]);
    const problem = await expectProblem(
      await post(user, "/v1/import", bytes, "text/markdown"),
      400,
    );
    expect(problem.errors?.[0]?.message).toMatch(/0xff at offset 18 \(line 4\)/);
  });

  it("answers 400 with where it failed for garbage", async () => {
    const binary = await expectProblem(
      await post(user, "/v1/import", "## Story 1: A\n\x00\x01\x02", "text/markdown"),
      400,
    );
    expect(binary.errors?.[0]?.message).toContain("line 2");
    const blank = await expectProblem(
      await post(user, "/v1/import", " \n\n \n", "text/markdown"),
      400,
    );
    expect(blank.detail).toMatch(/empty/i);
    const json = await expectProblem(
      await post(user, "/v1/import", '{"version": "1.0.0",\n "stories": [}', "application/json"),
      400,
    );
    expect(json.errors?.[0]?.message).toContain("line 2, column 14");
    const shape = await expectProblem(
      await post(
        user,
        "/v1/import",
        JSON.stringify({ version: "1.0.0", stories: [{}] }),
        "application/json",
      ),
      400,
    );
    expect(shape.errors?.map((e) => e.path)).toEqual(["stories.0.title"]);
    await expectProblem(await post(user, "/v1/import", "", "text/markdown"), 400);
    expect(await storyCount(user)).toBe(0);
  });

  it("reads text without a story shape as one story, with a line map in the dry run", async () => {
    const res = await post(
      user,
      "/v1/import?dryRun=true",
      "just some words\n\nand more",
      "text/markdown",
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stories).toEqual([
      expect.objectContaining({
        action: "create",
        story: expect.objectContaining({
          title: "just some words",
          draft: "just some words\n\nand more",
        }),
        lines: [{ from: 1, to: 3, field: "draft" }],
      }),
    ]);
    expect(await storyCount(user)).toBe(0);
  });

  it("answers 415 for other content types and none", async () => {
    await expectProblem(await post(user, "/v1/import", "<stories/>", "application/xml"), 415);
    // A string body would get text/plain from fetch; bytes carry no content type.
    await expectProblem(
      await post(user, "/v1/import", new TextEncoder().encode("## Story 1: A")),
      415,
    );
    expect(await storyCount(user)).toBe(0);
  });
});

describe("the OpenAPI document", () => {
  it("lists import, export and the bank schema with their content types", async () => {
    const doc = await (await h.app.request("/openapi.json")).json();
    const body = doc.paths["/v1/import"].post.requestBody;
    expect(Object.keys(body.content)).toEqual([
      "text/markdown",
      "text/plain",
      "text/html",
      "application/json",
    ]);
    expect(body.required).toBe(true);
    expect(Object.keys(doc.paths["/v1/export"].get.responses[200].content)).toEqual([
      "application/json",
      "text/markdown",
    ]);
    expect(doc.paths["/v1/schema/bank.json"].get).toBeDefined();
    expect(doc.components.schemas.Bank).toBeDefined();
    expect(doc.components.schemas.ImportResult).toBeDefined();
  });
});
