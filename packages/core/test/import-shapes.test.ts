import { readMarkdown } from "@storybank/core/importer";
import { CreateInput } from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { unaccountedLines } from "./support/line-accounting.ts";

const read = (text: string) => readMarkdown(text, builtIns);
const inputs = (text: string) => read(text).stories.map((s) => s.input);

describe("limits a real document can hit", () => {
  const long = Array.from({ length: 150 }, (_, i) => `Sentence ${i} about the migration.`).join(
    " ",
  );
  const doc = [
    "## Story 1: Too much of everything",
    `**Tags:** ${Array.from({ length: 25 }, (_, i) => `#t${i}`).join(" ")}`,
    `**Situation:** ${long}`,
    "**Action:**",
    ...Array.from({ length: 15 }, (_, i) => `- Step ${i}`),
    "## Story 2: Fine",
    "**Situation:** Small.",
  ].join("\n");

  it("imports every story, moving what does not fit into notes and saying so", () => {
    const result = read(doc);
    const [big, fine] = result.stories.map((s) => s.input);
    expect(result.stories).toHaveLength(2);
    for (const input of [big, fine]) expect(CreateInput.safeParse(input).success).toBe(true);
    expect(big?.tags).toHaveLength(20);
    expect(big?.notes).toContain("Tags: t20");
    expect(big?.notes).toContain("Situation: Sentence 0");
    expect(big?.actions?.flatMap((s) => s.points)).toHaveLength(15);
    expect(big?.actions?.every((s) => s.points.length <= 12)).toBe(true);
    expect(fine?.situation).toBe("Small.");
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Story "Too much of everything": 6 part/),
    ]);
  });
});

describe("shapes beyond the published examples", () => {
  it("reads a story matrix, one story per row, points split at <br>", () => {
    const [cache, cheat] = inputs(
      [
        "| Story | Company | Situation | Action | Result |",
        "|---|---|---|---|---|",
        "| Cache stampede | Fernhill | Midnight load | Jitter<br>Locks | p99 9 s → 300 ms |",
        "| Cheat reports | Fernhill | A spreadsheet | A queue | Triage in a day |",
      ].join("\n"),
    );
    expect(cache).toMatchObject({
      title: "Cache stampede",
      context: { company: "Fernhill" },
      situation: "Midnight load",
      actions: [{ points: ["Jitter", "Locks"] }],
      results: [{ points: ["p99 9 s → 300 ms"] }],
    });
    expect(cheat?.title).toBe("Cheat reports");
  });

  it("reads Q: / A: pairs as stories with the answer as the free write", () => {
    const stories = inputs(
      [
        "Notes from my mock loop.",
        "",
        "Q: Tell me about a failure.",
        "A: I shipped a migration without a rollback.",
        "",
        "Q: Why do you want this job?",
        "",
        "A: The team builds what I use.",
      ].join("\n"),
    );
    expect(stories).toEqual([
      {
        title: "Tell me about a failure.",
        kind: "failure",
        questions: ["Tell me about a failure."],
        draft: "I shipped a migration without a rollback.",
      },
      {
        title: "Why do you want this job?",
        questions: ["Why do you want this job?"],
        draft: "The team builds what I use.",
      },
    ]);
  });

  it("reads CAR and PAR letters and labels inside a code fence", () => {
    const [car, fenced] = inputs(
      [
        "## Quick win",
        "C: Builds were slow.",
        "A: I cached the dependencies.",
        "R: Builds took half the time.",
        "",
        "## Fenced",
        "```",
        "Problem: The queue stalled.",
        "Action: I added a dead-letter queue.",
        "Result: No stalls since.",
        "```",
      ].join("\n"),
    );
    expect(car).toMatchObject({
      situation: "Builds were slow.",
      actions: [{ points: ["I cached the dependencies."] }],
      results: [{ points: ["Builds took half the time."] }],
    });
    expect(fenced).toMatchObject({
      title: "Fenced",
      situation: "The queue stalled.",
      results: [{ points: ["No stalls since."] }],
    });
  });

  it("keeps a line the export escaped as prose, not a label", () => {
    const [story] = inputs(
      ["## Story 1: A", "", "**Situation:**", "", "&#84;ask: part of the situation"].join("\n"),
    );
    expect(story).toEqual({ title: "A", situation: "Task: part of the situation" });
  });

  it("maps each source line to the field it went to", () => {
    const text = [
      "## Story 1: Mapped (Acme)",
      "**Situation:** S.",
      "**Use carefully:** Only for infra roles.",
      "**Action:**",
      "- One",
      "- Two",
    ].join("\n");
    const result = read(text);
    expect(result.stories[0]!.lines).toEqual([
      { from: 1, to: 1, field: "title" },
      { from: 2, to: 2, field: "situation" },
      { from: 3, to: 3, field: "notes" },
      { from: 4, to: 6, field: "actions" },
    ]);
    expect(unaccountedLines(text, result)).toEqual([]);
  });
});

describe("a mock-interview transcript with lead-ins before the prompts", () => {
  const text = readFileSync(
    new URL("./import-fixtures/practice-call-transcript.md", import.meta.url),
    "utf8",
  );

  it("opens a story at each prompt, with the follow-up and its answer kept", () => {
    const [first, second] = inputs(text);
    expect(inputs(text)).toHaveLength(2);
    expect(first?.questions).toEqual([
      "Walk me through a time you had to deliver bad news to a customer.",
    ]);
    expect(first?.followUps).toEqual([
      { question: "How did she take it?", answer: "Badly at first, but she renewed in January." },
    ]);
    expect(second?.title).toBe("Tell me about a time you changed a process nobody wanted changed.");
    expect(second?.draft).toContain("cycle counting a fifth of the shelves");
    expect(second?.notes).toContain("Thanks. Now,");
  });
});
