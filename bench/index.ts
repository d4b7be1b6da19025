/**
 * `npm run bench`: every benchmark prints its figures and ratios to a floor measured in the
 * same run. Nothing here asserts; pass names to run only some (`npm run bench -- api`).
 */
const suites: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  api: () => import("./api.ts"),
  import: () => import("./import.ts"),
  graphql: () => import("./graphql.ts"),
  coldstart: () => import("./coldstart.ts"),
  cheatsheet: () => import("./cheatsheet.ts"),
  tailoring: () => import("./tailoring.ts"),
  cost: () => import("./cost.ts"),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  await (await load()).run();
}
process.exit(0);
