import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
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
import {
  copyFiles,
  handlers,
  type HandlerName,
} from "../packages/functions/scripts/lambda-bundle.ts";
import { apiEvent, lambdaContext } from "../tests/fixtures/apigw/events.ts";
import { type Figures, heading, report, summarize } from "./support.ts";

const RUNS = 10;

/**
 * `COLDSTART_BASELINE=<git ref> npm run bench -- coldstart` also builds the handlers as they were
 * at that commit and times them in the same rounds, so that before and after see the same load.
 */
const BASELINE = process.env.COLDSTART_BASELINE;

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
 * The second floor: the same Hono handler plus what a story read cannot do without, the AWS SDK
 * reading one item with GetItem (the bench story, owner and keys as `db/keys.ts` stores them) and
 * answering its JSON. A handler that reads DynamoDB starts no faster than this.
 */
const helloGetItem = `
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { ownerPk, story } from "./packages/core/src/db/keys.ts";
const endpoint = process.env.STORYBANK_DYNAMODB_ENDPOINT;
const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: "us-east-1",
    endpoint,
    ...(endpoint ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  }),
);
const table = JSON.parse(process.env.SST_RESOURCE_Table ?? "{}").name;
const app = new Hono();
app.get("/v1/stories/:id", async (c) => {
  const key = { pk: ownerPk("jwt:bench-user"), sk: story.sk(c.req.param("id")) };
  const { Item } = await doc.send(new GetCommand({ TableName: table, Key: key }));
  if (!Item) return c.json({ title: "Not Found" }, 404);
  return c.json(Item.data);
});
export const handler = handle(app);
`;

/**
 * Runs in a fresh Node process per sample, as a Lambda cold start does: import the handler
 * module, then answer one request. Prints the two times in milliseconds.
 */
const probe = `
const [file, event, context] = process.argv.slice(2).map((arg, i) => (i === 0 ? arg : JSON.parse(arg)));
const cpu = process.cpuUsage();
const started = performance.now();
const { handler } = await import(file);
const imported = performance.now();
const result = await handler(event, context);
const answered = performance.now();
const used = process.cpuUsage(cpu);
if (result.statusCode >= 300) throw new Error("status " + result.statusCode + ": " + result.body);
process.stdout.write("\\n" + JSON.stringify({
  importMs: imported - started,
  requestMs: answered - imported,
  cpuMs: (used.user + used.system) / 1000,
}));
`;

interface Bundle {
  name: string;
  /** Which handler it is; none for the floor. */
  handler?: HandlerName;
  file: string;
  metafile: Metafile;
}

/**
 * The packages as they were at `ref` (from `git archive`), in `dir`, beside links to the
 * dependencies installed today: what the handlers were before, built with today's settings.
 */
async function baselineTree(ref: string, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const archive = join(dir, "packages.tar");
  await run$("git", ["archive", "--format=tar", "-o", archive, ref, "packages"], { cwd: repoRoot });
  await run$("tar", ["-xf", archive, "-C", dir]);
  const modules = join(dir, "node_modules");
  await mkdir(join(modules, "@storybank"), { recursive: true });
  for (const entry of await readdir(join(repoRoot, "node_modules"))) {
    if (entry !== "@storybank")
      await symlink(join(repoRoot, "node_modules", entry), join(modules, entry));
  }
  for (const pkg of await readdir(join(dir, "packages"))) {
    await symlink(join(dir, "packages", pkg), join(modules, "@storybank", pkg));
    const own = join(repoRoot, "packages", pkg, "node_modules");
    await symlink(own, join(dir, "packages", pkg, "node_modules")).catch(() => undefined);
  }
  return dir;
}

/** Builds one handler of the tree at `root` as bundleHandler does, files copied beside it. */
async function bundleFrom(root: string, name: HandlerName, outdir: string): Promise<Bundle> {
  const { entry } = handlers[name];
  const moduleDir = join(outdir, dirname(entry));
  const result = await build({
    ...lambdaBuildOptions(moduleDir),
    entryPoints: [join(root, entry)],
  });
  for (const { from, to } of copyFiles(name)) {
    await mkdir(dirname(join(outdir, to)), { recursive: true });
    await cp(join(repoRoot, from), join(outdir, to));
  }
  const file = join(moduleDir, basename(entry).replace(/\.ts$/, ".mjs"));
  return { name: `${name} (before)`, handler: name, file, metafile: result.metafile! };
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
    cases.map((c) => [
      c.name,
      { import: [] as number[], total: [] as number[], cpu: [] as number[] },
    ]),
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
      const { importMs, requestMs, cpuMs } = JSON.parse(figures) as {
        importMs: number;
        requestMs: number;
        cpuMs: number;
      };
      samples.get(name)!.import.push(importMs);
      samples.get(name)!.total.push(importMs + requestMs);
      samples.get(name)!.cpu.push(cpuMs);
    }
  }
  const figures = new Map<string, { import: Figures; total: Figures; cpu: Figures }>();
  for (const [name, s] of samples)
    figures.set(name, {
      import: summarize(s.import),
      total: summarize(s.total),
      cpu: summarize(s.cpu),
    });
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
    const getItemDir = join(outdir, "hello-getitem");
    const getItem = await build({
      ...lambdaBuildOptions(getItemDir),
      stdin: {
        contents: helloGetItem,
        resolveDir: repoRoot,
        sourcefile: "hello-getitem.ts",
        loader: "ts",
      },
      entryNames: "hello-getitem",
    });
    const bundles: Bundle[] = [
      { name: "hello-world", file: join(helloDir, "hello.mjs"), metafile: hello.metafile! },
      {
        name: "hello-getitem",
        file: join(getItemDir, "hello-getitem.mjs"),
        metafile: getItem.metafile!,
      },
    ];
    for (const name of Object.keys(handlers) as HandlerName[]) {
      const built = await bundleHandler(name, join(outdir, name));
      bundles.push({ ...built, handler: name });
    }
    if (BASELINE) {
      const root = await baselineTree(BASELINE, join(outdir, "baseline"));
      for (const name of Object.keys(handlers) as HandlerName[]) {
        bundles.push(await bundleFrom(root, name, join(outdir, `before-${name}`)));
      }
      console.log(`  before: the handlers at ${BASELINE}, built and timed in the same rounds`);
    }

    console.log("  bundle sizes (minified; at import = the handler module and its static chunks)");
    for (const bundle of bundles) {
      const { atImport, all } = await sizes(bundle);
      console.log(
        `  ${bundle.name.padEnd(17)} at import ${kb(atImport.raw).padStart(8)} raw ${kb(atImport.gzip).padStart(7)} gzip` +
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
        { name: "hello-getitem", file: bundles[1]!.file, event: apiEvent("get-story", vars) },
        ...bundles.slice(2).flatMap(({ name, handler, file }) =>
          firstRequests[handler!].map(({ label, fixture }) => ({
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
      const to = name === "hello-world" ? undefined : floor;
      report(`${name}: import`, f.import, to?.import);
      report(`${name}: import + first request`, f.total, to?.total);
      // CPU time (user + system) is what a busy machine disturbs least.
      report(`${name}: CPU, import + first request`, f.cpu, to?.cpu);
    }
    console.log("  against hello-getitem (the same first read, with nothing else)");
    const readFloor = figures.get("hello-getitem")!;
    for (const [name, f] of figures) {
      if (name.startsWith("hello") || name.endsWith("/health")) continue;
      report(`${name}: import + first request`, f.total, readFloor.total);
      report(`${name}: CPU, import + first request`, f.cpu, readFloor.cpu);
    }
    if (BASELINE) {
      console.log("  after against before (ratio < 1 is faster)");
      for (const [name, f] of figures) {
        const [handler, ...label] = name.split(" ");
        const before = figures.get(`${handler} (before) ${label.join(" ")}`);
        if (!before) continue;
        report(`${name}: import + first request`, f.total, before.total);
        report(`${name}: CPU, import + first request`, f.cpu, before.cpu);
      }
    }
  } finally {
    await store.close();
    await rm(outdir, { recursive: true, force: true });
  }
}
