import { readFileSync } from "node:fs";
import { questionLayout } from "./src/importer/questions.ts";
import { fromMarkdown } from "mdast-util-from-markdown";
const tree = fromMarkdown(readFileSync(process.argv[2], "utf8"));
const l = questionLayout(tree.children as any);
console.log(JSON.stringify(l.units.map(u => [u.question, u.answer.length])), l.loose.length);
