import { build, CheatSheet, lineCap, type TailoringInput } from "@storybank/core/cheatsheet";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { maximalStory, sheetOf, story, storiesOf, target } from "./fixtures.ts";

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
