import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createDb, ensureTable } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import { type ApiResult, apiEvent, lambdaContext } from "../../../tests/fixtures/apigw/events.ts";
import { pdfText, readPdf } from "../../export/test/read.ts";
import { type BuiltHandler, bundleHandler, repoRoot } from "../scripts/bundle.ts";
import { handlers } from "../scripts/lambda-bundle.ts";
import { ownerHash } from "../src/observe/middleware.ts";

type Handler = (event: unknown, context: unknown) => Promise<ApiResult>;

const issuer = "https://issuer.example/";
const audience = "storybank-lambda-test";
const table = `lambda-${process.pid}-${Date.now()}`;
/** The owner of what the test's JWT (subject lambda-user) reads and writes. */
const owner = "jwt:lambda-user";

let outdir: string;
let built: BuiltHandler;
let builtGraphql: BuiltHandler;
let handler: Handler;
let graphql: Handler;
let token: string;
const savedEnv: Record<string, string | undefined> = {};

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
  built = await bundleHandler("rest", join(outdir, "rest"));
  builtGraphql = await bundleHandler("graphql", join(outdir, "graphql"));

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

  // On Lambda there is no endpoint override; here the store is the test run's own.
  const env = {
    ...linkedResources(await exportSPKI(publicKey)),
    STORYBANK_DYNAMODB_ENDPOINT: endpoint,
  };
  for (const name of Object.keys(env)) savedEnv[name] = process.env[name];
  Object.assign(process.env, env);
  const load = async (file: string) =>
    ((await import(pathToFileURL(file).href)) as { handler: Handler }).handler;
  handler = await load(built.file);
  graphql = await load(builtGraphql.file);
});

afterAll(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

const invoke = (fixture: string, vars: Record<string, string> = {}, fn = () => handler) =>
  fn()(apiEvent(fixture, { token, ...vars }), lambdaContext);

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

describe("the cheat sheet from the bundled handlers", () => {
  let targetId: string;
  beforeAll(async () => {
    const db = createDb({ table, endpoint: inject("dynamoEndpoint") });
    await Story.create(db, owner, {
      title: "Streaming tracking → 70 s 中文 🚀",
      headline: "$4.2M annual savings, 42%",
      values: [{ valueSetId: "staff-plus", valueKey: "metrics" }],
    });
    const target = await Target.create(db, owner, {
      company: "Stripe",
      role: "Staff engineer",
      valueSetIds: ["staff-plus"],
    });
    targetId = target.id;
  });

  it("answers a one-page PDF, base64-encoded, set in the shipped fonts", async () => {
    const result = await invoke("cheat-sheet-pdf", { targetId });
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["content-type"]).toBe("application/pdf");
    expect(result.isBase64Encoded).toBe(true);
    const bytes = Buffer.from(result.body, "base64");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([595, 842]);
    expect(pdfText(pdf)).toContain("Stripe");
    expect(pdfText(pdf)).toContain("中文");
  });

  it("reports over GraphQL how the sheet fits, measured in the shipped fonts", async () => {
    const result = await invoke("graphql-cheat-sheet", { targetId }, () => graphql);
    expect(result.statusCode).toBe(200);
    const { data, errors } = jsonOf(result);
    expect(errors).toBeUndefined();
    expect(data.cheatSheet.sheet.targetId).toBe(targetId);
    expect(data.cheatSheet.fit.pdf).toMatchObject({ format: "pdf", pages: 1 });
    expect(data.cheatSheet.fit.docx).toMatchObject({ format: "docx", pages: 1 });
    expect(data.cheatSheet.fit.pdf.fontSize).toBeGreaterThanOrEqual(7);
  });
});

describe("the GraphQL handler, bundled as deployed", () => {
  it("reads a story the REST handler wrote to the same table", async () => {
    const created = jsonOf(await invoke("create-story"));
    const result = await invoke("graphql-story", { storyId: created.id }, () => graphql);
    expect(result.statusCode).toBe(200);
    expect(jsonOf(result)).toEqual({
      data: {
        story: {
          id: created.id,
          title: "Streaming shipment tracking",
          headline: "P95 freshness 38 min → 70 s",
          version: 1,
        },
      },
    });
  });
});

/**
 * Runs `work` while catching what the handlers write to stdout (Powertools' logger and EMF
 * metrics write there, one JSON document a line), and answers those lines parsed.
 */
async function stdoutOf<T>(work: () => Promise<T>): Promise<{ result: T; lines: Logged[] }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const result = await work();
    return { result, lines: parseLines(written.join("")) };
  } finally {
    spy.mockRestore();
  }
}

type Logged = Record<string, unknown> & {
  _aws?: {
    CloudWatchMetrics: {
      Namespace: string;
      Dimensions: string[][];
      Metrics: { Name: string; Unit: string }[];
    }[];
  };
};

const parseLines = (text: string): Logged[] =>
  text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Logged);

/** The EMF documents (CloudWatch embedded metric format) among the lines. */
const emfOf = (lines: Logged[]) => lines.filter((line) => line._aws !== undefined);

describe("observability of the bundled handlers", () => {
  const requestId = "JKJaXmPLvHcESHA="; // the fixtures' API Gateway request id

  it("answers the request id in a header and in the problem body, and logs one line", async () => {
    const { result, lines } = await stdoutOf(() => invoke("get-missing-story"));
    expect(result.statusCode).toBe(404);
    expect(result.headers?.["x-request-id"]).toBe(requestId);
    expect(jsonOf(result)).toMatchObject({ status: 404, requestId });

    const logged = lines.filter((line) => line.message === "request");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: "INFO",
      service: "storybank-rest",
      requestId,
      method: "GET",
      route: "/v1/stories/:id",
      status: 404,
      problem: "not_found",
      credential: "jwt",
      owner: ownerHash(owner),
      function_request_id: lambdaContext.awsRequestId,
    });
    expect(logged[0]!.latencyMs).toEqual(expect.any(Number));
    // Never the credential, the owner's own id or the path's ids.
    const text = JSON.stringify(lines);
    expect(text).not.toContain(token);
    expect(text).not.toContain("lambda-user");
    expect(text).not.toContain("sty_01hzzzzzzzzzzzzzzzzzzzzz");
  });

  it("publishes EMF metrics: requests and latency by route and status", async () => {
    const { lines } = await stdoutOf(() => invoke("get-missing-story"));
    const emf = emfOf(lines);
    expect(emf).toHaveLength(1);
    const [document] = emf;
    const [directive] = document!._aws!.CloudWatchMetrics;
    expect(directive!.Namespace).toBe("Storybank");
    expect(directive!.Dimensions).toContainEqual(["service", "route", "status"]);
    expect(directive!.Metrics).toEqual(
      expect.arrayContaining([
        { Name: "Requests", Unit: "Count" },
        { Name: "Latency", Unit: "Milliseconds" },
      ]),
    );
    expect(document).toMatchObject({
      service: "storybank-rest",
      route: "/v1/stories/:id",
      status: "404",
      Requests: 1,
    });
    expect(document!.Latency).toEqual(expect.any(Number));
  });

  it("measures a sheet's render time and what it dropped to fit", async () => {
    const db = createDb({ table, endpoint: inject("dynamoEndpoint") });
    const target = await Target.create(db, owner, { company: "Acme", valueSetIds: ["staff-plus"] });
    const { result, lines } = await stdoutOf(() =>
      invoke("cheat-sheet-pdf", { targetId: target.id }),
    );
    expect(result.statusCode).toBe(200);
    const [document] = emfOf(lines);
    const names = document!._aws!.CloudWatchMetrics[0]!.Metrics.map((metric) => metric.Name);
    expect(names).toEqual(expect.arrayContaining(["SheetRenderTime", "SheetFitDrops"]));
    expect(document!.SheetRenderTime).toEqual(expect.any(Number));
    expect(document!.SheetFitDrops).toEqual(expect.any(Number));
  });

  it("logs GraphQL requests the same way, with the request id in a header", async () => {
    const created = jsonOf(await invoke("create-story"));
    const { result, lines } = await stdoutOf(() =>
      invoke("graphql-story", { storyId: created.id }, () => graphql),
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["x-request-id"]).toBe(requestId);
    const logged = lines.filter((line) => line.message === "request");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      service: "storybank-graphql",
      requestId,
      method: "POST",
      route: "/graphql",
      status: 200,
    });
    const [document] = emfOf(lines);
    expect(document).toMatchObject({
      service: "storybank-graphql",
      route: "/graphql",
      Requests: 1,
    });
  });
});

describe("the REST bundle", () => {
  const heavy = /node_modules\/(pdfkit|fontkit|docx|graphql|graphql-yoga)\/|packages\/export\//;

  /** The output files the handler's module loads at import: itself and its static chunks. */
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
    return [...seen];
  }

  const inputsOf = (paths: string[]) =>
    paths.flatMap((path) => Object.keys(built.metafile.outputs[path]?.inputs ?? {}));

  it("loads no PDF, DOCX, font or GraphQL code until a request needs it", () => {
    const atImport = inputsOf(loadedAtImport());
    expect(atImport.some((input) => input.includes("packages/functions/src/rest/app.ts"))).toBe(
      true,
    );
    expect(atImport.filter((input) => heavy.test(input))).toEqual([]);
    // They are in the package all the same, in the chunks the routes import on demand.
    const all = inputsOf(Object.keys(built.metafile.outputs));
    for (const pkg of ["pdfkit", "docx", "graphql"]) {
      expect(all.some((input) => input.includes(`node_modules/${pkg}/`))).toBe(true);
    }
  });

  it("ships every font file the cheat sheet resolves", async () => {
    const fonts = await readFile(join(repoRoot, "packages/export/src/fonts/files.ts"), "utf8");
    const resolved = [...fonts.matchAll(/"([^"]+\.(?:ttf|otf|woff))"/g)].map(
      (match) => `node_modules/${match[1]}`,
    );
    expect(resolved.length).toBeGreaterThan(0);
    expect(handlers.rest.files).toEqual(expect.arrayContaining(resolved));
  });

  it("loads neither the tailoring lexicon nor the X-Ray SDK at import", () => {
    const atImport = inputsOf(loadedAtImport());
    // Nothing of the tailoring: its routes (targets, checks, the sheet) are read on first use.
    expect(atImport.filter((input) => input.includes("packages/core/src/tailoring/"))).toEqual([]);
    expect(atImport.filter((input) => input.includes("node_modules/aws-xray-sdk-core/"))).toEqual(
      [],
    );
    // No /v1 route group: each is read by the first request to one of its routes.
    expect(
      atImport.filter((input) => /src\/rest\/(stories|targets|value-sets)\.ts$/.test(input)),
    ).toEqual([]);
    // Both are in the package, for the requests that tailor and for active tracing.
    const all = inputsOf(Object.keys(built.metafile.outputs));
    expect(all.some((input) => input.includes("packages/core/src/tailoring/lexicon/"))).toBe(true);
    expect(all.some((input) => input.includes("node_modules/aws-xray-sdk-core/"))).toBe(true);
  });

  // The app's own code, its validators (zod), the AWS SDK, Powertools' logger and metrics.
  it("stays under 1.15 MB minified at import", () => {
    const bytes = loadedAtImport().reduce(
      (sum, path) => sum + (built.metafile.outputs[path]?.bytes ?? 0),
      0,
    );
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(1.15 * 1024 * 1024);
  });
});

describe("the GraphQL bundle", () => {
  it("loads neither the tailoring lexicon nor the importer's parsers at import", () => {
    const outputs = builtGraphql.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => path.endsWith("lambda/graphql.mjs"));
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
    const inputsOf = (paths: Iterable<string>) =>
      [...paths].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {}));
    const atImport = inputsOf(seen);
    // The schema is built at import, from the shapes of what the resolvers run.
    expect(atImport).toContain("packages/functions/src/graphql/schema.ts");
    const deferred = /packages\/core\/src\/tailoring\/lexicon\/|node_modules\/(parse5|yaml)\//;
    expect(atImport.filter((input) => deferred.test(input))).toEqual([]);
    // They are in the package, for the requests that tailor, check, import or make a sheet.
    expect(
      inputsOf(Object.keys(outputs)).filter((input) => deferred.test(input)).length,
    ).toBeGreaterThan(0);
  });
});
