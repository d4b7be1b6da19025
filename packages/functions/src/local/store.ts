import type { AddressInfo } from "node:net";
import dynalite from "dynalite";

/** The owner of a data folder's stories when no API key names another (local server and stdio MCP). */
export const LOCAL_OWNER = "local";

export interface EmbeddedStore {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts the embedded DynamoDB-protocol server (dynalite) on a free loopback port, on disk
 * under `path`, or in memory when no path is given.
 */
export async function startStore({ path }: { path?: string } = {}): Promise<EmbeddedStore> {
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
