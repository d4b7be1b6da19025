import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";

let h: Harness;
let alice: User;
beforeAll(async () => {
  h = await harness({ maxBodyBytes: 400_000 });
  alice = await h.withUser("alice");
});

const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  const body = await res.json();
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  return body;
};

describe("POST /v1/stories", () => {
  it("answers 201 with the stored story", async () => {
    const { status, body } = await alice.json("POST", "/v1/stories", makeStory());
    expect(status).toBe(201);
    expect(body).toMatchObject({ title: "Streaming shipment tracking", version: 1 });
    expect(body.id).toMatch(/^sty_/);
  });

  it("refuses unknown fields with their path", async () => {
    const res = await alice.request("POST", "/v1/stories", { title: "x", mood: "great" });
    const body = await expectProblem(res, 400);
    expect(body.errors).toEqual([{ path: "mood", message: 'Unknown field "mood"' }]);
    const nested = await alice.request("POST", "/v1/stories", {
      title: "x",
      context: { company: "Kestrel", mood: "great", vibe: 1 },
    });
    expect((await expectProblem(nested, 400)).errors.map((e: { path: string }) => e.path)).toEqual([
      "context.mood",
      "context.vibe",
    ]);
  });

  it.each(["id", "owner", "version", "createdAt", "updatedAt"])(
    "refuses the server-owned field %s",
    async (field) => {
      const res = await alice.request("POST", "/v1/stories", {
        title: "x",
        [field]: field === "version" ? 7 : "forged",
      });
      await expectProblem(res, 400);
    },
  );

  it("refuses wrong types with field paths", async () => {
    const res = await alice.request("POST", "/v1/stories", {
      title: "x",
      kind: "heroics",
      actions: [{ points: [42] }],
      context: { teamSize: "six" },
    });
    const body = await expectProblem(res, 400);
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["kind", "actions.0.points.0", "context.teamSize"]),
    );
  });

  it("refuses a missing title and over-long text", async () => {
    await expectProblem(await alice.request("POST", "/v1/stories", { kind: "risk" }), 400);
    const body = await expectProblem(
      await alice.request("POST", "/v1/stories", { title: "t".repeat(201) }),
      400,
    );
    expect(body.errors[0].path).toBe("title");
    await expectProblem(
      await alice.request("POST", "/v1/stories", { title: "x", tags: Array(21).fill("t") }),
      400,
    );
  });

  it("refuses malformed JSON, a missing content type (415) and a non-object body", async () => {
    await expectProblem(await alice.request("POST", "/v1/stories", "{not json", {}), 400);
    const noType = await h.app.request("/v1/stories", {
      method: "POST",
      headers: { Authorization: `Bearer ${alice.token}` },
      body: JSON.stringify({ title: "no content type" }),
    });
    await expectProblem(noType, 415);
    await expectProblem(await alice.request("POST", "/v1/stories", "[1,2]"), 400);
    const list = await alice.json("GET", "/v1/stories?q=no%20content%20type");
    expect(list.body.items).toHaveLength(0);
  });

  it("answers 413 for a body over the limit and stores nothing", async () => {
    const res = await alice.request("POST", "/v1/stories", {
      title: "big",
      draft: "x".repeat(500_000),
    });
    await expectProblem(res, 413);
  });

  it("stores and returns Unicode of every kind unchanged", async () => {
    const samples = [
      "P95 38 min → 70 s — “quoted” ‘single’ café naïve",
      "中文故事 日本語 한국어",
      "emoji 💰📉🚀 👩🏽‍💻 family 👨‍👩‍👧",
      "RTL עברית العربية \u202Eoverride\u202C",
      "zero\u200Bwidth\u200Djoiner\uFEFF",
      "combining e\u0301 and Å",
      "math 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    ];
    const { status, body } = await alice.json("POST", "/v1/stories", {
      title: samples[0],
      situation: samples.join("\n"),
      tags: samples.slice(1, 4),
      actions: [{ heading: samples[2], points: samples }],
    });
    expect(status).toBe(201);
    const read = await alice.json("GET", `/v1/stories/${body.id}`);
    expect(read.body.title).toBe(samples[0]);
    expect(read.body.situation).toBe(samples.join("\n"));
    expect(read.body.tags).toEqual(samples.slice(1, 4));
    expect(read.body.actions[0].points).toEqual(samples);
  });
});

describe("GET /v1/stories", () => {
  it("pages with a cursor and caps the page size", async () => {
    const user = await h.withUser();
    for (let i = 0; i < 7; i++) await user.json("POST", "/v1/stories", { title: `Story ${i}` });
    const first = await user.json("GET", "/v1/stories?limit=5");
    expect(first.body.items).toHaveLength(5);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await user.json("GET", `/v1/stories?limit=5&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((s: { title: string }) => s.title)).toEqual([
      "Story 5",
      "Story 6",
    ]);
    expect(second.body.nextCursor).toBeNull();
    await expectProblem(await user.request("GET", "/v1/stories?limit=101"), 400);
    await expectProblem(await user.request("GET", "/v1/stories?limit=0"), 400);
    await expectProblem(await user.request("GET", "/v1/stories?kind=nope"), 400);
    await expectProblem(await user.request("GET", "/v1/stories?cursor=bogus"), 400);
  });

  it("filters by tag, kind, value and text", async () => {
    const user = await h.withUser();
    await user.json(
      "POST",
      "/v1/stories",
      makeStory({ title: "Alpha", tags: ["Security"], kind: "risk" }),
    );
    await user.json(
      "POST",
      "/v1/stories",
      makeStory({
        title: "Beta",
        values: [{ valueSetId: "amazon-lp-2021", valueKey: "ownership" }],
      }),
    );
    const titles = async (query: string) =>
      (await user.json("GET", `/v1/stories?${query}`)).body.items.map(
        (s: { title: string }) => s.title,
      );
    expect(await titles("tag=security")).toEqual(["Alpha"]);
    expect(await titles("kind=risk")).toEqual(["Alpha"]);
    expect(await titles("value=ownership")).toEqual(["Beta"]);
    expect(await titles("q=BETA")).toEqual(["Beta"]);
  });
});

describe("GET|PATCH|DELETE /v1/stories/{id}", () => {
  it("reads, updates with the version and deletes", async () => {
    const created = (await alice.json("POST", "/v1/stories", { title: "Editable" })).body;
    const patched = await alice.json("PATCH", `/v1/stories/${created.id}`, {
      version: 1,
      headline: "$4.2M saved",
      progress: { drafted: true },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, headline: "$4.2M saved", title: "Editable" });
    expect(patched.body.progress.drafted).toBe(true);
    expect(Date.parse(patched.body.updatedAt)).toBeGreaterThanOrEqual(
      Date.parse(created.updatedAt),
    );

    const del = await alice.request("DELETE", `/v1/stories/${created.id}`);
    expect(del.status).toBe(204);
    await expectProblem(await alice.request("GET", `/v1/stories/${created.id}`), 404);
    await expectProblem(await alice.request("DELETE", `/v1/stories/${created.id}`), 404);
  });

  it("answers 409 for a stale version and changes nothing", async () => {
    const created = (await alice.json("POST", "/v1/stories", { title: "Contested" })).body;
    await alice.json("PATCH", `/v1/stories/${created.id}`, { version: 1, title: "First" });
    const stale = await alice.request("PATCH", `/v1/stories/${created.id}`, {
      version: 1,
      title: "Second",
    });
    await expectProblem(stale, 409);
    expect((await alice.json("GET", `/v1/stories/${created.id}`)).body.title).toBe("First");
  });

  it("refuses a PATCH without a version, with server-owned fields or bad values", async () => {
    const created = (await alice.json("POST", "/v1/stories", { title: "Guarded" })).body;
    await expectProblem(
      await alice.request("PATCH", `/v1/stories/${created.id}`, { title: "x" }),
      400,
    );
    await expectProblem(
      await alice.request("PATCH", `/v1/stories/${created.id}`, { version: 1, id: "sty_x" }),
      400,
    );
    await expectProblem(
      await alice.request("PATCH", `/v1/stories/${created.id}`, { version: 1, title: "" }),
      400,
    );
    expect((await alice.json("GET", `/v1/stories/${created.id}`)).body).toMatchObject({
      title: "Guarded",
      version: 1,
    });
  });

  it("answers 404 for unknown ids and odd paths", async () => {
    await expectProblem(await alice.request("GET", "/v1/stories/sty_nothing"), 404);
    await expectProblem(
      await alice.request("PATCH", "/v1/stories/sty_nothing", { version: 1 }),
      404,
    );
    await expectProblem(await alice.request("GET", `/v1/stories/${"x".repeat(101)}`), 400);
    await expectProblem(await alice.request("GET", "/v1/nowhere"), 404);
  });
});
