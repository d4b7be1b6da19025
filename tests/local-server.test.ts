import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
let dataDir: string;
let port: number;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start` as a user would, in its own data folder and port. */
function start(): Running {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, STORYBANK_DATA_DIR: dataDir, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that a signal reaches npm and the server as Ctrl-C would.
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(running: Running, text: string, timeoutMs = 30_000) {
  const started = Date.now();
  while (!running.output().includes(text)) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`Timed out waiting for "${text}":\n${running.output()}`);
    if (running.child.exitCode !== null) throw new Error(`Exited early:\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const stop = async (running: Running) => {
  process.kill(-running.child.pid!, "SIGINT");
  await running.exited;
  // npm itself ends on the signal; the server must have shut down on its own.
  return running.output().includes("Shutting down");
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "storybank-local-"));
  port = await freePort();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves the API, prints a key once, keeps data across a restart and refuses a busy port", async () => {
    const first = start();
    await waitFor(first, "Storybank is running");
    const key = (await readFile(join(dataDir, "api-key"), "utf8")).trim();
    expect(key).toMatch(/^sbk_/);
    expect(first.output()).toContain(key);

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const docs = await fetch(`${base}/docs`);
    expect(await docs.text()).toContain("swagger-ui-bundle.js");
    expect((await fetch(`${base}/docs/swagger-ui-bundle.js`)).status).toBe(200);
    const spec = await (await fetch(`${base}/openapi.json`)).json();
    expect(spec.openapi).toBe("3.1.0");

    const created = await fetch(`${base}/v1/stories`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Survives restarts — ✓" }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();

    const busy = start();
    expect(await busy.exited).toBe(1);
    expect(busy.output()).toContain(`Port ${port} is already in use`);

    expect(await stop(first)).toBe(true);

    const second = start();
    await waitFor(second, "Storybank is running");
    expect(second.output()).not.toContain(key);
    const read = await fetch(`${base}/v1/stories/${id}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(read.status).toBe(200);
    expect((await read.json()).title).toBe("Survives restarts — ✓");
    expect(await stop(second)).toBe(true);
  }, 120_000);
});
