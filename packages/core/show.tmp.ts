import { readFileSync } from "node:fs";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
const r = readMarkdown(readFileSync(process.argv[2], "utf8"), builtIns);
const only = process.argv[3] ? Number(process.argv[3]) : undefined;
r.stories.forEach((s, i) => { if (only === undefined || only === i + 1) console.log(JSON.stringify(s.input, null, 1)); });
for (const w of r.warnings) console.log("W", JSON.stringify(w));
