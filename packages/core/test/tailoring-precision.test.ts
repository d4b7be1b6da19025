import { tailor } from "@storybank/core/tailoring";
import * as ValueSet from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { expectedFor, fixtureStory, labels } from "../../../tests/fixtures/index.ts";

/**
 * Precision of the best story per value on the labeled fixture bank: of the values given a
 * best story, the share whose best story the labels expect. A value no labeled story shows
 * should be a gap; a best story for it counts as a miss. The floors are what the matcher
 * measured when they were set (stripe-2025 8/8, amazon-lp-2021 10/13); a change that loses a
 * match fails here.
 */
const floors: Record<string, number> = {
  "stripe-2025": 1,
  "amazon-lp-2021": 0.75,
};

function measure(valueSetId: string) {
  const labeling = labels[valueSetId]!;
  const set = ValueSet.builtIns.find((s) => s.id === valueSetId)!;
  const t = tailor({
    target: {
      id: "tgt_fixture",
      company: set.company,
      role: "",
      valueSetIds: [valueSetId],
      interviewDate: null,
      questions: [],
      notes: "",
      told: [],
      version: 1,
      createdAt: "2025-06-01T00:00:00.000Z",
      updatedAt: "2025-06-01T00:00:00.000Z",
    },
    valueSets: [set],
    stories: labeling.bank.map((key) => fixtureStory(key)),
  });
  const misses: string[] = [];
  let given = 0;
  let correct = 0;
  for (const row of t.values) {
    if (!row.best) continue;
    given += 1;
    const expected = expectedFor(labeling, row.valueKey).map((key) => `sty_${key}`);
    if (expected.includes(row.best.storyId)) correct += 1;
    else misses.push(`${row.valueKey} → ${row.best.storyId}`);
  }
  return { precision: given > 0 ? correct / given : 0, correct, given, misses, tailoring: t };
}

describe("precision of the best story per value on the labeled bank", () => {
  for (const valueSetId of Object.keys(floors)) {
    it(`holds for ${valueSetId}`, () => {
      const { precision, correct, given, misses } = measure(valueSetId);
      console.log(
        `precision ${valueSetId}: ${correct}/${given} = ${precision.toFixed(3)} (floor ${floors[valueSetId]})${misses.length ? `; misses: ${misses.join(", ")}` : ""}`,
      );
      expect(given).toBeGreaterThan(0);
      expect(precision).toBeGreaterThanOrEqual(floors[valueSetId]!);
    });
  }

  it("finds every Stripe value from the text alone, with no explicit links", () => {
    const { tailoring } = measure("stripe-2025");
    expect(tailoring.gaps).toEqual([]);
    for (const key of labels["stripe-2025"]!.bank) expect(fixtureStory(key).values).toEqual([]);
    for (const row of tailoring.values) {
      expect(row.best!.reasons.some((r) => r.startsWith("linked"))).toBe(false);
    }
  });

  it("leaves as gaps the Leadership Principles no story shows", () => {
    const { tailoring } = measure("amazon-lp-2021");
    const labeled = new Set(Object.values(labels["amazon-lp-2021"]!.stories).flat());
    const gaps = tailoring.gaps.map((g) => g.valueKey);
    expect(gaps).toEqual(expect.arrayContaining(["think-big"]));
    const unlabeled = tailoring.values
      .filter((v) => !labeled.has(v.valueKey))
      .map((v) => v.valueKey);
    for (const key of unlabeled) expect(gaps, key).toContain(key);
  });
});
