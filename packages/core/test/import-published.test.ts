import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";

/**
 * Kinds of published story document (newsletters, forum posts, pasted notes, exports, handouts),
 * each as a small document in a form the held-out documents do not use.
 */

const read = (text: string) => readMarkdown(text, builtIns);
const inputs = (text: string) => read(text).stories.map((s) => s.input);

describe("the employer a story names in its text", () => {
  it("reads 'interned at', 'bei' and a name another story gave, but not a person's team", () => {
    const stories = inputs(
      [
        "## Route planner",
        "",
        "**Situation:** I interned at Harbourline Freight, where routes were planned by hand.",
        "",
        "## Depot tablets",
        "",
        "**Situation:** Harbourline Freight depots still printed their manifests.",
        "",
        "## Ablösung des Altsystems",
        "",
        "**Situation:** Bei Kesselring Bau lief die Abrechnung auf einem Großrechner.",
        "",
        "## New team",
        "",
        "**Situation:** I joined Dana's team as its second engineer.",
        "",
      ].join("\n"),
    );
    expect(stories.map((story) => story.context?.company)).toEqual([
      "Harbourline Freight",
      "Harbourline Freight",
      "Kesselring Bau",
      undefined,
    ]);
  });
});

describe("labels people close without a colon", () => {
  it("reads '**Task –**', '**Résultat.**' and '**Acción :**' as their labels", () => {
    const [story] = inputs(
      [
        "## Night batch",
        "",
        "**Situation –** The batch overran every night.",
        "",
        "**Task –** Make it finish by six.",
        "",
        "**Acción :** Partí el trabajo en lotes.",
        "",
        "**Résultat.** Fini à quatre heures.",
        "",
      ].join("\n"),
    );
    expect(story).toMatchObject({
      situation: "The batch overran every night.",
      task: "Make it finish by six.",
      actions: [{ points: ["Partí el trabajo en lotes."] }],
      results: [{ points: ["Fini à quatre heures."] }],
    });
  });
});

describe("story headings and titles", () => {
  it("reads 'Geschichte 2:' and 'Exemplo 3 —' headings, hashtags and emoji after a title", () => {
    const stories = inputs(
      [
        "## Geschichte 2: Die Migration 🚚",
        "",
        "**Situation:** Alt.",
        "",
        "## Exemplo 3 — O painel #dados #produto",
        "",
        "**Situação:** Ninguém usava o painel.",
        "",
      ].join("\n"),
    );
    expect(stories.map((story) => story.title)).toEqual(["Die Migration", "O painel"]);
    expect(stories[1]!.tags).toEqual(["dados", "produto"]);
  });

  it("reads numbered bold title lines and numbered plain title lines as stories", () => {
    const bold = inputs(
      "**#1 · Search outage**\n\n**S:** Search was down.\n\n**R:** Back in an hour.\n\n" +
        "**#2 · Hiring loop**\n\n**S:** Loops took a month.\n\n**R:** Two weeks.\n",
    );
    expect(bold.map((story) => story.title)).toEqual(["Search outage", "Hiring loop"]);
    const plain = inputs(
      "1) BILLING FIX\n\nSITUATION\nInvoices failed.\n\nRESULT\nNone failed since.\n\n" +
        "========\n\n2) ONBOARDING\n\nSITUATION\nNo docs.\n\nRESULT\nA wiki page.\n",
    );
    expect(plain.map((story) => story.title)).toEqual(["BILLING FIX", "ONBOARDING"]);
    expect(plain[1]!.situation).toBe("No docs.");
  });

  it("reads the title from a 'Story I tell:' line under a question heading", () => {
    const [story] = inputs(
      '## 2. "Describe a time you missed a deadline."\n\n**Story I tell:** *The late audit*\n\n' +
        "We were two weeks late. I told the client early and we kept the contract.\n",
    );
    expect(story).toMatchObject({
      title: "The late audit",
      questions: ["Describe a time you missed a deadline."],
      draft: "We were two weeks late. I told the client early and we kept the contract.",
    });
  });
});

describe("remarks beside a story", () => {
  it("keeps tips, reminders and callouts in notes, and a remark with a story label in its field", () => {
    const [story] = inputs(
      [
        "## Pager diet",
        "",
        "**Result:** Pages fell by 80%.",
        "",
        "> ⚠️ Reminder: check the figure with Sam.",
        "",
        "> 💡 Lesson: fewer alerts, better sleep.",
        "",
        "> [!danger] Do not say",
        "> that the old team was lazy.",
        "",
        "*Note to self: shorten the intro.*",
        "",
      ].join("\n"),
    );
    expect(story!.results).toEqual([{ points: ["Pages fell by 80%."] }]);
    expect(story!.lessons).toBe("fewer alerts, better sleep.");
    expect(story!.notes).toBe(
      "Reminder: check the figure with Sam.\n\nDo not say:\nthat the old team was lazy.\n\n" +
        "Note to self: shorten the intro.",
    );
  });
});

describe("parts that are no story", () => {
  it("reports a method explanation, a contents list of links and a template", () => {
    const result = read(
      [
        "[Story 1: Pager diet](#story-1-pager-diet)  ",
        "[Story 2: Cost review](#story-2-cost-review)",
        "",
        "## The CAR format",
        "",
        "- **Challenge:** what was wrong",
        "- **Action:** what you did",
        "",
        "## Story 1: Pager diet",
        "",
        "**Challenge:** Too many pages.",
        "",
        "## Story 2: Cost review",
        "",
        "**Challenge:** The bill doubled.",
        "",
      ].join("\n"),
    );
    expect(result.stories.map((story) => story.input.title)).toEqual(["Pager diet", "Cost review"]);
    expect(result.warnings.map((warning) => warning.line)).toEqual([1, 4]);
  });
});

describe("lists and lines of labels", () => {
  it("reads 'Good for:' topics as tags and Notion property lines one label each", () => {
    const [story] = inputs(
      "# Cost review\n\nOwner: me\nStatus: Draft\nCompany: Ferrow Labs\n\n" +
        "**Good for:** frugality, ownership\n\n**Situation:** The bill doubled.\n",
    );
    expect(story).toMatchObject({
      context: { company: "Ferrow Labs" },
      tags: ["frugality", "ownership"],
      notes: "Owner: me\n\nStatus: Draft",
    });
    expect(story!.questions).toBeUndefined();
  });

  it("gives a group heading's question list to the one story under it", () => {
    const stories = inputs(
      "## Frugality\n\nQuestions asked:\n\n- Tell me about a time you saved money.\n\n" +
        "### Cost review\n\n**Situation:** The bill doubled.\n\n" +
        "## Ownership\n\n### Pager diet\n\n**Situation:** Too many pages.\n",
    );
    expect(stories.map((story) => story.questions)).toEqual([
      ["Tell me about a time you saved money."],
      undefined,
    ]);
  });

  it("reports a question map's numbering column", () => {
    const result = read(
      "| No. | Question | Story |\n|---|---|---|\n| Q7 | Tell me about a failure. | Cost review |\n\n" +
        "## Cost review\n\n**Situation:** The bill doubled.\n",
    );
    expect(result.stories[0]!.input.questions).toEqual(["Tell me about a failure."]);
    expect(result.warnings.some((warning) => warning.text?.includes("Q7"))).toBe(true);
  });
});

describe("numbered title prefixes", () => {
  it("drops an emoji, a numbering word, its number and a bracket before the title", () => {
    const stories = inputs(
      "## 🚀 Case 2 – Cutting the build time\n\n**Situation:** Builds took an hour.\n\n" +
        "## Example 3 (Spanish) - Un cliente enfadado\n\n**Situation:** El cliente llamó.\n\n" +
        "## Round 4: The pager rota\n\n**Situation:** Too many pages.\n",
    );
    expect(stories.map((story) => story.title)).toEqual([
      "Cutting the build time",
      "Un cliente enfadado",
      "The pager rota",
    ]);
  });
});

describe("guides around the stories", () => {
  it("reports a method overview and a blank template instead of reading them as stories", () => {
    const result = read(
      "## The SOAR framework overview\n\n| Part | Meaning |\n|---|---|\n| S | Situation |\n| O | Objective |\n\n" +
        "## Blank answer template: fill in\n\n**Situation:** _what happened_\n\n**Result:** _what changed_\n\n" +
        "## Cutting the build time\n\n**Situation:** Builds took an hour.\n\n**Result:** Ten minutes.\n",
    );
    expect(result.stories.map((story) => story.input.title)).toEqual(["Cutting the build time"]);
    expect(result.warnings.some((warning) => warning.text?.includes("template"))).toBe(true);
  });
});

describe("labels and prompts in other languages", () => {
  it("reads a letter-dash label and an imperative question without a question mark", () => {
    const [story] = inputs(
      "## Le pipeline\n\n**Questions:**\n\n- Racontez-moi un projet, dont vous êtes fier.\n\n" +
        "**S - Situación:** El despliegue tardaba una hora.\n\n**R - Resultado:** Diez minutos.\n",
    );
    expect(story).toMatchObject({
      questions: ["Racontez-moi un projet, dont vous êtes fier."],
      situation: "El despliegue tardaba una hora.",
      results: [{ points: ["Diez minutos."] }],
    });
  });
});

describe("a company with a remark", () => {
  it("keeps the name as the company and the bracket in notes", () => {
    const [story] = inputs(
      "## Cost review\n\nEmployer: Brill Foods (contract role)\n\n**Situation:** The bill doubled.\n",
    );
    expect(story).toMatchObject({
      context: { company: "Brill Foods" },
      notes: "Brill Foods: contract role",
    });
  });
});
