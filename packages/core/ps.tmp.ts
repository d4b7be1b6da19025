import { parseStoryHeading } from "./src/importer/draft.ts";
console.log(JSON.stringify(parseStoryHeading(process.argv[2]!, process.argv[3] === "1")));
