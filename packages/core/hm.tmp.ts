import { headingMeta } from "./src/importer/headingmeta.ts";
console.log(JSON.stringify(headingMeta(process.argv[2]!)));
