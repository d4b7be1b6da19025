import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ApiKey from "@storybank/core/apikey";
import { readConfig } from "@storybank/core/config";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockFolder } from "../src/local/lock.ts";
import { openStore } from "../src/mcp/local.ts";
import { call, problemOf, toolNames, twoStories } from "./mcp-support.ts";

const root = join(import.meta.dirname, "..", "..", "..");
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "storybank-mcp-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

interface Running {
  client: Client;
  stderr: () => string;
}

/** `npm run mcp` as a desktop assistant starts it (silent, so stdout carries only the protocol). */
async function start(env: Record<string, string> = {}): Promise<Running> {
  const transport = new StdioClientTransport({
    command: "npm",
    args: ["--silent", "run", "mcp"],
    cwd: root,
    env: { ...(process.env as Record<string, string>), STORYBANK_DATA_DIR: dataDir, ...env },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk));
  const client = new Client({ name: "storybank-stdio-test", version: "1.0.0" });
  try {
    await client.connect(transport);
  } catch (error) {
    throw new Error(`Could not connect: ${String(error)}\n${stderr}`, { cause: error });
  }
  return { client, stderr: () => stderr };
}

describe("npm run mcp (stdio)", () => {
  let importedIds: string[] = [];

  it("lists the tools and runs the whole flow as the local user, on the data folder", async () => {
    const { client, stderr } = await start();
    try {
      expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(toolNames);

      const planned = await call(client, "import_document", { document: twoStories });
      expect(planned.stories.map((s: any) => s.action)).toEqual(["create", "create"]);
      expect((await call(client, "search_stories")).items).toEqual([]);
      const imported = await call(client, "import_document", {
        document: twoStories,
        dryRun: false,
      });
      importedIds = imported.stories.map((s: any) => s.id);
      expect(importedIds.every((id) => /^sty_/.test(id))).toBe(true);

      const target = await call(client, "create_target", {
        company: "Netflix",
        valueSetIds: ["netflix-2024"],
      });
      const tailoring = await call(client, "tailor", { targetId: target.id });
      expect(tailoring.values.length).toBeGreaterThan(0);
      expect(tailoring.selected.every((id: string) => importedIds.includes(id))).toBe(true);

      const view = await call(client, "get_cheat_sheet", { targetId: target.id });
      expect(view.sheet.header.company).toBe("Netflix");
      const pdf = (await client.callTool({
        name: "get_cheat_sheet",
        arguments: { targetId: target.id, format: "pdf" },
      })) as CallToolResult;
      const embedded = pdf.content.find((block) => block.type === "resource");
      if (embedded?.type !== "resource" || !("blob" in embedded.resource)) {
        throw new Error(`No embedded file: ${JSON.stringify(pdf)}`);
      }
      expect(Buffer.from(embedded.resource.blob, "base64").subarray(0, 5).toString()).toBe("%PDF-");

      const bad = await problemOf(client, "log_practice", { storyId: importedIds[0], seconds: 0 });
      expect(bad).toMatchObject({ status: 400, type: "urn:storybank:problem:invalid_input" });
      expect(bad.errors?.map((e) => e.path)).toEqual(["seconds"]);
      const story = await call(client, "get_story", { id: importedIds[0] });
      expect(story.progress.practiceCount).toBe(0);

      expect(stderr()).toContain("owner local");
    } finally {
      await client.close();
    }
  });

  it("acts for the owner and scopes of STORYBANK_API_KEY: a read-only key reads, and writes nothing", async () => {
    // The folder is free again once the assistant has closed the server.
    const config = readConfig();
    const { store, db } = await openStore(dataDir, config);
    const { key } = await ApiKey.create(db, "local", { name: "assistant", scopes: ["read"] });
    await store.close();

    const { client } = await start({ STORYBANK_API_KEY: key });
    try {
      const found = await call(client, "search_stories");
      expect(found.items.map((s: any) => s.id)).toEqual(importedIds);
      const refused = await problemOf(client, "create_story", { title: "Not allowed" });
      expect(refused).toMatchObject({ status: 403, type: "urn:storybank:problem:missing_scope" });
      expect((await call(client, "search_stories")).items).toHaveLength(2);
    } finally {
      await client.close();
    }
  });

  it("refuses a data folder another server holds, naming the folder and the process", async () => {
    const unlock = await lockFolder(dataDir);
    try {
      await expect(start()).rejects.toThrow(
        `data folder ${dataDir} is in use by another Storybank server (process ${process.pid})`,
      );
    } finally {
      await unlock();
    }
  });

  it("refuses to start with a key that is not one of the folder's", async () => {
    await expect(start({ STORYBANK_API_KEY: "sbk_madeup" })).rejects.toThrow(
      /STORYBANK_API_KEY is not a key of this data folder/,
    );
  });
});
