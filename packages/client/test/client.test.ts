import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import * as ApiKey from "@storybank/core/apikey";
import { authenticator } from "@storybank/core/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";
import { createApp } from "../../functions/src/rest/app.ts";
import { flow } from "../examples/flow.ts";
import { generateSchema, schemaFile, servedDocument } from "../scripts/generate.ts";
import { createStorybankClient } from "../src/index.ts";

const root = join(import.meta.dirname, "../../..");
const tsc = join(root, "node_modules/typescript/bin/tsc");

/** Type-checks a project with the repository's TypeScript; answers its exit code and output. */
function typecheck(project: string) {
  const run = spawnSync(process.execPath, [tsc, "--noEmit", "-p", project], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

let document: Record<string, unknown>;
let work: string;
beforeAll(async () => {
  document = await servedDocument();
  work = await mkdtemp(join(tmpdir(), "storybank-client-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the generated client", () => {
  it("is what the served OpenAPI document generates now (regenerate when this fails)", async () => {
    const committed = await readFile(schemaFile, "utf8");
    expect(committed === (await generateSchema(document))).toBe(true);
  });

  it("would be caught drifting: a changed document generates other types", async () => {
    const changed = structuredClone(document) as { paths: Record<string, unknown> };
    changed.paths["/v1/stories"] = { get: (changed.paths["/v1/stories"] as any).get };
    expect(await generateSchema(changed)).not.toBe(await readFile(schemaFile, "utf8"));
  });

  it("type-checks with its example (openapi-typescript + openapi-fetch, default settings)", () => {
    const { status, output } = typecheck("packages/client");
    expect(output).toBe("");
    expect(status).toBe(0);
  }, 120_000);

  it("has a twin from @hey-api/openapi-ts at default settings that type-checks", async () => {
    const { createClient } = await import("@hey-api/openapi-ts");
    const output = join(work, "hey-api");
    await createClient({ input: document as never, output, logs: { level: "silent" } });
    const sdk = await readFile(join(output, "sdk.gen.ts"), "utf8");
    for (const operation of ["createStory", "listStories", "getTailoring", "getCheatSheet"]) {
      expect(sdk).toContain(`export const ${operation} =`);
    }
    const project = join(work, "tsconfig.json");
    await writeFile(
      project,
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2024", "DOM", "DOM.Iterable"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        include: [`${output}/**/*.ts`],
      }),
    );
    const { status, output: errors } = typecheck(project);
    expect(errors).toBe("");
    expect(status).toBe(0);
  }, 120_000);
});

describe("the example flow, against the service over HTTP", () => {
  it("creates a story, tailors a target to it and downloads the sheet", async () => {
    const db = await freshDb();
    const app = createApp({ db, authenticate: authenticator(db, undefined) });
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { key } = await ApiKey.create(db, "client-example", { name: "example" });
      const api = createStorybankClient({ baseUrl: `http://127.0.0.1:${port}`, token: key });
      const result = await flow(api);
      expect(result.storyId).toMatch(/^sty_/);
      expect(result.selected).toContain(result.storyId);
      expect(new TextDecoder().decode(result.sheet.slice(0, 5))).toBe("%PDF-");

      const story = await api.GET("/v1/stories/{id}", {
        params: { path: { id: result.storyId } },
      });
      expect(story.data?.headline).toBe("P95 freshness 38 min → 70 s");
      expect(story.response.headers.get("ETag")).toBe('"1"');
      const missing = await api.GET("/v1/stories/{id}", { params: { path: { id: "sty_none" } } });
      expect(missing.error?.status).toBe(404);
      const bad = await api.POST("/v1/stories", { body: { title: "" } });
      expect(bad.error?.errors?.[0]?.path).toBe("title");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);
});
