import * as Story from "@storybank/core/story";
import {
  coverThreshold,
  maxPairs,
  readStory,
  scoreOne,
  tailor,
  valuesOf,
} from "@storybank/core/tailoring";
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

  it("reads a story once per version, and again when it changes", () => {
    const first = fixtureStory("stripe-learning");
    expect(readStory(first).concepts).toBe(readStory(first).concepts);
    expect(readStory({ ...first }).concepts).toBe(readStory(first).concepts);
    const edited = { ...first, version: 2, title: "Learning double-entry bookkeeping" };
    expect(readStory(edited).concepts).not.toBe(readStory(first).concepts);
    const sameVersionOtherText = { ...first, draft: "Nothing about ledgers at all." };
    expect(readStory(sameVersionOtherText).concepts).not.toBe(readStory(first).concepts);
  });

  it("answers a repeated request over an unchanged bank the same, and sees a new version", () => {
    const target = makeTarget({ valueSetIds: ["amazon-lp-2021"] });
    const bank = fixtureKeys.map((k) => fixtureStory(k));
    const first = tailor({ target, valueSets: [amazon], stories: bank });
    expect(tailor({ target, valueSets: [amazon], stories: bank })).toEqual(first);
    expect(row(first, "frugality").best?.storyId).not.toBe(bank[0]!.id);
    // The same bank with one story rewritten (a new version) about cutting costs: the frugality
    // value must now see it, though the rest of the bank is unchanged.
    const edited = bank.map((s, i) =>
      i === 0
        ? {
            ...s,
            version: s.version + 1,
            updatedAt: "2026-02-01T00:00:00.000Z",
            title: "Cutting the cloud bill in half on a shoestring budget",
            tags: ["Frugality"],
          }
        : s,
    );
    const second = tailor({ target, valueSets: [amazon], stories: edited });
    expect(row(second, "frugality").best?.storyId).toBe(bank[0]!.id);
    expect(tailor({ target, valueSets: [amazon], stories: bank })).toEqual(first);
  });

  it("explains every match with the concept and the words on both sides", () => {
    const t = tailor({ target: makeTarget(), valueSets: [stripe], stories: stripeBank });
    for (const value of t.values) {
      expect(value.best?.reasons.length, value.valueKey).toBeGreaterThan(0);
    }
    const curious = row(t, "curious").best!;
    expect(curious.storyId).toBe("sty_stripe-learning");
    expect(curious.weak).toBe(false);
    expect(curious.reasons).toEqual(
      expect.arrayContaining([
        'learning fast: value "didn\'t know" ~ story "learning" (title)',
        'keyword: value "went to the source" ~ story "went to the source" (analysis)',
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

  it("catches a paraphrase of a value's keyword, and the concept behind it", () => {
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
    expect(reasons).toContain(
      'keyword: value "took ownership" ~ story "took full ownership" (actions)',
    );
    expect(reasons).toContain(
      'ownership: value "think like an owner" ~ story "took full ownership" (actions)',
    );
  });

  it("matches a value in plain words to a story that never repeats its name", () => {
    const plain: ValueSet.Info = {
      ...stripe,
      id: "vst_plain",
      builtIn: false,
      values: [
        {
          key: "speak-up",
          name: "Say it to their face",
          aliases: [],
          description:
            "Share honest disagreement with the people above you, then back the decision.",
          keywords: [],
          questions: [],
        },
        {
          key: "spend-wisely",
          name: "Every dollar counts",
          aliases: [],
          description: "Treat the company's money as your own and get more done with less.",
          keywords: [],
          questions: [],
        },
      ],
    };
    const pushedBack = story({
      title: "The launch plan",
      actions: [{ points: ["I pushed back on my director in the planning review"] }],
    });
    const cheaper = story({
      title: "The logging bill",
      draft: "I cut our cloud bill by 40% by sampling debug logs; we saved $300K a year.",
    });
    const t = tailor({
      target: makeTarget({ valueSetIds: ["vst_plain"] }),
      valueSets: [plain],
      stories: [pushedBack, cheaper],
    });
    expect(row(t, "speak-up").best?.storyId).toBe(pushedBack.id);
    expect(row(t, "speak-up").best?.reasons).toContain(
      'disagreement: value "honest disagreement" ~ story "pushed back" (actions)',
    );
    expect(row(t, "spend-wisely").best?.storyId).toBe(cheaper.id);
  });

  it("takes a tag equal to a value's name or alias as the user's own label", () => {
    const tagged = story({ title: "Quiet infra work", tags: ["Disagree & Commit"] });
    const t = tailor({
      target: makeTarget({ valueSetIds: ["amazon-lp-2021"] }),
      valueSets: [amazon],
      stories: [...stripeBank, tagged],
    });
    const backbone = row(t, "have-backbone-disagree-and-commit").best!;
    expect(backbone.storyId).toBe(tagged.id);
    expect(backbone.reasons[0]).toBe(
      'labelled "Disagree & Commit", a name of Have Backbone; Disagree and Commit',
    );
  });

  it("weighs a word by the field it is in", () => {
    const curious = valuesOf([stripe]).find((v) => v.value.key === "curious")!;
    const score = (input: Partial<Story.CreateInput> & { title: string }) =>
      scoreOne(readStory(story(input)), curious).score;
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
    const usersFirst = [row(t, "users-first").best?.storyId, row(t, "users-first").backup?.storyId];
    expect(usersFirst.sort()).toEqual([a.id, aToo.id].sort());
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
    // The strongest of the rest fills the row instead, with a lower score.
    const curious = row(t, "curious").best!;
    expect(curious.storyId).not.toBe("sty_stripe-learning");
    expect(curious.score).toBeLessThan(coverThreshold + 1);
    const withTold = tailor({
      target,
      valueSets: [stripe],
      stories: stripeBank,
      options: { includeTold: true },
    });
    expect(row(withTold, "curious").best?.storyId).toBe("sty_stripe-learning");
  });

  it("lists as gaps the values no story matches well enough, and never leaves a sheet empty", () => {
    const sailing: ValueSet.Info = {
      ...stripe,
      id: "vst_sailing",
      builtIn: false,
      values: [
        ...stripe.values.slice(0, 2),
        {
          key: "seamanship",
          name: "Seamanship",
          aliases: [],
          description: "Trim the sails, read the weather and bring the boat home.",
          keywords: [],
          questions: [],
        },
      ],
    };
    const t = tailor({
      target: makeTarget({ valueSetIds: ["vst_sailing"] }),
      valueSets: [sailing],
      stories: stripeBank,
    });
    expect(t.gaps.map((g) => g.valueKey)).toEqual(["seamanship"]);
    expect(t.gaps[0]).toEqual({
      valueSetId: "vst_sailing",
      valueKey: "seamanship",
      valueName: "Seamanship",
    });
    for (const value of t.values) {
      expect(value.best, value.valueKey).not.toBeNull();
      expect(value.best!.weak, value.valueKey).toBe(value.valueKey === "seamanship");
    }
    expect(t.selected.length).toBeGreaterThan(0);
  });

  it("fills the sheet with the strongest stories even when no story covers a value", () => {
    const vague = story({ title: "A project", draft: "We did some work on a thing." });
    const t = tailor({ target: makeTarget(), valueSets: [stripe], stories: [vague] });
    expect(t.selected).toEqual([vague.id]);
    expect(t.gaps).toHaveLength(stripe.values.length);
  });

  it("refuses a request past the cap on stories × values, with a clear error", () => {
    const wide = (n: number): ValueSet.Info => ({
      ...stripe,
      id: `vst_wide${n}`,
      builtIn: false,
      values: Array.from({ length: 60 }, (_, i) => ({
        key: `v${i}`,
        name: `Value ${i}`,
        aliases: [],
        description: "",
        keywords: [],
        questions: [],
      })),
    });
    const sets = [1, 2, 3, 4, 5].map(wide);
    const target = makeTarget({ valueSetIds: sets.map((set) => set.id) });
    const stories = Array.from({ length: maxPairs / 300 }, (_, i) => story({ title: `S ${i}` }));
    expect(tailor({ target, valueSets: sets, stories }).values).toHaveLength(300);
    const tooMany = [...stories, story({ title: "One more" })];
    expect(() => tailor({ target, valueSets: sets, stories: tooMany })).toThrow(
      expect.objectContaining({ kind: "too_large", code: "tailoring_too_large" }),
    );
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
