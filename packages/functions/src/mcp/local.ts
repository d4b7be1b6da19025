import { mkdir } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import * as ApiKey from "@storybank/core/apikey";
import { authenticator, type Principal } from "@storybank/core/auth";
import type { CoreConfig } from "@storybank/core/config";
import { createDb, type Db, ensureTable, recoverAllBatches } from "@storybank/core/db";
import { FolderInUse, lockFolder } from "../local/lock.ts";
import { type EmbeddedStore, LOCAL_OWNER, startStore } from "../local/store.ts";

/** The owner of the local server's printed key (`npm start`): the one local user. */
export { LOCAL_OWNER };

/** The data folder, as `npm start` finds it: STORYBANK_DATA_DIR, else `.storybank`. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.STORYBANK_DATA_DIR || ".storybank";
  // npm runs scripts in the package folder; resolve against where npm was started.
  return isAbsolute(dir) ? dir : resolve(env.INIT_CWD ?? process.cwd(), dir);
}

/**
 * Takes the data folder and opens the embedded store on it, as `npm start` does: one process per
 * folder (with `npm start` running on it this fails naming the folder and the process), the
 * table made if missing, and imports that a killed process left half-written undone (as the
 * folder's only process, every unfinished import is one whose process is gone). Closing the
 * store gives the folder back.
 */
export async function openStore(
  dir: string,
  { table, region }: CoreConfig,
): Promise<{ store: EmbeddedStore; db: Db }> {
  await mkdir(join(dir, "db"), { recursive: true });
  const unlock = await lockFolder(dir).catch((error: unknown) => {
    if (!(error instanceof FolderInUse)) throw error;
    const holder = error.pid ? ` (process ${error.pid})` : "";
    throw new Error(
      `The data folder ${dir} is in use by another Storybank server${holder}. Stop it, or connect the assistant to that server's /mcp over HTTP.`,
      { cause: error },
    );
  });
  const started = await startStore({ path: join(dir, "db") }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const store = { ...started, close: () => started.close().finally(unlock) };
  const db = createDb({ table, region, endpoint: store.endpoint });
  try {
    await ensureTable(db);
    await recoverAllBatches(db, { force: true, owners: [LOCAL_OWNER] });
  } catch (error) {
    await store.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open the data in ${dir} (${reason}).`, { cause: error });
  }
  return { store, db };
}

/**
 * Who the stdio server acts for, from configuration: STORYBANK_API_KEY, an API key of this data
 * folder (its owner and scopes; a read-only key makes a read-only assistant), else the local
 * user with every scope. A key that does not verify is an error, not a fallback.
 */
export async function stdioPrincipal(
  db: Db,
  config: CoreConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Principal> {
  const key = env.STORYBANK_API_KEY?.trim();
  if (!key) return { owner: LOCAL_OWNER, scopes: ApiKey.allScopes, via: "api-key" };
  try {
    return await authenticator(db, config.jwt)(`Bearer ${key}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`STORYBANK_API_KEY is not a key of this data folder: ${reason}`, {
      cause: error,
    });
  }
}
