import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../scripts/bundle.ts";
import { schema } from "../src/graphql/schema.ts";
import { printedSchema, schemaFile } from "../src/graphql/sdl.ts";

const committed = readFileSync(join(repoRoot, schemaFile), "utf8");

describe("schema.graphql", () => {
  it("is the schema the server runs (regenerate with npm run schema:graphql)", async () => {
    expect(committed).toBe(await printedSchema());
  });

  it("builds back into the same schema, for code generators that read the file", () => {
    expect(printSchema(buildSchema(committed))).toBe(printSchema(schema));
  });

  it("has a Relay connection for every paged list", () => {
    const built = buildSchema(committed);
    const lists = ["stories", "valueSets", "targets", "practiceLog", "apiKeys"];
    for (const name of lists) {
      const field = built.getQueryType()?.getFields()[name];
      expect(field?.args.map((arg) => arg.name)).toEqual(
        expect.arrayContaining(["first", "after"]),
      );
      const connection = String(field?.type).replace(/!$/, "");
      const node = connection.replace(/Connection$/, "");
      expect(printSchema(built)).toContain(
        `type ${node}Edge {\n  """Pass as \`after\` to read on from this node."""\n  cursor: String!\n  node: ${node}!\n}`,
      );
    }
    expect(printSchema(built)).toMatch(
      /type PageInfo \{[^}]*hasNextPage: Boolean![^}]*hasPreviousPage: Boolean![^}]*startCursor: String[^}]*endCursor: String\n\}/,
    );
  });
});
