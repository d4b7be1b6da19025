import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { printedSchema, schemaFile } from "../src/graphql/sdl.ts";
import { repoRoot } from "./bundle.ts";

/** Writes the GraphQL schema's SDL to `schema.graphql` at the repository's root. */
const path = join(repoRoot, schemaFile);
await writeFile(path, await printedSchema());
console.log(`Wrote ${path}`);
