import { isPeriod } from "./src/importer/headingmeta.ts";
for (const a of process.argv.slice(2)) console.log(a, isPeriod(a));
