import { titleKey } from "@storybank/core/bank";
import * as Story from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import fc from "fast-check";

/**
 * Stories with hostile text in every field, for round-trip properties: prose that reads like a
 * label ("Task: …", "**Action:** …", "S: …", "Situation" alone), Markdown marks, HTML, blank
 * lines, indentation, trailing spaces, tabs, emoji, CJK, right-to-left text, mis-decoded-looking
 * text, control characters, commas and colons where lists and labels split.
 */

const fragments = [
  "Task: ship it",
  "**Action:** rewrote it",
  "S: the site was down",
  "T:",
  "Situation",
  "RESULT",
  "Lessons Learned:",
  "Context: 2021, Kestrel",
  "Q: why? A: because",
  "If asked about scope: it was big",
  "Story 2: Another",
  "## Story 3: Heading",
  "# not a heading",
  "- not a list",
  "1. not numbered",
  "* star",
  "> quoted",
  "| a | b |",
  "|---|---|",
  "`code`",
  "```",
  "~~~",
  "<details><summary>More</summary>",
  "</details>",
  "<b>bold</b> &amp; &#84;",
  "<!-- comment -->",
  "[link](http://x.test)",
  "![img](x.png)",
  "_under_ *em* ~~strike~~",
  "\\backslash\\",
  "a, b; c",
  "“quoted”",
  '"straight"',
  "(42%)",
  "$4.2M → 70 s",
  "🚀💰👩🏽‍💻",
  "中文故事，没有空格的长句子",
  "עברית ועוד",
  "العربية",
  "â€™ ‚Äô üí∞",
  "Ã©tÃ©",
  "---",
  "***",
  "===",
  "#hashtag",
  "---\ntitle: front\n---",
  "\t",
  "  ",
  "\n",
  "\n\n",
  "\n\n\n",
  "   indented",
  "trailing   ",
  "\r\n",
  "\u0001\u007f\u0085",
  "\u200b\u200f\ufeff",
  "e\u0301",
  "Ｆｕｌｌｗｉｄｔｈ",
  "plain words",
  "I led the team.",
  ":",
  "Tags: a, b",
  "**Notes:**",
  "Notes",
];

/** Text made of hostile fragments and plain words, at most `max` characters. */
export const hostileText = (max: number, minLength = 0) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })),
        fc.constantFrom(" ", "\n", ""),
      ),
      { minLength, maxLength: 6 },
    )
    .map((parts) =>
      parts
        .map(([text, gap]) => text + gap)
        .join("")
        .slice(0, max),
    );

const nonBlank = (max: number) =>
  hostileText(max, 1).filter((text) => text.trim().length > 0 && text.isWellFormed());
const someText = (max: number) =>
  fc.oneof(fc.constant(""), hostileText(max)).filter((t) => t.isWellFormed());
const list = <T>(arb: fc.Arbitrary<T>, max: number) => fc.array(arb, { maxLength: max });

const builtInLinks = builtIns.flatMap((set) =>
  set.values.map((value) => ({ valueSetId: set.id, valueKey: value.key })),
);

const valueLink = fc.oneof(
  fc.constantFrom(...builtInLinks),
  fc.record({ valueSetId: nonBlank(40), valueKey: nonBlank(40) }),
);

const section = fc.record(
  { heading: someText(80), points: list(someText(160), 4) },
  { requiredKeys: ["points"] },
);

export const hostileStory: fc.Arbitrary<Story.StoryContent> = fc
  .record({
    title: nonBlank(120),
    kind: fc.constantFrom(...Story.StoryKind.options),
    tags: list(nonBlank(40), 4),
    headline: someText(80),
    context: fc.record(
      {
        company: someText(60),
        role: someText(60),
        period: someText(30),
        teamSize: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
      },
      { requiredKeys: [] },
    ),
    questions: list(someText(120), 3),
    situation: someText(300),
    task: someText(200),
    actions: list(section, 3),
    results: list(section, 2),
    lessons: someText(200),
    differently: someText(200),
    takeaway: someText(120),
    draft: someText(300),
    refined: someText(300),
    hooks: list(someText(120), 2),
    followUps: list(fc.record({ question: someText(100), answer: someText(200) }), 2),
    delivery: fc.record({
      pacing: someText(80),
      tone: someText(80),
      keyWords: list(someText(40), 3),
    }),
    coachingNotes: list(someText(120), 2),
    analysis: list(
      fc.record({ section: someText(40), question: someText(100), answer: someText(160) }),
      3,
    ),
    values: list(valueLink, 3),
    connections: list(fc.record({ company: someText(40), text: someText(120) }), 2),
    notes: someText(300),
    progress: fc.record({
      drafted: fc.boolean(),
      analyzed: fc.boolean(),
      refined: fc.boolean(),
      timedSeconds: fc.option(fc.integer({ min: 0, max: 36_000 })),
      practiceCount: fc.integer({ min: 0, max: 1_000_000 }),
      lastPracticedAt: fc.option(
        fc
          .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString()),
      ),
    }),
  })
  .map((story) => Story.StoryContent.parse(story));

/** A bank: stories with distinct titles (a bank's stories are told apart by title). */
export const hostileBank = fc.uniqueArray(hostileStory, {
  minLength: 1,
  maxLength: 4,
  selector: (story) => titleKey(story.title),
});
