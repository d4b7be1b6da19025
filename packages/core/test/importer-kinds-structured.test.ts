import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readMarkdown } from "@storybank/core/importer";
import { CreateInput } from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { promptLabel } from "../src/importer/prompts.ts";

/**
 * Stories kept as records rather than as Markdown: a spreadsheet range pasted as tab-separated
 * text or a CSV export, a form's responses copied as text, and `gh issue view` output of issues
 * filed through an issue form. Each document in `import-fixtures/kinds/` has an
 * `.expected.json` beside it: the stories in order with their titles, companies, questions and
 * fragments that must land in named fields. Every word of every source line must be stored or
 * named in the report, and every non-blank line must lie in a story's line map or a warning's
 * lines.
 */

const dir = fileURLToPath(new URL("./import-fixtures/kinds/", import.meta.url));

interface Expected {
  shape: string;
  stories: {
    title: string;
    company?: string;
    questions?: string[];
    fields: Record<string, string[]>;
  }[];
}

const documents = readdirSync(dir)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(dir + name, "utf8"),
    expected: JSON.parse(
      readFileSync(dir + name.replace(/\.md$/, ".expected.json"), "utf8"),
    ) as Expected,
  }));

const read = (text: string) => readMarkdown(text, builtIns);

/** Words: "4.1", "3,400" and "don't" whole; CSV cells ("Corvid Freight,Data") apart. */
const words = (text: string): string[] =>
  text
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .replace(/,(?=\D)/g, ", ")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu) ?? [];

const loose = (text: string) =>
  text.normalize("NFKC").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

const strings = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
};

/** The texts of one field of a stored story. */
function fieldTexts(input: Record<string, unknown>, field: string): string[] {
  const value = input[field];
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (field === "actions" || field === "results")
    return (value as { points: string[] }[]).flatMap((section) => section.points);
  return (value as unknown[]).filter((item): item is string => typeof item === "string");
}

/** Words of labels and table headers that need not be stored. */
const labelWords = new Set(
  "situation task action actions result results s t a r story title questions tags notes".split(
    " ",
  ),
);

describe("story records read from documents of each kind", () => {
  it("has a document of each kind", () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  for (const { name, text, expected } of documents) {
    describe(name, () => {
      const result = read(text);
      const stored = result.stories.map((story) => story.input as Record<string, unknown>);

      it("stores valid stories, in order, titled and placed as a reader would", () => {
        for (const input of stored) expect(CreateInput.safeParse(input).success).toBe(true);
        expect(stored.map((input) => input.title)).toEqual(
          expected.stories.map((story) => story.title),
        );
        expected.stories.forEach((want, index) => {
          const input = stored[index]!;
          const context = input.context as { company?: string } | undefined;
          if (want.company !== undefined) expect(context?.company).toBe(want.company);
          if (want.questions !== undefined) expect(input.questions).toEqual(want.questions);
          for (const [field, fragments] of Object.entries(want.fields)) {
            const texts = fieldTexts(input, field).map(loose);
            for (const fragment of fragments)
              expect(
                texts.some((t) => t.includes(loose(fragment))),
                `${field}: ${fragment}`,
              ).toBe(true);
          }
        });
      });

      it("loses no line: every word is stored or reported", () => {
        const kept = new Set(
          [
            ...stored.flatMap(strings),
            ...result.warnings.flatMap((w) => [w.message, w.text ?? ""]),
          ].flatMap(words),
        );
        const lost = text.split(/\r?\n/).flatMap((line, index) =>
          words(line)
            .filter((word) => !labelWords.has(word) && !kept.has(word))
            .map((word) => `line ${index + 1}: ${word}`),
        );
        expect(lost).toEqual([]);
      });

      it("maps every line to a story's field or to the report", () => {
        const covered = new Set<number>();
        for (const story of result.stories)
          for (const span of story.lines)
            for (let line = span.from; line <= span.to; line++) covered.add(line);
        for (const warning of result.warnings)
          for (let line = warning.line; line <= warning.endLine; line++) covered.add(line);
        const open = text
          .split(/\r?\n/)
          .flatMap((line, index) =>
            line.trim() !== "" && !/^\s*(?:```|~~~)/.test(line) && !covered.has(index + 1)
              ? [index + 1]
              : [],
          );
        expect(open).toEqual([]);
      });
    });
  }
});

describe("pasted tables", () => {
  const tsv = [
    "Title\tSituation\tAction\tResult",
    "Queue rewrite\tThe queue dropped jobs.\tRewrote the consumer; added retries\tNo drops since.",
    "",
  ].join("\n");

  it("reads a tab-separated range with a header row, one story a row", () => {
    const [story] = read(tsv).stories.map((s) => s.input);
    expect(story).toMatchObject({ title: "Queue rewrite", situation: "The queue dropped jobs." });
    expect(story!.actions![0]!.points).toEqual(["Rewrote the consumer", "added retries"]);
  });

  it("maps each cell's lines to its field", () => {
    const text = [
      "Title\tSituation\tAction\tResult",
      'Queue rewrite\t"The queue',
      'dropped jobs."\tRewrote it\tNo drops.',
    ].join("\n");
    const [story] = read(text).stories;
    expect(story!.lines).toEqual(
      expect.arrayContaining([
        { from: 2, to: 2, field: "title" },
        { from: 2, to: 3, field: "situation" },
        { from: 3, to: 3, field: "actions" },
      ]),
    );
  });

  it("leaves prose with commas and tab-separated text without story columns alone", () => {
    const prose = "I used STAR, as always, then wrote it up.\n\nSituation: the build broke.\n";
    expect(read(prose).warnings.some((w) => w.message.startsWith("Read as a story table"))).toBe(
      false,
    );
    const list = "14\tOPEN\tPushed back on a launch\tconflict\n12\tOPEN\tRolled back\tincident\n";
    expect(read(list).warnings.some((w) => w.message.startsWith("Read as a story table"))).toBe(
      false,
    );
  });

  it("ends a CSV table at the first line with another number of cells", () => {
    const text = [
      "Story,Situation,Action,Result",
      "Queue,It broke.,Fixed it,Works",
      "Still to do, the cache story",
    ].join("\n");
    const result = read(text);
    expect(result.stories.map((s) => s.input.title)).toEqual(["Queue"]);
    expect(result.warnings.map((w) => w.text ?? "").join("\n")).toContain("the cache story");
  });

  it("splits ';' steps in a Markdown table's Action cell the same way", () => {
    const text = [
      "| Story | Situation | Action | Result |",
      "| --- | --- | --- | --- |",
      "| Queue | It broke. | Traced the drops; rewrote the consumer | Works |",
    ].join("\n");
    const [story] = read(text).stories.map((s) => s.input);
    expect(story!.actions![0]!.points).toEqual(["Traced the drops", "rewrote the consumer"]);
  });
});

describe("form responses", () => {
  it("reads a single response, its questions told by the question marks", () => {
    const text = [
      "Response 1 of 1",
      "",
      "What should we call this story?",
      "The midnight rollback",
      "",
      "Where were you working?",
      "Harbourline",
      "",
      "What was going on?",
      "A deploy broke checkout.",
      "",
      "What did you do about it?",
      "Rolled back within five minutes.",
      "",
      "How did it turn out?",
      "Checkout recovered; we added a canary.",
    ].join("\n");
    const [story] = read(text).stories.map((s) => s.input);
    expect(story).toMatchObject({
      title: "The midnight rollback",
      context: { company: "Harbourline" },
      situation: "A deploy broke checkout.",
    });
    expect(story!.actions![0]!.points).toEqual(["Rolled back within five minutes."]);
  });

  it("reads prompts as the labels they stand for", () => {
    expect(
      [
        "What was going on? (Situation) *",
        "What did you actually do? *",
        "Story name *",
        "Anything else? (delivery notes, things to avoid)",
        "Which interview questions could this story answer?",
        "How did it end?",
        "What did you need to achieve?",
        "Give your story a short name",
        "Employer",
      ].map(promptLabel),
    ).toEqual([
      "Situation",
      "What did you actually do?",
      "Story name",
      "Notes",
      "Which interview questions could this story answer?",
      "Result",
      "Task",
      "Give your story a short name",
      "Employer",
    ]);
  });
});
