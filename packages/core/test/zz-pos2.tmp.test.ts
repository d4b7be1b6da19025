import { it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parseCase } from "./tailoring-eval/load.ts";
import { storyOf, valueSetOf } from "./tailoring-eval-measure.ts";
import { readStory } from "../src/tailoring/read.ts";
import { contextOf, rateAll, valuesOf } from "../src/tailoring/score.ts";
import { relativeFit } from "../src/tailoring/choose.ts";
it("pos", () => {
  const hist: Record<string, number[]> = {};
  for (const d of (process.env.DIRS ?? "").split(",")) {
    const pos = (hist[d.split("/")[3]!] = [0, 0, 0, 0, 0]);
    for (const n of readdirSync(d)) {
      const c = parseCase(n.replace(/\.json$/, ""), JSON.parse(readFileSync(d + n, "utf8")));
      const values = valuesOf([valueSetOf(c) as never]);
      const stories = c.stories.map((s) => readStory(storyOf(s.story, s.ref)));
      const vocab = new Set<string>(); for (const v of values) for (const st of v.stems.keys()) vocab.add(st);
      const ctx = contextOf(stories, values, vocab);
      const scores = values.map((v) => rateAll(ctx, v));
      relativeFit(scores);
      values.forEach((v, i) => {
        const row = [...scores[i]!].sort((a, b) => b.rank - a.rank).map((r) => r.story.story.id.slice(4));
        const best = Math.min(...c.labels[v.value.key]!.map((ref) => row.indexOf(ref)));
        pos[Math.min(best, 4)]! += 1;
      });
    }
  }
  console.log("POS (rank 1,2,3,4,5+)", JSON.stringify(hist));
});
