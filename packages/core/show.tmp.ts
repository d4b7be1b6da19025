import { readFileSync } from "node:fs";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
const r: any = readMarkdown(readFileSync(process.argv[2]!, "utf8"), builtIns as never);
for (const s of r.stories ?? []) console.log(JSON.stringify(s.input, null, 1));
console.log("WARNINGS", JSON.stringify(r.warnings ?? r.report ?? Object.keys(r), null, 1));
