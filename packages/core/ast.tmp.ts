import { readFileSync } from "node:fs";
import { parseMarkdown } from "./src/importer/markdown.ts";
const strip = (n: any): any => { const { position, ...r } = n; if (r.children) r.children = r.children.map(strip); return r; };
console.log(JSON.stringify(strip(parseMarkdown(readFileSync(process.argv[2]!, "utf8"))), null, 1).slice(0, 3000));
