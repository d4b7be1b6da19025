import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { isAbsolute, join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import * as ApiKey from "@storybank/core/apikey";
import { authenticator } from "@storybank/core/auth";
import { readConfig } from "@storybank/core/config";
import { createDb, type Db, ensureTable, recoverAllBatches } from "@storybank/core/db";
import { localTelemetry } from "../observe/telemetry.ts";
import { createApp } from "../rest/app.ts";
import { webAuth } from "../web/auth/index.ts";
import { CORS_ORIGINS_VARIABLE, localCorsOrigins, parseCorsOrigins } from "../rest/cors.ts";
import { describeLimits, limitsFromEnv, LOCAL_LIMITS } from "../rest/limits.ts";
import { lockFolder } from "./lock.ts";
import { LOCAL_OWNER, startStore } from "./store.ts";

/** The local owner: everything made with the printed key belongs to it. */

function dataDir(): string {
  const dir = process.env.STORYBANK_DATA_DIR || ".storybank";
  // npm runs workspace scripts in the package folder; resolve against where npm was started.
  return isAbsolute(dir) ? dir : resolve(process.env.INIT_CWD ?? process.cwd(), dir);
}

/** The first start makes a key for the local user, prints it once and keeps it for scripts. */
async function ensureLocalKey(db: Db, dir: string): Promise<string> {
  const file = join(dir, "api-key");
  const existing = await readFile(file, "utf8").then(
    (text) => text.trim(),
    () => undefined,
  );
  if (existing && (await ApiKey.verify(db, existing))) {
    console.log(`API key: in ${file}`);
    return existing;
  }
  const created = await ApiKey.create(db, LOCAL_OWNER, { name: "local", scopes: ApiKey.allScopes });
  await writeFile(file, `${created.key}\n`, { mode: 0o600 });
  console.log(
    `Created an API key for the local user (shown once; also saved to ${file}):\n\n  ${created.key}\n`,
  );
  return created.key;
}

/** Fails with a clear message when the port is taken, before anything else starts. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer()
      .once("error", (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            error.code === "EADDRINUSE"
              ? `Port ${port} is already in use. Stop the other process or start with PORT=<another port> npm start.`
              : `Cannot listen on port ${port}: ${error.message}`,
          ),
        ),
      )
      .listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/**
 * Takes the data folder (one server per folder), starts the embedded store on it, makes sure the
 * table is there, and undoes any import that a killed server left half-written: as the only
 * process on the folder, every unfinished import is one whose process is gone.
 */
async function openStore(dir: string, table: string, region: string) {
  await mkdir(join(dir, "db"), { recursive: true });
  const unlock = await lockFolder(dir);
  const started = await startStore({ path: join(dir, "db") });
  const store = { ...started, close: () => started.close().finally(unlock) };
  const db = createDb({ table, region, endpoint: store.endpoint });
  try {
    await ensureTable(db);
  } catch (error) {
    await store.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open the data in ${dir} (${reason}). Is another Storybank using it?`, {
      cause: error,
    });
  }
  const undone = await recoverAllBatches(db, { force: true, owners: [LOCAL_OWNER] });
  if (undone > 0) {
    console.log(`Undid ${undone} import(s) that a stopped server left unfinished.`);
  }
  return { store, db };
}

async function main() {
  const dir = dataDir();
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  await assertPortFree(port);
  const config = readConfig();
  const { store, db } = await openStore(dir, config.table, config.region);
  const key = await ensureLocalKey(db, dir);

  const limits = limitsFromEnv(process.env, LOCAL_LIMITS);
  const corsSetting = process.env[CORS_ORIGINS_VARIABLE]?.trim();
  const corsOrigins = corsSetting ? parseCorsOrigins(corsSetting) : localCorsOrigins(port);
  const app = createApp({
    db,
    authenticate: authenticator(db, config.jwt),
    graphiql: true,
    limits,
    // One readable line per request (id, route, status, latency, owner hash) on stdout.
    telemetry: localTelemetry(),
    corsOrigins,
    web: { auth: webAuth({ mode: "local", apiKey: () => key }) },
  });
  const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
  server.on("error", async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is already in use. Stop the other process or start with PORT=<another port> npm start.`
        : `Could not start the server: ${error.message}`,
    );
    await store.close();
    process.exit(1);
  });
  server.on("listening", () => {
    console.log(`Storybank is running on http://127.0.0.1:${port}  (data in ${dir})`);
    console.log(`  Open http://127.0.0.1:${port}/ to use the app.`);
    console.log(
      `  API docs: http://127.0.0.1:${port}/docs   OpenAPI: http://127.0.0.1:${port}/openapi.json`,
    );
    console.log(`  ${describeLimits(limits)}`);
    console.log(`  Browser origins allowed (${CORS_ORIGINS_VARIABLE}): ${corsOrigins.join(", ")}`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Shutting down…");
    // Finish the requests in flight (their writes included) before the store closes.
    const closed = new Promise((resolve) => server.close(resolve));
    if ("closeIdleConnections" in server) server.closeIdleConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await store.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
