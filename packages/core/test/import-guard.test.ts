import { readFileSync, readdirSync } from "node:fs";
import { toMarkdown } from "@storybank/core/bank";
import { AppError } from "@storybank/core/error";
import { readMarkdown } from "@storybank/core/importer";
import * as Story from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { backtickScan, guardMarkdown } from "../src/importer/guard.ts";
import { costlyShapes } from "./support/costly-markdown.ts";

/** The guard's verdict on a text: "ok", or the kind and message it fails with. */
function verdict(text: string): string {
  try {
    guardMarkdown(text);
    return "ok";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return `${error.kind}: ${error.errors?.[0]?.message ?? error.message}`;
  }
}

const fixtures = new URL("./import-fixtures/", import.meta.url);
const storyDocuments = readdirSync(fixtures, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".md") && !name.endsWith(".expected.md"))
  .map((name) => readFileSync(new URL(name, fixtures), "utf8"));

describe("the Markdown guard", () => {
  it.each(costlyShapes.map((shape) => [shape.name, shape] as const))(
    "accepts %s up to its bound, and refuses it beyond",
    (_name, shape) => {
      expect(verdict(shape.atLimit)).toBe("ok");
      if (shape.beyond) expect(verdict(shape.beyond)).toMatch(/^(validation|too_large): /);
    },
  );

  it("names the bound a document passes", () => {
    const story = "## Story 1: A\n\n";
    expect(verdict(story + "&amp; ".repeat(3_000))).toMatch(/escapes, character references/);
    expect(verdict(story + "] ".repeat(400))).toMatch(/brackets in one paragraph \(line 3\)/);
    const ticks = Array.from({ length: 700 }, (_, i) => "`".repeat(i + 1)).join(" x ");
    expect(verdict(story + ticks)).toMatch(/backtick runs without a closing run/);
    expect(verdict(story + "| a | b |\n".repeat(900))).toMatch(/lines with a "\|"/);
    expect(verdict(story + `|${" c |".repeat(100)}\n`.repeat(50))).toMatch(/"\|" \(table cells\)/);
    const outline = Array.from({ length: 900 }, (_, i) => `${"  ".repeat(i % 12)}- x`);
    expect(verdict(story + outline.join("\n"))).toMatch(/nested lists or quotes/);
    // A spreadsheet's empty row pasted as tabs is blank, not indented text.
    expect(verdict(`${story}Story\tSituation\n${"\t".repeat(12)}\nA\tB`)).toBe("ok");
    expect(verdict(`${story}${"\t".repeat(12)}text`)).toMatch(/Indented more than 24 columns/);
  });

  it("counts the characters scanned for closing backtick runs", () => {
    expect(backtickScan("no ticks")).toBe(0);
    // "`a`" opens at 0 and closes at 2.
    expect(backtickScan("`a` b")).toBe(2);
    // A run with no closing run of its length scans to the end, then the next one is tried.
    expect(backtickScan("`` a ` b")).toBe(8 + 3);
  });

  it("accepts every story document of the fixtures, and every export of them", () => {
    expect(storyDocuments.length).toBeGreaterThanOrEqual(20);
    for (const text of storyDocuments) expect(verdict(text)).toBe("ok");
    for (const text of storyDocuments.slice(0, 6)) {
      const stories = readMarkdown(text, builtIns).stories.map((s) =>
        Story.StoryContent.parse(Story.applyChange(Story.emptyContent(s.input.title), s.input)),
      );
      expect(verdict(toMarkdown(stories, builtIns))).toBe("ok");
    }
  });
});
