/**
 * Generates the client's types (src/schema.ts) from the OpenAPI document the service serves,
 * with openapi-typescript at its default settings, formatted as the repository formats code.
 *
 *   npm run generate -w @storybank/client
 *
 * The document is asked of the REST app itself (GET /openapi.json, in process), so what is
 * generated is exactly what a running server publishes. The app is built over a store it never
 * calls: producing the document reads no data.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { authenticator } from "@storybank/core/auth";
import { createDb } from "@storybank/core/db";
import openapiTS, { astToString } from "openapi-typescript";
import { format, resolveConfig } from "prettier";
import { createApp } from "../../functions/src/rest/app.ts";

/** Where the generated types live. */
export const schemaFile = fileURLToPath(new URL("../src/schema.ts", import.meta.url));

/** The OpenAPI document as the service serves it at /openapi.json. */
export async function servedDocument(): Promise<Record<string, unknown>> {
  const db = createDb({ table: "unused", endpoint: "http://127.0.0.1:9" });
  const app = createApp({ db, authenticate: authenticator(db, undefined) });
  const res = await app.request("/openapi.json");
  if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

const banner = `/**
 * The Storybank REST API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run \`npm run generate -w @storybank/client\`.
 */

`;

/** The text of src/schema.ts for a document (the served one by default). */
export async function generateSchema(document?: Record<string, unknown>): Promise<string> {
  // openapi-typescript reads its argument as a document when it is an object.
  const ast = await openapiTS((document ?? (await servedDocument())) as never);
  const options = { ...(await resolveConfig(schemaFile)), filepath: schemaFile };
  return format(banner + astToString(ast), options);
}

/** Whether src/schema.ts is what the served document generates now. */
export async function schemaIsCurrent(): Promise<boolean> {
  const committed = await readFile(schemaFile, "utf8").catch(() => "");
  return committed === (await generateSchema());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(schemaFile, await generateSchema());
  console.log(`Wrote ${schemaFile}`);
}
