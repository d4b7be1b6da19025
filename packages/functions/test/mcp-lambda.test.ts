import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createDb, ensureTable } from "@storybank/core/db";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { type ApiResult, lambdaContext } from "../../../tests/fixtures/apigw/events.ts";
import { type BuiltHandler, bundleHandler } from "../scripts/bundle.ts";

type Handler = (event: unknown, context: unknown) => Promise<ApiResult>;

const issuer = "https://issuer.example/";
const audience = "storybank-mcp-lambda-test";
const table = `mcp-lambda-${process.pid}-${Date.now()}`;

let outdir: string;
let built: BuiltHandler;
let handler: Handler;
let token: string;
const savedEnv: Record<string, string | undefined> = {};

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "storybank-mcp-lambda-"));
  built = await bundleHandler("rest", join(outdir, "rest"));
  const endpoint = inject("dynamoEndpoint");
  await ensureTable(createDb({ table, endpoint }));
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  token = await new SignJWT({ sub: "mcp-lambda-user" })
    .setProtectedHeader({ alg: "RS256" })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(privateKey);
  const link = (value: object) => JSON.stringify(value);
  const env = {
    SST_RESOURCE_App: link({ name: "storybank", stage: "test" }),
    SST_RESOURCE_Table: link({ name: table, type: "sst.aws.Dynamo" }),
    SST_RESOURCE_JwtIssuer: link({ value: issuer, type: "sst.sst.Secret" }),
    SST_RESOURCE_JwtAudience: link({ value: audience, type: "sst.sst.Secret" }),
    SST_RESOURCE_JwtKey: link({ value: await exportSPKI(publicKey), type: "sst.sst.Secret" }),
    STORYBANK_DYNAMODB_ENDPOINT: endpoint,
  };
  for (const name of Object.keys(env)) savedEnv[name] = process.env[name];
  Object.assign(process.env, env);
  handler = ((await import(pathToFileURL(built.file).href)) as { handler: Handler }).handler;
});

afterAll(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

/** One JSON-RPC message POSTed to /mcp through API Gateway (HTTP API, payload format 2.0). */
function mcpEvent(message: object, bearer: string | undefined = token) {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: "/mcp",
    rawQueryString: "",
    headers: {
      accept: "application/json, text/event-stream",
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      host: "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
      "mcp-protocol-version": "2025-06-18",
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "a1b2c3d4e5",
      domainName: "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
      http: {
        method: "POST",
        path: "/mcp",
        protocol: "HTTP/1.1",
        sourceIp: "203.0.113.10",
        userAgent: "storybank-test/1.0",
      },
      requestId: "mcp-request",
      routeKey: "$default",
      stage: "$default",
      timeEpoch: 1773428638390,
    },
    body,
    isBase64Encoded: false,
  };
}

const invoke = async (message: object, bearer?: string) => {
  const result = await handler(mcpEvent(message, bearer), lambdaContext);
  return { result, body: result.body ? JSON.parse(result.body) : undefined };
};

/** The bundle's input files reachable from its entry through imports of the given kinds. */
function inputsReachable(kinds: string[]): string[] {
  const outputs = built.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => resolve(path) === built.file) as string;
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (kinds.includes(imported.kind) && outputs[imported.path]) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {}));
}

describe("/mcp on the REST handler, bundled as deployed", () => {
  it("loads the MCP SDK only through a dynamic import: a cold start for REST never reads it", () => {
    const sdk = (input: string) => input.includes("node_modules/@modelcontextprotocol/sdk/");
    const atColdStart = inputsReachable(["import-statement"]);
    expect(atColdStart.some((input) => input.endsWith("src/mcp/mount.ts"))).toBe(true);
    expect(atColdStart.filter(sdk)).toEqual([]);
    const whenNeeded = inputsReachable(["import-statement", "dynamic-import"]);
    expect(whenNeeded.some(sdk)).toBe(true);
  });

  it("answers each message in its own invocation, with no session between them", async () => {
    const init = await invoke({
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: {},
        clientInfo: { name: "lambda-test", version: "1" },
      },
    });
    expect(init.result.statusCode).toBe(200);
    expect(init.result.headers?.["mcp-session-id"]).toBeUndefined();
    expect(init.body.result.serverInfo.name).toBe("storybank");

    // A later invocation (perhaps another instance) needs nothing from the first.
    const created = await invoke({
      id: 2,
      method: "tools/call",
      params: { name: "create_story", arguments: { title: "Pager diet", kind: "team" } },
    });
    expect(created.result.statusCode).toBe(200);
    const story = created.body.result.structuredContent;
    expect(story).toMatchObject({ title: "Pager diet", version: 1 });

    const read = await invoke({
      id: 3,
      method: "tools/call",
      params: { name: "search_stories", arguments: { q: "pager" } },
    });
    expect(read.body.result.structuredContent.items.map((s: any) => s.id)).toEqual([story.id]);
  });

  it("refuses a call without a token with 401", async () => {
    const { result } = await invoke({ id: 1, method: "tools/list" }, "");
    expect(result.statusCode).toBe(401);
    expect(result.headers?.["www-authenticate"]).toContain("Bearer");
  });
});
