import { authenticator } from "@storybank/core/auth";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";
import { limits } from "../src/graphql/armor.ts";
import { createApp } from "../src/rest/app.ts";
import { codes, gql, type GraphQLResult, ok, selectionOf } from "./graphql-support.ts";

let h: Harness;
let alice: User;
let storyId: string;
beforeAll(async () => {
  h = await harness();
  alice = await h.withUser("alice");
  storyId = (await ok(alice, `mutation { createStory(input: { title: "Kept" }) { id } }`))
    .createStory.id;
});

/** Refused as the client's doing: every error BAD_USER_INPUT, nothing leaked. */
function expectBadInput(result: GraphQLResult) {
  expect(result.errors?.length, JSON.stringify(result.errors)).toBeGreaterThan(0);
  expect(codes(result), JSON.stringify(result.errors)).toEqual(
    result.errors!.map(() => "BAD_USER_INPUT"),
  );
  expect(JSON.stringify(result.errors)).not.toMatch(/\.ts:\d+|originalError|stack/);
  return result;
}

const raw = async (init: RequestInit & { path?: string }, user: User = alice) => {
  const res = await h.app.request(init.path ?? "/graphql", {
    ...init,
    headers: { Authorization: `Bearer ${user.token}`, ...init.headers },
  });
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  return { status: res.status, data: body?.data, errors: body?.errors, res } as GraphQLResult;
};

const story = selectionOf("Story");

describe("armor limits", () => {
  it("admits a page of 100 stories with every field, as nodes or as edges", async () => {
    const data = await ok(alice, `{ stories(first: 100) { nodes ${story} } }`);
    expect(data.stories.nodes).toHaveLength(1);
    const relay = await ok(alice, `{ stories(first: 100) { edges { cursor node ${story} } } }`);
    expect(relay.stories.edges.map((edge: any) => edge.node)).toEqual(data.stories.nodes);
  });

  it("refuses a query nested deeper than the limit, without stating it", async () => {
    const deep = `{ targets { edges { node { told { story { values { valueSet { values { name } } } } } } } } }`;
    const result = expectBadInput(await gql(alice, deep));
    expect(result.status).toBe(200);
    expect(result.errors?.[0]?.message).toBe("The query is nested too deeply.");
    expect(JSON.stringify(result.errors)).not.toContain(String(limits.maxDepth));
    await ok(
      alice,
      `{ targets { edges { node { told { story { values { valueSet { name } } } } } } } }`,
    );
  });

  it("refuses more aliases than the limit", async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: story(id: "${storyId}") { id }`).join(" ")} }`;
    await ok(alice, aliases(limits.maxAliases));
    const result = expectBadInput(await gql(alice, aliases(limits.maxAliases + 1)));
    expect(result.errors?.[0]?.message).toBe("The query has too many aliases.");
    expect(result.data).toBeUndefined();
  });

  it("refuses an over-costly query", async () => {
    const page = `stories(first: 100) { nodes ${story} }`;
    const result = expectBadInput(await gql(alice, `{ a: ${page} b: ${page} }`));
    expect(result.errors?.[0]?.message).toBe("The query is too costly.");
  });

  it("refuses an over-long query", async () => {
    const long = `{ story(id: "${storyId}") { ${"id ".repeat(limits.maxTokens)} } }`;
    const result = expectBadInput(await gql(alice, long));
    expect(result.errors?.[0]?.message).toBe("The query is too long.");
  });

  it("refuses too many directives", async () => {
    const fields = Array.from({ length: limits.maxDirectives + 1 }, () => "id @include(if: true)");
    const result = expectBadInput(
      await gql(alice, `{ story(id: "${storyId}") { ${fields.join(" ")} } }`),
    );
    expect(result.errors?.[0]?.message).toBe("The query has too many directives.");
  });

  it("refuses batches", async () => {
    const result = expectBadInput(
      await raw({
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify([{ query: "{ stories { nodes { id } } }" }]),
      }),
    );
    expect(result.status).toBe(400);
  });
});

describe("bad input of every kind is BAD_USER_INPUT", () => {
  const operations: [string, string, Record<string, unknown>?][] = [
    ["a syntax error", "{ stories { nodes { id }"],
    ["an unknown field", "{ stories { nodes { mood } } }"],
    ["a missing argument", "{ story { id } }"],
    ["a literal of the wrong type", `{ stories(first: "ten") { nodes { id } } }`],
    ["an Int out of range", `{ stories(first: 99999999999) { nodes { id } } }`],
    ["a page over the limit", `{ stories(first: 101) { nodes { id } } }`],
    ["a page of zero", `{ stories(first: 0) { nodes { id } } }`],
    ["a forged cursor", `{ stories(after: "eyJzIjoiU1RPUlkjeCJ9") { nodes { id } } }`],
    ["an unknown enum value", `{ stories(kind: heroics) { nodes { id } } }`],
    ["an over-long id", `query($id: ID!) { story(id: $id) { id } }`, { id: "x".repeat(10_000) }],
    ["an empty id", `query($id: ID!) { story(id: $id) { id } }`, { id: "" }],
    [
      "a variable of the wrong type",
      `query($n: Int) { stories(first: $n) { nodes { id } } }`,
      { n: "x" },
    ],
    ["a missing variable", `query($id: ID!) { story(id: $id) { id } }`],
    ["an undeclared variable", `{ story(id: $id) { id } }`, { id: "x" }],
    [
      "an unknown input field",
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`,
      { i: { title: "x", mood: "great" } },
    ],
    [
      "a missing required input field",
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`,
      { i: { headline: "no title" } },
    ],
    [
      "a server-owned field",
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`,
      { i: { title: "x", version: 9 } },
    ],
    [
      "a blank title",
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`,
      { i: { title: "   " } },
    ],
    [
      "null for a field that cannot be null",
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`,
      { i: { title: "x", headline: null } },
    ],
    [
      "a fraction for an integer",
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`,
      { i: { title: "x", context: { teamSize: 1.5 } } },
    ],
    [
      "a list too long",
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`,
      { i: { title: "x", tags: Array.from({ length: 21 }, (_, n) => `t${n}`) } },
    ],
    [
      "a patch without its version",
      `mutation($id: ID!) { updateStory(id: $id, input: { title: "y" }) { id } }`,
    ],
    [
      "a practice of 0 seconds",
      `mutation { logPractice(storyId: "STORY", input: { seconds: 0 }) { id } }`,
    ],
    [
      "an unknown value set on a target",
      `mutation { createTarget(input: { company: "X", valueSetIds: ["nope"] }) { id } }`,
    ],
    [
      "a bad date",
      `mutation { createTarget(input: { company: "X", interviewDate: "tomorrow" }) { id } }`,
    ],
    ["a tailoring size over the limit", `{ tailoring(targetId: "tgt_x", size: 13) { selected } }`],
    ["an unknown operation name", "query A { stories { nodes { id } } }"],
    [
      "two operations and no name",
      "query A { stories { nodes { id } } } query B { apiKeys { nodes { id } } }",
    ],
    ["a subscription", "subscription { stories { nodes { id } } }"],
    ["introspection", "{ __schema { types { name } } }"],
  ];

  it.each(operations)("%s", async (what, query, variables) => {
    const body = {
      query: query.replace("STORY", storyId),
      variables: what === "a missing variable" ? undefined : (variables ?? { id: storyId }),
      ...(what === "an unknown operation name" ? { operationName: "B" } : {}),
    };
    expectBadInput(
      await raw({
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
  });

  it("a deeply nested value", async () => {
    const depth = 50_000;
    const nested = "[".repeat(depth) + "]".repeat(depth);
    const query = "mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }";
    const result = await raw({
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: `{"query":${JSON.stringify(query)},"variables":{"i":{"title":"x","tags":${nested}}}}`,
    });
    expectBadInput(result);
  });

  it("names the GraphQL argument in field paths", async () => {
    const result = expectBadInput(await gql(alice, `{ stories(first: 101) { nodes { id } } }`));
    expect(result.errors?.[0]?.extensions.errors).toEqual([
      expect.objectContaining({ path: "first" }),
    ]);
    const long = expectBadInput(
      await gql(alice, `query($id: ID!) { story(id: $id) { id } }`, { id: "x".repeat(101) }),
    );
    expect(long.errors?.[0]?.extensions.errors).toEqual([expect.objectContaining({ path: "id" })]);
  });

  it("gives no suggestions that would spell out the schema", async () => {
    const result = expectBadInput(await gql(alice, "{ storys { nodes { id } } }"));
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|"stories"/);
  });

  const requests: [string, RequestInit & { path?: string }][] = [
    [
      "invalid JSON",
      { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" },
    ],
    [
      "an empty object",
      { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" },
    ],
    [
      "a query that is not a string",
      { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"query":["x"]}' },
    ],
    [
      "variables that are not an object",
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: '{"query":"{ stories { nodes { id } } }","variables":"x"}',
      },
    ],
    [
      "a text body",
      {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: "{ stories { nodes { id } } }",
      },
    ],
    [
      "a PUT",
      {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: '{"query":"{ stories { nodes { id } } }"}',
      },
    ],
    [
      "a mutation over GET",
      {
        method: "GET",
        path: `/graphql?query=${encodeURIComponent('mutation { createStory(input: { title: "x" }) { id } }')}`,
      },
    ],
    ["a GET asking for HTML", { method: "GET", headers: { Accept: "text/html" } }],
    [
      "a body over the limit",
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          query: "{ stories { nodes { id } } }",
          variables: { x: "x".repeat(1_100_000) },
        }),
      },
    ],
  ];

  it.each(requests)("%s", async (_what, init) => {
    const result = expectBadInput(await raw(init));
    expect(result.status).toBeLessThan(500);
  });

  it("changes nothing when input is refused", async () => {
    const before = await ok(alice, `{ stories(first: 100) { nodes ${story} } }`);
    await gql(alice, `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`, {
      i: makeStory({ tags: Array.from({ length: 21 }, (_, n) => `t${n}`) }),
    });
    await gql(
      alice,
      `mutation($id: ID!) { updateStory(id: $id, input: { version: 1, title: "" }) { id } }`,
      {
        id: storyId,
      },
    );
    expect(await ok(alice, `{ stories(first: 100) { nodes ${story} } }`)).toEqual(before);
  });
});

describe("local mode", () => {
  const local = () =>
    createApp({ db: h.db, authenticate: authenticator(h.db, h.jwt), graphiql: true });

  it("serves GraphiQL and answers introspection only there", async () => {
    const page = await local().request("/graphql", { headers: { Accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<title>Storybank GraphQL</title>");
    expect(html).toContain("renderYogaGraphiQL");
    // Everything the page loads is in it: no script, style or icon from another host.
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toContain("__TITLE__");
    const introspect = await local().request("/graphql", {
      method: "POST",
      headers: { Authorization: `Bearer ${alice.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
    });
    expect(await introspect.json()).toEqual({
      data: { __schema: { queryType: { name: "Query" } } },
    });
    const production = expectBadInput(await gql(alice, "{ __schema { queryType { name } } }"));
    expect(production.data).toBeUndefined();
  });

  it("still demands a token for every operation", async () => {
    const res = await local().request("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(res.status).toBe(401);
  });
});
