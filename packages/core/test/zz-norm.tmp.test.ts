import { readFileSync } from "node:fs";
import { parseMarkdown, inlineText } from "../src/importer/markdown.ts";
import { normalizeBlocks } from "../src/importer/normalize.ts";
import { it } from "vitest";
it("norm", () => {
  const text = readFileSync(process.env.FILE!, "utf8");
  const root = parseMarkdown(text);
  const blocks = normalizeBlocks(root.children.filter((b) => b.type !== "yaml"), text);
  for (const b of blocks) {
    const t = "children" in b && b.type !== "list" && b.type !== "table" ? inlineText((b as never as { children: never[] }).children) : "";
    console.log(`B ${b.type}${b.type === "heading" ? (b as { depth: number }).depth + JSON.stringify(b.data ?? "") : ""} L${b.position?.start.line} ${JSON.stringify(t).slice(0, 100)}`);
  }
});
