import { readFileSync } from "node:fs";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { it } from "vitest";
it("show", () => {
  const text = readFileSync(process.env.FILE!, "utf8");
  const r = readMarkdown(text, builtIns) as unknown as { stories: Record<string, unknown>[]; warnings: unknown[] };
  for (const s of r.stories) {
    const st = (s.input ?? s) as Record<string, unknown>;
    console.log("=== " + JSON.stringify(st.title) + " | " + JSON.stringify((st.context as Record<string, unknown>)?.company));
    for (const [k, v] of Object.entries(st)) if (!["title", "context"].includes(k) && v && JSON.stringify(v) !== "[]" && JSON.stringify(v) !== '""') console.log("  " + k + ": " + JSON.stringify(v).slice(0, 200));
  }
  for (const w of r.warnings) console.log("WARN " + JSON.stringify(w).slice(0, 200));
});
