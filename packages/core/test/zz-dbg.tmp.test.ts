import { it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { loadCases, parseCase } from "./tailoring-eval/load.ts";
import { storyOf, valueSetOf } from "./tailoring-eval-measure.ts";
import { readStory } from "../src/tailoring/read.ts";
import { contextOf, rateAll, valuesOf, rate } from "../src/tailoring/score.ts";
import { relativeFit } from "../src/tailoring/choose.ts";
function extra() { const d = process.env.EXTRA; if (!d) return []; return readdirSync(d).map((n) => parseCase(n.replace(/\.json$/, ""), JSON.parse(readFileSync(d + n, "utf8")))); }
it("dbg", () => {
  const want = process.env.CASE ?? "";
  for (const c of [...loadCases(), ...extra()].filter((c) => c.id.includes(want))) {
    const values = valuesOf([valueSetOf(c) as never]);
    const stories = c.stories.map((s) => readStory(storyOf(s.story, s.ref)));
    const vocab = new Set<string>(); for (const v of values) for (const st of v.stems.keys()) vocab.add(st);
    const ctx = contextOf(stories, values, vocab);
    const scores = values.map((v) => rateAll(ctx, v));
    relativeFit(scores);
    values.forEach((v, i) => {
      const row = [...scores[i]!].sort((a, b) => b.rank - a.rank).slice(0, 3);
      if (c.labels[v.value.key]!.includes(row[0]!.story.story.id.slice(4)) && !process.env.ALL) return;
      console.log(`\n## ${v.value.key}: "${v.value.description}" concepts ${[...v.concepts.entries()].map(([k, e]) => k + ":" + e.words).join(",")} want ${c.labels[v.value.key]}`);
      for (const r of row) {
        const ex = rate(r.story, v, ctx, true);
        console.log(`  ${r.story.story.id} score ${r.score.toFixed(2)} rank ${r.rank.toFixed(2)} :: ${ex.parts.map((p) => p.reason ?? JSON.stringify(p)).join(" | ").slice(0, 300)}`);
      }
      for (const ref of c.labels[v.value.key]!) { const r = scores[i]!.find((x) => x.story.story.id === "sty_" + ref)!; const ex = rate(r.story, v, ctx, true); console.log(`  WANT ${ref} score ${r.score.toFixed(2)} rank ${r.rank.toFixed(2)} :: ${ex.parts.map((p) => p.reason ?? "").join(" | ").slice(0, 300)}`); }
    });
  }
});
