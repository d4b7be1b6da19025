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

  it("reads a worksheet's numbered prompts by the part they name, and reports their words", () => {
    const { stories: list, warnings } = read([
      "## PROJECT 1",
      "",
      "**1. Give your example a catchy name.**",
      "> The night the freezer failed",
      "",
      "**2. CONTEXT — Where were you and what went wrong? (two sentences)**",
      "> A walk-in freezer at our Leith branch failed on a Saturday night.",
      "",
      "**3. ACTIONS – What did you do, in order?**",
      "> - Moved the stock to the bakery's chiller",
      "> - Called the engineer",
      "",
      "**4. Now tell it in 45 seconds. Write the spoken version.**",
      "> Our freezer failed at 11 p.m.; I saved £4,000 of stock.",
    ]);
    const [story] = list.map((s) => s.input);
    expect(story?.title).toBe("The night the freezer failed");
    expect(story?.situation).toBe(
      "A walk-in freezer at our Leith branch failed on a Saturday night.",
    );
    expect(story?.actions?.[0]?.points).toEqual([
      "Moved the stock to the bakery's chiller",
      "Called the engineer",
    ]);
    expect(story?.refined).toBe("Our freezer failed at 11 p.m.; I saved £4,000 of stock.");
    expect(warnings.some((w) => w.excerpt.includes("Where were you and what went wrong?"))).toBe(
      true,
    );
  });

  it("reads two parts told together under the first one named, and 'Differently:' inline", () => {
    const [story] = stories([
      "### The supplier audit",
      "Situation & task: Our biggest supplier failed its hygiene audit a week before Easter.",
      "Action: I found a second bakery and split the order.",
      "Lesson: Keep a second supplier warm. Differently: I'd have audited them myself in January.",
    ]);
    expect(story?.situation).toBe(
      "Our biggest supplier failed its hygiene audit a week before Easter.",
    );
    expect(story?.lessons).toBe("Keep a second supplier warm.");
    expect(story?.differently).toBe("I'd have audited them myself in January.");
  });

  it("leaves out answers kept elsewhere and takes rehearsal marks off questions", () => {
    const { stories: list, warnings } = read([
      "### Why this company?",
      "See the pitch above, in about-me.md",
      "",
      "### Tell me about a time you changed a supplier ✔",
      "We switched bakeries after a failed audit and cut waste by 12%.",
      "",
      "### Tell me about a time you disagreed with your boss",
      "I showed her the waste figures and she agreed to a trial.",
    ]);
    expect(list.map((s) => s.input.questions)).toEqual([
      ["Tell me about a time you changed a supplier"],
      ["Tell me about a time you disagreed with your boss"],
    ]);
    expect(warnings.some((w) => w.excerpt.includes("Why this company?"))).toBe(true);
  });

  it("reads STAR letters set apart by spaces or a tab in plain text", () => {
    const [story] = stories([
      "EXAMPLE 2 - The tram diversion",
      "S   A burst main closed the tram line for a week.",
      "T\tI had to keep 9,000 daily riders moving.",
      "A   Planned a bus bridge with the council overnight.",
      "R   Ridership held at 94% of normal.",
    ]);
    expect(story?.situation).toBe("A burst main closed the tram line for a week.");
    expect(story?.task).toBe("I had to keep 9,000 daily riders moving.");
    expect(story?.results?.[0]?.points).toEqual(["Ridership held at 94% of normal."]);
  });

  it("keeps rough notes under a remark that they are notes, after labelled stories", () => {
    const list = stories([
      "## The freezer failure",
      "**Situation:** The freezer failed on a Saturday.",
      "**Result:** £4,000 of stock saved.",
      "",
      "## The Easter rota",
      "**Situation:** Half the team booked Easter off.",
      "**Result:** Every shift covered.",
      "",
      "## The loyalty card launch",
      "_just notes, write up later_",
      "- 2023, sign-ups stuck at 200 a week",
      "- I moved the sign-up to the till screen",
      "- 1,100 a week by June",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "The freezer failure",
      "The Easter rota",
      "The loyalty card launch",
    ]);
    expect(list[2]?.draft).toContain("1,100 a week by June");
  });

  it("reads '(Company, Role, Year)', a town on a job line and 'At my last job, …'", () => {
    const [payroll, ward, kitchen] = stories([
      "## The payroll rerun (Dunmore Foods, Payroll Officer, 2020)",
      "**Situation:** Overtime was underpaid.",
      "",
      "## The ward move",
      "**Where:** St Cuthbert's Hospital, Durham · Ward Sister · 2019",
      "**Situation:** The ward moved floors.",
      "",
      "## The new menu",
      "**Situation:** At my last job, Copper Pot Kitchens (a chain of six cafés), the menu had 60 dishes.",
    ]);
    expect(payroll?.context).toMatchObject({
      company: "Dunmore Foods",
      role: "Payroll Officer",
      period: "2020",
    });
    expect(ward?.context?.company).toBe("St Cuthbert's Hospital");
    expect(ward?.notes).toContain("St Cuthbert's Hospital, Durham");
    expect(kitchen?.context?.company).toBe("Copper Pot Kitchens");
  });

  it("links a map's letters to 'Story C — …' lines", () => {
    const list = stories([
      "### Value: Own it",
      "**Story C — The payroll rerun** (Dunmore Foods, Payroll Officer, 2020)",
      "- **Situation**: Overtime was underpaid.",
      "",
      "### Value: Be kind",
      "**Story D — The ward move**",
      "- **Situation**: The ward moved floors.",
      "",
      "| Likely question | Story |",
      "|---|---|",
      "| Tell me about a mistake you fixed | C |",
      "| Tell me about a time you helped a colleague | D |",
    ]);
    expect(list.map((story) => story.title)).toEqual(["The payroll rerun", "The ward move"]);
    expect(list.map((story) => story.questions)).toEqual([
      ["Tell me about a mistake you fixed"],
      ["Tell me about a time you helped a colleague"],
    ]);
  });

  it("reads a before/after table under the result as result points", () => {
    const [story] = stories([
      "## The tram diversion",
      "**Situation:** A burst main closed the line.",
      "**Result:**",
      "",
      "| Metric | Before | After |",
      "|---|---|---|",
      "| Daily riders | 9,600 | 9,050 |",
      "| Complaints a week | 40 | 12 |",
    ]);
    expect(story?.results?.[0]?.points).toEqual([
      "Daily riders: 9,600 → 9,050",
      "Complaints a week: 40 → 12",
    ]);
  });

  it("reads an e-mail to oneself: symmetric section titles, and a story still to choose left out", () => {
    const { stories: list, warnings } = read([
      "Subject: stories for the panel",
      "",
      "== story 1: the depot merger ==",
      "sit: two depots had to merge in six weeks.",
      "did: ran a joint rota with both union reps.",
      "",
      "== story 2: the grant audit ==",
      "sit: the auditors found 30 grants without receipts.",
      "did: rebuilt the evidence file grant by grant.",
      "",
      "== story 3: ??? ==",
      "perhaps the tender thing? ask Sam.",
    ]);
    expect(list.map((story) => story.input.title)).toEqual(["the depot merger", "the grant audit"]);
    expect(warnings.some((w) => w.excerpt.includes("???"))).toBe(true);
  });

  it("reads an outline's numbered labels and its lettered points", () => {
    const [story] = stories([
      "### 4.2 Reopening the lab after the flood",
      "",
      "4.2.1 Situation. The basement lab flooded two weeks before the exams.",
      "",
      "4.2.2 Action.",
      "(a) Moved the practicals to the chemistry block.",
      "(b) Borrowed two fume cupboards from the college.",
      "",
      "4.2.3 Result. Every practical ran on time.",
    ]);
    expect(story?.situation).toBe("The basement lab flooded two weeks before the exams.");
    expect(story?.actions?.[0]?.points).toEqual([
      "Moved the practicals to the chemistry block.",
      "Borrowed two fume cupboards from the college.",
    ]);
    expect(story?.results?.[0]?.points).toEqual(["Every practical ran on time."]);
  });

  it("reads the site or town on a job line, a kind of job in brackets, and the spoken version's names", () => {
    const [depot, lab] = stories([
      "1) THE DEPOT MERGER",
      "Kestrel Freight, Port Botany yard - shift manager, March 2021",
      "S - Two depots had to merge in six weeks.",
      "",
      "> How I'd tell it: We merged two depots in six weeks with no lost shifts.",
      "",
      "2) THE LAB MOVE (Harwell Labs placement, 2019)",
      "S - The lab moved buildings.",
    ]);
    expect(depot?.context).toMatchObject({ company: "Kestrel Freight", role: "shift manager" });
    expect(depot?.refined).toBe("We merged two depots in six weeks with no lost shifts.");
    expect(lab?.context?.company).toBe("Harwell Labs");
    expect(lab?.notes).toContain("Harwell Labs placement, 2019");
  });

  it("reads follow-ups the panel might ask, and a second question the first 'also works for'", () => {
    const [story] = stories([
      "## The depot merger",
      "The question it answers: *Tell me about a change you led.* It also works for *Describe a time you won over a union.*",
      "",
      "**Situation:** Two depots had to merge.",
      "",
      "**Follow-ups the interviewers might ask:**",
      "- *What would you do differently?* — Meet the reps before the plan, not after.",
    ]);
    expect(story?.questions).toEqual([
      "Tell me about a change you led.",
      "Describe a time you won over a union.",
    ]);
    expect(story?.followUps).toEqual([
      {
        question: "What would you do differently?",
        answer: "Meet the reps before the plan, not after.",
      },
    ]);
  });

  it("reads banner titles, 'did -' shorthand and circled numbers in plain notes", () => {
    const list = stories([
      "=============================",
      "1. THE COLD STORE ALARM   (Fenwick Foods, 2021)",
      "=============================",
      "sit - the cold store alarm failed over a bank holiday.",
      "did -",
      "  * checked every bay by hand",
      "  * moved 40 pallets to the spare chiller",
      "result - nothing was written off.",
      "",
      "## ② The rota swap",
      "**Situation:** Two supervisors wanted the same leave.",
    ]);
    expect(list.map((story) => story.title)).toEqual(["THE COLD STORE ALARM", "The rota swap"]);
    expect(list[0]?.actions?.[0]?.points).toEqual([
      "checked every bay by hand",
      "moved 40 pallets to the spare chiller",
    ]);
  });

  it("keeps a post's own labels and an answer that has no story out of the stories", () => {
    const list = stories([
      "## 1. “Tell me about a time you missed a deadline.”",
      "**Why they ask it:** They want to see how you plan.",
      "**What I said:** At Corvel Labs I shipped the audit export a week late because I never told anyone it was at risk. I now flag risks on day one.",
      "",
      "## 2. “Tell me about a time you managed a conflict.”",
      "**Why they ask it:** Teams argue.",
      "**What I said:** To be honest, I didn't have a good example for this one yet. Think of one before your loop!",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "Tell me about a time you missed a deadline.",
    ]);
  });

  it("names a one-story post by its front matter title when its parts are only labels", () => {
    const [story] = stories([
      "---",
      'title: "The Flooded Basement: How I Saved the Archive"',
      'company: "[[Harrow County Library]]"',
      "---",
      "",
      "## Where I was",
      "I was the archivist on call when the basement flooded.",
      "",
      "## What I'd say differently",
      "I would have moved the boxes off the floor years before.",
    ]);
    expect(story?.title).toBe("The Flooded Basement");
    expect(story?.context?.company).toBe("Harrow County Library");
    expect(story?.differently).toBe("I would have moved the boxes off the floor years before.");
  });

  it("reads 'Can answer:' over numbered questions and 'What I needed to do –' as the task", () => {
    const [story] = stories([
      "## Example 2: The missed handover",
      "",
      "Can answer:",
      "1. Tell us about a time communication broke down.",
      "2. Give an example of improving a process.",
      "",
      "What was happening – The night team missed a falls risk at handover.",
      "",
      "What I needed to do – Find out why and stop it happening again.",
    ]);
    expect(story?.questions).toEqual([
      "Tell us about a time communication broke down.",
      "Give an example of improving a process.",
    ]);
    expect(story?.task).toBe("Find out why and stop it happening again.");
  });
});
