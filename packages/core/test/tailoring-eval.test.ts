import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { casesDir, checkReuse, loadCases, parseCase } from "./tailoring-eval/load.ts";

const all = loadCases();
const unique = new Map(all.flatMap((c) => c.stories.map((s) => [s.ref, s] as const)));
const raw = (id: string) => JSON.parse(readFileSync(join(casesDir, `${id}.json`), "utf8"));

describe("the tailoring evaluation set", () => {
  it("has nine dev cases and twenty held-out cases", () => {
    expect(loadCases("dev").map((c) => c.id)).toEqual([
      "alderbrook-culture",
      "amazon-principles-plain",
      "fieldnote-values",
      "kettle-staff-rubric",
      "meridian-principles",
      "microsoft-culture",
      "pedalpost-values",
      "skerry-air-values",
      "tidewell-values",
    ]);
    expect(loadCases("holdout").map((c) => c.id)).toEqual([
      "ashcombe-transport-values",
      "brackenfold-vet-values",
      "bramblegate-logistics-values",
      "brightwater-principles",
      "cruxline-values",
      "glasswing-analytics-values",
      "harbourline-values",
      "ironbark-builders",
      "kestrel-water-values",
      "lanternfish-values",
      "larchmere-pharmacy-values",
      "lumen-culture-memo",
      "netflix-culture",
      "orrery-principles",
      "quillmark-values",
      "riverland-broadcasting-values",
      "riverside-health-values",
      "stratus-culture-values",
      "stripe-operating-principles",
      "tollbridge-values",
    ]);
  });

  it("labels every value of every set with at least one story of its bank", () => {
    for (const c of all) {
      const refs = new Set(c.stories.map((s) => s.ref));
      expect(Object.keys(c.labels).sort(), c.id).toEqual(
        c.valueSet.values.map((v) => v.key).sort(),
      );
      for (const right of Object.values(c.labels)) {
        expect(right.length).toBeGreaterThan(0);
        for (const ref of right) expect(refs.has(ref), `${c.id}: ${ref}`).toBe(true);
      }
    }
    expect(all.reduce((n, c) => n + c.valueSet.values.length, 0)).toBe(246);
    expect(all.flatMap((c) => Object.values(c.labels).flat())).toHaveLength(402);
  });

  it("writes values in plain words: a name and a description, no keywords or questions", () => {
    for (const c of all) {
      for (const value of c.valueSet.values) {
        expect(value.keywords).toEqual([]);
        expect(value.aliases).toEqual([]);
        expect(value.questions).toEqual([]);
        expect(value.description.length).toBeGreaterThan(40);
      }
    }
  });

  it("holds 335 distinct stories by 155 people, in every shape", () => {
    expect(unique.size).toBe(335);
    expect(new Set([...unique.values()].map((s) => s.author)).size).toBe(155);
    const shapes: Record<string, number> = {};
    for (const s of unique.values()) shapes[s.shape] = (shapes[s.shape] ?? 0) + 1;
    expect(shapes).toEqual({ star: 95, draft: 87, refined: 79, analysis: 74 });
    for (const c of all) {
      expect(new Set(c.stories.map((s) => s.shape)), c.id).toEqual(
        new Set(["star", "draft", "refined", "analysis"]),
      );
    }
  });

  it("gives each case a bank of 8 to 14 stories and 5 to 8 questions with right answers", () => {
    for (const c of all) {
      expect(c.stories.length, c.id).toBeGreaterThanOrEqual(8);
      expect(c.stories.length, c.id).toBeLessThanOrEqual(14);
      expect(c.questions.length, c.id).toBeGreaterThanOrEqual(5);
      expect(c.questions.length, c.id).toBeLessThanOrEqual(8);
    }
    expect(all.reduce((n, c) => n + c.questions.length, 0)).toBe(224);
  });

  it("keeps draft free writes at 150–200 words and refined tellings of about a minute (45–62 s)", () => {
    const words = (text: string) => text.trim().split(/\s+/).length;
    for (const { ref, story } of unique.values()) {
      if (story.draft) expect(words(story.draft), ref).toBeGreaterThanOrEqual(150);
      if (story.draft) expect(words(story.draft), ref).toBeLessThanOrEqual(200);
      // 45–60 s at 150 words a minute.
      if (story.refined) expect(words(story.refined), ref).toBeGreaterThanOrEqual(112);
      if (story.refined) expect(words(story.refined), ref).toBeLessThanOrEqual(155);
    }
  });
});

describe("the loader", () => {
  it("refuses a label that names a story outside the bank", () => {
    const file = raw("fieldnote-values");
    file.labels["small-bets"] = ["no-such-story"];
    expect(() => parseCase("broken", file)).toThrow(/small-bets names unknown story no-such-story/);
  });

  it("refuses a value left without a label", () => {
    const file = raw("fieldnote-values");
    delete file.labels["hold-the-door"];
    expect(() => parseCase("broken", file)).toThrow(/value hold-the-door has no label/);
  });

  it("refuses a story body the story schema refuses", () => {
    const file = raw("lumen-culture-memo");
    file.stories[0].story.kind = "heroics";
    expect(() => parseCase("broken", file)).toThrow(/stories\[0\]\.story\.kind/);
  });

  it("refuses a value that carries keywords", () => {
    const file = raw("riverside-health-values");
    file.valueSet.values[0].keywords = ["patient"];
    expect(() => parseCase("broken", file)).toThrow(/keywords/);
  });

  it("refuses a draft-only story that also has STAR sections", () => {
    const file = raw("meridian-principles");
    const draft = file.stories.find((s: { shape: string }) => s.shape === "draft");
    draft.story.situation = "More than a draft.";
    expect(() => parseCase("broken", file)).toThrow(/a draft story also has situation/);
  });

  it("refuses a reused story whose copies differ", () => {
    const cases = ["fieldnote-values", "meridian-principles"].map((id) => parseCase(id, raw(id)));
    expect(() => checkReuse(cases)).not.toThrow();
    const changed = cases[1]!.stories.find((s) => s.ref === "priya-delete-scheduler")!;
    changed.story.refined += " Changed.";
    expect(() => checkReuse(cases)).toThrow(/priya-delete-scheduler differs/);
  });
});
