import { tailor } from "@storybank/core/tailoring";
import { describe, expect, it } from "vitest";
import { loadCases } from "./tailoring-eval/load.ts";
import { storyOf, targetOf, valueSetOf } from "./tailoring-eval-measure.ts";

describe("the stories a sheet shows", () => {
  it("gives every value's best story a card while the chosen set has room", () => {
    let checked = 0;
    for (const evalCase of loadCases()) {
      for (const size of [4, 6, 8]) {
        const t = tailor({
          target: targetOf(evalCase),
          valueSets: [valueSetOf(evalCase)],
          stories: evalCase.stories.map((s) => storyOf(s.story, s.ref)),
          options: { size },
        });
        const bests = new Set(t.values.flatMap((row) => (row.best ? [row.best.storyId] : [])));
        const left = [...bests].filter((id) => !t.selected.includes(id));
        if (t.selected.length < size) expect(left, `${evalCase.id} size ${size}`).toEqual([]);
        expect(new Set(t.selected).size).toBe(t.selected.length);
        expect(t.selected.length).toBeLessThanOrEqual(size);
        checked += 1;
      }
    }
    expect(checked).toBe(loadCases().length * 3);
  });
});
