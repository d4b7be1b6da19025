import { readFileSync } from "node:fs";
import {
  build,
  type CheatSheet,
  type StoryInput,
  type TailoringInput,
  type TargetInput,
} from "@storybank/core/cheatsheet";
import { readMarkdown } from "@storybank/core/importer";
import * as Story from "@storybank/core/story";
import { limits } from "@storybank/core/story";
import { Tailoring, tailor } from "@storybank/core/tailoring";
import { builtIns } from "@storybank/core/valueset";
import { fixtureKeys, fixtureStory } from "../../../tests/fixtures/index.ts";

/** Text users really type, which every sheet must print as written. */
export const unicodeSamples = ["→", "—", "“straight talk”", "café", "中文", "🚀"];

const words = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 3 ? " 42%" : ""}`).join(" ");

/** Text of exactly `length` characters made of real words. */
const fill = (length: number, seed: string) => words(Math.ceil(length / 4), seed).slice(0, length);

export function story(i: number): StoryInput {
  return {
    id: `sty_${String(i).padStart(4, "0")}`,
    title: `Story ${i}: streaming shipment tracking → 70 s`,
    headline: `P95 freshness 38 min → 70 s — saved $4.2M (${i})`,
    situation:
      "At Kestrel Freight tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month.",
    task: "I owned bringing freshness under two minutes before peak season, 14 weeks out.",
    actions: [
      { heading: "Measure first", points: ["Stamped each event at every hop"] },
      { heading: "Stream the hot path", points: ["Moved scans to a log"] },
      { heading: "Roll out by lane", points: ["Shadowed the batch job for 3 weeks"] },
    ],
    results: [
      {
        heading: "Freshness",
        points: [
          "P95 freshness 38 min → 70 s",
          "Tickets down 66% to 3,100 a month",
          "Spend down 12%",
        ],
      },
      { heading: "Business", points: ["Two penalty clauses retired", "$4.1M renewals kept"] },
    ],
    lessons:
      "Measure every hop before choosing a design. The slow part was scheduling, not compute.",
    takeaway: "Scheduling, not compute.",
    hooks: ["Thirty-eight minutes of lag — and “straight talk” from our biggest shipper."],
    refined: "At Kestrel Freight, tracking lagged…",
    connections: [
      {
        company: "Stripe",
        text: "Streaming ledgers at scale: café-grade latency for 中文 merchants 🚀",
      },
    ],
  };
}

/** A story with every field the sheet reads at its longest allowed length. */
export function maximalStory(i: number): StoryInput {
  const section = (seed: string) => ({
    heading: fill(limits.sectionHeading, seed),
    points: Array.from({ length: limits.sectionPoints }, (_, p) =>
      fill(limits.sectionPoint, `${seed}${p}`),
    ),
  });
  return {
    id: `sty_max${String(i).padStart(4, "0")}`,
    title: `${i} ${fill(limits.title - `${i}  → 中文 🚀`.length, "Maximal")} → 中文 🚀`,
    headline: fill(limits.headline, "headline"),
    situation: fill(limits.prose, "situation"),
    task: fill(limits.prose, "task"),
    actions: Array.from({ length: limits.sections }, (_, s) => section(`act${s}`)),
    results: Array.from({ length: limits.sections }, (_, s) => section(`res${s}`)),
    lessons: fill(limits.prose, "lesson"),
    takeaway: fill(limits.prose, "takeaway"),
    hooks: Array.from({ length: limits.hooks }, () => fill(limits.hook, "hook")),
    refined: fill(limits.prose, "refined"),
    connections: Array.from({ length: limits.connections }, () => ({
      company: "Stripe",
      text: fill(limits.answer, "connection"),
    })),
  };
}

export const target: TargetInput = {
  id: "tgt_test",
  company: "Stripe",
  role: "Staff Software Engineer — Payments “Core”",
  valueSetIds: ["stripe-2025", "staff-plus"],
  interviewDate: "2026-03-14",
  told: [{ storyId: "sty_0002", round: "Phone screen" }],
};

const valueSets = builtIns.filter((set) => target.valueSetIds.includes(set.id));

/** A sheet whose tailoring spreads the stories over every value, best and backup. */
export function sheetOf(stories: StoryInput[], questions = 8): CheatSheet {
  const values = valueSets.flatMap((set) => set.values.map((value) => ({ set, value })));
  const tailoring: TailoringInput = {
    values: values.map(({ set, value }, i) => ({
      valueSetId: set.id,
      valueKey: value.key,
      valueName: value.name,
      best: stories.length > 0 ? { storyId: (stories[i % stories.length] as StoryInput).id } : null,
      backup:
        stories.length > 1
          ? { storyId: (stories[(i + 1) % stories.length] as StoryInput).id }
          : null,
    })),
    selected: stories.map((s) => s.id),
    questions: Array.from({ length: questions }, (_, i) => ({
      question: `Tell me about a time you moved a metric that mattered (${i + 1})`,
      storyId: stories.length > 0 ? (stories[i % stories.length] as StoryInput).id : null,
      source: i % 2 === 0 ? ("target" as const) : ("value-set" as const),
    })),
  };
  return build({ target, valueSets, stories, tailoring });
}

export const storiesOf = (n: number, make = story) =>
  Array.from({ length: n }, (_, i) => make(i + 1));

/** The example documents' stories, tailored for real to a Stripe loop. */
export function exampleSheet(): CheatSheet {
  const stories = fixtureKeys.map((key) => fixtureStory(key));
  const at = "2026-01-01T00:00:00.000Z";
  const stripe = {
    id: "tgt_example",
    company: "Stripe",
    role: "Staff Software Engineer, Payments",
    valueSetIds: ["stripe-2025", "staff-plus"],
    interviewDate: "2026-03-14",
    questions: [
      "Tell me about a time you made a slow system dramatically faster",
      "Describe a decision you made with incomplete data",
    ],
    notes: "",
    told: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const tailoring = tailor({ target: stripe, valueSets, stories });
  return build({ target: stripe, valueSets, stories, tailoring });
}

/**
 * A target at every limit: ten value sets of sixty values with the longest names, fifty of the
 * longest questions, twelve maximal stories.
 */
export function extremeSheet(): CheatSheet {
  const sets = Array.from({ length: 10 }, (_, s) => ({
    id: `vst_extreme${s}`,
    name: fill(200, `Set${s}`),
    values: Array.from({ length: 60 }, (_, v) => ({
      key: `v${s}-${v}`,
      name: fill(200, `Value${v}`),
    })),
  }));
  const stories = storiesOf(12, maximalStory);
  const extreme: TargetInput = {
    ...target,
    company: fill(200, "Company"),
    role: fill(200, "Role"),
    valueSetIds: sets.map((set) => set.id),
  };
  const tailoring: TailoringInput = {
    values: sets.flatMap((set) =>
      set.values.map((value, i) => ({
        valueSetId: set.id,
        valueKey: value.key,
        best: { storyId: (stories[i % 12] as StoryInput).id },
        backup: { storyId: (stories[(i + 5) % 12] as StoryInput).id },
      })),
    ),
    selected: stories.map((s) => s.id),
    questions: Array.from({ length: 50 }, (_, i) => ({
      question: fill(500, `Question${i}`),
      storyId: (stories[i % 12] as StoryInput).id,
      source: "target" as const,
    })),
  };
  return build({ target: extreme, valueSets: sets, stories, tailoring });
}

/** A target with no stories yet: every value is a gap. */
export const emptySheet = (): CheatSheet => sheetOf([], 3);

const stripeLoop = {
  id: "tgt_example",
  company: "Stripe",
  role: "Staff Software Engineer, Payments",
  valueSetIds: ["stripe-2025", "staff-plus"],
  interviewDate: "2026-03-14",
  questions: [
    "Tell me about a time you made a slow system dramatically faster",
    "Describe a decision you made with incomplete data",
  ],
  notes: "",
  told: [],
  version: 1,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

/**
 * The four-stories template as a candidate fills it in (a draft, a refined telling and analysis
 * answers per story, no STAR sections), imported as the API imports it.
 */
export function fourStories(): Story.Info[] {
  const text = readFileSync(
    new URL("../../core/test/import-fixtures/four-power-stories-stripe.md", import.meta.url),
    "utf8",
  );
  return readMarkdown(text, builtIns).stories.map(({ input }, i) => ({
    id: `sty_four${i + 1}`,
    ...Story.applyChange(Story.emptyContent(input.title), input),
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  }));
}

/** The four-stories template imported and tailored for real to a Stripe loop. */
export function fourStoriesSheet(): CheatSheet {
  const stories = fourStories();
  const tailoring = tailor({ target: stripeLoop, valueSets, stories });
  return build({ target: stripeLoop, valueSets, stories, tailoring });
}

/**
 * A tailoring in which no story really fits any value, as the tailoring answers then: every row
 * holds the closest story, marked weak, every value is a gap, and the strongest stories are still
 * chosen. Checked against the tailoring's published schema.
 */
export function weakSheet(stories: StoryInput[] = storiesOf(3)): CheatSheet {
  const values = valueSets.flatMap((set) => set.values.map((value) => ({ set, value })));
  const match = (i: number) => ({
    storyId: (stories[i % stories.length] as StoryInput).id,
    score: 0.4,
    reasons: ["closest story: no concept of the value found in it"],
    weak: true,
  });
  const tailoring = Tailoring.parse({
    targetId: target.id,
    values: values.map(({ set, value }, i) => ({
      valueSetId: set.id,
      valueKey: value.key,
      valueName: value.name,
      best: match(i),
      backup: i % 2 === 0 ? match(i + 1) : null,
    })),
    selected: stories.map((s) => s.id),
    gaps: values.map(({ set, value }) => ({
      valueSetId: set.id,
      valueKey: value.key,
      valueName: value.name,
    })),
    questions: [],
  } satisfies Tailoring);
  return build({ target, valueSets, stories, tailoring });
}
