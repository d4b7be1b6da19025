import { readFileSync } from "node:fs";
import { checkStory, checksTable, storyRules } from "@storybank/core/check";
import type * as Story from "@storybank/core/story";
import { describe, expect, it } from "vitest";
import { factsOf } from "../src/check/facts.ts";
import { readmeChecks } from "../src/check/readme.ts";
import { fixtureStory } from "../../../tests/fixtures/index.ts";
import { storyInfo, targetInfo } from "./support/factories.ts";

const words = (n: number, word = "word") => Array(n).fill(word).join(" ");
const empty = storyInfo({ title: "Empty" });
/** A fixture as written from the four-stories template: a telling, no STAR sections. */
const told = (key: string, overrides: Partial<Story.Info> = {}) =>
  fixtureStory(key, {
    headline: "",
    situation: "",
    task: "",
    actions: [],
    results: [],
    lessons: "",
    differently: "",
    takeaway: "",
    draft: "",
    analysis: [],
    ...overrides,
  });
const scene = Array.from(
  { length: 6 },
  (_, i) => `The booking platform had grown over many years and part ${i} of it was slow.`,
).join(" ");

/** For each rule, in table order: a story that breaks it (and a target, for the connection). */
const breaking: [Story.Info, string?][] = [
  [empty],
  [storyInfo({ situation: "One sentence only." })],
  [empty],
  [storyInfo({ task: "First. Second. Third." })],
  [empty],
  [storyInfo({ actions: [{ points: ["a", "b"] }] })],
  [empty],
  [storyInfo({ results: [{ points: ["Up 5%"] }] })],
  [storyInfo({ results: [{ points: ["It got better"] }] })],
  [empty],
  [storyInfo({ headline: "A good result" })],
  [empty],
  [storyInfo({ draft: "Short draft." })],
  [empty],
  [storyInfo({ refined: words(200) })],
  [storyInfo({ refined: "Too short." })],
  [storyInfo({ actions: [{ points: [words(900, "step")] }] })],
  [storyInfo({ situation: "One sentence only." })],
  [storyInfo({ situation: `${words(80, "context")}.`, actions: [{ points: ["Did one thing"] }] })],
  [storyInfo({ situation: "We did it. We won. We shipped." })],
  [storyInfo({ task: "Own it by [Date], TODO" })],
  [told("stripe-risk")],
  [
    told("stripe-risk", {
      refined:
        "At Skylark Travel some bookings charged customers twice. I proposed fixing it during peak. I threaded idempotency keys through every adapter. By the end, duplicate charges were rare and conversion held.",
    }),
  ],
  [
    fixtureStory("stripe-risk", {
      situation: "",
      task: "",
      actions: [],
      results: [],
      refined:
        "At Skylark Travel some bookings charged customers more than once. I proposed fixing it during peak. I threaded idempotency keys through every adapter. By the end, duplicates were rare and conversion held.",
    }),
  ],
  [told("stripe-risk", { refined: `${scene} I proposed a fix. I shipped it behind a flag.` })],
  [empty],
  [fixtureStory("stripe-risk"), "Netflix"],
  [storyInfo({}, { progress: { ...empty.progress, timedSeconds: 75 } })],
  [empty],
];

describe("the story check's rule table", () => {
  it("holds 29 rules over 27 codes, each code with one severity", () => {
    expect(storyRules).toHaveLength(29);
    expect(new Set(storyRules.map((r) => r.code)).size).toBe(27);
    expect(breaking).toHaveLength(storyRules.length);
    const table = checksTable();
    expect(table.split("\n")).toHaveLength(2 + 27);
  });

  storyRules.forEach((rule, i) => {
    it(`${rule.code} (rule ${i + 1}) is found in a story made to break it`, () => {
      const [story, company] = breaking[i]!;
      const target = company ? targetInfo({ company }) : undefined;
      expect(rule.test(factsOf(story, 150, target))).not.toEqual(false);
      expect(rule.test(factsOf(story, 150, target))).not.toEqual([]);
      const finding = checkStory(story, target ? { target } : {}).findings.find(
        (f) => f.code === rule.code,
      );
      expect(finding).toMatchObject({ severity: rule.severity });
      expect(finding!.message.length).toBeGreaterThan(10);
    });
  });

  it("finds in the practiced Stripe risk story only its missing headline and short telling", () => {
    const story = fixtureStory("stripe-risk", {
      progress: { ...empty.progress, practiceCount: 5 },
    });
    const facts = factsOf(story, 150, targetInfo());
    const broken = storyRules.filter((rule) => {
      const result = rule.test(facts);
      return result === true || (Array.isArray(result) && result.length > 0);
    });
    expect(broken.map((r) => r.code)).toEqual(["headline_missing", "full_too_short"]);
  });

  it("says the limits it applies in the table", () => {
    const row = (code: string) =>
      checksTable()
        .split("\n")
        .find((l) => l.includes(`\`${code}\``));
    expect(row("situation_length")).toContain("2–3 sentences");
    expect(row("refined_too_long")).toContain("over 60 s");
    expect(row("full_too_long")).toContain("over 5 minutes");
    expect(row("background_heavy")).toContain("over 30%");
  });

  it("lists errors first, then warnings, then notes", () => {
    const severities = checksTable()
      .split("\n")
      .slice(2)
      .map((line) => ["error", "warning", "info"].indexOf(line.split(" | ")[1]!));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(severities[0]).toBe(0);
  });

  it("refuses two rules of one code with different severities", () => {
    const [rule] = storyRules;
    expect(() => checksTable([rule!, { ...rule!, severity: "info" }])).toThrow(/severity/);
  });
});

describe("the table of checks in docs/tailoring.md", () => {
  it("is the table the rules make (regenerate: npx tsx packages/core/scripts/checks-table.ts)", () => {
    const readme = readFileSync(new URL("../../../docs/tailoring.md", import.meta.url), "utf8");
    expect(readmeChecks.read(readme)).toBe(checksTable());
  });

  it("is replaced between its markers, the rest of the page kept", () => {
    const readme = `# Title\n\n${readmeChecks.start}\n| old |\n${readmeChecks.end}\n\nAfter.\n`;
    const replaced = readmeChecks.replace(readme, "| new |");
    expect(replaced).toBe(
      `# Title\n\n${readmeChecks.start}\n| new |\n${readmeChecks.end}\n\nAfter.\n`,
    );
    expect(readmeChecks.read(replaced)).toBe("| new |");
    expect(() => readmeChecks.read("# No markers")).toThrow(/checks-table/);
  });
});
