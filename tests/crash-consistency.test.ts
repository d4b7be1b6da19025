import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createDb, ownerPk } from "@storybank/core/db";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStore } from "../packages/functions/src/local/store.ts";

/**
 * Crash consistency of the local server: an import, a story delete and a run of updates go on at
 * once, the server is killed (SIGKILL) at a random moment, restarted, and the data is checked:
 * the import is all there or not at all, the deleted story is gone with its whole practice log
 * (or still whole), no acknowledged update is lost, and each retry succeeds. At the end the
 * store is read directly: no journal, no half-deleted item, no practice entry without a story.
 */

const root = join(import.meta.dirname, "..");
const trials = 20;
const importSize = 40;
const practicePerStory = 60;

let serverFile: string;
let dataDir: string;
let port: number;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * The local server bundled once (our code in one file, packages from node_modules), so that the
 * many restarts below do not each compile TypeScript.
 */
async function bundleServer(): Promise<string> {
  const outdir = join(root, "node_modules", ".cache", "storybank-crash-test");
  await mkdir(outdir, { recursive: true });
  const outfile = join(outdir, "server.mjs");
  await build({
    entryPoints: [join(root, "packages/functions/src/local/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    plugins: [
      {
        name: "packages-stay-external",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith("@storybank/") ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return outfile;
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Every server started, so that none outlives the test, whatever happens. */
const children = new Set<ChildProcess>();

function start(dir = dataDir, onPort = port): Running {
  const child = spawn(process.execPath, [serverFile], {
    cwd: root,
    env: { ...process.env, STORYBANK_DATA_DIR: dir, PORT: String(onPort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

async function started(running: Running, timeoutMs = 60_000): Promise<Running> {
  const begun = Date.now();
  while (!running.output().includes("Storybank is running")) {
    if (Date.now() - begun > timeoutMs) throw new Error(`Did not start:\n${running.output()}`);
    if (running.child.exitCode !== null) throw new Error(`Exited early:\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return running;
}

async function kill(running: Running) {
  running.child.kill("SIGKILL");
  await running.exited;
}

beforeAll(async () => {
  serverFile = await bundleServer();
  dataDir = await mkdtemp(join(tmpdir(), "storybank-crash-"));
  port = await freePort();
}, 120_000);
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

describe("a second server on a data folder in use", () => {
  it("stops with a message naming the folder and the process, and no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "storybank-busy-"));
    const first = await started(start(dir, await freePort()));
    const second = start(dir, await freePort());
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(
      `The data folder ${dir} is already in use by another Storybank server (process ${first.child.pid})`,
    );
    expect(second.output()).not.toMatch(/\n\s+at /);
    // Killed, it leaves its lock behind, naming a process id that another program may get:
    // the next server takes the folder over.
    await kill(first);
    const other = spawn("sleep", ["60"]);
    await writeFile(join(dir, "server.pid"), `${other.pid}\n`);
    const third = await started(start(dir, await freePort()));
    expect(await readFile(join(dir, "server.pid"), "utf8")).toBe(`${third.child.pid}\n`);
    await kill(third);
    other.kill();
    await rm(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("killing the server during an import, a delete and updates", () => {
  it(`keeps every invariant over ${trials} kills at random moments`, async () => {
    let server = await started(start());
    const key = (await readFile(join(dataDir, "api-key"), "utf8")).trim();
    const base = `http://127.0.0.1:${port}`;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    /** How many of round `t`'s imported stories there are (they carry its tag). */
    const imported = async (t: number) =>
      (await (await call("GET", `/v1/stories?tag=round-${t}&limit=100`)).json()).items.length;
    const importBank = (t: number) => ({
      version: "1.0.0",
      stories: Array.from({ length: importSize }, (_, i) => ({
        title: `Import ${t}-${i}`,
        tags: [`round-${t}`],
        situation: "A situation long enough to make each write take a little while. ".repeat(5),
      })),
    });

    const seen = { importCut: 0, deleteCut: 0, updatesCut: 0 };
    let calibratedMs = 0;
    const restartMs: number[] = [];
    for (let t = 0; t <= trials; t++) {
      // A story with a long practice log to delete, and one to update.
      const setup = await call("POST", "/v1/import", {
        version: "1.0.0",
        stories: [
          { id: "d", title: `Delete ${t}` },
          { id: "u", title: `Update ${t}` },
        ],
        practice: Array.from({ length: practicePerStory }, (_, i) => ({
          storyId: "d",
          seconds: 30 + (i % 60),
          variant: "refined",
          note: "",
          at: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
        })),
      });
      expect(setup.status).toBe(200);
      const [doomed, updated] = (await setup.json()).stories.map((s: { id: string }) => s.id);

      const acked = { import: false, delete: false, version: 1 };
      let stop = false;
      const began = Date.now();
      const work = Promise.allSettled([
        call("POST", "/v1/import", importBank(t)).then((r) => {
          acked.import = r.status === 200;
        }),
        call("DELETE", `/v1/stories/${doomed}`).then((r) => {
          acked.delete = r.status === 204;
        }),
        (async () => {
          while (!stop) {
            const next = acked.version + 1;
            const r = await call("PATCH", `/v1/stories/${updated}`, {
              version: acked.version,
              task: `v${next}`,
            });
            if (r.status !== 200) break;
            acked.version = next;
          }
        })(),
      ]);

      if (t === 0) {
        // The first round runs to the end: it measures how long the work takes.
        while (!acked.import || !acked.delete) {
          if (Date.now() - began > 60_000) throw new Error("The first round did not finish");
          await new Promise((r) => setTimeout(r, 10));
        }
        stop = true;
        await work;
        calibratedMs = Date.now() - began;
        continue;
      }

      await new Promise((r) => setTimeout(r, Math.random() * calibratedMs));
      await kill(server);
      stop = true;
      await work;
      if (!acked.import) seen.importCut += 1;
      if (!acked.delete) seen.deleteCut += 1;
      seen.updatesCut += 1;

      const restartBegan = Date.now();
      server = await started(start());
      restartMs.push(Date.now() - restartBegan);

      // The import: all or nothing, and a retry lands it whole.
      const count = await imported(t);
      expect([0, importSize]).toContain(count);
      if (acked.import) expect(count).toBe(importSize);
      if (count === 0) expect((await call("POST", "/v1/import", importBank(t))).status).toBe(200);
      expect(await imported(t)).toBe(importSize);

      // The delete: gone with its whole log, or still there whole and deletable.
      const read = await call("GET", `/v1/stories/${doomed}`);
      if (acked.delete) expect(read.status).toBe(404);
      if (read.status === 200) {
        const log = await (await call("GET", `/v1/stories/${doomed}/practice?limit=100`)).json();
        expect(log.items).toHaveLength(practicePerStory);
        expect((await call("DELETE", `/v1/stories/${doomed}`)).status).toBe(204);
      } else {
        expect(read.status).toBe(404);
      }
      expect((await call("GET", `/v1/stories/${doomed}/practice`)).status).toBe(404);

      // The updates: none acknowledged is lost, the stored one is whole, and the next one lands.
      const story = await (await call("GET", `/v1/stories/${updated}`)).json();
      expect(story.version).toBeGreaterThanOrEqual(acked.version);
      expect(story.task).toBe(story.version === 1 ? "" : `v${story.version}`);
      const retry = await call("PATCH", `/v1/stories/${updated}`, {
        version: story.version,
        task: `v${story.version + 1}`,
      });
      expect(retry.status).toBe(200);
    }
    expect(seen.importCut + seen.deleteCut).toBeGreaterThan(0);

    // Read the store itself, with the server stopped.
    await kill(server);
    const store = await startStore({ path: join(dataDir, "db") });
    try {
      const db = createDb({ table: "storybank", endpoint: store.endpoint });
      const items: Record<string, unknown>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.doc.send(
          new QueryCommand({
            TableName: db.table,
            KeyConditionExpression: "pk = :pk",
            ExpressionAttributeValues: { ":pk": ownerPk("local") },
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      const keys = items.map((item) => item.sk as string);
      const stories = new Set(keys.filter((k) => k.startsWith("STORY#")).map((k) => k.slice(6)));
      const orphans = keys.filter(
        (k) => k.startsWith("PRACTICE#") && !stories.has(k.split("#")[1]!),
      );
      expect(orphans).toEqual([]);
      expect(keys.filter((k) => k.startsWith("BATCH#"))).toEqual([]);
      expect(items.filter((item) => "removing" in item)).toEqual([]);
      expect(stories.size).toBe((trials + 1) * (importSize + 1));
    } finally {
      await store.close();
    }
    console.log(
      `crash test: ${trials} kills; import cut ${seen.importCut}, delete cut ${seen.deleteCut}, update runs cut ${seen.updatesCut}; calibration round ${calibratedMs} ms; restarts ${Math.min(...restartMs)}–${Math.max(...restartMs)} ms`,
    );
  }, 600_000);
});
