import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import * as Story from "@storybank/core/story";
import { createDb, ensureTable } from "@storybank/core/db";
import { build, type Metafile } from "esbuild";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { startStore } from "../packages/functions/src/local/store.ts";
import {
  bundleHandler,
  lambdaBuildOptions,
  repoRoot,
} from "../packages/functions/scripts/bundle.ts";
import { handlers, type HandlerName } from "../packages/functions/scripts/lambda-bundle.ts";
import { apiEvent, lambdaContext } from "../tests/fixtures/apigw/events.ts";
import { type Figures, heading, report, summarize } from "./support.ts";

const RUNS = 10;

/**
 * The first request each handler answers after its cold start (fixtures in tests/fixtures/apigw):
 * a story read verifies a JWT, counts the request and reads the story from the table.
 */
const firstRequests: Record<HandlerName, { label: string; fixture: string }[]> = {
  rest: [
    { label: "/health", fixture: "health" },
    { label: "story read", fixture: "get-story" },
  ],
  graphql: [{ label: "story query", fixture: "graphql-story" }],
};
const run$ = promisify(execFile);

/** The floor: the smallest useful Hono Lambda handler, bundled with the same settings. */
const helloWorld = `
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
const app = new Hono();
app.get("/health", (c) => c.json({ status: "ok" }));
export const handler = handle(app);
`;

/**
 * Runs in a fresh Node process per sample, as a Lambda cold start does: import the handler
 * module, then answer one request. Prints the two times in milliseconds.
 */
const probe = `
const [file, event, context] = process.argv.slice(2).map((arg, i) => (i === 0 ? arg : JSON.parse(arg)));
const started = performance.now();
const { handler } = await import(file);
const imported = performance.now();
const result = await handler(event, context);
const answered = performance.now();
if (result.statusCode >= 300) throw new Error("status " + result.statusCode + ": " + result.body);
process.stdout.write("\\n" + JSON.stringify({ importMs: imported - started, requestMs: answered - imported }));
`;

interface Bundle {
  name: string;
  file: string;
  metafile: Metafile;
}

/** Bytes of the module Lambda imports plus every chunk it loads statically, and of all files. */
async function sizes({ file, metafile }: Bundle) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => resolve(path) === file);
  const atImport = new Set<string>();
  const visit = (path: string) => {
    if (atImport.has(path)) return;
    atImport.add(path);
    for (const imported of outputs[path]?.imports ?? [])
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  if (entry) visit(entry);
  const measure = async (paths: Iterable<string>) => {
    let raw = 0;
    let gzip = 0;
    for (const path of paths) {
      const bytes = await readFile(resolve(path));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    return { raw, gzip };
  };
  return {
    atImport: await measure(atImport),
    all: await measure(Object.keys(outputs).filter((path) => path.endsWith(".mjs"))),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Times `RUNS` cold starts of each bundle, round-robin so that each sees the same load. */
async function coldStarts(
  cases: { name: string; file: string; event: object }[],
  probeFile: string,
  env: NodeJS.ProcessEnv,
) {
  const samples = new Map(
    cases.map((c) => [c.name, { import: [] as number[], total: [] as number[] }]),
  );
  for (let i = 0; i < RUNS; i++) {
    for (const { name, file, event } of cases) {
      const { stdout } = await run$(
        process.execPath,
        [probeFile, pathToFileURL(file).href, JSON.stringify(event), JSON.stringify(lambdaContext)],
        { env },
      );
      // The handler's own lines (request log, EMF metrics) come first; the probe's figures last.
      const figures = stdout.trim().split("\n").at(-1) ?? "";
      const { importMs, requestMs } = JSON.parse(figures) as {
        importMs: number;
        requestMs: number;
      };
      samples.get(name)!.import.push(importMs);
      samples.get(name)!.total.push(importMs + requestMs);
    }
  }
  const figures = new Map<string, { import: Figures; total: Figures }>();
  for (const [name, s] of samples)
    figures.set(name, { import: summarize(s.import), total: summarize(s.total) });
  return figures;
}

export async function run() {
  heading(`Lambda cold start: bundles as deployed, ${RUNS} fresh Node processes each`);
  const outdir = await mkdtemp(join(tmpdir(), "storybank-coldstart-"));
  const store = await startStore();
  try {
    const helloDir = join(outdir, "hello");
    const hello = await build({
      ...lambdaBuildOptions(helloDir),
      stdin: { contents: helloWorld, resolveDir: repoRoot, sourcefile: "hello.ts", loader: "ts" },
      entryNames: "hello",
    });
    const bundles: Bundle[] = [
      { name: "hello-world", file: join(helloDir, "hello.mjs"), metafile: hello.metafile! },
    ];
    for (const name of Object.keys(handlers) as HandlerName[]) {
      bundles.push(await bundleHandler(name, join(outdir, name)));
    }

    console.log("  bundle sizes (minified; at import = the handler module and its static chunks)");
    for (const bundle of bundles) {
      const { atImport, all } = await sizes(bundle);
      console.log(
        `  ${bundle.name.padEnd(14)} at import ${kb(atImport.raw).padStart(8)} raw ${kb(atImport.gzip).padStart(7)} gzip` +
          `   all chunks ${kb(all.raw).padStart(8)} raw ${kb(all.gzip).padStart(7)} gzip`,
      );
    }

    // The REST handler reads its table and JWT settings as SST links them.
    const table = "coldstart";
    const db = createDb({ table, endpoint: store.endpoint });
    await ensureTable(db);
    const story = await Story.create(db, "jwt:bench-user", { title: "Cold start" });
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const token = await new SignJWT({ sub: "bench-user" })
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer("https://bench/")
      .setAudience("bench")
      .setExpirationTime("1h")
      .sign(privateKey);
    const link = (value: object) => JSON.stringify(value);
    const env = {
      ...process.env,
      NODE_NO_WARNINGS: "1",
      STORYBANK_DYNAMODB_ENDPOINT: store.endpoint,
      SST_RESOURCE_App: link({ name: "storybank", stage: "bench" }),
      SST_RESOURCE_Table: link({ name: table }),
      SST_RESOURCE_JwtIssuer: link({ value: "https://bench/" }),
      SST_RESOURCE_JwtAudience: link({ value: "bench" }),
      SST_RESOURCE_JwtKey: link({ value: await exportSPKI(publicKey) }),
    };
    const probeFile = join(outdir, "probe.mjs");
    await writeFile(probeFile, probe);

    const vars = { token, storyId: story.id };
    const figures = await coldStarts(
      [
        { name: "hello-world", file: bundles[0]!.file, event: apiEvent("health") },
        ...bundles.slice(1).flatMap(({ name, file }) =>
          firstRequests[name as HandlerName].map(({ label, fixture }) => ({
            name: `${name} ${label}`,
            file,
            event: apiEvent(fixture, vars),
          })),
        ),
      ],
      probeFile,
      env,
    );
    const floor = figures.get("hello-world")!;
    for (const [name, f] of figures) {
      report(`${name}: import`, f.import, name === "hello-world" ? undefined : floor.import);
      report(
        `${name}: import + first request`,
        f.total,
        name === "hello-world" ? undefined : floor.total,
      );
    }
  } finally {
    await store.close();
    await rm(outdir, { recursive: true, force: true });
  }
}
