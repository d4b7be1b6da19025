import { classify } from "./src/importer/labels.ts";
console.log(JSON.stringify(classify(process.argv[2]!, null)));
