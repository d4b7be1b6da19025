import { readFileSync } from "node:fs";
import { checkStory } from "@storybank/core/check";
import { readMarkdown } from "@storybank/core/importer";
import type * as Story from "@storybank/core/story";
import { amounts, readStar, sentencesOf } from "@storybank/core/telling";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { fixtureStory } from "../../../tests/fixtures/index.ts";
import { storyInfo, targetInfo } from "./support/factories.ts";

const stripe = targetInfo({ company: "Stripe" }, { id: "tgt_stripe" });
const codes = (check: ReturnType<typeof checkStory>) => check.findings.map((f) => f.code);
const missing = ["situation_missing", "task_missing", "actions_missing", "results_missing"];
const count = (check: ReturnType<typeof checkStory>, severity: string) =>
  check.findings.filter((f) => f.severity === severity).length;

/** A fixture as a candidate writes it from the four-stories template: no STAR sections. */
function told(key: string, overrides: Partial<Story.Info> = {}): Story.Info {
  return fixtureStory(key, {
    headline: "",
    situation: "",
    task: "",
    actions: [],
    results: [],
    lessons: "",
    differently: "",
    takeaway: "",
    ...overrides,
  });
}
const refinedOnly = (key: string) => told(key, { draft: "", analysis: [] });
const draftOnly = (key: string) => told(key, { refined: "", analysis: [], hooks: [] });
const analysisOnly = (key: string) => told(key, { refined: "", draft: "", hooks: [] });

describe("a story told as a draft, a refined telling and analysis answers", () => {
  for (const key of ["stripe-risk", "stripe-conflict", "stripe-learning"]) {
    it(`${key} is judged as a telling: no STAR part missing, no warning, no error`, () => {
      const check = checkStory(told(key), { target: stripe });
      for (const code of missing) expect(codes(check), code).not.toContain(code);
      expect(count(check, "error")).toBe(0);
      expect(count(check, "warning")).toBe(0);
      expect(check.star).toMatchObject({
        shape: "refined",
        situation: "refined",
        task: "refined",
        actions: "refined",
        results: "refined",
      });
      expect(check.readiness).toBeGreaterThanOrEqual(75);
    });
  }

  it("says where the parts were read from and what to add, in one note", () => {
    const check = checkStory(told("stripe-risk"), { target: stripe });
    const note = check.findings.find((f) => f.code === "star_from_telling");
    expect(note).toMatchObject({ severity: "info", field: "story" });
    expect(note?.message).toBe(
      "Situation, task, action, result and lesson read from the refined version and the analysis answers; write them out as sections for the 3–5 minute telling.",
    );
    expect(check.star.lessons).toBe("analysis.12.answer");
  });

  it("suggests a headline from the telling's result", () => {
    const check = checkStory(told("stripe-risk"));
    const headline = check.findings.find((f) => f.code === "headline_missing");
    expect(headline?.message).toContain("“Duplicate charges fell from 1 in 250 to 1 in 40,000”");
  });

  it("rates a practiced telling as ready, as the same story with STAR sections is", () => {
    const asTelling = checkStory(told("stripe-risk"), { target: stripe });
    const asSections = checkStory(fixtureStory("stripe-risk"), { target: stripe });
    expect(asTelling.readiness).toBeGreaterThanOrEqual(95);
    expect(asSections.readiness - asTelling.readiness).toBeLessThanOrEqual(5);
  });

  it("measures the result's figures and the background of the telling", () => {
    const check = checkStory(told("stripe-risk"));
    expect(check.figures.resultNumbers).toBeGreaterThanOrEqual(4);
    expect(check.figures.starWords).toBe(0);
    expect(check.figures.backgroundShare).toBeGreaterThan(0.1);
    expect(check.figures.backgroundShare).toBeLessThan(0.3);
  });

  it("keeps the planted flaws of the team story", () => {
    const check = checkStory(told("stripe-team"), { target: stripe });
    const fields = (code: string) =>
      check.findings.filter((f) => f.code === code).map((f) => f.field);
    expect(fields("placeholder")).toEqual(
      expect.arrayContaining(["draft", "refined", "delivery.keyWords.2"]),
    );
    expect(fields("we_over_i")).toHaveLength(1);
    expect(fields("refined_too_long")).toEqual(["refined"]);
    expect(fields("results_no_numbers")).toEqual(["refined"]);
    expect(codes(check)).toContain("lesson_missing");
    expect(check.readiness).toBeLessThan(40);
  });
});

describe("a story told only as a refined version", () => {
  it("reads every STAR part from the telling", () => {
    const check = checkStory(refinedOnly("stripe-conflict"));
    expect(check.star).toMatchObject({
      shape: "refined",
      situation: "refined",
      task: "refined",
      actions: "refined",
      results: "refined",
    });
    for (const code of missing) expect(codes(check)).not.toContain(code);
    expect(codes(check)).toContain("draft_missing");
  });

  it("asks for what the telling lacks, not for every section", () => {
    const story = refinedOnly("stripe-risk");
    const scene = checkStory({
      ...story,
      refined:
        "Our booking service retried slow hotel APIs and some customers were charged twice. Support refunded them by hand every Monday. Everyone wanted to wait for the peak to pass.",
    });
    expect(codes(scene)).toEqual(
      expect.arrayContaining(["task_missing", "actions_missing", "results_missing"]),
    );
    expect(codes(scene)).not.toContain("situation_missing");
    const task = scene.findings.find((f) => f.code === "task_missing");
    expect(task?.message).toBe(
      "Nothing in the telling says what was yours: add a sentence with “I” and the goal or decision you owned.",
    );
  });

  it("flags a result without a figure, and a telling that never says the analysis's number", () => {
    const story = told("stripe-risk");
    const vague = checkStory({
      ...refinedOnly("stripe-risk"),
      refined:
        "At Skylark Travel some bookings charged customers twice. I proposed fixing it during peak. I threaded idempotency keys through every adapter. By the end, duplicate charges were rare and conversion held.",
    });
    expect(vague.findings).toContainEqual(
      expect.objectContaining({ code: "results_no_numbers", field: "refined" }),
    );
    const unsaid = checkStory({
      ...story,
      refined:
        "At Skylark Travel some bookings charged customers more than once. I proposed fixing it during peak. I threaded idempotency keys through every adapter. By the end, duplicates were rare and conversion held.",
    });
    const note = unsaid.findings.find((f) => f.code === "refined_no_numbers");
    expect(note?.message).toBe(
      "The refined version says no number, though the draft has “Duplicates went from about 1 in 250 to 1 in 40,000 and conversion didn't move”: say it out loud.",
    );
  });

  it("flags a telling that spends most of its time on background", () => {
    const scene = Array.from(
      { length: 6 },
      (_, i) => `The booking platform had grown over many years and part ${i} of it was slow.`,
    ).join(" ");
    const check = checkStory({
      ...refinedOnly("stripe-risk"),
      refined: `${scene} I proposed a fix. I shipped it behind a flag. Duplicates fell 90%.`,
    });
    const finding = check.findings.find((f) => f.code === "background_heavy");
    expect(finding).toMatchObject({ severity: "warning", field: "refined" });
    expect(check.figures.backgroundShare).toBeGreaterThan(0.8);
  });
});

describe("a story written only as a draft", () => {
  it("reads the parts from the draft and asks for the refined version from it", () => {
    const check = checkStory(draftOnly("stripe-risk"));
    expect(check.star).toMatchObject({ shape: "draft", situation: "draft", results: "draft" });
    for (const code of missing) expect(codes(check)).not.toContain(code);
    const refined = check.findings.find((f) => f.code === "refined_missing");
    expect(refined?.message).toBe(
      `No refined version: cut the draft's ${check.figures.draftWords} words to a 45–60 s telling (113–150 words at 150 wpm) and rehearse that.`,
    );
  });
});

describe("a story written only as analysis answers", () => {
  it("reads the parts from the answers by section and question", () => {
    const check = checkStory(analysisOnly("stripe-risk"));
    const answer = (question: RegExp) =>
      `analysis.${fixtureStory("stripe-risk").analysis.findIndex((a) => question.test(a.question))}.answer`;
    expect(check.star).toEqual({
      shape: "analysis",
      situation: answer(/Where were you/),
      task: answer(/pick instead/),
      actions: answer(/do first/),
      results: answer(/changed technically/),
      lessons: answer(/lesson/),
    });
    for (const code of missing) expect(codes(check)).not.toContain(code);
    expect(check.findings.find((f) => f.code === "refined_missing")?.message).toBe(
      "No refined version: turn the analysis answers into a 45–60 s telling (113–150 words at 150 wpm).",
    );
  });
});

describe("a story with nothing but a title", () => {
  it("still reports every part missing, in the words for STAR sections", () => {
    const check = checkStory(told("stripe-risk", { refined: "", draft: "", analysis: [] }));
    expect(check.star.shape).toBe("empty");
    expect(codes(check)).toEqual(expect.arrayContaining(missing));
    expect(check.findings.find((f) => f.code === "situation_missing")?.message).toBe(
      "No situation: give the stakes and who felt them in 2–3 sentences.",
    );
  });
});

describe("the four-stories template as imported", () => {
  const text = readFileSync(
    new URL("./import-fixtures/four-power-stories-stripe.md", import.meta.url),
    "utf8",
  );
  const imported = readMarkdown(text, builtIns).stories.map(({ input }, i) =>
    storyInfo(input, { id: `sty_${i}` }),
  );
  const byTitle = (title: RegExp) => {
    const story = imported.find((s) => title.test(s.title));
    if (!story) throw new Error(`No imported story titled ${title}`);
    return checkStory(story, { target: stripe });
  };

  it("judges the clean tellings ready to rehearse and the flawed one far below", () => {
    const risk = byTitle(/Risk Story/);
    const learning = byTitle(/Learning Story/);
    const team = byTitle(/Team Story/);
    expect(risk.readiness).toBeGreaterThanOrEqual(95);
    expect(learning.readiness).toBeGreaterThanOrEqual(75);
    expect(team.readiness).toBeLessThan(40);
    for (const check of [risk, learning]) {
      for (const code of missing) expect(codes(check)).not.toContain(code);
      expect(count(check, "warning") + count(check, "error")).toBe(0);
    }
    expect(codes(team)).toEqual(
      expect.arrayContaining([
        "placeholder",
        "we_over_i",
        "refined_too_long",
        "results_no_numbers",
      ]),
    );
  });
});

describe("reading a telling", () => {
  it("splits sentences at their ends, not after abbreviations or inside decimals", () => {
    expect(
      sentencesOf('"It fell from 3% to 0.05% vs. last year. Dr. Okafor agreed. Done!"'),
    ).toEqual(["It fell from 3% to 0.05% vs. last year.", "Dr. Okafor agreed.", "Done!"]);
  });

  it("normalizes amounts with what they count, so the same figure is known in words or digits", () => {
    expect(amounts("month-end close went from nine days to three, ~$1.1M, 83%, 40,000")).toEqual([
      "9 day",
      "3",
      "$1.1m",
      "83%",
      "40000",
    ]);
    expect(amounts("one dashboard, a double-entry ledger, P95")).toEqual([]);
  });

  it("splits an opening that holds the scene and the task", () => {
    const reading = readStar(refinedOnly("stripe-learning"));
    expect(reading.situation[0]?.text).toBe(
      "When Skylark started selling package holidays as merchant of record",
    );
    expect(reading.task[0]?.text).toBe(
      "I was asked to build the ledger - and I didn't know what a debit was.",
    );
  });

  it("gives the same reading for the same story", () => {
    expect(readStar(told("stripe-conflict"), ["Stripe"])).toEqual(
      readStar(told("stripe-conflict"), ["Stripe"]),
    );
  });
});
