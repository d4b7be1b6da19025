import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createDb, ensureTable } from "@storybank/core/db";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { type ApiResult, apiEvent, lambdaContext } from "../../../tests/fixtures/apigw/events.ts";
import { type BuiltHandler, bundleHandler } from "../scripts/bundle.ts";

type Handler = (event: unknown, context: unknown) => Promise<ApiResult>;

const issuer = "https://issuer.example/";
const audience = "storybank-lambda-test";
const table = `lambda-${process.pid}-${Date.now()}`;

let outdir: string;
let built: BuiltHandler;
let handler: Handler;
let token: string;

/** The resources SST links to the function, as the environment it hands them over in. */
function linkedResources(publicKeyPem: string): Record<string, string> {
  const link = (value: object) => JSON.stringify(value);
  return {
    SST_RESOURCE_App: link({ name: "storybank", stage: "test" }),
    SST_RESOURCE_Table: link({ name: table, type: "sst.aws.Dynamo" }),
    SST_RESOURCE_JwtIssuer: link({ value: issuer, type: "sst.sst.Secret" }),
    SST_RESOURCE_JwtAudience: link({ value: audience, type: "sst.sst.Secret" }),
    SST_RESOURCE_JwtKey: link({ value: publicKeyPem, type: "sst.sst.Secret" }),
  };
}

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "storybank-lambda-"));
  built = await bundleHandler("rest", outdir);

  const endpoint = inject("dynamoEndpoint");
  await ensureTable(createDb({ table, endpoint }));
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  token = await new SignJWT({ sub: "lambda-user" })
    .setProtectedHeader({ alg: "RS256" })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(privateKey);

  // On Lambda there is no endpoint override; here the store is the run's dynalite.
  Object.assign(process.env, linkedResources(await exportSPKI(publicKey)), {
    STORYBANK_DYNAMODB_ENDPOINT: endpoint,
  });
  ({ handler } = (await import(pathToFileURL(built.file).href)) as { handler: Handler });
});

afterAll(async () => {
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

const invoke = (fixture: string, vars: Record<string, string> = {}) =>
  handler(apiEvent(fixture, { token, ...vars }), lambdaContext);

const jsonOf = (result: ApiResult) => {
  expect(result.isBase64Encoded).toBe(false);
  return JSON.parse(result.body);
};

describe("the REST handler, bundled as deployed", () => {
  it("answers /health", async () => {
    const result = await invoke("health");
    expect(result.statusCode).toBe(200);
    expect(jsonOf(result)).toEqual({ status: "ok" });
  });

  it("creates a story and reads it back from the linked table", async () => {
    const created = await invoke("create-story");
    expect(created.statusCode).toBe(201);
    expect(created.headers?.["content-type"]).toContain("application/json");
    const story = jsonOf(created);
    expect(story).toMatchObject({ title: "Streaming shipment tracking", version: 1 });
    expect(story.id).toMatch(/^sty_/);

    const read = await invoke("get-story", { storyId: story.id });
    expect(read.statusCode).toBe(200);
    expect(jsonOf(read)).toMatchObject({
      id: story.id,
      headline: "P95 freshness 38 min → 70 s",
      results: [{ heading: "Freshness", points: ["P95 38 min → 70 s"] }],
    });
  });

  it("answers 404 as problem+json for a story that is not there", async () => {
    const result = await invoke("get-missing-story");
    expect(result.statusCode).toBe(404);
    expect(result.headers?.["content-type"]).toContain("application/problem+json");
    expect(jsonOf(result)).toMatchObject({
      status: 404,
      type: expect.stringContaining("not_found"),
    });
  });

  it("answers 400 with the invalid fields", async () => {
    const result = await invoke("create-invalid-story");
    expect(result.statusCode).toBe(400);
    expect(result.headers?.["content-type"]).toContain("application/problem+json");
    const problem = jsonOf(result);
    const paths = problem.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "kind"]));
  });

  it("answers 401 without a bearer token", async () => {
    const result = await invoke("list-stories-unauthenticated");
    expect(result.statusCode).toBe(401);
    expect(result.headers?.["www-authenticate"]).toContain("Bearer");
  });

  it("serves the API docs' assets copied into the package", async () => {
    const result = await invoke("docs-asset");
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["content-type"]).toContain("text/css");
    expect(result.body).toContain(".swagger-ui");
  });
});

describe("the REST bundle", () => {
  /** Every source file the handler's module loads at import, through static imports. */
  function loadedAtImport(): string[] {
    const outputs = built.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => path.endsWith("lambda/rest.mjs"));
    expect(entry).toBeDefined();
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const imported of outputs[path]?.imports ?? []) {
        if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
      }
    };
    visit(entry!);
    return [...seen].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {}));
  }

  it("loads no PDF, DOCX, font or GraphQL code until a request needs it", () => {
    const inputs = loadedAtImport();
    expect(inputs.some((input) => input.includes("packages/functions/src/rest/app.ts"))).toBe(true);
    const heavy = inputs.filter((input) =>
      /node_modules\/(pdfkit|fontkit|docx|graphql|graphql-yoga|@graphql-)|\.(ttf|otf|woff2?)$|packages\/export\//.test(
        input,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it("stays under 1 MB minified at import", async () => {
    const outputs = built.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => path.endsWith("lambda/rest.mjs"))!;
    expect(outputs[entry]!.bytes).toBeLessThan(1024 * 1024);
  });
});
