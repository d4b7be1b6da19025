import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  DEFAULT_LIMITS,
  limitsFromEnv,
  LOCAL_LIMITS,
} from "../packages/functions/src/rest/limits.ts";

const root = join(import.meta.dirname, "..");

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
  base: string;
  dataDir: string;
}

const running: Running[] = [];

/** `npm start` in a fresh data folder on a free port, with `env` added. */
async function start(env: Record<string, string> = {}): Promise<Running> {
  const dataDir = await mkdtemp(join(tmpdir(), "storybank-budgets-"));
  const port = await freePort();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, STORYBANK_DATA_DIR: dataDir, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const run = { child, output: () => output, exited, base: `http://127.0.0.1:${port}`, dataDir };
  running.push(run);
  return run;
}

async function until(run: Running, text: string) {
  const started = Date.now();
  while (!run.output().includes(text)) {
    if (Date.now() - started > 60_000) throw new Error(`No "${text}" in:\n${run.output()}`);
    if (run.child.exitCode !== null) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterEach(async () => {
  for (const run of running.splice(0)) {
    if (run.child.exitCode === null) {
      process.kill(-run.child.pid!, "SIGINT");
      await run.exited;
    }
    await rm(run.dataDir, { recursive: true, force: true });
  }
});

const statuses = async (run: Running, key: string, count: number) => {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 25) {
    const batch = Array.from({ length: Math.min(25, count - i) }, () =>
      fetch(`${run.base}/v1/stories`, { headers: { Authorization: `Bearer ${key}` } }).then(
        async (res) => (await res.arrayBuffer(), res.status),
      ),
    );
    seen.push(...(await Promise.all(batch)));
  }
  return seen;
};

describe("the local server's budgets", () => {
  it("are generous by default, printed at start, and never refuse a sync script of 350 requests", async () => {
    const run = await start();
    await until(run, "Budgets:");
    expect(run.output()).toContain(
      "Budgets: 100,000 requests a minute per user, 100,000 per API key, 10,000 exports and 1,000 new keys a day",
    );
    const key = (await readFile(join(run.dataDir, "api-key"), "utf8")).trim();
    const seen = await statuses(run, key, 350);
    expect(seen.filter((status) => status === 200)).toHaveLength(350);
  }, 120_000);

  it("are set by environment variables", async () => {
    const run = await start({ STORYBANK_LIMIT_KEY_PER_MINUTE: "3" });
    await until(run, "Budgets:");
    expect(run.output()).toContain("3 per API key");
    const key = (await readFile(join(run.dataDir, "api-key"), "utf8")).trim();
    // Fixed windows turn over each minute; start well inside one.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) seen.push((await statuses(run, key, 1))[0]!);
    expect(seen).toEqual([200, 200, 200, 429]);
  }, 120_000);

  it("refuse a budget that is not a whole number, naming the variable", async () => {
    const run = await start({ STORYBANK_LIMIT_EXPORTS_PER_DAY: "lots" });
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toContain(
      'STORYBANK_LIMIT_EXPORTS_PER_DAY must be a whole number from 1 to 1000000000, not "lots".',
    );
  }, 120_000);
});

describe("limitsFromEnv", () => {
  it("keeps the base where nothing is set and reads what is", () => {
    expect(limitsFromEnv({}, DEFAULT_LIMITS)).toEqual(DEFAULT_LIMITS);
    expect(
      limitsFromEnv(
        { STORYBANK_LIMIT_USER_PER_MINUTE: "50", STORYBANK_LIMIT_FAILED_LOGINS_PER_MINUTE: " 7 " },
        LOCAL_LIMITS,
      ),
    ).toEqual({ ...LOCAL_LIMITS, perUserPerMinute: 50, unauthenticatedPerMinute: 7 });
    for (const bad of ["0", "-1", "1.5", "1e3", "2000000000"]) {
      expect(() => limitsFromEnv({ STORYBANK_LIMIT_KEYS_PER_DAY: bad }, DEFAULT_LIMITS)).toThrow(
        "STORYBANK_LIMIT_KEYS_PER_DAY",
      );
    }
  });

  it("gives the local server more than the cloud on every budget", () => {
    for (const name of Object.keys(DEFAULT_LIMITS) as (keyof typeof DEFAULT_LIMITS)[]) {
      expect(LOCAL_LIMITS[name], name).toBeGreaterThan(DEFAULT_LIMITS[name]);
    }
  });
});
