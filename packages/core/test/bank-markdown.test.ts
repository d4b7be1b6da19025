import { readFileSync } from "node:fs";
import { toMarkdown } from "@storybank/core/bank";
import { readMarkdown } from "@storybank/core/importer";
import * as Story from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { makeStory } from "../../../tests/support/harness.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url), "utf8");

/** What importing a document into an empty bank gives: each story's complete content. */
const contents = (markdown: string) =>
  readMarkdown(markdown, builtIns).stories.map((s) =>
    Story.StoryContent.parse(Story.applyChange(Story.emptyContent(s.input.title), s.input)),
  );

describe("Markdown export", () => {
  it.each(["staff-star-stories.md", "four-power-stories-stripe.md"])(
    "reads back to the same stories: %s",
    (name) => {
      const first = contents(fixture(name));
      const exported = toMarkdown(first, builtIns);
      expect(contents(exported)).toEqual(first);
      expect(readMarkdown(exported, builtIns).warnings).toEqual([]);
    },
  );

  it("writes the shape people write", () => {
    const markdown = toMarkdown(contents(fixture("staff-star-stories.md")), builtIns);
    expect(markdown).toContain(
      "## Story 1: SHIPMENT TRACKING PIPELINE (P95 FRESHNESS 38 MIN → 70 SEC)",
    );
    expect(markdown).toContain("**Question Variants:**\n\n- “Tell me about the technical win");
    expect(markdown).toContain("1. **Found Where the Minutes Went (Weeks 1–2):**\n   - Stamped");
    expect(markdown).toContain("**📉 Freshness: 38 Minutes → 70 Seconds at p95**");
    const stripe = toMarkdown(contents(fixture("four-power-stories-stripe.md")), builtIns);
    expect(stripe).toContain(
      "**Stripe Values:** Move with urgency and focus, Users first, Resilient",
    );
    expect(stripe).toMatch(/\| Story 1: The Risk Story +\| ✓ +\| ✓ +\| ✓ +\| 58s +\| 5 +\|/);
  });

  it("keeps text that looks like Markdown, quotes, parentheses and links exactly", () => {
    const story = Story.StoryContent.parse(
      Story.applyChange(Story.emptyContent("Migration (2020) * _v2_ | #1"), {
        ...Story.CreateInput.parse(makeStory()),
        title: "Migration (2020) * _v2_ | #1",
        headline: "",
        situation: "# not a heading\n- not a list\n1. not numbered\n<b>not html</b> & &amp; `code`",
        task: '"Quoted whole"',
        refined: "“Already quoted” and more",
        questions: ['"Why?"', "Plain [link](http://x.test) and **stars**"],
        coachingNotes: ["“A quoted note”", "A plain note"],
        hooks: ["Line one\nline two"],
        delivery: { pacing: "Slow: then fast", tone: "", keyWords: ["a, b", "c"] },
        followUps: [{ question: "If asked about scope", answer: "It was *big*." }],
        analysis: [
          { section: "Impact", question: "What changed?", answer: "" },
          { section: "Impact", question: "Why?", answer: "Because\n\nof reasons" },
        ],
        values: [
          { valueSetId: "stripe-2025", valueKey: "humble" },
          { valueSetId: "staff-plus", valueKey: "metrics" },
          { valueSetId: "vst_gone", valueKey: "grit" },
        ],
        connections: [{ company: "Acme", text: "Same scale" }],
        progress: {
          drafted: true,
          analyzed: false,
          refined: true,
          timedSeconds: 61,
          practiceCount: 12,
          lastPracticedAt: "2025-06-01T10:00:00.000Z",
        },
      }),
    );
    const markdown = toMarkdown([story], builtIns);
    expect(contents(markdown)).toEqual([story]);
  });
});
