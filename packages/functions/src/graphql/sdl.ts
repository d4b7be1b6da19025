import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "./schema.ts";

/** Where the printed schema is committed, from the repository's root. */
export const schemaFile = "schema.graphql";

const schemaPath = fileURLToPath(new URL(`../../../../${schemaFile}`, import.meta.url));

/**
 * The schema as SDL, as committed in `schema.graphql` for code generators (introspection is
 * answered only by the local server), formatted as the repository formats GraphQL (Prettier).
 * Regenerate with `npm run schema:graphql -w @storybank/functions`; `test/graphql-sdl.test.ts`
 * fails when the file and the schema differ. Not for request time: it loads Prettier.
 */
export async function printedSchema(): Promise<string> {
  const text = [
    "# Storybank's GraphQL schema, printed from packages/functions/src/graphql.",
    "# Regenerate: npm run schema:graphql -w @storybank/functions",
    "",
    printSchema(schema),
  ].join("\n");
  const prettier = await import("prettier");
  const options = await prettier.resolveConfig(schemaPath);
  return prettier.format(text, { ...options, parser: "graphql" });
}
