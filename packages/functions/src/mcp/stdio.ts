import { readConfig } from "@storybank/core/config";
import { DEFAULT_LIMITS } from "@storybank/core/ratelimit";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { dataDir, openStore, stdioPrincipal } from "./local.ts";
import { createMcpServer } from "./server.ts";

/**
 * `npm run mcp`: the MCP server over stdio for a desktop assistant, on the local data folder.
 * Stdout carries the protocol alone, so every log line goes to stderr. Ends when the assistant
 * closes stdin or on SIGINT/SIGTERM, closing the store.
 */
async function main() {
  // Anything printed to stdout would be read as a protocol message.
  console.log = console.error;
  console.info = console.error;
  const config = readConfig();
  const dir = dataDir();
  const { store, db } = await openStore(dir, config);
  const principal = await stdioPrincipal(db, config).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const server = createMcpServer({ db, principal, limits: DEFAULT_LIMITS }, { countCalls: true });
  const transport = new StdioServerTransport();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    await store.close();
    process.exit(0);
  };
  transport.onclose = () => void stop();
  process.stdin.on("end", () => void stop());
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  await server.connect(transport);
  console.error(`Storybank MCP server on stdio (data in ${dir}, owner ${principal.owner})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
