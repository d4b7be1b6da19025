import { metaLine } from "./src/importer/headingmeta.ts";
console.log(JSON.stringify(metaLine(process.argv[2]!)));
