import { build, CheatSheet, lineCap, type TailoringInput } from "@storybank/core/cheatsheet";
import type * as Story from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { fixtureKeys, fixtureStory } from "../../../tests/fixtures/index.ts";
import {
  fourStories,
  fourStoriesSheet,
  maximalStory,
  sheetOf,
  story,
  storiesOf,
  target,
  weakSheet,
} from "./fixtures.ts";

const valueSets = builtIns.filter((set) => target.valueSetIds.includes(set.id));

const tailoring = (overrides: Partial<TailoringInput> = {}): TailoringInput => ({
  values: [
    {
      valueSetId: "staff-plus",
      valueKey: "metrics",
      best: { storyId: "sty_0001" },
      backup: { storyId: "sty_0003" },
    },
    { valueSetId: "staff-plus", valueKey: "scope", best: null, backup: null },
  ],
  selected: ["sty_0002", "sty_0001", "sty_0002", "sty_missing"],
  questions: [
    { question: "Tell me about\na time", storyId: "sty_0001", source: "target" },
    { question: "Another", storyId: null, source: "value-set" },
  ],
  ...overrides,
});

describe("the cheat sheet view model", () => {
  const stories = storiesOf(3);
  const sheet = build({ target, valueSets, stories, tailoring: tailoring() });

  it("matches its published schema", () => {
    expect(CheatSheet.safeParse(sheet).success).toBe(true);
  });

  it("has a card per chosen story, in the chosen order, each once, unknown ids left out", () => {
    expect(sheet.cards.map((c) => [c.number, c.storyId])).toEqual([
      [1, "sty_0002"],
      [2, "sty_0001"],
    ]);
  });

  it("refers to stories by card number, and by title alone when they have no card", () => {
    const [metrics, scope] = sheet.matrix;
    expect(metrics).toMatchObject({
      valueName: "Metrics",
      best: { storyId: "sty_0001", number: 2, title: stories[0]?.title },
      backup: { storyId: "sty_0003", number: null, title: stories[2]?.title },
    });
    expect(scope).toMatchObject({ valueKey: "scope", best: null, backup: null });
    expect(sheet.questions).toEqual([
      {
        question: "Tell me about a time",
        story: expect.objectContaining({ number: 2 }),
        source: "target",
      },
      { question: "Another", story: null, source: "value-set" },
    ]);
  });

  it("fills the header from the target and its value sets, in the target's order", () => {
    expect(sheet.header).toEqual({
      company: "Stripe",
      role: target.role,
      interviewDate: "2026-03-14",
      valueSets: [
        { id: "stripe-2025", name: "Stripe operating principles" },
        { id: "staff-plus", name: "Staff+ signals" },
      ],
    });
    expect(sheet.reminders).toEqual(expect.arrayContaining(["45–60 s spoken"]));
  });

  it("condenses a story into one line per part", () => {
    const card = sheet.cards[1];
    expect(card).toMatchObject({
      title: stories[0]?.title,
      hook: stories[0]?.hooks[0],
      situation: stories[0]?.situation,
      action: "Measure first → Stream the hot path → Roll out by lane",
      result: "P95 freshness 38 min → 70 s",
      keyNumbers: ["Tickets down 66% to 3,100 a month", "Spend down 12%", "$4.1M renewals kept"],
      lesson:
        "Measure every hop before choosing a design. The slow part was scheduling, not compute.",
      connection: { company: "Stripe", text: expect.stringContaining("中文") },
    });
  });

  it("keeps the target's questions and fills up to a dozen rows with sample questions", () => {
    const many = (n: number, source: "target" | "value-set") =>
      Array.from({ length: n }, (_, i) => ({ question: `${source} ${i}`, storyId: null, source }));
    const built = build({
      target,
      valueSets,
      stories,
      tailoring: tailoring({ questions: [...many(20, "value-set"), ...many(5, "target")] }),
    });
    expect(built.questions.map((q) => q.question)).toEqual([
      ...many(5, "target").map((q) => q.question),
      ...many(7, "value-set").map((q) => q.question),
    ]);
    expect(built.sampleQuestionsLeftOut).toBe(13);
    expect(sheet.sampleQuestionsLeftOut).toBe(0);
  });

  it("notes the rounds a story was already told in", () => {
    expect(sheet.cards[0]?.told).toEqual(["Phone screen"]);
    expect(sheet.cards[1]?.told).toEqual([]);
  });

  it("takes the company connection only for the target's company", () => {
    const other = build({
      target: { ...target, company: "Netflix" },
      valueSets,
      stories,
      tailoring: tailoring(),
    });
    expect(other.cards.every((c) => c.connection === null)).toBe(true);
    const spaced = build({
      target: { ...target, company: "  stripe " },
      valueSets,
      stories,
      tailoring: tailoring(),
    });
    expect(spaced.cards[0]?.connection?.company).toBe("Stripe");
  });

  it("cuts over-long text at a word with an ellipsis and says which fields it shortened", () => {
    const long = sheetOf(storiesOf(1, maximalStory));
    const card = long.cards[0];
    expect(card?.title.length).toBe(200);
    for (const field of ["headline", "situation", "task", "hook", "lesson"] as const) {
      expect(card?.[field].length).toBeLessThanOrEqual(lineCap.headline);
      expect(card?.[field].endsWith("…")).toBe(true);
    }
    expect(card?.connection?.text.length).toBeLessThanOrEqual(lineCap.connection);
    expect(long.shortened).toEqual(
      expect.arrayContaining([
        { storyId: card?.storyId, field: "situation" },
        { storyId: card?.storyId, field: "keyNumbers" },
      ]),
    );
    expect(sheet.shortened).toEqual([]);
  });

  it("gives the same sheet for the same inputs", () => {
    const again = build({ target, valueSets, stories: storiesOf(3), tailoring: tailoring() });
    expect(again).toEqual(sheet);
  });

  it("builds from a story with nothing but a title", () => {
    const bare = {
      ...story(9),
      headline: "",
      situation: "",
      task: "",
      actions: [],
      results: [],
      lessons: "",
      takeaway: "",
      hooks: [],
      refined: "",
      connections: [],
    };
    const built = build({
      target,
      valueSets,
      stories: [bare],
      tailoring: tailoring({ selected: [bare.id], values: [], questions: [] }),
    });
    expect(built.cards[0]).toMatchObject({
      title: bare.title,
      hook: "",
      action: "",
      result: "",
      keyNumbers: [],
    });
  });
});

/** A fixture as the four-stories template has it: a draft, a refined telling, analysis answers. */
const told = (key: string, overrides: Partial<Story.Info> = {}): Story.Info =>
  fixtureStory(key, {
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

const cardsOf = (stories: Story.Info[]) =>
  build({
    target,
    valueSets,
    stories,
    tailoring: tailoring({ selected: stories.map((s) => s.id), values: [], questions: [] }),
  }).cards;

const star = ["situation", "task", "action", "result"] as const;
const filled = (cards: ReturnType<typeof cardsOf>) =>
  cards.reduce((sum, card) => sum + star.filter((line) => card[line] !== "").length, 0);
const stripeKeys = fixtureKeys.filter((key) => key.startsWith("stripe-"));

describe("cards of stories told without STAR sections", () => {
  it("read S/T/A/R, key numbers and the lesson from the telling and the analysis", () => {
    const [card] = cardsOf([told("stripe-risk")]);
    expect(card).toMatchObject({
      hook: "One booking in 250 was charging people twice...",
      situation:
        "At Skylark Travel, about one booking in 250 charged the customer twice, because our service retried slow hotel APIs without idempotency.",
      task: "I proposed fixing it during peak instead.",
      action:
        "I threaded idempotency keys from our public API down to every supplier adapter and moved payments to authorize-then-capture…",
      result:
        "Duplicate charges fell from 1 in 250 to 1 in 40,000, manual refund tickets dropped 83%, and conversion held flat.",
      keyNumbers: [
        "Duplicate reservations went from ~0.4% of bookings to 0.0025%.",
        "Refund tickets down 83%; ~$1.1M a year in refund handling and chargeback fees avoided.",
        "I reached 100% in nine days.",
      ],
      lesson: "Risk can be shaped - a small blast radius turned a scary change into a routine one.",
      inferred: ["situation", "task", "action", "result", "lesson", "keyNumbers"],
    });
    for (const line of [...star, "hook", "lesson"] as const) {
      expect(card?.[line].length).toBeLessThanOrEqual(lineCap.line);
    }
  });

  it("keep a line the story writes, and fill only the empty ones", () => {
    const [card] = cardsOf([told("stripe-risk", { task: "Fix double charges before the peak." })]);
    expect(card?.task).toBe("Fix double charges before the peak.");
    expect(card?.inferred).not.toContain("task");
    expect(card?.situation).not.toBe("");
  });

  it("do not repeat the hook as a line, nor a number the result line already gives", () => {
    const [learning] = cardsOf([told("stripe-learning")]);
    expect(learning?.hook).toBe(
      "I was asked to build a ledger, and I didn't know what a debit was.",
    );
    expect(learning?.task).toBe("I gave myself three weeks before writing any code.");
    expect(learning?.result).toContain("month-end close went from nine days to three");
    expect(learning?.keyNumbers.join(" ")).not.toMatch(/9 days to 3/);
  });

  it("take a figure clause from a long answer rather than cutting the figure off", () => {
    const [conflict] = cardsOf([told("stripe-conflict")]);
    expect(conflict?.keyNumbers[0]).toBe("…it had been taking about six hours a week.");
    for (const line of conflict?.keyNumbers ?? []) {
      expect(line.length).toBeLessThanOrEqual(lineCap.keyNumber);
      expect(line).not.toMatch(/\b20\d\d\b(?![%\d])/);
    }
  });

  it("fill every S/T/A/R line of the four stories told with draft, telling and analysis", () => {
    const cards = cardsOf(stripeKeys.map((key) => told(key)));
    expect(cards).toHaveLength(4);
    expect(filled(cards)).toBe(16);
  });

  it("fill the lines from a refined telling alone, a draft alone, or analysis answers alone", () => {
    const shape = (overrides: Partial<Story.Info>) =>
      cardsOf(stripeKeys.map((key) => told(key, overrides)));
    const refinedOnly = shape({ draft: "", analysis: [] });
    const draftOnly = shape({ refined: "", analysis: [], hooks: [] });
    const analysisOnly = shape({ refined: "", draft: "", hooks: [] });
    // The team story's telling never says what was the speaker's: no task line without analysis.
    expect(filled(refinedOnly)).toBe(15);
    expect(filled(draftOnly)).toBe(15);
    expect(filled(analysisOnly)).toBe(16);
    expect(refinedOnly.find((c) => c.title === "The Team Story")?.task).toBe("");
    for (const card of draftOnly) expect(card.hook).toBe("");
  });

  it("give the four-stories template, as imported, a full card per story", () => {
    const cards = cardsOf(fourStories());
    expect(cards.map((c) => c.title)).toEqual([
      "The Risk Story",
      "The Conflict Story",
      "The Learning Story",
      "The Team Story",
    ]);
    expect(filled(cards)).toBe(16);
    expect(cards.filter((c) => c.keyNumbers.length > 0)).toHaveLength(3);
    expect(cards.filter((c) => c.lesson !== "")).toHaveLength(3);
  });

  it("hold S/T/A/R lines on every card of the sheet tailored to Stripe", () => {
    const sheet = fourStoriesSheet();
    expect(sheet.cards.length).toBeGreaterThanOrEqual(3);
    expect(filled(sheet.cards)).toBe(4 * sheet.cards.length);
    expect(CheatSheet.safeParse(sheet).success).toBe(true);
  });
});

describe("weak matches", () => {
  it("are marked in the matrix, and a sheet of weak matches is never empty", () => {
    const sheet = weakSheet();
    expect(sheet.matrix.length).toBeGreaterThan(0);
    for (const row of sheet.matrix) {
      expect(row.best).toMatchObject({ weak: true, number: expect.any(Number) });
      if (row.backup) expect(row.backup.weak).toBe(true);
    }
    expect(sheet.cards).toHaveLength(3);
    expect(CheatSheet.safeParse(sheet).success).toBe(true);
  });

  it("are not claimed where the tailoring did not say so", () => {
    const sheet = sheetOf(storiesOf(3));
    const refs = sheet.matrix.flatMap((row) => [row.best, row.backup]).filter(Boolean);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((ref) => ref?.weak === false)).toBe(true);
  });
});
