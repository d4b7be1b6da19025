import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readMarkdown } from "@storybank/core/importer";
import * as Story from "@storybank/core/story";
import { tailor } from "@storybank/core/tailoring";
import type * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { fixtureKeys, fixtureStory } from "../../../tests/fixtures/index.ts";

/**
 * The four-power-stories template in its Netflix shape (drafts, refined tellings and analysis
 * answers, no STAR sections), imported and tailored to the built-in `netflix-2024` beside the
 * rest of a bank (the Stripe and Staff+ fixture stories, one of them an incident story).
 */
const netflix = ValueSet.builtIns.find((set) => set.id === "netflix-2024")!;
const document = readFileSync(
  join(import.meta.dirname, "tailoring-fixtures", "four-power-stories-netflix.md"),
  "utf8",
);
const at = "2026-01-01T00:00:00.000Z";

function importedBank(keepLinks: boolean): Story.Info[] {
  const { stories } = readMarkdown(document, [netflix]);
  const imported = stories.map(({ input }, i) => ({
    id: `sty_netflix-${i + 1}`,
    ...Story.applyChange(Story.emptyContent(input.title), {
      ...input,
      values: keepLinks ? input.values : [],
    }),
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
  return [...imported, ...fixtureKeys.map((key) => fixtureStory(key))];
}

const questions = [
  "Tell me about a time you disagreed with your manager",
  "Tell me about a time you had to learn something quickly",
];

const target: Target.Info = {
  id: "tgt_netflix",
  company: "Netflix",
  role: "Senior software engineer",
  valueSetIds: ["netflix-2024"],
  interviewDate: null,
  questions,
  notes: "",
  told: [],
  version: 1,
  createdAt: at,
  updatedAt: at,
};

const [risk, conflict, learning, team] = [1, 2, 3, 4].map((n) => `sty_netflix-${n}`);

describe("the Netflix four-stories template, imported and tailored to netflix-2024", () => {
  it("resolves every value name the candidate wrote through names and aliases", () => {
    const { stories } = readMarkdown(document, [netflix]);
    expect(stories.map((s) => s.input.values?.map((v) => v.valueKey))).toEqual([
      ["uncomfortably-exciting", "courage"],
      ["communication", "courage"],
      ["curiosity", "great-and-always-better"],
      ["dream-team", "selflessness", "innovation"],
    ]);
  });

  it("selects the stories written for Netflix and maps the questions to them", () => {
    const t = tailor({ target, valueSets: [netflix], stories: importedBank(true) });
    expect(t.selected).toEqual(expect.arrayContaining([risk, conflict, learning, team]));
    expect(t.questions.slice(0, 2)).toEqual([
      { question: questions[0], storyId: conflict, source: "target" },
      { question: questions[1], storyId: learning, source: "target" },
    ]);
    const best = (key: string) => t.values.find((v) => v.valueKey === key)!.best!;
    expect(best("curiosity").storyId).toBe(learning);
    expect(best("curiosity").reasons[0]).toBe("linked to netflix-2024/curiosity");
    expect(best("uncomfortably-exciting").storyId).toBe(risk);
  });

  it("finds the same stories by meaning when the links are left out", () => {
    const t = tailor({ target, valueSets: [netflix], stories: importedBank(false) });
    expect(t.questions.slice(0, 2).map((q) => q.storyId)).toEqual([conflict, learning]);
    const best = (key: string) => t.values.find((v) => v.valueKey === key)!.best!;
    expect(best("curiosity").storyId).toBe(learning);
    expect(best("uncomfortably-exciting").storyId).toBe(risk);
    // The Staff+ story of building a platform team is a Dream Team story too.
    expect([team, "sty_staff-platform-team"]).toContain(best("dream-team").storyId);
    for (const reason of best("curiosity").reasons.filter((r) => !r.startsWith("kind"))) {
      expect(reason).toMatch(/^[^:]+: value ".+" ~ story ".+" \([a-zA-Z]+\)$/);
    }
  });
});
