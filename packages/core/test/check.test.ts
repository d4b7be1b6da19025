import { checkStory, readiness } from "@storybank/core/check";
import { describe, expect, it } from "vitest";
import { placeholders, pronouns, sentences, words } from "../src/check/measure.ts";
import { fixtureStory } from "../../../tests/fixtures/index.ts";
import { storyInfo as story, targetInfo } from "./support/factories.ts";

const stripeTarget = targetInfo({ company: "Stripe" }, { id: "tgt_stripe" });
const codes = (check: ReturnType<typeof checkStory>) => check.findings.map((f) => f.code);
const planted = ["results_no_numbers", "we_over_i", "refined_too_long", "placeholder"];

describe("the planted imperfections of the Stripe team story", () => {
  const check = checkStory(fixtureStory("stripe-team"), { target: stripeTarget });
  const find = (code: string) => check.findings.filter((f) => f.code === code);

  it("finds the result without numbers", () => {
    expect(find("results_no_numbers")).toEqual([
      expect.objectContaining({ severity: "warning", field: "results" }),
    ]);
    expect(check.figures.resultNumbers).toBe(0);
  });

  it('finds "we" far over "I", with the counts', () => {
    const [finding] = find("we_over_i");
    expect(finding).toMatchObject({ severity: "warning" });
    expect(check.figures.weCount).toBeGreaterThan(5 * check.figures.iCount);
    expect(finding!.message).toContain(`"We" ${check.figures.weCount} times`);
  });

  it("finds the refined version far over 60 seconds", () => {
    const [finding] = find("refined_too_long");
    expect(finding).toMatchObject({ severity: "warning", field: "refined" });
    expect(check.figures.refinedSeconds).toBeGreaterThan(90);
  });

  it("finds every placeholder, in the field it sits in", () => {
    const found = find("placeholder").map((f) => [f.field, f.message]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["situation", 'Template blank left in: "[Date]".'],
        ["draft", 'Template blank left in: "[Date]".'],
        ["refined", 'Template blank left in: "[Date]".'],
        ["delivery.keyWords.2", 'Template blank left in: "(or whatever is true)".'],
        [expect.stringMatching(/^analysis\.\d+\.answer$/), 'Template blank left in: "___".'],
      ]),
    );
    expect(find("placeholder").every((f) => f.severity === "error")).toBe(true);
  });

  it("rates it far below the clean stories", () => {
    const clean = checkStory(fixtureStory("stripe-risk"), { target: stripeTarget });
    expect(check.readiness).toBeLessThan(40);
    expect(clean.readiness).toBeGreaterThan(90);
  });
});

describe("the clean stories", () => {
  for (const key of ["stripe-risk", "stripe-conflict", "stripe-learning"]) {
    it(`${key} has none of the planted findings and no errors`, () => {
      const check = checkStory(fixtureStory(key), { target: stripeTarget });
      for (const code of planted) expect(codes(check), code).not.toContain(code);
      expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(check.figures.refinedSeconds).toBeLessThanOrEqual(60);
      expect(check.figures.iCount).toBeGreaterThan(check.figures.weCount);
    });
  }
  for (const key of [
    "staff-tracking",
    "staff-signing-key",
    "staff-platform-team",
    "staff-migration",
  ]) {
    it(`${key} keeps "I" over "we" and numbers in its results`, () => {
      const check = checkStory(fixtureStory(key));
      expect(codes(check)).not.toContain("we_over_i");
      expect(codes(check)).not.toContain("results_no_numbers");
      expect(codes(check)).not.toContain("placeholder");
      expect(codes(check)).toContain("refined_missing");
    });
  }
});

describe("the craft rules", () => {
  it("counts sentences, task and points against their ranges", () => {
    const check = checkStory(
      story({
        title: "Ranges",
        situation: "One sentence only.",
        task: "First. Second. Third.",
        actions: [{ points: ["a", "b"] }],
        results: [
          { heading: "h1", points: ["Up 5%"] },
          { heading: "h2", points: [] },
        ],
      }),
    );
    expect(codes(check)).toEqual(
      expect.arrayContaining(["situation_length", "task_length", "actions_count", "results_count"]),
    );
    expect(check.figures).toMatchObject({
      situationSentences: 1,
      taskSentences: 3,
      actionPoints: 2,
      resultPoints: 2,
    });
  });

  it("reports what is missing", () => {
    const check = checkStory(story({ title: "Empty" }));
    expect(codes(check)).toEqual(
      expect.arrayContaining([
        "situation_missing",
        "task_missing",
        "actions_missing",
        "results_missing",
        "draft_missing",
        "refined_missing",
        "lesson_missing",
        "headline_missing",
      ]),
    );
    expect(codes(check)).not.toContain("results_no_numbers");
    expect(check.readiness).toBeGreaterThanOrEqual(0);
  });

  it("times the refined version at the pace asked for", () => {
    const refined = Array(140).fill("word").join(" ");
    const at150 = checkStory(story({ title: "Pace", refined }));
    const at120 = checkStory(story({ title: "Pace", refined }), { wpm: 120 });
    expect(at150.figures.refinedSeconds).toBe(56);
    expect(codes(at150)).not.toContain("refined_too_long");
    expect(at120.figures.refinedSeconds).toBe(70);
    expect(codes(at120)).toContain("refined_too_long");
    const short = checkStory(story({ title: "Pace", refined: "Too short." }));
    expect(codes(short)).toContain("refined_too_short");
  });

  it("flags a draft outside 150–200 words and a full telling outside 3–5 minutes", () => {
    const long = Array(900).fill("step").join(" ");
    const check = checkStory(
      story({ title: "Long", draft: "Short draft.", actions: [{ points: [long] }] }),
    );
    expect(codes(check)).toContain("draft_length");
    expect(codes(check)).toContain("full_too_long");
    expect(check.figures.fullSeconds).toBe(360);
  });

  it("flags background heavier than about a quarter of the story", () => {
    const background = Array(80).fill("context").join(" ") + ".";
    const heavy = checkStory(
      story({ title: "Scene", situation: background, actions: [{ points: ["Did one thing"] }] }),
    );
    expect(codes(heavy)).toContain("background_heavy");
    expect(heavy.figures.backgroundShare).toBeGreaterThan(0.9);
    const fine = checkStory(fixtureStory("staff-tracking"));
    expect(codes(fine)).not.toContain("background_heavy");
  });

  it("asks for a connection only when checking against a target", () => {
    const risk = fixtureStory("stripe-risk");
    expect(codes(checkStory(risk))).not.toContain("connection_missing");
    expect(codes(checkStory(risk, { target: stripeTarget }))).not.toContain("connection_missing");
    const netflix = { ...stripeTarget, company: "Netflix" };
    const check = checkStory(risk, { target: netflix });
    expect(check.findings).toContainEqual(
      expect.objectContaining({ code: "connection_missing", field: "connections" }),
    );
  });

  it("moves readiness with the findings and with practice", () => {
    const base = fixtureStory("stripe-conflict");
    const unpracticed = checkStory(base).readiness;
    const practiced = checkStory({
      ...base,
      progress: { ...base.progress, practiceCount: 5 },
    }).readiness;
    const blanked = checkStory({ ...base, task: `${base.task} TODO` }).readiness;
    expect(practiced).toBeGreaterThan(unpracticed);
    expect(blanked).toBeLessThan(unpracticed);
    const slow = checkStory({ ...base, progress: { ...base.progress, timedSeconds: 75 } });
    expect(codes(slow)).toContain("timed_too_long");
    expect(readiness([], 5)).toBe(100);
    expect(readiness([], 0)).toBe(80);
  });

  it("lists errors first, then warnings, then notes", () => {
    const check = checkStory(fixtureStory("stripe-team"));
    const ranks = check.findings.map((f) => ["error", "warning", "info"].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe("text measures", () => {
  it("counts words as a listener hears them", () => {
    expect(words("Duplicates fell from 1 in 250 to 1 in 40,000 - 0.05% now; don't")).toBe(13);
    expect(words("")).toBe(0);
  });

  it("counts sentences, leaving decimals and quotes whole", () => {
    expect(sentences('It fell to 0.05%. Then "we shipped." Done!')).toBe(3);
    expect(sentences("No stop at the end")).toBe(1);
  });

  it('counts "I" and "we" with contractions, not inside words', () => {
    expect(pronouns("I'm sure we'd agree: I did it, we won. It is wide. WE")).toEqual({
      i: 2,
      we: 3,
    });
  });

  it("finds template blanks and leaves ordinary text alone", () => {
    expect(placeholders("Saved X% and $X over ___ weeks in [Date], TODO")).toEqual([
      "___",
      "[Date]",
      "X%",
      "$X",
      "TODO",
    ]);
    expect(placeholders("cut call volume in half (or whatever is true)")).toEqual([
      "(or whatever is true)",
    ]);
    expect(placeholders("Saved 40% and $1.1M; see [docs](https://x.test) in 2x time")).toEqual([]);
  });
});
