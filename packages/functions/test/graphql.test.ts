import { readFileSync } from "node:fs";
import { authenticator } from "@storybank/core/auth";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";
import { createApp } from "../src/rest/app.ts";
import { codes, gql, ok, selectionOf } from "./graphql-support.ts";

let h: Harness;
let alice: User;
beforeAll(async () => {
  h = await harness();
  alice = await h.withUser("alice");
});

const STORY = selectionOf("Story");
const create = (input: Record<string, unknown>) =>
  ok(alice, `mutation($input: StoryCreateInput!) { createStory(input: $input) ${STORY} }`, {
    input,
  }).then((data) => data.createStory);

describe("stories", () => {
  it("creates, reads, lists, updates and deletes a story", async () => {
    const created = await create(makeStory());
    expect(created).toMatchObject({ title: "Streaming shipment tracking", version: 1 });
    expect(created.id).toMatch(/^sty_/);

    const { story } = await ok(alice, `query($id: ID!) { story(id: $id) ${STORY} }`, {
      id: created.id,
    });
    expect(story).toEqual(created);

    const { stories } = await ok(
      alice,
      `{ stories(first: 10, tag: "performance") { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(stories.nodes.map((s: { id: string }) => s.id)).toContain(created.id);

    const { updateStory } = await ok(
      alice,
      `mutation($id: ID!, $input: StoryPatchInput!) { updateStory(id: $id, input: $input) { version lessons delivery { pacing tone } } }`,
      { id: created.id, input: { version: 1, lessons: "New lesson", delivery: { tone: "Warm" } } },
    );
    expect(updateStory).toEqual({
      version: 2,
      lessons: "New lesson",
      delivery: { pacing: "Slow on the numbers", tone: "Warm" },
    });

    const { deleteStory } = await ok(alice, `mutation($id: ID!) { deleteStory(id: $id) }`, {
      id: created.id,
    });
    expect(deleteStory).toBe(created.id);
    const gone = await gql(alice, `query($id: ID!) { story(id: $id) { id } }`, { id: created.id });
    expect(codes(gone)).toEqual(["NOT_FOUND"]);
    expect(gone.errors?.[0]?.path).toEqual(["story"]);
  });

  it("pages connection-style with first and after", async () => {
    const user = await h.withUser();
    for (let i = 0; i < 3; i++) {
      await ok(user, `mutation { createStory(input: { title: "Page ${i}" }) { id } }`);
    }
    const query = `query($after: String) { stories(first: 2, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } } }`;
    const first = (await ok(user, query)).stories;
    expect(first.nodes).toEqual([{ title: "Page 0" }, { title: "Page 1" }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(user, query, { after: first.pageInfo.endCursor })).stories;
    expect(second.nodes).toEqual([{ title: "Page 2" }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // The last page still ends at a cursor, so a client can read on once more stories exist.
    const after = (await ok(user, query, { after: second.pageInfo.endCursor })).stories;
    expect(after).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const { id } = await create({ title: "Versioned" });
    const change = `mutation($id: ID!, $v: Int!) { updateStory(id: $id, input: { version: $v, headline: "changed" }) { version } }`;
    await ok(alice, change, { id, v: 1 });
    const stale = await gql(alice, change, { id, v: 1 });
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions.type).toBe("urn:storybank:problem:version_conflict");
    const { story } = await ok(alice, `query($id: ID!) { story(id: $id) { version } }`, { id });
    expect(story.version).toBe(2);
  });

  it("gives validation errors with REST's field paths", async () => {
    const result = await gql(
      alice,
      `mutation($input: StoryCreateInput!) { createStory(input: $input) { id } }`,
      { input: { title: "x", actions: [{ points: ["x".repeat(1_001)] }] } },
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions.errors).toEqual([
      expect.objectContaining({ path: "actions.0.points.0" }),
    ]);
  });
});

describe("value sets, targets, practice and keys", () => {
  it("reads built-in value sets and manages one's own", async () => {
    const { valueSets } = await ok(alice, `{ valueSets(first: 3) { nodes { id builtIn } } }`);
    expect(valueSets.nodes).toEqual([
      { id: "amazon-lp-2021", builtIn: true },
      expect.objectContaining({ builtIn: true }),
      expect.objectContaining({ builtIn: true }),
    ]);
    const { createValueSet } = await ok(
      alice,
      `mutation { createValueSet(input: { company: "Acme", name: "Acme values", values: [{ key: "grit", name: "Grit" }] }) { id version values { key description keywords } } }`,
    );
    expect(createValueSet.values).toEqual([{ key: "grit", description: "", keywords: [] }]);
    const builtIn = await gql(
      alice,
      `mutation { updateValueSet(id: "staff-plus", input: { version: 1, name: "Mine" }) { id } }`,
    );
    expect(codes(builtIn)).toEqual(["FORBIDDEN"]);
    const { deleteValueSet } = await ok(alice, `mutation($id: ID!) { deleteValueSet(id: $id) }`, {
      id: createValueSet.id,
    });
    expect(deleteValueSet).toBe(createValueSet.id);
  });

  it("creates a target and resolves its value sets and told stories", async () => {
    const story = await create({ title: "Told once" });
    const { createTarget } = await ok(
      alice,
      `mutation($input: TargetCreateInput!) { createTarget(input: $input) { id valueSets { id } told { round story { id title } } } }`,
      {
        input: {
          company: "Stripe",
          valueSetIds: ["stripe-2025", "staff-plus"],
          told: [{ storyId: story.id, round: "Phone screen" }],
        },
      },
    );
    expect(createTarget.valueSets).toEqual([{ id: "stripe-2025" }, { id: "staff-plus" }]);
    expect(createTarget.told).toEqual([
      { round: "Phone screen", story: { id: story.id, title: "Told once" } },
    ]);
  });

  it("logs practice and lists it", async () => {
    const story = await create({ title: "Practised" });
    const { logPractice } = await ok(
      alice,
      `mutation($id: ID!) { logPractice(storyId: $id, input: { seconds: 52 }) { id storyId seconds variant note } }`,
      { id: story.id },
    );
    expect(logPractice).toMatchObject({ storyId: story.id, seconds: 52, variant: "refined" });
    const { practiceLog, story: after } = await ok(
      alice,
      `query($id: ID!) { practiceLog(storyId: $id) { nodes { id } } story(id: $id) { progress { practiceCount timedSeconds } } }`,
      { id: story.id },
    );
    expect(practiceLog.nodes).toEqual([{ id: logPractice.id }]);
    expect(after.progress).toEqual({ practiceCount: 1, timedSeconds: 52 });
  });

  it("creates, lists and revokes API keys, never beyond the caller's scopes", async () => {
    const { createApiKey } = await ok(
      alice,
      `mutation { createApiKey(input: { name: "ci", scopes: [read] }) { id key scopes hint } }`,
    );
    expect(createApiKey.key).toMatch(/^sbk_/);
    expect(createApiKey.scopes).toEqual(["read"]);
    const reader = { json: jsonAs(createApiKey.key) };
    const beyond = await gql(
      { json: jsonAs(await h.apiKey(alice.owner, ["read", "write"])) },
      `mutation { createApiKey(input: { name: "more" }) { id } }`,
    );
    expect(codes(beyond)).toEqual(["FORBIDDEN"]);
    const { apiKeys } = await ok(reader, `{ apiKeys { nodes { id name } } }`);
    expect(apiKeys.nodes).toContainEqual({ id: createApiKey.id, name: "ci" });
    await ok(alice, `mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: createApiKey.id });
    const revoked = await gql(reader, `{ apiKeys { nodes { id } } }`);
    expect(revoked.status).toBe(401);
    expect(codes(revoked)).toEqual(["UNAUTHENTICATED"]);
  });
});

/** A request helper for a raw bearer token. */
function jsonAs(token: string): User["json"] {
  return async (method, path, body) => {
    const res = await h.app.request(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json(), res };
  };
}

describe("authentication and scopes", () => {
  it("answers 401 UNAUTHENTICATED without a valid token", async () => {
    for (const authorization of [undefined, "Bearer nope", "Basic abc"]) {
      const res = await h.app.request("/graphql", {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: JSON.stringify({ query: "{ stories { nodes { id } } }" }),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      const body = await res.json();
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
      expect(body.data).toBeUndefined();
    }
  });

  it("demands read for queries, write for mutations, as REST does", async () => {
    const writer = { json: jsonAs(await h.apiKey(alice.owner, ["write"])) };
    const reader = { json: jsonAs(await h.apiKey(alice.owner, ["read"])) };
    expect(codes(await gql(writer, `{ stories { nodes { id } } }`))).toEqual(["FORBIDDEN"]);
    expect(
      codes(await gql(reader, `mutation { createStory(input: { title: "x" }) { id } }`)),
    ).toEqual(["FORBIDDEN"]);
    const created = await gql(writer, `mutation { createStory(input: { title: "w" }) { id } }`);
    expect(created.data.createStory.id).toMatch(/^sty_/);
    const nested = await gql(
      writer,
      `mutation { createStory(input: { title: "w", values: [{ valueSetId: "staff-plus", valueKey: "metrics" }] }) { id values { valueSet { id } } } }`,
    );
    expect(codes(nested)).toEqual(["FORBIDDEN"]);
  });
});

describe("cheat sheet", () => {
  it("needs the export scope, and gives the view model, its fit and the file paths", async () => {
    const story = await create(makeStory());
    const { createTarget } = await ok(
      alice,
      `mutation { createTarget(input: { company: "Stripe", role: "Staff", valueSetIds: ["staff-plus"] }) { id } }`,
    );
    const query = `query($id: ID!) { cheatSheet(targetId: $id, paper: a4, size: 4) { sheet { targetId header { company } cards { storyId } } fit { pdf { paper pages } docx { paper pages } } downloads { pdf docx } } }`;
    const readOnly = { json: jsonAs(await h.apiKey(alice.owner, ["read"])) };
    const refused = await gql(readOnly, query, { id: createTarget.id });
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.data).toBeNull();

    const exporter = { json: jsonAs(await h.apiKey(alice.owner, ["read", "export"])) };
    const { cheatSheet } = await ok(exporter, query, { id: createTarget.id });
    expect(cheatSheet.sheet.header).toEqual({ company: "Stripe" });
    expect(cheatSheet.sheet.cards).toContainEqual({ storyId: story.id });
    expect(cheatSheet.fit).toEqual({
      pdf: { paper: "a4", pages: 1 },
      docx: { paper: "a4", pages: 1 },
    });
    expect(cheatSheet.downloads).toEqual({
      pdf: `/v1/targets/${createTarget.id}/cheat-sheet?format=pdf&paper=a4&size=4`,
      docx: `/v1/targets/${createTarget.id}/cheat-sheet?format=docx&paper=a4&size=4`,
    });
    const file = await alice.request("GET", cheatSheet.downloads.pdf);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
  });
});

describe("import and export", () => {
  const markdown = readFileSync(
    new URL("../../core/test/import-fixtures/staff-star-stories.md", import.meta.url),
    "utf8",
  );
  const importDocument = `mutation($format: BankFormat!, $document: String!, $dryRun: Boolean) {
    importDocument(format: $format, document: $document, dryRun: $dryRun) {
      format dryRun stories { action id story { title } } warnings { line message }
    }
  }`;

  it("imports a Markdown document as REST does, after a dry run that writes nothing", async () => {
    const [viaGraphql, viaRest] = [await h.withUser(), await h.withUser()];
    const dry = await ok(viaGraphql, importDocument, {
      format: "markdown",
      document: markdown,
      dryRun: true,
    });
    expect(dry.importDocument.stories).toHaveLength(4);
    expect(dry.importDocument.stories.every((s: any) => s.id === null)).toBe(true);
    expect((await ok(viaGraphql, `{ stories { nodes { id } } }`)).stories.nodes).toEqual([]);

    const { importDocument: done } = await ok(viaGraphql, importDocument, {
      format: "markdown",
      document: `\uFEFF${markdown}`,
    });
    const rest = await viaRest.request("POST", "/v1/import", markdown, {
      "Content-Type": "text/markdown",
    });
    const restBody = await rest.json();
    const titles = (result: any) => result.stories.map((s: any) => [s.action, s.story.title]);
    expect(titles(done)).toEqual(titles(restBody));
    expect(done.warnings).toEqual(
      restBody.warnings.map(({ line, message }: any) => ({ line, message })),
    );
  });

  it("exports the bank as REST does, with the export scope", async () => {
    const user = await h.withUser();
    await ok(user, importDocument, { format: "markdown", document: markdown });
    const exporter = { json: jsonAs(await h.apiKey(user.owner, ["read", "export"])) };
    const reader = { json: jsonAs(await h.apiKey(user.owner, ["read"])) };
    const query = `query($format: BankFormat) { exportBank(format: $format) }`;
    expect(codes(await gql(reader, query))).toEqual(["FORBIDDEN"]);

    const json = JSON.parse((await ok(exporter, query)).exportBank);
    const rest = (await user.json("GET", "/v1/export")).body;
    const withoutTime = ({ exportedAt: _t, ...bank }: any) => bank;
    expect(withoutTime(json)).toEqual(withoutTime(rest));
    expect(json.stories).toHaveLength(4);

    const md = (await ok(exporter, query, { format: "markdown" })).exportBank;
    const restMd = await (await user.request("GET", "/v1/export?format=markdown")).text();
    expect(md).toBe(restMd);
  });

  it("refuses an empty or broken document as BAD_USER_INPUT", async () => {
    for (const [format, document] of [
      ["markdown", ""],
      ["json", "{"],
      ["json", JSON.stringify({ version: "2.0.0" })],
    ]) {
      const result = await gql(alice, importDocument, { format, document });
      expect(codes(result), document).toEqual(["BAD_USER_INPUT"]);
    }
  });
});

describe("budgets", () => {
  /** Fixed windows turn over each minute; start a burst well inside one. */
  async function awayFromWindowEdge() {
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
  }

  it("counts GraphQL requests against the same per-user budget as REST", async () => {
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      limits: { perUserPerMinute: 3 },
    });
    const token = await h.sign({ sub: `budget-${Date.now()}` });
    const post = () =>
      app.request("/graphql", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ query: "{ stories { nodes { id } } }" }),
      });
    await awayFromWindowEdge();
    const rest = () =>
      app.request("/v1/stories", { headers: { Authorization: `Bearer ${token}` } });
    expect([(await rest()).status, (await rest()).status, (await post()).status]).toEqual([
      200, 200, 200,
    ]);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await limited.json();
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["RATE_LIMITED"]);
    expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect((await rest()).status).toBe(429);
  });

  it("counts API keys made through GraphQL against the daily cap REST keeps", async () => {
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      limits: { keysPerDay: 2 },
    });
    const token = await h.sign({ sub: `keys-${Date.now()}` });
    const send = (path: string, body: unknown) =>
      app.request(path, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const mutation = { query: `mutation { createApiKey(input: { name: "g" }) { id } }` };
    expect((await send("/v1/api-keys", { name: "r" })).status).toBe(201);
    expect((await (await send("/graphql", mutation)).json()).data.createApiKey.id).toMatch(/^key_/);
    const over = await (await send("/graphql", mutation)).json();
    expect(over.errors.map((e: any) => e.extensions.code)).toEqual(["RATE_LIMITED"]);
    expect((await send("/v1/api-keys", { name: "r" })).status).toBe(429);
  });
});

describe("errors", () => {
  /** A store that fails every GetItem with internals in its message. */
  const failingReads = {
    table: "",
    doc: {
      send: (command: { constructor: { name: string } }) =>
        command.constructor.name === "GetCommand"
          ? Promise.reject(new Error("disk on fire in secret-table at store.ts:12"))
          : h.db.doc.send(command as never),
    },
  };

  it("masks unexpected errors in resolvers", async () => {
    const broken = createApp({
      db: { ...failingReads, table: h.db.table } as never,
      authenticate: authenticator(h.db, h.jwt),
    });
    const res = await broken.request("/graphql", {
      method: "POST",
      headers: { Authorization: `Bearer ${alice.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ query: `{ story(id: "sty_x") { id } }` }),
    });
    const body = await res.json();
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(body.errors[0].message).toBe("Unexpected error.");
    expect(JSON.stringify(body)).not.toMatch(/disk on fire|secret-table|\.ts:\d+/);
  });

  it("masks unexpected errors before GraphQL runs", async () => {
    // Authentication is the step before GraphQL that can meet a failing store (an API key is
    // looked up in it); a key store that fails unexpectedly must not show through.
    const broken = createApp({
      db: h.db,
      authenticate: async () => {
        throw new Error("ResourceNotFoundException: no-such-table at keys.ts:12");
      },
    });
    const res = await broken.request("/graphql", {
      method: "POST",
      headers: { Authorization: `Bearer ${alice.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ query: `{ story(id: "sty_x") { id } }` }),
    });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(JSON.stringify(body)).not.toMatch(/no-such-table|ResourceNotFound|\.ts:\d+/);
  });
});
