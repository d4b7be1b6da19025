/**
 * Prints the table of story checks, generated from the rule table
 * (`src/check/rules.ts`): `npx tsx packages/core/scripts/checks-table.ts`. With `--write`, puts
 * it in docs/tailoring.md between the `<!-- checks:start -->` and `<!-- checks:end -->` lines instead.
 * `test/check-rules.test.ts` fails when the table in docs/tailoring.md and the rules drift apart.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { checksTable } from "../src/check/index.ts";
import { readmeChecks } from "../src/check/readme.ts";

const table = checksTable();
if (process.argv.includes("--write")) {
  const path = new URL("../../../docs/tailoring.md", import.meta.url);
  writeFileSync(path, readmeChecks.replace(readFileSync(path, "utf8"), table));
} else {
  console.log(table);
}
