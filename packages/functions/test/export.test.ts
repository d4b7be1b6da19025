import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../core/test/import-fixtures/${name}`, import.meta.url), "utf8");

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const send = (user: User, path: string, body: string, type: string) =>
  h.app.request(path, {
    method: "POST",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": type },
    body,
  });

/** A user with the Stripe stories, an own value set, a target and a practice entry. */
async function filledUser(): Promise<User> {
  const user = await h.withUser();
  expect(
    (await send(user, "/v1/import", fixture("four-power-stories-stripe.md"), "text/markdown"))
      .status,
  ).toBe(200);
  const set = await user.json("POST", "/v1/value-sets", {
    company: "Acme",
    name: "Acme values",
    values: [{ key: "grit", name: "Grit" }],
  });
  const stories = (await user.json("GET", "/v1/stories?limit=100")).body.items;
  await user.json("POST", "/v1/targets", {
    company: "Acme",
    role: "Staff engineer",
    valueSetIds: [set.body.id],
    told: [{ storyId: stories[0].id, round: "Screen" }],
  });
  await user.json("POST", `/v1/stories/${stories[1].id}/practice`, { seconds: 52 });
  return user;
}

const contentOf = (items: any[]) =>
  items.map(({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }) => rest);

describe("GET /v1/export", () => {
  it("gives the whole bank as a versioned JSON document that its schema accepts", async () => {
    const user = await filledUser();
    const res = await user.request("GET", "/v1/export?format=json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="storybank-.*\.json"/,
    );
    const bank = await res.json();
    expect(bank).toMatchObject({
      $schema: "https://storybank.dev/schema/bank/v1.json",
      version: expect.stringMatching(/^1\.\d+\.\d+$/),
    });
    expect([
      bank.stories.length,
      bank.valueSets.length,
      bank.targets.length,
      bank.practice.length,
    ]).toEqual([4, 1, 1, 1]);
    const schema = (await user.json("GET", "/v1/schema/bank.json")).body;
    expect(schema.$id).toBe(bank.$schema);
    const ajv = new Ajv2020.default({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(bank), JSON.stringify(validate.errors)).toBe(true);
  });

  it("restores the same bank into an empty account", async () => {
    const source = await filledUser();
    const bank = await (await source.request("GET", "/v1/export")).json();
    const target = await h.withUser();
    const res = await send(target, "/v1/import", JSON.stringify(bank), "application/json");
    expect(res.status).toBe(200);
    const copy = await (await target.request("GET", "/v1/export")).json();
    const setId = copy.valueSets[0].id;
    expect(contentOf(copy.stories)).toEqual(contentOf(bank.stories));
    expect(contentOf(copy.valueSets)).toEqual(contentOf(bank.valueSets));
    expect(copy.targets[0]).toMatchObject({
      company: "Acme",
      valueSetIds: [setId],
      told: [{ storyId: copy.stories[0].id, round: "Screen" }],
    });
    expect(copy.practice).toEqual([
      expect.objectContaining({
        storyId: copy.stories[1].id,
        seconds: 52,
        at: bank.practice[0].at,
      }),
    ]);
    // A second restore adds nothing.
    const again = await (
      await send(target, "/v1/import", JSON.stringify(bank), "application/json")
    ).json();
    expect(again.stories.map((s: any) => s.action)).toEqual(Array(4).fill("unchanged"));
    expect((await (await target.request("GET", "/v1/export")).json()).stories).toHaveLength(4);
  });

  it("gives Markdown that imports back to the same stories", async () => {
    const source = await h.withUser();
    await send(source, "/v1/import", fixture("staff-star-stories.md"), "text/markdown");
    const res = await source.request("GET", "/v1/export?format=markdown");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/markdown");
    const markdown = await res.text();
    expect(markdown).toContain(
      "## Story 4: FAILED ORDER-DATABASE MIGRATION (11-HOUR DEGRADATION → 6-MINUTE ROLLBACK)",
    );
    const target = await h.withUser();
    const imported = await (await send(target, "/v1/import", markdown, "text/markdown")).json();
    expect(imported.warnings).toEqual([]);
    const a = (await source.json("GET", "/v1/stories?limit=100")).body.items;
    const b = (await target.json("GET", "/v1/stories?limit=100")).body.items;
    expect(contentOf(b)).toEqual(contentOf(a));
  });

  it("needs the export scope and refuses an unknown format", async () => {
    const key = await h.apiKey("jwt:no-export", ["read", "write"]);
    const res = await h.app.request("/v1/export", { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(403);
    const user = await h.withUser();
    expect((await user.request("GET", "/v1/export?format=xml")).status).toBe(400);
  });

  it("exports an empty bank as a valid empty document", async () => {
    const user = await h.withUser();
    const bank = await (await user.request("GET", "/v1/export")).json();
    expect(bank).toMatchObject({ stories: [], valueSets: [], targets: [], practice: [] });
    const markdown = await (await user.request("GET", "/v1/export?format=markdown")).text();
    expect(markdown).toBe("# Story Bank\n");
  });
});
