import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "../../../tests/support/harness.ts";
import { call, problemOf, toolNames, twoStories } from "./mcp-support.ts";

let h: Harness;
let server: ServerType;
let url: URL;
const clients: Client[] = [];

beforeAll(async () => {
  h = await harness();
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: h.app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      resolve(started),
    );
  });
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await new Promise((resolve) => server.close(resolve));
});

/** The SDK's client over Streamable HTTP, with a bearer token. */
async function connect(token: string): Promise<Client> {
  const client = new Client({ name: "storybank-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(url, {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );
  clients.push(client);
  return client;
}

const owner = () => `user-${crypto.randomUUID()}`;

describe("MCP over Streamable HTTP", () => {
  it("lists every tool with an input schema derived from core's", async () => {
    const client = await connect(await h.apiKey(owner()));
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(toolNames);
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    expect(byName.create_story!.inputSchema.required).toEqual(["title"]);
    // A core schema with an id of its own is inlined at the root; shared parts stay in $defs.
    expect(byName.create_story!.inputSchema).toMatchObject({
      $defs: { StorySection: { type: "object" } },
    });
    expect(byName.create_target!.inputSchema).toMatchObject({
      type: "object",
      required: ["company"],
      properties: { told: { items: { type: "object", required: ["storyId"] } } },
    });
    expect(JSON.stringify(byName.create_target!.inputSchema)).not.toContain('"default"');
    expect(byName.update_story!.inputSchema.required).toEqual(["version", "id"]);
    expect(Object.keys(byName.create_story!.inputSchema.properties!)).toContain("followUps");
    expect(byName.search_stories!.annotations).toMatchObject({ readOnlyHint: true });
    expect(byName.create_target!.annotations).toMatchObject({ readOnlyHint: false });
  });

  it("runs the whole flow: import (dry run, then for real) → target → tailor → sheet", async () => {
    const client = await connect(await h.apiKey(owner()));

    const planned = await call(client, "import_document", { document: twoStories });
    expect(planned.dryRun).toBe(true);
    expect(planned.stories.map((s: any) => [s.action, s.id, s.story.title])).toEqual([
      ["create", null, "CUTTING THE CLOUD BILL"],
      ["create", null, "THE FAILED MIGRATION"],
    ]);
    expect((await call(client, "search_stories")).items).toHaveLength(0);

    const imported = await call(client, "import_document", {
      document: twoStories,
      dryRun: false,
    });
    const ids = imported.stories.map((s: any) => s.id);
    expect(ids).toHaveLength(2);
    expect(ids.every((id: string) => /^sty_/.test(id))).toBe(true);
    const found = await call(client, "search_stories", { q: "migration" });
    expect(found.items.map((s: any) => s.id)).toEqual([ids[1]]);

    const sets = await call(client, "list_value_sets");
    expect(sets.items.map((s: any) => s.id)).toContain("amazon-lp-2021");
    const target = await call(client, "create_target", {
      company: "Amazon",
      role: "Principal engineer",
      valueSetIds: ["amazon-lp-2021"],
    });
    expect(target.id).toMatch(/^tgt_/);

    const tailoring = await call(client, "tailor", { targetId: target.id });
    expect(tailoring.values).toHaveLength(16);
    expect(tailoring.selected.length).toBeGreaterThan(0);
    expect(tailoring.selected.every((id: string) => ids.includes(id))).toBe(true);
    const frugality = tailoring.values.find((v: any) => v.valueKey === "frugality");
    expect(frugality.best.storyId).toBe(ids[0]);

    const view = await call(client, "get_cheat_sheet", { targetId: target.id });
    expect(view.sheet.header.company).toBe("Amazon");
    expect(view.sheet.cards.map((card: any) => card.storyId).sort()).toEqual(
      [...tailoring.selected].sort(),
    );
    expect(view.fit.pdf.pages).toBe(1);

    const pdf = (await client.callTool({
      name: "get_cheat_sheet",
      arguments: { targetId: target.id, format: "pdf", paper: "a4" },
    })) as CallToolResult;
    expect(pdf.isError).toBeFalsy();
    const embedded = pdf.content.find((block) => block.type === "resource");
    expect(embedded?.type).toBe("resource");
    if (embedded?.type !== "resource" || !("blob" in embedded.resource)) throw new Error("no file");
    expect(embedded.resource.mimeType).toBe("application/pdf");
    expect(embedded.resource.uri).toBe(`storybank://targets/${target.id}/cheat-sheet.pdf?paper=a4`);
    const bytes = Buffer.from(embedded.resource.blob, "base64");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.structuredContent).toMatchObject({ bytes: bytes.length, format: "pdf" });

    // The embedded file's URI reads the same sheet again, as a resource.
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.name)).toEqual(["cheat-sheet"]);
    const read = await client.readResource({ uri: embedded.resource.uri });
    const again = read.contents[0]!;
    expect(again.mimeType).toBe("application/pdf");
    if (!("blob" in again)) throw new Error("no blob");
    expect(Buffer.from(again.blob, "base64").subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("reads a sheet resource only for its owner: another owner's target is not found", async () => {
    const mine = await connect(await h.apiKey(owner()));
    const theirs = await connect(await h.apiKey(owner()));
    const target = await call(mine, "create_target", { company: "Stripe" });
    const uri = `storybank://targets/${target.id}/cheat-sheet.json?paper=letter`;
    const view = await mine.readResource({ uri });
    expect(JSON.parse((view.contents[0] as { text: string }).text).sheet.header.company).toBe(
      "Stripe",
    );
    await expect(theirs.readResource({ uri })).rejects.toMatchObject({
      code: -32002,
      data: { status: 404, type: "urn:storybank:problem:not_found" },
    });
    await expect(mine.readResource({ uri: "storybank://elsewhere" })).rejects.toMatchObject({
      code: -32002,
    });
  });

  it("updates a story with the version it read, and refuses a stale one as REST does (409)", async () => {
    const client = await connect(await h.apiKey(owner()));
    const story = await call(client, "create_story", { title: "Pager diet", kind: "team" });
    const changed = await call(client, "update_story", {
      id: story.id,
      version: story.version,
      headline: "Pages down 70%",
    });
    expect(changed).toMatchObject({ version: story.version + 1, headline: "Pages down 70%" });
    const stale = await problemOf(client, "update_story", {
      id: story.id,
      version: story.version,
      headline: "Lost update",
    });
    expect(stale).toMatchObject({ status: 409, type: "urn:storybank:problem:version_conflict" });
    expect((await call(client, "get_story", { id: story.id })).headline).toBe("Pages down 70%");
  });

  it("checks a story and logs a practice telling into its progress", async () => {
    const client = await connect(await h.apiKey(owner()));
    const story = await call(client, "create_story", {
      title: "Pager diet",
      situation: "We got paged 40 times a week.",
    });
    const check = await call(client, "check_story", { id: story.id, wpm: 140 });
    expect(check.findings.map((f: any) => f.field)).toContain("task");
    expect(check.readiness).toBeLessThan(70);
    const entry = await call(client, "log_practice", { storyId: story.id, seconds: 55 });
    expect(entry).toMatchObject({ storyId: story.id, seconds: 55, variant: "refined" });
    const after = await call(client, "get_story", { id: story.id });
    expect(after.progress).toMatchObject({ practiceCount: 1, timedSeconds: 55 });
  });

  it("answers another owner's id as not found (404), as REST does", async () => {
    const mine = await connect(await h.apiKey(owner()));
    const theirs = await connect(await h.apiKey(owner()));
    const story = await call(mine, "create_story", { title: "Mine" });
    const problem = await problemOf(theirs, "get_story", { id: story.id });
    expect(problem).toMatchObject({ status: 404, type: "urn:storybank:problem:not_found" });
  });
});

describe("MCP auth", () => {
  const initialize = {
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: {
      protocolVersion: "2025-06-18",
      capabilities: {},
      clientInfo: { name: "raw", version: "1" },
    },
  };
  const post = (headers: Record<string, string>) =>
    fetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json, text/event-stream",
        ...headers,
      },
      body: JSON.stringify(initialize),
    });

  it.each([
    ["no token", {}],
    ["a made-up API key", { Authorization: "Bearer sbk_madeup" }],
    ["a JWT signed by another key", { Authorization: "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln" }],
  ])("refuses %s with 401 and REST's problem", async (_name, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="storybank"');
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ type: "urn:storybank:problem:unauthorized" });
  });

  it("lets the SDK client fail to connect without a valid token", async () => {
    const client = new Client({ name: "storybank-test", version: "1.0.0" });
    const transport = new StreamableHTTPClientTransport(url, {
      requestInit: { headers: { Authorization: "Bearer sbk_madeup" } },
    });
    await expect(client.connect(transport)).rejects.toThrow(/401/);
  });

  it("answers a valid token's initialize, and GET with 405 (stateless: no stream, no session)", async () => {
    const key = await h.apiKey(owner());
    const res = await post({ Authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("mcp-session-id")).toBeNull();
    expect(await res.json()).toMatchObject({
      id: 1,
      result: { serverInfo: { name: "storybank" } },
    });
    const get = await fetch(url, {
      headers: { Authorization: `Bearer ${key}`, Accept: "text/event-stream" },
    });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });
});

describe("MCP scopes", () => {
  it("refuses a write tool to a read-only key with REST's 403 code, and writes nothing", async () => {
    const who = owner();
    const readOnly = await h.apiKey(who, ["read"]);
    const client = await connect(readOnly);
    expect((await call(client, "search_stories")).items).toEqual([]);

    const problem = await problemOf(client, "create_story", { title: "Not allowed" });
    const rest = await h.app.request("/v1/stories", {
      method: "POST",
      headers: { Authorization: `Bearer ${readOnly}`, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Not allowed" }),
    });
    expect(rest.status).toBe(403);
    // The same problem but for the request id, which names each request.
    const { requestId, ...restProblem } = (await rest.json()) as { requestId: string };
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect({ ...problem, requestId: undefined }).toEqual({ ...restProblem, requestId: undefined });
    expect(problem).toMatchObject({ status: 403, type: "urn:storybank:problem:missing_scope" });

    const imported = await problemOf(client, "import_document", { document: "# A story" });
    expect(imported.type).toBe("urn:storybank:problem:missing_scope");
    expect((await call(client, "search_stories")).items).toEqual([]);
  });

  it("refuses the cheat sheet to a key without the export scope", async () => {
    const who = owner();
    const writer = await connect(await h.apiKey(who, ["read", "write"]));
    const target = await call(writer, "create_target", { company: "Stripe" });
    const problem = await problemOf(writer, "get_cheat_sheet", { targetId: target.id });
    expect(problem).toMatchObject({ status: 403, type: "urn:storybank:problem:missing_scope" });
    expect(problem.detail).toContain('"export"');
  });
});

describe("MCP bad input", () => {
  it("refuses a schema violation as REST's 400 naming the field, and stores nothing", async () => {
    const client = await connect(await h.apiKey(owner()));
    const wrongType = await problemOf(client, "create_story", { title: "Ok", tags: "not a list" });
    expect(wrongType).toMatchObject({ status: 400, type: "urn:storybank:problem:invalid_input" });
    expect(wrongType.errors?.map((e) => e.path)).toEqual(["tags"]);

    const tooLong = await problemOf(client, "create_story", { title: "x".repeat(201) });
    expect(tooLong.errors?.map((e) => e.path)).toEqual(["title"]);

    const badKind = await problemOf(client, "create_story", {
      title: "Ok",
      actions: [{ points: [42] }],
    });
    expect(badKind.errors?.map((e) => e.path)).toEqual(["actions.0.points.0"]);

    const noVersion = await problemOf(client, "update_story", { id: "sty_x", title: "New" });
    expect(noVersion.errors?.map((e) => e.path)).toEqual(["version"]);

    const loneSurrogate = await problemOf(client, "create_story", { title: "bad \ud800 text" });
    expect(loneSurrogate.errors?.map((e) => e.path)).toEqual(["title"]);

    expect((await call(client, "search_stories")).items).toEqual([]);
  });

  it("answers a tool it does not have with a protocol error", async () => {
    const client = await connect(await h.apiKey(owner()));
    await expect(client.callTool({ name: "drop_everything", arguments: {} })).rejects.toThrow(
      /No tool drop_everything/,
    );
  });
});

describe("MCP budgets", () => {
  /** One JSON-RPC message POSTed in-process to an app with small budgets. */
  const rpc = (app: Harness["app"], key: string, message: unknown) =>
    app.request("/mcp", {
      method: "POST",
      headers: {
        Authorization: `Bearer ${key}`,
        "Content-Type": "application/json",
        Accept: "application/json, text/event-stream",
      },
      body: JSON.stringify(message),
    });
  const callTool = (id: number, name: string, args: object) => ({
    jsonrpc: "2.0",
    id,
    method: "tools/call",
    params: { name, arguments: args },
  });

  it("counts each request against the key's budget, and answers 429 with Retry-After past it", async () => {
    const small = await harness({ limits: { perKeyPerMinute: 3 } });
    const key = await small.apiKey(owner());
    const statuses: number[] = [];
    for (let id = 1; id <= 4; id++) {
      statuses.push((await rpc(small.app, key, callTool(id, "search_stories", {}))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await rpc(small.app, key, callTool(5, "search_stories", {}));
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ type: "urn:storybank:problem:rate_limited" });
  });

  it("spends the daily export budget on a sheet, and refuses the next as a 429 tool error", async () => {
    const small = await harness({ limits: { exportsPerDay: 1 } });
    const key = await small.apiKey(owner());
    const created = await rpc(small.app, key, callTool(1, "create_target", { company: "Meta" }));
    const targetId = (await created.json()).result.structuredContent.id;
    const first = await (
      await rpc(small.app, key, callTool(2, "get_cheat_sheet", { targetId }))
    ).json();
    expect(first.result.isError).toBeUndefined();
    const second = await (
      await rpc(small.app, key, callTool(3, "get_cheat_sheet", { targetId }))
    ).json();
    expect(second.result).toMatchObject({
      isError: true,
      structuredContent: { status: 429, type: "urn:storybank:problem:rate_limited" },
    });
    expect(second.result.structuredContent.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuses a JSON-RPC batch: one request is one message", async () => {
    const key = await h.apiKey(owner());
    const res = await rpc(h.app, key, [
      callTool(1, "search_stories", {}),
      callTool(2, "search_stories", {}),
    ]);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: "urn:storybank:problem:invalid_input" });
  });

  it("answers a body that is not JSON with JSON-RPC's parse error", async () => {
    const key = await h.apiKey(owner());
    const res = await h.app.request("/mcp", {
      method: "POST",
      headers: {
        Authorization: `Bearer ${key}`,
        "Content-Type": "application/json",
        Accept: "application/json, text/event-stream",
      },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: -32700 } });
  });
});
