import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

let h: Harness;
let user: User;
beforeAll(async () => {
  h = await harness();
  user = await h.withUser();
});

const ownSet = (overrides: Record<string, unknown> = {}) => ({
  company: "Acme",
  name: "Acme values",
  values: [
    { key: "bias-for-craft", name: "Bias for craft", keywords: ["polished", "quality"] },
    { key: "customers", name: "Customers first" },
  ],
  ...overrides,
});

describe("built-in value sets", () => {
  it("lists the built-ins with sources and values", async () => {
    const { status, body } = await user.json("GET", "/v1/value-sets?limit=100");
    expect(status).toBe(200);
    const ids = body.items.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["amazon-lp-2021", "staff-plus"]));
    expect(ids.some((id: string) => id.startsWith("netflix-"))).toBe(true);
    const amazon = (await user.json("GET", "/v1/value-sets/amazon-lp-2021")).body;
    expect(amazon.values).toHaveLength(16);
    expect(amazon).toMatchObject({
      builtIn: true,
      company: "Amazon",
      source: expect.stringMatching(/^https:/),
    });
    const staff = (await user.json("GET", "/v1/value-sets/staff-plus")).body;
    expect(staff.values.map((v: { name: string }) => v.name)).toEqual([
      "Scope",
      "Leadership",
      "Metrics",
      "Reflection",
    ]);
  });

  it("is read-only", async () => {
    expect(
      (await user.request("PATCH", "/v1/value-sets/staff-plus", { version: 1, name: "x" })).status,
    ).toBe(403);
    expect((await user.request("DELETE", "/v1/value-sets/staff-plus")).status).toBe(403);
  });
});

describe("own value sets", () => {
  it("creates, reads, lists after the built-ins, updates and deletes", async () => {
    const me = await h.withUser();
    const created = await me.json("POST", "/v1/value-sets", ownSet());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ builtIn: false, version: 1, asOf: null, source: null });
    expect(created.body.id).toMatch(/^vst_/);
    expect(created.body.values[1]).toEqual({
      key: "customers",
      name: "Customers first",
      aliases: [],
      description: "",
      keywords: [],
      questions: [],
    });

    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${encodeURIComponent(cursor)}` : "?limit=3";
      const page = await me.json("GET", `/v1/value-sets${query}`);
      expect(page.status).toBe(200);
      all.push(...page.body.items.map((s: { id: string }) => s.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all[all.length - 1]).toBe(created.body.id);
    expect(new Set(all).size).toBe(all.length);

    const patched = await me.json("PATCH", `/v1/value-sets/${created.body.id}`, {
      version: 1,
      name: "Acme 2026",
    });
    expect(patched.body).toMatchObject({ name: "Acme 2026", version: 2, company: "Acme" });
    expect(
      (
        await me.request("PATCH", `/v1/value-sets/${created.body.id}`, {
          version: 1,
          name: "stale",
        })
      ).status,
    ).toBe(409);
    expect((await me.request("DELETE", `/v1/value-sets/${created.body.id}`)).status).toBe(204);
    expect((await me.request("GET", `/v1/value-sets/${created.body.id}`)).status).toBe(404);
  });

  it("refuses duplicate keys, bad keys, empty value lists and bad URLs", async () => {
    const dup = await user.json(
      "POST",
      "/v1/value-sets",
      ownSet({
        values: [
          { key: "a", name: "A" },
          { key: "a", name: "B" },
        ],
      }),
    );
    expect(dup.status).toBe(400);
    expect(dup.body.errors[0].path).toBe("values.1.key");
    expect(
      (
        await user.request(
          "POST",
          "/v1/value-sets",
          ownSet({ values: [{ key: "Not A Slug", name: "x" }] }),
        )
      ).status,
    ).toBe(400);
    expect((await user.request("POST", "/v1/value-sets", ownSet({ values: [] }))).status).toBe(400);
    expect(
      (await user.request("POST", "/v1/value-sets", ownSet({ source: "javascript:alert(1)" })))
        .status,
    ).toBe(400);
    expect((await user.request("POST", "/v1/value-sets", ownSet({ builtIn: true }))).status).toBe(
      400,
    );
  });
});
