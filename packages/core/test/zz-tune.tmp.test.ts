import { it } from "vitest";
import { loadCases } from "./tailoring-eval/load.ts";
import { measureCase } from "./tailoring-eval-measure.ts";
import { weights } from "../src/tailoring/weights.ts";
import { fieldWeights, valueFieldWeights } from "../src/tailoring/read.ts";
import { clearReadings } from "../src/tailoring/index.ts";
import { readdirSync, readFileSync } from "node:fs";
import { parseCase } from "./tailoring-eval/load.ts";
function extra() { const d = process.env.EXTRA; if (!d) return []; return readdirSync(d).map((n) => parseCase(n.replace(/\.json$/, ""), JSON.parse(readFileSync(d + n, "utf8")))); }
it("tune", () => {
  const grid = (process.env.GRID ?? "base").split(";");
  const base = process.env.ONLY ? [] : loadCases(); const ex = extra(); const cases = [...base, ...ex];
  for (const g of grid) {
    const saved: [Record<string, number>, string, number][] = [];
    if (g !== "base") for (const kv of g.split(",")) { const [k, v] = kv.split("="); const [obj, key] = k!.split("."); if (obj === "env") { const prev = process.env[key!]; process.env[key!] = v; saved.push([{ set: (x: unknown) => { if (prev === undefined) delete process.env[key!]; else process.env[key!] = prev; } } as never, "__env", 0]); continue; } const o = (obj === "w" ? weights : obj === "f" ? fieldWeights : valueFieldWeights) as Record<string, number>; saved.push([o, key!, o[key!]!]); o[key!] = +v!; }
    clearReadings();
    const t: Record<string, number[]> = {};
    for (const c of cases) {
      const r = measureCase(c);
      const sp = ex.includes(c) ? "extra" : c.split;
      const a = (t[sp] ??= [0, 0, 0, 0]); a[0] += r.values.right; a[1] += r.values.total; a[2] += r.questions.right; a[3] += r.questions.total;
      if (process.env.V) { console.log(c.id, r.values.right, r.values.total, r.questions.right, r.questions.total); for (const m of [...r.values.misses, ...r.questions.misses]) console.log("  miss", m); }
    }
    console.log("RES", g, Object.entries(t).map(([k, a]) => `${k} v ${a[0]}/${a[1]} q ${a[2]}/${a[3]}`).join(" | "));
    for (const [o, k, v] of saved) { if (k === "__env") (o as unknown as { set: (x: unknown) => void }).set(v); else o[k] = v; }
  }
});
