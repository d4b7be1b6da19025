import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";

/**
 * The kinds of story document people vary most, each as a small document in a form the blind
 * documents do not use: heading meta, meta lines, question-first answers, asides, group
 * headings, labels in other languages, one-line question lists, outlines and ruled stories.
 */

const read = (text: string) => readMarkdown(text, builtIns);
const inputs = (text: string) => read(text).stories.map((s) => s.input);

describe("company and year carried by a heading", () => {
  it.each([
    ["## Fixing the queue | Brightline", "Fixing the queue", "Brightline", undefined],
    ["## Fixing the queue (2021)", "Fixing the queue", undefined, "2021"],
    ["## Fixing the queue - Brightline Labs, 2020", "Fixing the queue", "Brightline Labs", "2020"],
    [
      "## Story 4 — Fixing the queue (Brightline, 2019–2021)",
      "Fixing the queue",
      "Brightline",
      "2019–2021",
    ],
    ["## 2) Fixing the queue (Brightline)", "Fixing the queue", "Brightline", undefined],
    ["## Ownership — The Cron Jobs", "Ownership — The Cron Jobs", undefined, undefined],
    ["## Scaling - the hard way", "Scaling - the hard way", undefined, undefined],
  ])("%s", (heading, title, company, period) => {
    const [story] = inputs(`${heading}\n\n**Situation:** The queue was slow.\n`);
    expect(story!.title).toBe(title);
    expect(story!.context?.company).toBe(company);
    expect(story!.context?.period).toBe(period);
  });

  it("keeps a headline number in brackets as the headline", () => {
    const [story] = inputs("## Fixing the queue ($40K saved)\n\n**Situation:** Slow.\n");
    expect(story).toMatchObject({ title: "Fixing the queue", headline: "$40K saved" });
  });

  it("reads a meta line under the heading", () => {
    const [story] = inputs(
      "## Fixing the queue\n\n_Brightline Labs, platform lead, 2022_\n\n**Situation:** Slow.\n",
    );
    expect(story!.context).toEqual({
      company: "Brightline Labs",
      role: "platform lead",
      period: "2022",
    });
  });
});

describe("questions", () => {
  it("splits questions written on one line", () => {
    const [story] = inputs(
      "## A\n\n**Use for:** Tell me about a conflict. / Describe a hard call you made.\n\n**Situation:** x\n",
    );
    expect(story!.questions).toEqual([
      "Tell me about a conflict.",
      "Describe a hard call you made.",
    ]);
  });

  it("reads one story per '### Q:' heading, its 'A:' prose the draft", () => {
    const stories = inputs(
      [
        "# My answers",
        "### Q: Tell me about a time you failed.",
        "A: I shipped a migration without a rollback and lost a day of orders.",
        "### Q: Describe a time you led without authority.",
        "A: I got three teams onto one cluster by running it myself first.",
      ].join("\n\n"),
    );
    expect(stories.map((s) => s.questions)).toEqual([
      ["Tell me about a time you failed."],
      ["Describe a time you led without authority."],
    ]);
    expect(stories[0]!.draft).toContain("without a rollback");
    expect(stories[1]!.actions).toBeUndefined();
  });
});

describe("parts that are no story", () => {
  it("reports trailing sections and lines instead of making stories of them", () => {
    const result = read(
      [
        "## Fixing the queue",
        "**Situation:** Slow.",
        "**Result:** Fast.",
        "## Further reading",
        "- A book about queues",
        "Notes to self:",
        "- practise out loud",
      ].join("\n\n"),
    );
    expect(result.stories.map((s) => s.input.title)).toEqual(["Fixing the queue"]);
    const reported = result.warnings.map((w) => w.text ?? "").join("\n");
    expect(reported).toContain("A book about queues");
    expect(reported).toContain("practise out loud");
  });
});

describe("group headings", () => {
  it("tags each story under one of several competency headings", () => {
    const stories = inputs(
      [
        "## Conflict",
        "### The API argument",
        "**Situation:** Two teams disagreed.",
        "## Growth",
        "### Learning Go",
        "**Situation:** New stack.",
      ].join("\n\n"),
    );
    expect(stories.map((s) => s.tags)).toEqual([["Conflict"], ["Growth"]]);
  });
});

describe("labels in other languages", () => {
  it("reads Portuguese and Dutch STAR labels", () => {
    const [pt, nl] = inputs(
      [
        "## Migração",
        "**Situação:** O sistema caía.",
        "**Tarefa:** Estabilizar.",
        "**Ação:** Reescrevi o cache.",
        "**Resultado:** Zero quedas.",
        "## Migratie",
        "**Situatie:** Het systeem viel uit.",
        "**Taak:** Stabiliseren.",
        "**Actie:** Cache herschreven.",
        "**Resultaat:** Geen storingen.",
      ].join("\n\n"),
    );
    expect(pt).toMatchObject({ situation: "O sistema caía.", task: "Estabilizar." });
    expect(pt!.results).toEqual([{ points: ["Zero quedas."] }]);
    expect(nl).toMatchObject({ situation: "Het systeem viel uit.", task: "Stabiliseren." });
    expect(nl!.actions).toEqual([{ points: ["Cache herschreven."] }]);
  });
});

describe("stories without headings", () => {
  it("reads bold titles between rules as stories and reports code cells", () => {
    const result = read(
      [
        "---",
        "**The cache incident**",
        "*Situation* — The cache fell over.",
        "*Result* — Back in ten minutes.",
        "```python\nprint(len(story))\n```",
        "---",
        "**The hiring push**",
        "*Situation* — We had to hire six.",
        "---",
      ].join("\n\n"),
    );
    expect(result.stories.map((s) => s.input.title)).toEqual([
      "The cache incident",
      "The hiring push",
    ]);
    expect(result.warnings.some((w) => (w.text ?? "").includes("print(len(story))"))).toBe(true);
  });

  it("reads an outline with one headed block per story", () => {
    const [story] = inputs(
      [
        "- intro bullet",
        "- ## The cache incident",
        "  company:: Brightline",
        "\t- Situation",
        "\t\t- The cache fell over.",
        "\t- Result",
        "\t\t- Back in ten minutes.",
      ].join("\n"),
    );
    expect(story).toMatchObject({
      title: "The cache incident",
      context: { company: "Brightline" },
    });
    expect(story!.situation).toContain("The cache fell over.");
    expect(story!.results).toEqual([{ points: ["Back in ten minutes."] }]);
  });
});

describe("question maps", () => {
  it("links a question to every story a cell names by title", () => {
    const stories = inputs(
      [
        "## The returns flow",
        "**Situation:** Slow refunds.",
        "## The allergy filter",
        "**Situation:** Wool in the spec sheet.",
        "## Question map",
        "| Question | Story |\n|---|---|\n| Tell me about a customer you helped. | Returns flow / Allergy filter |",
      ].join("\n\n"),
    );
    expect(stories.map((s) => s.questions)).toEqual([
      ["Tell me about a customer you helped."],
      ["Tell me about a customer you helped."],
    ]);
  });
});

describe("story tables", () => {
  it("reports a TODO row instead of making a story of it", () => {
    const result = read(
      [
        "| Story | Situation | Task | Action | Result |",
        "|---|---|---|---|---|",
        "| Cache incident | The cache fell over. | Restore it. | Rolled back. | Ten minutes. |",
        "| TODO: the hiring story | | | | |",
      ].join("\n"),
    );
    expect(result.stories.map((s) => s.input.title)).toEqual(["Cache incident"]);
    expect(result.warnings.some((w) => (w.text ?? "").includes("the hiring story"))).toBe(true);
  });
});

describe("prose stories between rules", () => {
  it("reads each bold title after a rule as a story when the document is laid out that way", () => {
    const result = read(
      [
        "# My stories",
        "---",
        "**The cache incident**",
        "The cache fell over at noon and I rolled it back in ten minutes.",
        "---",
        "**The hiring push**",
        "We had to hire six engineers in a quarter, so I ran the loops myself.",
        "---",
        "**TL;DR:** practise.",
      ].join("\n\n"),
    );
    expect(result.stories.map((s) => [s.input.title, s.input.draft])).toEqual([
      ["The cache incident", "The cache fell over at noon and I rolled it back in ten minutes."],
      ["The hiring push", "We had to hire six engineers in a quarter, so I ran the loops myself."],
    ]);
    expect(result.warnings.some((w) => (w.text ?? "").includes("practise"))).toBe(true);
  });
});

describe("notes after an answer written without labels", () => {
  it("keeps 'Use carefully:' and 'Talking time:' lines in notes, not in the answer", () => {
    const [story] = inputs(
      [
        "## Tell me about a time you disagreed with your manager",
        "",
        "My manager wanted to ship on Friday. I showed him the error budget; we moved the launch.",
        "",
        "Use carefully: don't blame the vendor.",
        "",
        "Talking time: 50 seconds",
        "",
      ].join("\n"),
    );
    expect(story?.draft).toBe(
      "My manager wanted to ship on Friday. I showed him the error budget; we moved the launch.",
    );
    expect(story?.notes).toBe("Use carefully: don't blame the vendor.\n\nTalking time: 50 seconds");
    expect(story?.questions).toEqual(["Tell me about a time you disagreed with your manager"]);
  });
});
