import { readFileSync } from "node:fs";
import { readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The data folder's lock file: the process id of the server using the folder. */
export const lockFile = (dir: string) => join(dir, "server.pid");

/**
 * Whether a server may still be running as this process id: the process exists (signal 0 tests
 * without sending anything) and, where /proc tells, it is a Node.js process, so an id reused by
 * an unrelated program after a crash does not hold the folder.
 */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true;
  }
}

/** The data folder is used by another running server. */
export class FolderInUse extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number | undefined,
  ) {
    super(
      `The data folder ${dir} is already in use by another Storybank server${pid ? ` (process ${pid})` : ""}. ` +
        "Stop that server first, or start with STORYBANK_DATA_DIR=<another folder> npm start.",
    );
    this.name = "FolderInUse";
  }
}

/**
 * Takes the data folder for this process: writes `server.pid` only if no file is there (an
 * atomic create), so of two servers starting at once only one gets it. A file left by a server
 * that is no longer running (killed, crashed) is taken over. Fails with `FolderInUse` naming the
 * folder and the other server's process id. Answers a function that gives the folder back.
 */
export async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const file = lockFile(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: "wx" });
      return async () => {
        const holder = await readFile(file, "utf8").catch(() => "");
        if (Number.parseInt(holder, 10) === process.pid) await unlink(file).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && running(pid)) {
      throw new FolderInUse(dir, pid);
    }
    // Left behind by a server that is gone: take it over.
    await unlink(file).catch(() => undefined);
  }
  throw new FolderInUse(dir, undefined);
}
