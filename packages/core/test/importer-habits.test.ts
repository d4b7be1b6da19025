import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";

const read = (lines: string[]) => readMarkdown(lines.join("\n"), builtIns);
const stories = (lines: string[]) => read(lines).stories.map((story) => story.input);

describe("writers' habits around their stories", () => {
  it("takes the themes after a title's dash as tags, but not a remark or a place", () => {
    const [ward, audit, rota, shift] = stories([
      "## Closing the step-down ward — teamwork, change management",
      "**Situation:** The ward was moving to the new wing.",
      "",
      "## The missing invoices — integrity",
      "**Situation:** Forty invoices had no purchase order.",
      "",
      "## Rebuilding the rota — again",
      "**Situation:** Two receptionists left in a month.",
      "",
      "## Night shift – Harbour Hotel",
      "**Situation:** The night porter called in sick.",
    ]);
    expect(ward?.title).toBe("Closing the step-down ward");
    expect(ward?.tags).toEqual(["teamwork", "change management"]);
    expect(audit?.title).toBe("The missing invoices");
    expect(audit?.tags).toEqual(["integrity"]);
    expect(rota?.title).toBe("Rebuilding the rota — again");
    expect(rota?.tags).toBeUndefined();
    expect(shift?.title).toBe("Night shift");
    expect(shift?.context?.company).toBe("Harbour Hotel");
  });

  it("reads a coverage matrix's ticks as tags, even under a column named like a progress step", () => {
    const { stories: list, warnings } = read([
      "| Story | Ownership | Analysis | Conflict |",
      "|---|---|---|---|",
      "| The recall weekend | ✓ | ✓ | |",
      "| Two managers, one budget | | | ✓ |",
      "",
      "## The recall weekend",
      "**Situation:** A supplier recalled a batch of flour on a Friday night.",
      "",
      "## Two managers, one budget",
      "**Situation:** Two managers wanted the same budget line.",
    ]);
    expect(list.map((story) => story.input.tags)).toEqual([
      ["Ownership", "Analysis"],
      ["Conflict"],
    ]);
    expect(list.every((story) => story.input.progress?.analyzed === undefined)).toBe(true);
    expect(warnings.some((w) => w.excerpt.includes("Ownership"))).toBe(true);
  });

  it("keeps a table of progress steps as progress", () => {
    const { stories: list } = read([
      "## The recall weekend",
      "**Situation:** A supplier recalled a batch of flour.",
      "",
      "| Story | Drafted | Analyzed | Refined |",
      "|---|---|---|---|",
      "| The recall weekend | ✓ | ✓ | ☐ |",
    ]);
    expect(list[0]?.input.progress).toMatchObject({
      drafted: true,
      analyzed: true,
      refined: false,
    });
  });

  it("reads prompts written as the rest of 'Tell me about…' as the questions they are", () => {
    const list = stories([
      "### a time you had to win over a sceptical stakeholder",
      "- S: finance wanted to cancel the loyalty app",
      "- R: the app stayed, with a smaller budget",
      "",
      "### toughest deadline you've worked to",
      "**story: the tender in three days**",
      "- S: the council moved the tender deadline forward a week",
      "- R: we submitted two hours early",
    ]);
    expect(list.map((story) => story.questions)).toEqual([
      ["a time you had to win over a sceptical stakeholder"],
      ["toughest deadline you've worked to"],
    ]);
    expect(list[1]?.title).toBe("the tender in three days");
  });

  it("reads 'Interviewers may ask:' over quoted questions on one line", () => {
    const [story] = stories([
      "### Reopening the pool after the chlorine leak",
      "Interviewers may ask: “Tell me about a safety call you made.” · “Describe a time you handled an emergency.”",
      "",
      "**Situation:** A chlorine leak closed the leisure centre's pool.",
    ]);
    expect(story?.questions).toEqual([
      "Tell me about a safety call you made.",
      "Describe a time you handled an emergency.",
    ]);
  });

  it("splits 'If asked … →' follow-ups at the arrow", () => {
    const [story] = stories([
      "## The flour recall",
      "**Situation:** A supplier recalled a batch of flour.",
      "**Follow-up:** If asked why I didn't wait for Monday -> every hour meant more loaves on shelves.",
    ]);
    expect(story?.followUps).toEqual([
      {
        question: "If asked why I didn't wait for Monday",
        answer: "every hour meant more loaves on shelves.",
      },
    ]);
  });

  it("gives a story the follow-ups section its telling met, and leaves a section addressed to all", () => {
    const [first, second] = stories([
      "## Story one: the flour recall",
      "**Situation:** A supplier recalled a batch of flour.",
      "**Result:** Every affected loaf was off the shelves by 9 a.m.",
      "",
      "## Follow-up questions they asked",
      "",
      "**“Who else did you tell?”** The regional manager, before the stores opened.",
      "",
      "## Story two: the budget split",
      "**Situation:** Two managers wanted the same budget line.",
    ]);
    expect(first?.followUps).toEqual([
      {
        question: "Who else did you tell?",
        answer: "The regional manager, before the stores opened.",
      },
    ]);
    expect(second?.followUps).toBeUndefined();
  });

  it("reads a figures box as results", () => {
    const [story] = stories([
      "## Shortening the clinic queue",
      "",
      "> 📈 **Key numbers**",
      ">",
      "> - Average wait down from 48 to 19 minutes",
      "> - Complaints down 60%",
      "",
      "**Situation:** Patients waited nearly an hour at the walk-in clinic.",
    ]);
    expect(story?.results?.[0]?.points).toEqual([
      "Average wait down from 48 to 19 minutes",
      "Complaints down 60%",
    ]);
    expect(story?.situation).toBe("Patients waited nearly an hour at the walk-in clinic.");
  });
});
