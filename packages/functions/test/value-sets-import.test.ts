import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";
import { gql, ok, selectionOf } from "./graphql-support.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../core/test/valueset-fixtures/${name}`, import.meta.url), "utf8");

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const importPath = (query: Record<string, string>) =>
  `/v1/value-sets/import?${new URLSearchParams(query).toString()}`;

/** Posts pasted values as the user, with a content type. */
const paste = (user: User, query: Record<string, string>, body: string, type = "text/markdown") =>
  user.request("POST", importPath(query), body, { "Content-Type": type });

const ownSets = async (user: User) =>
  (await user.json("GET", "/v1/value-sets?limit=100")).body.items.filter(
    (set: { builtIn: boolean }) => !set.builtIn,
  );

const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return (await res.json()) as { detail: string; errors?: { path: string; message: string }[] };
};

describe("POST /v1/value-sets/import", () => {
  it("creates the owner's value set from a careers page (201)", async () => {
    const alice = await h.withUser();
    const res = await paste(alice, { company: "Brightline" }, fixture("careers-page.md"));
    expect(res.status).toBe(201);
    const set = await res.json();
    expect(set).toMatchObject({ company: "Brightline", name: "Our values", builtIn: false });
    expect(set.id).toMatch(/^vst_/);
    expect(set.values.map((v: { key: string }) => v.key)).toEqual([
      "customers-first",
      "own-the-outcome",
      "be-candid-be-kind",
      "keep-it-simple",
    ]);
    const read = await alice.json("GET", `/v1/value-sets/${set.id}`);
    expect(read.body).toEqual(set);
  });

  it("takes plain text, a name, a source and a date", async () => {
    const alice = await h.withUser();
    const res = await paste(
      alice,
      {
        company: "Kettle",
        name: "Kettle values",
        source: "https://kettle.example/values",
        asOf: "2024-05-01",
      },
      fixture("dash-plain.txt"),
      "text/plain; charset=utf-8",
    );
    expect(res.status).toBe(201);
    const set = await res.json();
    expect(set).toMatchObject({
      name: "Kettle values",
      source: "https://kettle.example/values",
      asOf: "2024-05-01",
    });
    expect(set.values).toHaveLength(4);
  });

  it("answers the plan line by line in a dry run, and writes nothing (200)", async () => {
    const alice = await h.withUser();
    const res = await paste(alice, { company: "Acme", dryRun: "true" }, fixture("memo.md"));
    expect(res.status).toBe(200);
    const plan = await res.json();
    expect(plan.dryRun).toBe(true);
    expect(plan.valueSet).toBeNull();
    expect(plan.plan.values.map((v: { name: string }) => v.name)).toEqual([
      "Default to transparency",
      "Long-term thinking",
      "Frugality",
      "Raise the bar",
    ]);
    expect(plan.lines.map((l: { line: number }) => l.line)).toEqual([5, 7, 9, 11]);
    expect(plan.warnings.map((w: { line: number }) => w.line)).toEqual([1, 3, 13, 14]);
    expect(await ownSets(alice)).toEqual([]);
  });

  it("refuses text with no values, a missing company and other media types", async () => {
    const alice = await h.withUser();
    const none = await expectProblem(
      await paste(
        alice,
        { company: "Acme" },
        "We care about many things, and we say so at length.",
      ),
      400,
    );
    expect(none.detail).toBe("The text holds no values.");
    await expectProblem(await paste(alice, {}, fixture("bullets.md")), 400);
    await expectProblem(await paste(alice, { company: "Acme" }, ""), 400);
    await expectProblem(await paste(alice, { company: "Acme" }, "- **A** — b\u0007"), 400);
    await expectProblem(
      await paste(alice, { company: "Acme", asOf: "yesterday" }, fixture("bullets.md")),
      400,
    );
    await expectProblem(
      await paste(alice, { company: "Acme" }, JSON.stringify({ a: 1 }), "application/json"),
      415,
    );
    await expectProblem(
      await paste(alice, { company: "Acme" }, "- **A** — b\n".repeat(12_000)),
      413,
    );
    expect(await ownSets(alice)).toEqual([]);
  });

  it("keeps each owner's imported sets to that owner", async () => {
    const alice = await h.withUser();
    const bob = await h.withUser();
    const res = await paste(alice, { company: "Harbor" }, fixture("bullets.md"));
    const set = await res.json();
    expect((await bob.json("GET", `/v1/value-sets/${set.id}`)).status).toBe(404);
    expect(await ownSets(bob)).toEqual([]);
    expect((await ownSets(alice)).map((s: { id: string }) => s.id)).toEqual([set.id]);
    const bobs = await (await paste(bob, { company: "Harbor" }, fixture("bullets.md"))).json();
    expect(bobs.id).not.toBe(set.id);
    expect((await ownSets(alice)).map((s: { id: string }) => s.id)).toEqual([set.id]);
  });

  it("needs the write scope", async () => {
    const alice = await h.withUser();
    const key = await h.apiKey(alice.owner, ["read"]);
    const res = await h.app.request(importPath({ company: "Acme" }), {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "text/markdown" },
      body: fixture("bullets.md"),
    });
    await expectProblem(res, 403);
  });
});

describe("importValueSet (GraphQL)", () => {
  const VALUE_SET = selectionOf("ValueSet");
  const mutation = `mutation($company: String!, $document: String!, $dryRun: Boolean) {
    importValueSet(company: $company, document: $document, dryRun: $dryRun) {
      dryRun valueSet ${VALUE_SET}
      plan { company name values { key name description aliases } }
      lines { key name line endLine }
      warnings { line endLine message excerpt }
    }
  }`;

  it("reads the same as REST, dry run and real", async () => {
    const alice = await h.withUser();
    const document = fixture("numbered.md");
    const rest = await (await paste(alice, { company: "Amazon", dryRun: "true" }, document)).json();
    const { importValueSet: dry } = await ok(alice, mutation, {
      company: "Amazon",
      document,
      dryRun: true,
    });
    expect(dry.valueSet).toBeNull();
    expect(dry.plan.values).toEqual(
      rest.plan.values.map(({ key, name, description, aliases }: Record<string, unknown>) => ({
        key,
        name,
        description,
        aliases,
      })),
    );
    expect(dry.lines).toEqual(rest.lines);
    expect(dry.warnings).toEqual(rest.warnings);
    expect(await ownSets(alice)).toEqual([]);

    const { importValueSet: done } = await ok(alice, mutation, { company: "Amazon", document });
    expect(done.valueSet.values).toHaveLength(6);
    const read = await alice.json("GET", `/v1/value-sets/${done.valueSet.id}`);
    expect(read.body.values.map((v: { key: string }) => v.key)).toEqual(
      done.valueSet.values.map((v: { key: string }) => v.key),
    );
  });

  it("gives the same errors as REST", async () => {
    const alice = await h.withUser();
    const result = await gql(alice, mutation, {
      company: "Acme",
      document: "We care about many things, and we say so at length.",
    });
    expect(result.errors?.[0]?.message).toBe("The text holds no values.");
    expect(result.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
