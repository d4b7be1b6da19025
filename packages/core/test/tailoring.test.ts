import * as Story from "@storybank/core/story";
import { indexStory, scoreOne, tailor, valuesOf } from "@storybank/core/tailoring";
import type * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { fixtureKeys, fixtureStory } from "../../../tests/fixtures/index.ts";

const builtIn = (id: string) => ValueSet.builtIns.find((set) => set.id === id)!;
const stripe = builtIn("stripe-2025");
const amazon = builtIn("amazon-lp-2021");

function makeTarget(overrides: Partial<Target.Info> = {}): Target.Info {
  return {
    id: "tgt_test",
    company: "Stripe",
    role: "Staff engineer",
    valueSetIds: ["stripe-2025"],
    interviewDate: null,
    questions: [],
    notes: "",
    told: [],
    version: 1,
    createdAt: "2025-06-01T00:00:00.000Z",
    updatedAt: "2025-06-01T00:00:00.000Z",
    ...overrides,
  };
}

let seq = 0;
function story(input: Partial<Story.CreateInput> & { title: string }): Story.Info {
  seq += 1;
  return {
    id: `sty_${String(seq).padStart(4, "0")}`,
    ...Story.applyChange(Story.emptyContent(input.title), input),
    version: 1,
    createdAt: "2025-06-01T00:00:00.000Z",
    updatedAt: "2025-06-01T00:00:00.000Z",
  };
}

const stripeBank = ["stripe-risk", "stripe-conflict", "stripe-learning", "stripe-team"].map((k) =>
  fixtureStory(k),
);
const row = (t: ReturnType<typeof tailor>, key: string) =>
  t.values.find((v) => v.valueKey === key)!;

describe("tailor", () => {
  it("gives the same answer for the same data, whatever order the stories come in", () => {
    const bank = fixtureKeys.map((k) => fixtureStory(k));
    const target = makeTarget({ valueSetIds: ["amazon-lp-2021", "stripe-2025"] });
    const first = tailor({ target, valueSets: [amazon, stripe], stories: bank });
    const shuffled = [...bank].reverse();
    shuffled.push(shuffled.splice(2, 1)[0]!);
    expect(tailor({ target, valueSets: [stripe, amazon], stories: shuffled })).toEqual(first);
    expect(first.values).toHaveLength(24);
  });

  it("scores as a full index of each story would", () => {
    const bank = fixtureKeys.map((k) => fixtureStory(k));
    const target = makeTarget({ valueSetIds: ["amazon-lp-2021"] });
    const t = tailor({ target, valueSets: [amazon], stories: bank });
    const values = valuesOf([amazon]);
    for (const row of t.values) {
      const value = values.find((v) => v.value.key === row.valueKey)!;
      for (const match of [row.best, row.backup]) {
        if (!match) continue;
        const story = bank.find((s) => s.id === match.storyId)!;
        expect(scoreOne(indexStory(story), value)).toEqual(match);
      }
    }
  });

  it("explains every match with the words, the fields and the kind", () => {
    const t = tailor({ target: makeTarget(), valueSets: [stripe], stories: stripeBank });
    for (const value of t.values) {
      expect(value.best?.reasons.length, value.valueKey).toBeGreaterThan(0);
    }
    const curious = row(t, "curious").best!;
    expect(curious.storyId).toBe("sty_stripe-learning");
    expect(curious.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^keyword "textbook" in actions/),
        expect.stringMatching(/^keyword "didn't know" in situation/),
        'kind "learning" fits Curious',
      ]),
    );
  });

  it("puts an explicit link first, ahead of text evidence", () => {
    const linked = story({
      title: "Quiet infra work",
      values: [{ valueSetId: "stripe-2025", valueKey: "humble" }],
    });
    const t = tailor({
      target: makeTarget(),
      valueSets: [stripe],
      stories: [...stripeBank, linked],
    });
    const humble = row(t, "humble").best!;
    expect(humble.storyId).toBe(linked.id);
    expect(humble.reasons[0]).toBe("linked to stripe-2025/humble");
    expect(humble.score).toBeGreaterThanOrEqual(10);
  });

  it("catches a paraphrase of a value's keyword", () => {
    const owner = story({
      title: "Pager rotation",
      actions: [{ points: ["I took full ownership of the broken on-call rotation"] }],
    });
    const t = tailor({
      target: makeTarget({ valueSetIds: ["amazon-lp-2021"] }),
      valueSets: [amazon],
      stories: [owner],
    });
    const reasons = row(t, "ownership").best?.reasons ?? [];
    expect(reasons).toContain('keyword "took ownership" as "took full ownership" in actions');
  });

  it("weighs a word by the field it is in", () => {
    const curious = valuesOf([stripe]).find((v) => v.value.key === "curious")!;
    const score = (input: Partial<Story.CreateInput> & { title: string }) =>
      scoreOne(indexStory(story(input)), curious).score;
    const inTitle = score({ title: "Curious about ledgers" });
    const inActions = score({ title: "Ledgers", actions: [{ points: ["Stayed curious"] }] });
    const inDraft = score({ title: "Ledgers", draft: "I was curious about ledgers." });
    expect(inTitle).toBeGreaterThan(inActions);
    expect(inActions).toBeGreaterThan(inDraft);
    expect(inDraft).toBeGreaterThan(0);
    expect(score({ title: "Ledgers", draft: "Nothing here." })).toBe(0);
  });

  it("chooses stories that cover the most values with the fewest repeats", () => {
    const a = story({
      title: "Double charges",
      actions: [
        {
          points: [
            "users stuck with double charges, refunds and complaints, so I moved with urgency behind a flag and a kill switch",
          ],
        },
      ],
    });
    const aToo = story({
      title: "Double charges again",
      actions: [
        {
          points: [
            "users stuck with double charges, refunds and complaints; urgency, a kill switch",
          ],
        },
      ],
    });
    const b = story({
      title: "Ledger study",
      actions: [
        {
          points: [
            "I was curious, read a textbook, studied and learned the new domain from scratch",
          ],
        },
      ],
    });
    const t = tailor({
      target: makeTarget(),
      valueSets: [stripe],
      stories: [a, aToo, b],
      options: { size: 2 },
    });
    expect(t.selected).toEqual([a.id, b.id]);
    expect(row(t, "users-first").best?.storyId).toBe(a.id);
    expect(row(t, "users-first").backup?.storyId).toBe(aToo.id);
  });

  it("keeps to the size asked for, and to 4–6 by default", () => {
    const bank = fixtureKeys.map((k) => fixtureStory(k));
    const target = makeTarget({ valueSetIds: ["amazon-lp-2021"] });
    const byDefault = tailor({ target, valueSets: [amazon], stories: bank });
    expect(byDefault.selected.length).toBeGreaterThanOrEqual(4);
    expect(byDefault.selected.length).toBeLessThanOrEqual(6);
    expect(
      tailor({ target, valueSets: [amazon], stories: bank, options: { size: 2 } }).selected,
    ).toHaveLength(2);
    expect(new Set(byDefault.selected).size).toBe(byDefault.selected.length);
  });

  it("avoids stories already told in the loop unless asked for them", () => {
    const told = [
      {
        storyId: "sty_stripe-learning",
        round: "Phone screen",
        interviewer: "Ana",
        date: "2025-06-02",
      },
    ];
    const target = makeTarget({ told });
    const t = tailor({ target, valueSets: [stripe], stories: stripeBank });
    expect(JSON.stringify(t)).not.toContain("sty_stripe-learning");
    expect(row(t, "curious").best).toBeNull();
    expect(t.gaps.map((g) => g.valueKey)).toContain("curious");
    const withTold = tailor({
      target,
      valueSets: [stripe],
      stories: stripeBank,
      options: { includeTold: true },
    });
    expect(row(withTold, "curious").best?.storyId).toBe("sty_stripe-learning");
  });

  it("lists as gaps the values no story matches well enough", () => {
    const t = tailor({
      target: makeTarget({ valueSetIds: ["amazon-lp-2021"] }),
      valueSets: [amazon],
      stories: stripeBank,
    });
    const gaps = t.gaps.map((g) => g.valueKey);
    expect(gaps).toContain("hire-and-develop-the-best");
    expect(gaps).toContain("think-big");
    expect(gaps).not.toContain("learn-and-be-curious");
    for (const gap of t.gaps) expect(row(t, gap.valueKey).best).toBeNull();
    expect(t.gaps[0]).toEqual({
      valueSetId: "amazon-lp-2021",
      valueKey: expect.any(String),
      valueName: expect.any(String),
    });
  });

  it("maps the target's questions first, then the value sets' questions", () => {
    const target = makeTarget({
      questions: [
        "Tell me about a time you had to learn accounting quickly",
        "Tell me about a disagreement over rounding money",
        "Tell me about a time you sailed around the world",
      ],
    });
    const t = tailor({ target, valueSets: [stripe], stories: stripeBank });
    expect(t.questions.slice(0, 3)).toEqual([
      { question: target.questions[0], storyId: "sty_stripe-learning", source: "target" },
      { question: target.questions[1], storyId: "sty_stripe-conflict", source: "target" },
      { question: target.questions[2], storyId: null, source: "target" },
    ]);
    const fromSets = t.questions.slice(3);
    expect(fromSets).toHaveLength(stripe.values.flatMap((v) => v.questions).length);
    expect(fromSets.every((q) => q.source === "value-set")).toBe(true);
    const curiousQuestion = stripe.values.find((v) => v.key === "curious")!.questions[0]!;
    expect(fromSets.find((q) => q.question === curiousQuestion)?.storyId).toBe(
      "sty_stripe-learning",
    );
  });

  it("skips value sets it was not given and copes with an empty bank", () => {
    const target = makeTarget({ valueSetIds: ["stripe-2025", "vst_gone"] });
    const empty = tailor({ target, valueSets: [stripe], stories: [] });
    expect(empty.values).toHaveLength(stripe.values.length);
    expect(empty.selected).toEqual([]);
    expect(empty.gaps).toHaveLength(stripe.values.length);
    expect(empty.questions.every((q) => q.storyId === null)).toBe(true);
  });

  it("refuses options out of range", () => {
    expect(() =>
      tailor({ target: makeTarget(), valueSets: [stripe], stories: [], options: { size: 0 } }),
    ).toThrow(/validation/);
  });
});
