import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import * as Bank from "@storybank/core/bank";
import type { Db } from "@storybank/core/db";
import { readMarkdown } from "@storybank/core/importer";
import * as Story from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";
import { hostileBank } from "./support/hostile-stories.ts";

/** What importing a document into an empty bank gives: each story's complete content. */
const contents = (markdown: string) =>
  readMarkdown(markdown, builtIns).stories.map((s) =>
    Story.StoryContent.parse(Story.applyChange(Story.emptyContent(s.input.title), s.input)),
  );

const story = (fields: Partial<Story.StoryContent>) =>
  Story.StoryContent.parse({ ...Story.emptyContent(fields.title ?? "A story"), ...fields });

const roundTrip = (stories: Story.StoryContent[]) => {
  const markdown = Bank.toMarkdown(stories, builtIns);
  return { markdown, back: contents(markdown) };
};

const verbatimBlocks = (markdown: string) => markdown.match(/^`{3,}storybank-/gm)?.length ?? 0;

describe("Markdown export reads back to the same stories", () => {
  it("for 100 generated banks with hostile text in every field", { timeout: 300_000 }, () => {
    let banks = 0;
    fc.assert(
      fc.property(hostileBank, (stories) => {
        banks++;
        expect(roundTrip(stories).back).toEqual(stories);
      }),
      { numRuns: 100, seed: 12 },
    );
    expect(banks).toBe(100);
  });

  it.each([
    ["prose that starts with a label", { situation: "Task: keep the lights on.", task: "S: x" }],
    ["a bold label in prose", { situation: "**Action:** I rewrote the pager.\n**Result:** calm" }],
    ["a label alone on a line", { lessons: "Situation\nwas not what it seemed" }],
    ["tags holding commas", { tags: ["Data, platform", "Performance; scale", "plain"] }],
    [
      "a follow-up question holding colons",
      { followUps: [{ question: "Q: what about cost: really?", answer: "A: it fell 12%." }] },
    ],
    ["blank lines kept", { draft: "First.\n\n\n\nAfter three blank lines." }],
    ["leading and trailing spaces", { task: "  indented\n\ttabbed\ntrailing   " }],
    [
      "Markdown-looking characters",
      { situation: "# h\n> q\n| a | b |\n`tick` ``` <details><summary>x</summary> <b>y</b> * _" },
    ],
    ["emoji, CJK and right-to-left text", { refined: "🚀 中文故事 עברית العربية e\u0301" }],
    ["text that looks mis-decoded", { lessons: "The file said â€™ where it meant ’." }],
    ["control characters", { notes: "bell \u0007 and escape \u001b" }],
    ["the notes field", { notes: "Use carefully: only with peers.\n\nTalking time: 4 min" }],
    [
      "a headline and a title in brackets",
      { title: "Migration (2020)", headline: "Cost (down 12%)" },
    ],
  ])("for %s", (_name, fields) => {
    const stories = [story(fields), story({ title: "Second", situation: "Plain." })];
    const { back } = roundTrip(stories);
    expect(back).toEqual(stories);
  });

  it("writes ordinary stories as prose, without verbatim blocks", () => {
    const fixture = readFileSync(
      new URL("./import-fixtures/staff-star-stories.md", import.meta.url),
      "utf8",
    );
    const stories = contents(fixture);
    const { markdown, back } = roundTrip(stories);
    expect(back).toEqual(stories);
    expect(verbatimBlocks(markdown)).toBe(0);
  });

  it("exports a bank beyond one import's bounds in parts that each read back", () => {
    const fixture = readFileSync(
      new URL("./import-fixtures/staff-star-stories.md", import.meta.url),
      "utf8",
    );
    const four = contents(fixture);
    const stories = Array.from({ length: 60 }, (_, i) => ({
      ...four[i % 4]!,
      title: `${four[i % 4]!.title} ${i + 1}`,
    }));
    const markdown = Bank.toMarkdown(stories, builtIns);
    expect(() => readMarkdown(markdown, builtIns)).toThrow(/at most/);
    const [body, table] = markdown.split(/^## Your Story Bank Progress\n/m);
    const sections = body!.split(/^(?=## Story \d+: )/m);
    const rows = table!.trim().split("\n");
    for (let from = 0; from < stories.length; from += 10) {
      const part = [
        ...sections.slice(from, from + 10),
        "## Your Story Bank Progress\n\n",
        [rows[0], rows[1], ...rows.slice(2 + from, 12 + from)].join("\n"),
      ].join("");
      expect(contents(part)).toEqual(stories.slice(from, from + 10));
    }
  });

  it("keeps a field as readable verbatim text when prose cannot carry it", () => {
    const { markdown } = roundTrip([story({ draft: "  two\n\n\nblank lines  " })]);
    expect(markdown).toContain("```storybank-text draft\n  two\n\n\nblank lines  \n```");
  });

  it("takes a verbatim block under a story, and leaves a malformed one as text", () => {
    const markdown = [
      "## Story 1: One",
      "**Situation:**",
      "```storybank-text situation\n  kept as is  \n```",
      '```storybank-json tags\n["a, b", "c"]\n```',
      "**Task:**",
      "```storybank-json task\nnot json\n```",
    ].join("\n\n");
    const [one] = readMarkdown(markdown, builtIns).stories;
    expect(one!.input.situation).toBe("  kept as is  ");
    expect(one!.input.tags).toEqual(["a, b", "c"]);
    expect(one!.input.task).toBe("not json");
  });
});

describe("Markdown export imported into the same bank", () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });

  it(
    "is unchanged for every story, twice, for 12 generated banks",
    { timeout: 300_000 },
    async () => {
      let banks = 0;
      await fc.assert(
        fc.asyncProperty(hostileBank, async (stories) => {
          banks++;
          const owner = `owner-${randomUUID()}`;
          for (const content of stories) await Story.create(db, owner, content);
          const before = await Story.all(db, owner);
          const text = await Bank.exportMarkdown(db, owner);
          for (let time = 0; time < 2; time++) {
            const result = await Bank.importDocument(db, owner, {
              format: "markdown",
              text,
              dryRun: false,
            });
            expect(result.stories.map((s) => s.action)).toEqual(stories.map(() => "unchanged"));
          }
          expect(await Story.all(db, owner)).toEqual(before);
        }),
        { numRuns: 12, seed: 12 },
      );
      expect(banks).toBe(12);
    },
  );
});
