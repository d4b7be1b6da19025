import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";

const read = (lines: string[]) => readMarkdown(lines.join("\n"), builtIns);
const stories = (lines: string[]) => read(lines).stories.map((story) => story.input);

describe("the published kinds written another way", () => {
  it("takes '1 –' and 'B.' numbering off titles, and companies in square brackets or after '·'", () => {
    const [first, second, third] = stories([
      "### 1 – Rebuilding the rota [Marsh Lane Surgery]",
      "- *Background* – Two receptionists had left in a month.",
      "- *Outcome* – Wait times fell to a day.",
      "",
      "### B. Closing the old ward · Fenwick General",
      "**Situation:** The ward was moving.",
      "",
      "### C. The audit (Calloway, summer job)",
      "**Situation:** Forty files were missing.",
    ]);
    expect(first?.title).toBe("Rebuilding the rota");
    expect(first?.context?.company).toBe("Marsh Lane Surgery");
    expect(second?.title).toBe("Closing the old ward");
    expect(second?.context?.company).toBe("Fenwick General");
    expect(third?.title).toBe("The audit");
    expect(third?.context?.company).toBe("Calloway");
    expect(third?.notes).toContain("summer job");
  });

  it("keeps what a writer says about a company apart from its name", () => {
    const [story] = stories([
      "## Pricing test",
      "**Where:** Loomwise, Series B, ~80 people",
      "**My role:** Own the experiment and the recommendation.",
      "**Situation:** Trials were flat.",
    ]);
    expect(story?.context?.company).toBe("Loomwise");
    expect(story?.notes).toContain("Series B, ~80 people");
    expect(story?.task).toBe("Own the experiment and the recommendation.");
    expect(story?.context?.role).toBeUndefined();
  });

  it("reads STAR labels in everyday words, bold and alone on their line", () => {
    const [story] = stories([
      "### The churn model",
      "",
      "#retention #dive-deep #L&D",
      "",
      "**TL;DR**",
      "A model became a spreadsheet.",
      "",
      "**The setup**",
      "Customers were leaving.",
      "",
      "**Key takeaways**",
      "The format was the product.",
    ]);
    expect(story?.headline).toBe("A model became a spreadsheet.");
    expect(story?.tags).toEqual(["retention", "dive-deep", "L&D"]);
    expect(story?.situation).toBe("Customers were leaving.");
    expect(story?.lessons).toBe("The format was the product.");
  });

  it("keeps STAR headings inside a <details> block in the story its summary opens", () => {
    const [first, second] = stories([
      "<details open>",
      "<summary><strong>Renewing the certificate</strong> — Tessellate, 2022</summary>",
      "",
      "#### Situation",
      "A certificate was about to expire.",
      "",
      "#### Looking back",
      "Orphaned systems are the risk.",
      "",
      "</details>",
      "",
      "<details>",
      "<summary><strong>The rollback</strong></summary>",
      "",
      "#### Result",
      "Errors were gone in nine minutes.",
      "",
      "</details>",
    ]);
    expect(first?.title).toBe("Renewing the certificate");
    expect(first?.situation).toBe("A certificate was about to expire.");
    expect(first?.lessons).toBe("Orphaned systems are the risk.");
    expect(second?.results?.[0]?.points).toEqual(["Errors were gone in nine minutes."]);
  });

  it("joins a question map's questions to every story its lead and backup columns name by letter", () => {
    const [a, b] = stories([
      "### Story A — Faster close",
      "**Situation:** Close took nine days.",
      "",
      "### Story B — The capex plan",
      "**Situation:** The plan was wrong.",
      "",
      "---",
      "",
      "| Likely question | Lead with | Backup |",
      "|---|---|---|",
      "| Tell me about a process you improved | A, B | |",
      "| Describe a time you pushed back | B | A |",
    ]);
    expect(a?.questions).toEqual([
      "Tell me about a process you improved",
      "Describe a time you pushed back",
    ]);
    expect(b?.questions).toEqual([
      "Tell me about a process you improved",
      "Describe a time you pushed back",
    ]);
  });

  it("names a story from the brackets after its question, and reports what is no story", () => {
    const { stories: found, warnings } = read([
      "Interview notes",
      "",
      "Most examples are from the depot.",
      "",
      "1) Tell me about a rule you enforced. (forklift phones)",
      "   - phones banned on forklifts after a near-miss",
      "   - lesson: ask the drivers first",
      "",
      "2) What's your hardest conversation?",
      "   - ??? nothing good yet",
      "",
      "3) Describe a peak you planned. (Black Friday)",
      "   - staggered the start times",
    ]);
    expect(found.map((story) => story.input.title)).toEqual(["forklift phones", "Black Friday"]);
    expect(found[0]?.input.questions).toEqual(["Tell me about a rule you enforced."]);
    expect(found[0]?.input.lessons).toBe("ask the drivers first");
    expect(found[0]?.input.draft).toContain("phones banned on forklifts");
    const reported = warnings.map((warning) => warning.text ?? "").join("\n");
    expect(reported).toContain("Most examples are from the depot.");
    expect(reported).toContain("nothing good yet");
  });

  it("reads CAR letters closed by a full stop, and shorthand labels in any case", () => {
    const [car] = stories([
      "**1) The Year 9 set**",
      "",
      "C. Half the class had given up on maths.",
      "A. I rebuilt the lessons around their jobs.",
      "R. Homework rose to 75%.",
      "",
      "**2) The colleague behind on marking**",
      "",
      "C. Parents had started to email the head.",
      "A. I split his marking with two volunteers.",
    ]);
    const [shorthand] = stories([
      "Story - Bridge pour in the rain",
      "Q: Tell me about a decision under pressure.",
      "Sit: The forecast changed to heavy rain.",
      "Did: Poured the lower half first.",
    ]);
    expect(car?.situation).toBe("Half the class had given up on maths.");
    expect(car?.actions?.[0]?.points).toEqual(["I rebuilt the lessons around their jobs."]);
    expect(car?.results?.[0]?.points).toEqual(["Homework rose to 75%."]);
    expect(shorthand?.questions).toEqual(["Tell me about a decision under pressure."]);
    expect(shorthand?.situation).toBe("The forecast changed to heavy rain.");
  });

  it("names stories after an arrow, maps them by bare numbers and takes the employer from front matter", () => {
    const { stories: found } = read([
      "---",
      "school: Millbrook Academy (2019–present)",
      "---",
      "",
      "1) Tell me about a missed deadline. → Reno cutover",
      "   * go-live slipped nine days",
      "",
      "2) Describe a complex project. → Peak labour plan",
      "   * three sites, six hundred temps",
      "",
      "| Question | Use |",
      "|---|---|",
      "| Tell me about a time you planned ahead | 2, 1 |",
    ]);
    expect(found.map((story) => story.input.title)).toEqual(["Reno cutover", "Peak labour plan"]);
    expect(found[0]?.input.context?.company).toBe("Millbrook Academy");
    expect(found[0]?.input.questions).toContain("Tell me about a time you planned ahead");
    expect(found[1]?.input.questions).toContain("Tell me about a time you planned ahead");
  });

  it("reports a question heading with nothing under it, and reads 'Also answers' as questions", () => {
    const { stories: found, warnings } = read([
      "#### Q — Describe a time you beat your quota.",
      "",
      "I called every deal lost on price and three signed.",
      "",
      '**Also answers:** "Tell me about a new idea you tried"',
      "",
      "#### Q — How do you handle an angry customer?",
      "",
      "#### Q — Tell me about a difficult colleague.",
      "",
      "We agreed a short demo before the NDA.",
    ]);
    expect(found).toHaveLength(2);
    expect(found[0]?.input.questions).toEqual([
      "Describe a time you beat your quota.",
      "Tell me about a new idea you tried",
    ]);
    const unanswered = warnings.find((warning) => warning.line === 7);
    expect(unanswered?.message).toMatch(/no answer/);
  });

  it("reads bold labels with their text on the same line, and ')' letters", () => {
    const [bold] = stories([
      "#### story A. the duplicated orders (Pemberton Outdoor)",
      "",
      "**Tags** #data-quality #ownership",
      "",
      "**Background** Finance saw 4% more orders than the payment provider.",
      "",
      "**Steps.**",
      "- diffed a day of raw events",
      "",
      "**What I'd keep**",
      "Reconcile against an outside source.",
    ]);
    expect(bold?.title).toBe("the duplicated orders");
    expect(bold?.context?.company).toBe("Pemberton Outdoor");
    expect(bold?.tags).toEqual(["data-quality", "ownership"]);
    expect(bold?.situation).toBe("Finance saw 4% more orders than the payment provider.");
    expect(bold?.actions?.[0]?.points).toEqual(["diffed a day of raw events"]);
    expect(bold?.lessons).toBe("Reconcile against an outside source.");
    const [par] = stories([
      "Reading recovery group",
      "----------------------",
      "",
      "P) The literacy budget had been cut.",
      "A) I trained four volunteers.",
      "L) Small and frequent beats big and rare.",
    ]);
    expect(par?.situation).toBe("The literacy budget had been cut.");
    expect(par?.lessons).toBe("Small and frequent beats big and rare.");
  });

  it("takes the employer an introduction names over a customer a story mentions", () => {
    const [story] = stories([
      "Everything below is from my time at **Brightwater Telecom** unless I say otherwise.",
      "",
      "**Objections**",
      "",
      '- "Tell me about a time you lost a deal." / "What did you do next?"',
      "",
      "  Lost a renewal at Marden Foods to a cheaper competitor, and won it back a year later.",
      "",
      '- "How do you handle a quarter where you are behind?"',
      "",
      "**Negotiation**",
      "",
      '- "Describe a negotiation where you walked away."',
      "",
      "  I refused a 40% discount and the customer signed at 10% a month later.",
    ]);
    expect(story?.context?.company).toBe("Brightwater Telecom");
    expect(story?.questions).toEqual([
      "Tell me about a time you lost a deal.",
      "What did you do next?",
    ]);
    expect(story?.draft).toContain("Marden Foods");
  });

  it("names a story from an arrow line under its question heading, and a company after it", () => {
    const [arrow, bracket] = stories([
      "## Describe a technical risk you managed.",
      "",
      "→ Culvert risk on the Wexford Road scheme (Garrick & Hale Consulting)",
      "",
      "#### Background",
      "A culvert under the road had a crack along its crown.",
      "",
      "## Tell me about a time you improved how your team works. (Garrick & Hale Consulting)",
      "",
      "#### Background",
      "Drawings were checked by email.",
    ]);
    expect(arrow?.title).toBe("Culvert risk on the Wexford Road scheme");
    expect(arrow?.context?.company).toBe("Garrick & Hale Consulting");
    expect(bracket?.title).toBe("Tell me about a time you improved how your team works.");
    expect(bracket?.context?.company).toBe("Garrick & Hale Consulting");
  });

  it("reads a lone carriage return as a line end, as the Markdown parser does", () => {
    const { stories: found } = read(["Q1) My part:\r?", "- El 97% de las reservas se cobraron"]);
    expect(found.length).toBeGreaterThan(0);
    const mac = stories(["## Title\r**Situation:** A.\r**Result:** B."]);
    expect(mac[0]?.situation).toBe("A.");
    expect(mac[0]?.results?.[0]?.points).toEqual(["B."]);
  });

  it("reads a company before the title, a 'Tags' line without a colon and pasted '•' notes", () => {
    const [bracketed] = stories([
      "## [Tallis Bank] The payments outage",
      "",
      "Tags #incident #payments",
      "",
      "**Situation:** Settlement stalled at 9 a.m.",
    ]);
    expect(bracketed?.title).toBe("The payments outage");
    expect(bracketed?.context?.company).toBe("Tallis Bank");
    expect(bracketed?.tags).toEqual(["incident", "payments"]);
    const noted = stories([
      "Q1) Describe a time you improved safety on the floor.",
      "   • forklift near-miss in aisle 14",
      "   • painted walkways on all nine trucks",
      "",
      "Q2) Tell me about a rule someone ignored.",
      "   • a picker rode the pallet jack forks",
    ]);
    expect(noted.map((story) => story.questions)).toEqual([
      ["Describe a time you improved safety on the floor."],
      ["Tell me about a rule someone ignored."],
    ]);
    expect(noted[0]?.draft).toContain("painted walkways");
  });

  it("reads a story matrix keyed by letters, and a map that names its rows by them", () => {
    const found = stories([
      "| # | Story | Firm | Situation | Result |",
      "|---|---|---|---|---|",
      "| A | The budget model | Garnet Retail | Fourteen linked sheets. | Six weeks, not ten. |",
      "| B | The lease gap | Garnet Retail | Nine leases unbooked. | Booked before audit. |",
      "",
      "| Question | Story |",
      "|---|---|",
      "| Tell me about a process you improved | A |",
      "| Describe an error you caught | B, A |",
    ]);
    expect(found.map((story) => story.title)).toEqual(["The budget model", "The lease gap"]);
    expect(found[0]?.context?.company).toBe("Garnet Retail");
    expect(found[0]?.questions).toEqual([
      "Tell me about a process you improved",
      "Describe an error you caught",
    ]);
    expect(found[1]?.questions).toEqual(["Describe an error you caught"]);
  });

  it("keeps STAR headings under a bold 'Story —' line in its story, and reads '@' and '▸ 1 ·' headings", () => {
    const [line] = stories([
      "## Q: Tell me about a decision with incomplete information.",
      "",
      "**Story — the Ashby Road culvert (Harrow & Lyle Civils)**",
      "",
      "#### Background",
      "We found an unrecorded gas main.",
      "",
      "#### Steps",
      "- called the gas network",
    ]);
    expect(line?.title).toBe("the Ashby Road culvert");
    expect(line?.context?.company).toBe("Harrow & Lyle Civils");
    expect(line?.situation).toBe("We found an unrecorded gas main.");
    expect(line?.actions?.[0]?.points).toEqual(["called the gas network"]);
    const [at, marked] = stories([
      "## Backlog after the outage @ Parcelly",
      "**Situation:** Tickets tripled.",
      "",
      "#### ▸ 2 · Halving the rollback time",
      "**Situation:** Rollbacks took forty minutes.",
    ]);
    expect(at?.title).toBe("Backlog after the outage");
    expect(at?.context?.company).toBe("Parcelly");
    expect(marked?.title).toBe("Halving the rollback time");
  });

  it("reads a map of 'If they ask…' and 'Tell' columns, and notes on the lines under '1)'", () => {
    const found = stories([
      "| If they ask… | Tell |",
      "|---|---|",
      "| Tell me about a process you improved | Dock swap |",
      "| Describe working under pressure | Dock swap / Night shift |",
      "",
      "## Dock swap",
      "**Situation:** Two docks were swapped.",
      "",
      "## Night shift",
      "**Situation:** Nights were behind.",
    ]);
    expect(found[0]?.questions).toEqual([
      "Tell me about a process you improved",
      "Describe working under pressure",
    ]);
    expect(found[1]?.questions).toEqual(["Describe working under pressure"]);
    const [coached, letGo] = stories([
      "PEOPLE",
      "1) Tell me about someone you coached who improved.",
      "   • Marcus, late on every close",
      "   • six months later he ran the store",
      "",
      "2) Have you ever had to let someone go?",
      "   • a long-serving cashier, repeated till shortages",
    ]);
    expect(letGo?.questions).toEqual(["Have you ever had to let someone go?"]);
    expect(coached?.questions).toEqual(["Tell me about someone you coached who improved."]);
    expect(coached?.draft).toContain("six months later he ran the store");
  });

  it("gives a numbered question heading ('2 · …') and its quoted other wording to the 'Story:' line under it", () => {
    const [first, second] = stories([
      "### 1 · Talk me through a launch that slipped.",
      "",
      "Story: The tablet rollout (Pendle Schools Trust)",
      "",
      "We promised tablets for September and the cases arrived late, so I split the rollout by year group and kept a loan pool for the rest of the term.",
      "",
      "### 2 · Tell me about a budget you cut.",
      '*(sometimes phrased: "When did you have to save money fast?")*',
      "",
      "Story: Printing costs",
      "",
      "Printing cost the school eleven thousand a year until I moved worksheets online and capped each department's copier account.",
    ]);
    expect(first?.title).toBe("The tablet rollout");
    expect(first?.context?.company).toBe("Pendle Schools Trust");
    expect(first?.questions).toEqual(["Talk me through a launch that slipped."]);
    expect(second?.title).toBe("Printing costs");
    expect(second?.questions).toEqual([
      "Tell me about a budget you cut.",
      "When did you have to save money fast?",
    ]);
  });

  it("reads notes jotted with arrows under numbered questions, a first 'story:' note naming the story", () => {
    const result = read([
      "1) Tell me about a time you calmed an angry customer.",
      "   → story: the double-booked wedding",
      "   → two couples had the same Saturday in the barn",
      "   → offered the second couple the orangery and paid for the flowers",
      "   → lesson: call before you email",
      "",
      "2) Describe a time you worked to a hard deadline.",
      "   -> story: stocktake night",
      "   -> counted 4,000 lines with three people before the auditors came",
    ]);
    const [first, second] = result.stories.map((story) => story.input);
    expect(result.stories).toHaveLength(2);
    expect(first?.title).toBe("The double-booked wedding");
    expect(first?.questions).toEqual(["Tell me about a time you calmed an angry customer."]);
    expect(first?.draft).toContain("offered the second couple the orangery");
    expect(first?.lessons).toBe("call before you email");
    expect(second?.title).toBe("Stocktake night");
    expect(second?.draft).toContain("counted 4,000 lines");
  });

  it("reads the role beside the company in a heading's bracket, and a remark after a dashed company", () => {
    const [first, second] = stories([
      "#### Winning back the Ardley account (Corvane Telecom – Account Manager, 2021)",
      "**Situation:** The customer had signed with a rival.",
      "",
      "#### Moving billing in-house — Tessary (first job)",
      "**Situation:** Invoices went out a week late.",
    ]);
    expect(first?.title).toBe("Winning back the Ardley account");
    expect(first?.context).toMatchObject({
      company: "Corvane Telecom",
      role: "Account Manager",
      period: "2021",
    });
    expect(second?.title).toBe("Moving billing in-house");
    expect(second?.context?.company).toBe("Tessary");
    expect(second?.notes).toContain("first job");
  });

  it("takes the employer from an introduction's 'Hospital: …' line for every story", () => {
    const [first, second] = stories([
      "# Ward stories",
      "",
      "Hospital: Kelmscott Royal Infirmary, for all of these.",
      "",
      "## Night handovers",
      "**Situation:** Handover took forty minutes.",
      "",
      "## The falls audit",
      "**Situation:** Falls had doubled.",
    ]);
    expect(first?.context?.company).toBe("Kelmscott Royal Infirmary");
    expect(second?.context?.company).toBe("Kelmscott Royal Infirmary");
  });

  it("reads lines that each open with a short bold label, known or not, as parts and notes", () => {
    const [story] = stories([
      "## The pager storm",
      "**Situation:** Alerts fired all night.",
      "**Lesson:** Test the alarms you rely on.",
      "",
      "**Length** two minutes",
      "**Careful** — the director in this story is on the panel",
      "**Takeaway** Fewer, better pages.",
    ]);
    expect(story?.lessons).toContain("Test the alarms you rely on.");
    expect(story?.takeaway).toBe("Fewer, better pages.");
    expect(story?.lessons).not.toContain("two minutes");
    expect(story?.notes).toContain("Length: two minutes");
    expect(story?.notes).toContain("Careful: the director in this story is on the panel");
  });

  it("numbers stories by 'S1 –' headings and gives a map's 'S2 or S3' questions to both", () => {
    const [first, second, third] = stories([
      "## S1 – Night shift rota",
      "**Situation:** Three nurses left.",
      "",
      "## S2 – Drug round errors",
      "**Situation:** Errors rose in winter.",
      "",
      "## S3 – The complaint",
      "**Situation:** A family wrote to the chief executive.",
      "",
      "## Map",
      "",
      "| Question | Story |",
      "|---|---|",
      "| Tell me about improving safety. | S2 or S3 |",
      "| Describe a time you led a change. | S1 |",
    ]);
    expect(first?.title).toBe("Night shift rota");
    expect(first?.questions).toEqual(["Describe a time you led a change."]);
    expect(second?.questions).toEqual(["Tell me about improving safety."]);
    expect(third?.title).toBe("The complaint");
    expect(third?.questions).toEqual(["Tell me about improving safety."]);
  });

  it("reads bullets opening with a bold name as stories told in prose, and reports one that says it is none", () => {
    const result = read([
      "- **The library merger** [Oxley Council]",
      "  *Tell me about a change you led.*",
      "",
      "  Two branch libraries were merging and staff at both feared for their jobs. I met every member of staff one to one before the plan was drafted, wrote the rota with the two team leads and kept both reading groups running. Nobody left, visits rose a tenth in the first year and the groups now meet in the new building.",
      "",
      "- **Why this job**",
      "  *(not a story — just my reason for applying)*",
      "  I grew up using these libraries.",
    ]);
    expect(result.stories.map((story) => story.input.title)).toEqual(["The library merger"]);
    const [story] = result.stories.map((s) => s.input);
    expect(story?.context?.company).toBe("Oxley Council");
    expect(story?.questions).toEqual(["Tell me about a change you led."]);
    expect(story?.draft).toContain("I met every member of staff");
    expect(
      result.warnings.some((w) => w.message.includes('"Why this job" says it is no story')),
    ).toBe(true);
  });

  it("reads 'Q.' lines among CAR letters as the story's questions", () => {
    const [story] = stories([
      "the broken kiln",
      "---------------",
      "Q. Tell me about a time equipment failed you.",
      "Q. How do you work under pressure?",
      "C. The kiln cracked the week before the exhibition.",
      "A. Borrowed time at the college kiln across town.",
      "R. Every piece was fired on time.",
    ]);
    expect(story?.questions).toEqual([
      "Tell me about a time equipment failed you.",
      "How do you work under pressure?",
    ]);
    expect(story?.situation).toBe("The kiln cracked the week before the exhibition.");
    expect(story?.draft).toBeUndefined();
  });

  it("takes hashtags under a question's last note as tags, and reports a question still missing its numbers", () => {
    const result = read([
      "1) Tell me about a time you fixed a recurring problem.",
      "   * the lift broke down every Monday",
      "   * logged every fault for a month and found the overload pattern",
      "   #maintenance #data",
      "",
      "2) Tell me about a time you missed a target.",
      "   (the audit one - still need the dates from Priya)",
    ]);
    expect(result.stories).toHaveLength(1);
    const [story] = result.stories.map((s) => s.input);
    expect(story?.tags).toEqual(["maintenance", "data"]);
    expect(story?.draft).not.toContain("#maintenance");
    expect(result.warnings.some((w) => w.message.includes("holds no story text yet"))).toBe(true);
  });

  it("reads '(A)' and '⭐ B —' lettered headings, a map's 'A, then C', and closed bold labels of the writer's own", () => {
    const [first, second, third] = stories([
      "## (A) The merger rota",
      "**Context.** Two teams merged.",
      "**Outcome.** One rota by May.",
      "**Talking time.** about a minute",
      "",
      "## ⭐ B — The late audit",
      "**Context.** The auditors came early.",
      "**Outcome.** We passed.",
      "",
      "## C – Hiring in a freeze",
      "**Context.** No new posts were allowed.",
      "**Outcome.** Two transfers filled the gap.",
      "",
      "## Question map",
      "",
      "| Question | Use |",
      "|---|---|",
      "| Tell me about leading a change. | A, then C |",
      "| Describe a deadline you nearly missed. | B |",
    ]);
    expect(first?.title).toBe("The merger rota");
    expect(first?.notes).toContain("Talking time: about a minute");
    expect(first?.questions).toEqual(["Tell me about leading a change."]);
    expect(second?.title).toBe("The late audit");
    expect(second?.questions).toEqual(["Describe a deadline you nearly missed."]);
    expect(third?.questions).toEqual(["Tell me about leading a change."]);
  });

  it("ends a list at a plain 'Result:' line under it", () => {
    const [story] = stories([
      "## Moving the warehouse",
      "Setting: The lease ended in March.",
      "Steps:",
      "- Planned the move over two weekends.",
      "- Kept one dock open the whole time.",
      "Result: No orders were late.",
      "Learning: Plan the dock first.",
    ]);
    expect(story?.actions?.[0]?.points).toEqual([
      "Planned the move over two weekends.",
      "Kept one dock open the whole time.",
    ]);
    expect(story?.results?.[0]?.points).toEqual(["No orders were late."]);
    expect(story?.lessons).toBe("Plan the dock first.");
  });

  it("keeps a 'Note to self' heading under a 'Story:' line in that story", () => {
    const [story] = stories([
      "## Why did the rota fail?",
      "",
      "**Story:** The summer rota (Greyfield Depot)",
      "",
      "#### The ask",
      "- cover every shift in August",
      "",
      "#### Note to self",
      "- don't blame the union",
    ]);
    expect(story?.title).toBe("The summer rota");
    expect(story?.task).toContain("cover every shift in August");
    expect(story?.notes).toContain("don't blame the union");
  });

  it("numbers 'Story two –' and '2 /' headings, and reads 'Where we were' and 'Where it landed'", () => {
    const [first] = stories([
      "Story two – The flooded basement (Tarrow Homes)",
      "------------------------------------------------",
      "",
      "Where we were: The basement flooded a week before handover.",
      "",
      "Where it landed: Handed over on the day.",
    ]);
    expect(first?.title).toBe("The flooded basement");
    expect(first?.context?.company).toBe("Tarrow Homes");
    expect(first?.situation).toBe("The basement flooded a week before handover.");
    expect(first?.results?.[0]?.points).toEqual(["Handed over on the day."]);
    const titles = stories([
      "#### 2 / The missing drawings",
      "**Situation:** The drawings were a revision behind.",
      "",
      "#### 3 / The crane that never came",
      "**Situation:** The crane hire fell through.",
    ]).map((story) => story.title);
    expect(titles).toEqual(["The missing drawings", "The crane that never came"]);
  });

  it("applies an index table's companies to the '[A]' stories it lists, and a map's 'if' remark to the notes", () => {
    const [first, second] = stories([
      "## Stories",
      "",
      "| Ref | Story | Company | Year |",
      "|---|---|---|---|",
      "| A | The payroll merger | Ashdown Foods | 2021 |",
      "| B | The late audit | Pellam Council | 2023 |",
      "",
      "### [A] The payroll merger",
      "**Setting:** Two payroll teams, two systems.",
      "**Moves:**",
      "- one system by April",
      "",
      "### [B] The late audit",
      "**Setting:** The auditors came a month early.",
      "",
      "| If they ask… | Use |",
      "|---|---|",
      "| Tell me about a change you led. | A, or B if they want local government |",
    ]);
    expect(first?.context).toMatchObject({ company: "Ashdown Foods", period: "2021" });
    expect(first?.actions?.[0]?.points).toEqual(["one system by April"]);
    expect(second?.context).toMatchObject({ company: "Pellam Council", period: "2023" });
    expect(first?.questions).toEqual(["Tell me about a change you led."]);
    expect(second?.questions).toEqual(["Tell me about a change you led."]);
    expect(second?.notes).toContain("if they want local government");
  });

  it("names a story from an 'Example I use: … at Company' line under a question heading", () => {
    const [story] = stories([
      "## Q: Tell me about a time you made a mistake.",
      "",
      "Example I use: the wrong delivery address at Tolland Couriers",
      "",
      "#### Context",
      "- a pallet went to the old depot",
      "",
      "#### What happened next",
      "- the customer got it the next morning",
    ]);
    expect(story?.title).toBe("the wrong delivery address");
    expect(story?.context?.company).toBe("Tolland Couriers");
    expect(story?.results?.[0]?.points).toEqual(["the customer got it the next morning"]);
  });

  it("reads 'Company: Name (what it is, year)' as the company, a note and the period", () => {
    const [story] = stories([
      "Story: Shrinking the checkout",
      "Company: Fenwick & Lowe (online grocer, 2022)",
      "Sit: Checkout took six steps.",
      "Res: Four steps, conversion up 3%.",
    ]);
    expect(story?.context).toMatchObject({ company: "Fenwick & Lowe", period: "2022" });
    expect(story?.notes).toContain("Fenwick & Lowe: online grocer");
  });

  it("reads an employer group heading with the role in its bracket, and 'Employer: X — site: Y'", () => {
    const [first, second] = stories([
      "## Hallam Crown Court (court clerk, 2018–2021)",
      "",
      "### The missing exhibit",
      "**Situation:** An exhibit was not in the store on the morning of the trial.",
      "",
      "## The late transcript",
      "_Employer: Norbury Legal Services — site: Leeds office_",
      "**Situation:** The transcript was due at nine.",
    ]);
    expect(first?.context).toMatchObject({
      company: "Hallam Crown Court",
      role: "court clerk",
      period: "2018–2021",
    });
    expect(second?.context?.company).toBe("Norbury Legal Services");
    expect(second?.notes).toContain("Leeds office");
  });

  it("reads a 'Company · year · area' line and a 'Where' row of 'Company — town'", () => {
    const [first, second] = stories([
      "## Story 04 | The loyalty relaunch",
      "",
      "*Penrose Garden Centres · 2022 · loyalty*",
      "",
      "__Situation__: Members had stopped using their cards.",
      "",
      "### Story: The flooded cellar",
      "",
      "| | |",
      "|---|---|",
      "| **Where** | Harbour Inns — Whitby |",
      "| **Situation** | The cellar flooded on a bank holiday. |",
    ]);
    expect(first?.context).toMatchObject({ company: "Penrose Garden Centres", period: "2022" });
    expect(first?.notes).toContain("loyalty");
    expect(second?.context?.company).toBe("Harbour Inns");
    expect(second?.notes).toContain("Whitby");
  });

  it("reads a '# | Story | Where | Theme' table over the stories as their index", () => {
    const result = read([
      "# Story kit",
      "",
      "| # | Story | Where | Year | Theme |",
      "|---|---|---|---|---|",
      "| A | The price test | Corbel Books | 2021 | experiments |",
      "| B | The warehouse move | Dunmore Freight | 2023 | logistics |",
      "",
      "## A · The price test",
      "*Context* — Sales were flat.",
      "*What I did* — Tested three prices.",
      "",
      "## B · The warehouse move",
      "*Context* — The lease ended.",
      "*What I did* — Moved in two weekends.",
    ]);
    const [first, second] = result.stories.map((story) => story.input);
    expect(result.stories).toHaveLength(2);
    expect(first?.context).toMatchObject({ company: "Corbel Books", period: "2021" });
    expect(first?.tags).toContain("experiments");
    expect(second?.context?.company).toBe("Dunmore Freight");
  });

  it("names a story from a bold first note or a bold lead-in, and drops a question marked 'never happened'", () => {
    const notes = read([
      "1) Tell me about a time you refused a request.",
      "    * **The early refund** (Tamsin Outdoor)",
      "    * a customer wanted a refund on a used tent",
      "    * offered a repair instead, and he took it",
      "",
      "2) Tell me about a time you handled a theft.",
      "    * (never happened – answer from the policy)",
    ]);
    expect(notes.stories.map((story) => story.input.title)).toEqual(["The early refund"]);
    expect(notes.stories[0]?.input.context?.company).toBe("Tamsin Outdoor");
    expect(notes.warnings.some((w) => w.message.includes("says it is no story"))).toBe(true);
    const [answer] = stories([
      '#### "Tell me about research that changed a decision."',
      "",
      "**The survey nobody trusted.** Sales were sure customers wanted a cheaper plan, so I ran twelve interviews and found they wanted invoices instead.",
    ]);
    expect(answer?.title).toBe("The survey nobody trusted");
    expect(answer?.draft).toContain("twelve interviews");
  });

  it("numbers 'P1 ·' stories and reads a map's 'P2 (or P3 if short)'", () => {
    const [first, second, third] = stories([
      "### P1 · Scrap on the press line",
      "**Problem:** Scrap was at 6%.",
      "",
      "### P2 · The night crew",
      "**Problem:** Nights missed every target.",
      "",
      "### P3 · Air leaks",
      "**Problem:** The compressors ran all weekend.",
      "",
      "| If they ask… | Use |",
      "|---|---|",
      "| Tell me about leading change. | P2 (or P3 if short) |",
    ]);
    expect(first?.title).toBe("Scrap on the press line");
    expect(first?.questions).toBeUndefined();
    expect(second?.questions).toEqual(["Tell me about leading change."]);
    expect(third?.questions).toEqual(["Tell me about leading change."]);
  });

  it("takes each quoted question line of a block quote under a story's heading", () => {
    const [story] = stories([
      "## Rebuilding the spring rota",
      '> "How do you deal with a team that has lost trust in you?"',
      '> "Tell me about a time you won people back."',
      "",
      "After the rota change half the porters stopped talking to me, so I sat with each shift.",
    ]);
    expect(story?.questions).toEqual([
      "How do you deal with a team that has lost trust in you?",
      "Tell me about a time you won people back.",
    ]);
    expect(story?.draft).toContain("sat with each shift");
  });

  it("reads everyday headings such as 'What was happening' and 'How things ended'", () => {
    const [story] = stories([
      "### The flooded plant room (Brisk Facilities)",
      "#### What was happening",
      "Water came through the ceiling onto the switchboard.",
      "#### What I did",
      "I isolated the supply and called the contractor.",
      "#### How things ended",
      "Power was back by noon and nothing was lost.",
    ]);
    expect(story?.situation).toContain("switchboard");
    expect(story?.actions?.[0]?.points.join(" ")).toContain("isolated the supply");
    expect(story?.results?.[0]?.points.join(" ")).toContain("back by noon");
  });

  it("keeps a figure in words in a heading's bracket as the headline, not the title", () => {
    const [story] = stories([
      "## Server room move (half the downtime)",
      "**Situation:** The lease ended in March.",
    ]);
    expect(story?.title).toBe("Server room move");
    expect(story?.headline).toBe("half the downtime");
  });

  it("gives a list addressed to stories by number or title to those stories' notes", () => {
    const [first, second] = stories([
      "| No. | Title | Situation | Result |",
      "|---|---|---|---|",
      "| 1 | Warehouse recount | Stock was off by 4%. | The count matched within a week. |",
      "| 2 | Late supplier | Pallets came two days late. | We moved to a second supplier. |",
      "",
      "**Before the day**",
      "",
      "- 2: mention the penalty clause.",
      "- Warehouse recount: bring the variance chart.",
    ]);
    expect(first?.notes).toContain("Before the day: bring the variance chart.");
    expect(second?.notes).toContain("Before the day: mention the penalty clause.");
  });

  it("reads a bold numbered question with '→ story:' under it and '+' notes ending in 'Works for:'", () => {
    const [story, other] = stories([
      "#### Conflict",
      "",
      "**1 — Tell me about a disagreement with your manager.**",
      "  → story: *The pricing page rewrite* (Lumo Tea)",
      "  + my manager wanted discounts on the page, I thought they hurt trust",
      "  + we tested both versions for a month",
      "  + Works for:",
      "      - Describe a time you pushed back.",
      "      - How do you handle conflict?",
      "",
      "**2 — Describe a time you disagreed with a customer.**",
      "  → story: *The refund that wasn't owed* (Lumo Tea)",
      "  + a café owner wanted a refund after the promotion ended",
      "  + I offered a credit on the next order instead",
    ]);
    expect(story?.title).toBe("The pricing page rewrite");
    expect(other?.title).toBe("The refund that wasn't owed");
    expect(other?.questions).toEqual(["Describe a time you disagreed with a customer."]);
    expect(story?.context?.company).toBe("Lumo Tea");
    expect(story?.questions).toEqual([
      "Tell me about a disagreement with your manager.",
      "Describe a time you pushed back.",
      "How do you handle conflict?",
    ]);
    expect(story?.draft).toContain("tested both versions");
  });

  it("leaves out a key to the letters and a header on the document, and reads escaped '- ' bullets", () => {
    const result = read([
      "# **Prep notes – Charge Nurse**",
      "",
      "I keep these in PAR form for the panel, one example a page.",
      "",
      "**P** = Problem    **A** = Action    **R** = Result",
      "",
      "### **1\\. Night staffing gap**",
      "",
      "**P –** Two nurses called in sick at 9 pm.",
      "",
      "**A –**",
      "",
      "\\- Moved a nurse from the quieter bay.",
      "",
      "\\- Called the bank office for cover.",
      "",
      "**R –** Every patient had their obs on time.",
      "",
      "### **2\\. The missing controlled drug**",
      "",
      "**P –** The count was one ampoule short.",
      "",
      "**R –** The ampoule was found in a returns bag.",
    ]);
    expect(result.stories.map((s) => s.input.title)).toEqual([
      "Night staffing gap",
      "The missing controlled drug",
    ]);
    const [first] = result.stories.map((s) => s.input);
    expect(first?.actions?.[0]?.points).toEqual([
      "Moved a nurse from the quieter bay.",
      "Called the bank office for cover.",
    ]);
    expect(result.warnings.some((w) => w.message.includes("key to the labels"))).toBe(true);
  });

  it("names a story table's rows by its 'Example' column and keeps 'Behaviours' as tags", () => {
    const [first, second] = stories([
      "| ID | Example | Situation | Result | Behaviours |",
      "|----|---------|-----------|--------|------------|",
      "| A | Library opening hours | Branches closed at five. | Evening visits doubled. | seeing the big picture |",
      "| B | Storm response | Roads were shut for two days. | No resident went without meals. | delivering at pace, working together |",
      "",
      "| Question | Use |",
      "|---|---|",
      "| Tell us about a time you changed a service. | A or B |",
    ]);
    expect(first?.title).toBe("Library opening hours");
    expect(second?.title).toBe("Storm response");
    expect(second?.tags).toEqual(["delivering at pace", "working together"]);
    expect(first?.questions).toEqual(["Tell us about a time you changed a service."]);
    expect(second?.questions).toEqual(["Tell us about a time you changed a service."]);
  });

  it("reads 'Likely asked as' over its questions, 'story::' fields and a delivery callout", () => {
    const [listed] = stories([
      "## Closing the audit gap [Norland Bank]",
      "- **Likely asked as**",
      "    - Tell me about a control you fixed.",
      "    - Describe a time you found a risk others missed.",
      "- **Background** – Two reconciliations had not been signed for a year.",
    ]);
    expect(listed?.questions).toEqual([
      "Tell me about a control you fixed.",
      "Describe a time you found a risk others missed.",
    ]);
    const [field] = stories([
      "## Tell me about a time you changed someone's mind.",
      "",
      "story:: The lease renewal",
      "",
      "The landlord wanted a ten-year term, so I showed him what a vacant unit had cost him.",
      "",
      "> [!tip] Delivery",
      "> Slow down at the numbers.",
    ]);
    expect(field?.title).toBe("The lease renewal");
    expect(field?.notes).toContain("Delivery: Slow down at the numbers.");
  });

  it("keeps short labels of the writer's own as notes: after known dash labels, and a lone bold one", () => {
    const [dashed] = stories([
      "1) late delivery (Pine & Co)",
      "   situation - the pallet missed the 6 am slot",
      "   what i did - rebooked it and called the store",
      "   watch out - don't blame the driver",
    ]);
    expect(dashed?.actions?.[0]?.points.join(" ")).toContain("rebooked it");
    expect(dashed?.actions?.[0]?.points.join(" ")).not.toContain("driver");
    expect(dashed?.notes).toContain("watch out: don't blame the driver");
    const [bold] = stories([
      "## Ward rota",
      "**Result**",
      "Nobody worked more than three nights in a row.",
      "",
      "**Talking time** under a minute, they know the ward",
    ]);
    expect(bold?.results?.[0]?.points).toEqual(["Nobody worked more than three nights in a row."]);
    expect(bold?.notes).toContain("Talking time: under a minute, they know the ward");
  });

  it("reads 'Story 1 ·' headings, 'Lab:' as the company and short names in a map cell", () => {
    const [first, second] = stories([
      "## Story 1 · The frozen samples",
      "Lab: Orla Institute",
      "**Situation:** The freezer alarm failed overnight.",
      "",
      "## Story 2 · Sharing the sequencer",
      "**Situation:** Three groups wanted the same week.",
      "",
      "| Question | Stories |",
      "|---|---|",
      "| Tell me about a time you planned for failure. | Frozen, Sequencer |",
    ]);
    expect(first?.title).toBe("The frozen samples");
    expect(first?.context?.company).toBe("Orla Institute");
    expect(second?.title).toBe("Sharing the sequencer");
    expect(first?.questions).toEqual(["Tell me about a time you planned for failure."]);
    expect(second?.questions).toEqual(["Tell me about a time you planned for failure."]);
  });

  it("reads a filled-in worksheet: 'Story name:', numbered labels with hints, and drops a blank block", () => {
    const result = read([
      "### Story card 1",
      "",
      "**Story name:** The locked server room",
      "**What you did** *(list the steps)*",
      "I found the facilities key log and called the last person who signed it out.",
      "",
      "**What you learned** *(one line)*",
      "Write down who holds the keys.",
      "",
      "### Story card 2",
      "",
      "**Story name:**",
      "**What you did** *(list the steps)*",
      "",
      "**What you learned** *(one line)*",
    ]);
    expect(result.stories.map((s) => s.input.title)).toEqual(["The locked server room"]);
    const [story] = result.stories.map((s) => s.input);
    expect(story?.actions?.[0]?.points.join(" ")).toBe(
      "I found the facilities key log and called the last person who signed it out.",
    );
    expect(story?.lessons).toBe("Write down who holds the keys.");
    expect(result.warnings.some((w) => w.message.includes("hint (list the steps)"))).toBe(true);
    expect(result.warnings.some((w) => w.message.includes("blank template"))).toBe(true);
  });

  it("reads HTML italics as a label, 'asked for →' questions and 'Story I use →' under a question heading", () => {
    const [tagged] = stories([
      "## Boiler failure in January (Elm Court Flats)",
      "<i>Questions:</i> Tell me about a time you handled an emergency. · How do you keep tenants informed?",
      "",
      "**Problem** The boiler failed on the coldest night of the year.",
    ]);
    expect(tagged?.questions).toEqual([
      "Tell me about a time you handled an emergency.",
      "How do you keep tenants informed?",
    ]);
    const [asked] = stories([
      "#### story: the wrong concrete mix (Dunmore Civil)",
      "",
      "asked for → *Tell me about a quality problem you caught* and *Describe a time you stopped a pour*",
      "",
      "background — the batch ticket showed the wrong strength class.",
    ]);
    expect(asked?.questions).toEqual([
      "Tell me about a quality problem you caught",
      "Describe a time you stopped a pour",
    ]);
    const [used] = stories([
      "## How do you deal with a difficult guest? / Tell me about a complaint you resolved.",
      "",
      "Story I use → **The cold soup table** (Harbour Grill)",
      "",
      "#### background",
      "A table of six sent back every starter.",
      "#### my job",
      "I was running the pass that night.",
      "#### talking time",
      "under a minute",
    ]);
    expect(used?.title).toBe("The cold soup table");
    expect(used?.context?.company).toBe("Harbour Grill");
    expect(used?.questions).toEqual([
      "How do you deal with a difficult guest?",
      "Tell me about a complaint you resolved.",
    ]);
    expect(used?.notes).toContain("talking time:\nunder a minute");
  });

  it("leaves out a line that only names the method, and reads a sentence under 'My role' as the task", () => {
    const [story] = stories([
      "### The pledge drive",
      "",
      "SOAR",
      "",
      "**Situation:** Monthly donors were falling.",
      "**My role:** I was asked to bring 200 lapsed donors back before the spring appeal.",
    ]);
    expect(story?.questions).toBeUndefined();
    expect(story?.task).toBe(
      "I was asked to bring 200 lapsed donors back before the spring appeal.",
    );
    expect(story?.context?.role).toBeUndefined();
  });

  it("reads a worksheet's 'The question it answers' and 'Your goal', a figure as a fraction and notes after a dash", () => {
    const [sheet] = stories([
      "### Story block A",
      "**Story name:** The lost pallet",
      "**1 · The question it answers** *(as the interviewer would ask it)*",
      "Tell me about a time you traced a problem to its cause.",
      "**2 · Your goal** *(one line)*",
      "Find the pallet before the store opened.",
    ]);
    expect(sheet?.questions).toEqual(["Tell me about a time you traced a problem to its cause."]);
    expect(sheet?.task).toBe("Find the pallet before the store opened.");
    const [fraction] = stories([
      "## Night picking (a third fewer errors)",
      "**Result:** Errors fell.",
    ]);
    expect(fraction?.title).toBe("Night picking");
    expect(fraction?.headline).toBe("a third fewer errors");
    const [, second] = stories([
      "| # | Story | Situation | Result |",
      "|---|---|---|---|",
      "| 1 | Night picking | Pickers misread labels. | Errors fell. |",
      "| 2 | The lost pallet | A pallet went missing. | Found by six. |",
      "",
      "- Story 2 — bring the scanner log",
    ]);
    expect(second?.notes).toContain("bring the scanner log");
  });

  it("reads plain title lines over labelled lines in notes without headings", () => {
    const read = stories([
      "Prep notes – ops lead interviews",
      "",
      "Night shift staffing gap (Aldermoor Care Home)",
      "Q: Tell me about a time you covered a gap at short notice.",
      "S – Three carers rang in sick on a Saturday night.",
      "A – I called the bank staff list and worked the floor myself until two.",
      "R – Every resident had their medication on time.",
      "",
      "=== THE MISSING DELIVERY (Brookhouse Foods) ===",
      "S – A frozen order never arrived before lunch service.",
      "A – I borrowed stock from the sister site.",
      "R – No meal was cancelled.",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "Night shift staffing gap",
      "THE MISSING DELIVERY",
    ]);
    expect(read.map((story) => story.context?.company)).toEqual([
      "Aldermoor Care Home",
      "Brookhouse Foods",
    ]);
    expect(read[0]?.questions).toEqual(["Tell me about a time you covered a gap at short notice."]);
    expect(read[1]?.situation).toBe("A frozen order never arrived before lunch service.");
  });

  it("reads an italic numbered title with its employer over a quoted question and a told answer", () => {
    const [first, second] = stories([
      "*1. The burst pipe* (Oakfield Lettings)",
      "> Tell me about a time you handled an emergency.",
      "",
      "A tenant rang at midnight because water was pouring through her kitchen ceiling. I found the stopcock " +
        "details in the property file, talked her through turning it off, and booked an emergency plumber for " +
        "six in the morning. The damage stayed in one room and the insurer paid in full.",
      "",
      "*2. The deposit dispute* (contract work, not on my CV)",
      "> Describe a time you calmed an angry customer.",
      "",
      "A landlord wanted to keep a whole deposit for a stained carpet. I sat down with both of them, went " +
        "through the check-in photos and the cleaning invoice, and we agreed a split that they both signed " +
        "that afternoon without going to the adjudicator.",
    ]);
    expect(first?.title).toBe("The burst pipe");
    expect(first?.context?.company).toBe("Oakfield Lettings");
    expect(first?.questions).toEqual(["Tell me about a time you handled an emergency."]);
    expect(second?.title).toBe("The deposit dispute");
    expect(second?.context?.company).toBeUndefined();
    expect(second?.notes).toContain("contract work, not on my CV");
  });

  it("reads part headings named in everyday words and questions quoted between dashes", () => {
    const [story] = stories([
      "## 2) Closing the attainment gap [Riverside Academy]",
      "",
      '*Works for:* "Tell me about a time you used data." — "How do you support struggling pupils?"',
      "",
      "#### Setting the scene",
      "Year 8 reading ages were two years behind.",
      "#### My job",
      "I led literacy across the year group.",
      "#### What I did",
      "I ran ten-minute reading starters in every lesson.",
      "#### Where it all ended up",
      "Reading ages rose by fourteen months.",
      "#### What I'd tell myself",
      "Start with the form tutors.",
    ]);
    expect(story?.title).toBe("Closing the attainment gap");
    expect(story?.context?.company).toBe("Riverside Academy");
    expect(story?.questions).toEqual([
      "Tell me about a time you used data.",
      "How do you support struggling pupils?",
    ]);
    expect(story?.situation).toBe("Year 8 reading ages were two years behind.");
    expect(story?.task).toBe("I led literacy across the year group.");
    expect(story?.results?.[0]?.points).toEqual(["Reading ages rose by fourteen months."]);
    expect(story?.lessons).toBe("Start with the form tutors.");
  });

  it("takes the company off a question heading and a title's bracket, and splits two asked sentences", () => {
    const [asked, named] = stories([
      "## Describe a time you found an error nobody else saw [Penrose Bank]",
      "",
      "**Background:** A batch of standing orders had the wrong dates.",
      "**Outcome:** We corrected them before they ran.",
      "",
      "## Tell me about a time you saved money.",
      "",
      "- story: renegotiating the cleaning contract (this one was at Holm Street Library)",
      "- the contract had rolled over for five years",
      "- saved £9,000 a year",
    ]);
    expect(asked?.questions).toEqual(["Describe a time you found an error nobody else saw"]);
    expect(asked?.context?.company).toBe("Penrose Bank");
    expect(named?.title).toBe("Renegotiating the cleaning contract");
    expect(named?.context?.company).toBe("Holm Street Library");
    const [both] = stories([
      "## The tower crane delay",
      "",
      "*Questions:* Tell me about a time you managed a safety risk. Describe a time the plan slipped.",
      "",
      "**Situation:** The crane was late by three weeks.",
    ]);
    expect(both?.questions).toEqual([
      "Tell me about a time you managed a safety risk.",
      "Describe a time the plan slipped.",
    ]);
  });

  it("reads a story table's lettered titles for the map beside it", () => {
    const [first, second] = stories([
      "| Story | Situation | Result |",
      "| --- | --- | --- |",
      "| **A. The flooded basement** | The archive flooded overnight. | Every box was dried. |",
      "| **B. The late grant report** | The funder's deadline moved up a week. | Sent two days early. |",
      "",
      "| Question | Use |",
      "| --- | --- |",
      "| Tell me about a crisis | A |",
      "| Describe a deadline you met | B, or A if short |",
    ]);
    expect(first?.title).toBe("The flooded basement");
    expect(second?.title).toBe("The late grant report");
    expect(first?.questions).toEqual(["Tell me about a crisis", "Describe a deadline you met"]);
    expect(second?.questions).toEqual(["Describe a deadline you met"]);
  });

  it("names a worksheet by its 'Story title:' and reports the prompts of its table", () => {
    const result = read([
      "## Worksheet 3",
      "",
      "**Story title:** The unpaid invoices",
      "",
      "| Step | Prompt | Your answer |",
      "|---|---|---|",
      "| S | _What was going on?_ | Forty invoices were over ninety days old. |",
      "| R | _What happened?_ | Thirty-one were paid within a month. |",
    ]);
    const [story] = result.stories.map((s) => s.input);
    expect(story?.title).toBe("The unpaid invoices");
    expect(story?.situation).toBe("Forty invoices were over ninety days old.");
    expect(story?.results?.[0]?.points).toEqual(["Thirty-one were paid within a month."]);
    expect(JSON.stringify(story)).not.toContain("What was going on");
    expect(result.warnings.map((w) => w.message).join("\n")).toContain("What was going on?");
  });

  it("keeps a bold label of the writer's own over its text in the notes, and reads 'Where' with a team and year", () => {
    const [story] = stories([
      "## Quarter-end in four days",
      "",
      "**Where**",
      "Halden Group – payables team, 2021",
      "",
      "**Background**",
      "Quarter-end took eight days.",
      "",
      "**Outcome**",
      "It took four by the summer.",
      "",
      "**Say it slowly**",
      "the panel will want the numbers",
    ]);
    expect(story?.context?.company).toBe("Halden Group");
    expect(story?.context?.role).toBe("payables team");
    expect(story?.context?.period).toBe("2021");
    expect(story?.notes).toContain("Say it slowly: the panel will want the numbers");
    expect(story?.results?.[0]?.points).toEqual(["It took four by the summer."]);
  });

  it("reads labels after an arrow and leaves out a card named as the template", () => {
    const result = read([
      "### Spare card (copy me)",
      "**Story name** → _______",
      "1. The setting — *where and when?*",
      "2. The result — *numbers if you have them*",
      "",
      "### Card 1",
      "**Story name** → The school trip coach that never came",
      "**Organisation** → Linton Primary",
      "1. The setting — Forty pupils were waiting at the gate at 8am.",
      "2. The result — We left at 9:10 and made the museum slot.",
    ]);
    const read1 = result.stories.map((s) => s.input);
    expect(read1.map((s) => s.title)).toEqual(["The school trip coach that never came"]);
    expect(read1[0]?.context?.company).toBe("Linton Primary");
    expect(result.warnings.map((w) => w.message).join("\n")).toContain("Spare card (copy me)");
  });

  it("reads a card's custom fields and keeps its comments in the notes", () => {
    const [story] = stories([
      "### Volunteer rota rebuild",
      "",
      "**Custom fields:** Organisation: Castle Food Bank · Year: 2023",
      "",
      "* **Situation —** Saturday shifts were half empty.",
      "* **Result —** Every shift was full by March.",
      "",
      "**Comments**",
      "- **Ana** (4 May): open with the empty shelves",
    ]);
    expect(story?.context?.company).toBe("Castle Food Bank");
    expect(story?.context?.period).toBe("2023");
    expect(story?.notes).toContain("open with the empty shelves");
  });

  it("reads a chat export: time stamps and senders off, the app's lines reported, titles inside a message", () => {
    const result = read([
      "[12/09/2024, 07:02] Tomas Reyes: ward manager prep, all Harlow General unless I say",
      "[12/09/2024, 07:05] Tomas Reyes: *1. The missed insulin dose* (2023)",
      "Q: Tell me about a time you fixed a safety problem",
      "S - Two patients missed insulin on one night shift.",
      "A - I changed the handover sheet so insulin times came first.",
      "R - No missed doses in the next six months.",
      "<Media omitted>",
      "[12/09/2024, 07:11] Tomas Reyes: *2. Covering the flu week* (Eastbrook Clinic days) – short version only",
      "S - Half the nurses were off sick.",
      "A - I split the bays between agency and permanent staff.",
      "R - Every shift was covered.",
    ]);
    const read1 = result.stories.map((s) => s.input);
    expect(read1.map((s) => s.title)).toEqual(["The missed insulin dose", "Covering the flu week"]);
    expect(read1.map((s) => s.context?.company)).toEqual(["Harlow General", "Eastbrook Clinic"]);
    expect(read1[0]?.context?.period).toBe("2023");
    expect(read1[0]?.questions).toEqual(["Tell me about a time you fixed a safety problem"]);
    expect(read1[1]?.notes).toContain("short version only");
    expect(JSON.stringify(read1)).not.toContain("Tomas Reyes");
    const report = result.warnings.map((w) => `${w.message} ${w.text ?? ""}`).join("\n");
    expect(report).toContain("Tomas Reyes");
    expect(report).toContain("<Media omitted>");
  });

  it("reads numbered questions with a story told under labelled notes, and leaves out an unwritten one", () => {
    const result = read([
      "1. Tell me about a time you calmed an angry caller.",
      "   - Story – the burst main on Elm Road",
      "   - Situation – a resident rang about water in her cellar",
      "   - Action – stayed on the line and sent the crew to her first",
      "   - Result – the cellar was pumped by noon",
      "2. Describe a time you worked to a deadline.",
      "   - Story – the billing run",
      "   - the billing run had to close by Friday",
      "   - we closed it Thursday night",
      "3. Why do you want this job?",
      "   - (need to write this one)",
    ]);
    const read1 = result.stories.map((s) => s.input);
    expect(read1.map((s) => s.title)).toEqual(["The burst main on Elm Road", "The billing run"]);
    expect(read1[0]?.questions).toEqual(["Tell me about a time you calmed an angry caller."]);
    expect(read1[0]?.situation).toBe("a resident rang about water in her cellar");
    expect(result.warnings.map((w) => w.message).join("\n")).toContain("Why do you want this job?");
  });

  it("reads a map's backup column with a condition, a company after a dash that names a hotel, a School column", () => {
    const [first, second] = stories([
      "#### A · Wedding double-booking — The Grange Hotel",
      "**Situation:** Two weddings were booked into one hall.",
      "",
      "#### B · The broken lift",
      "**Situation:** The lift failed on a full weekend.",
      "",
      "| Question | Use | Backup |",
      "| --- | --- | --- |",
      "| Tell me about an angry guest | B | A, if they want something bigger |",
    ]);
    expect(first?.title).toBe("Wedding double-booking");
    expect(first?.context?.company).toBe("The Grange Hotel");
    expect(first?.questions).toEqual(["Tell me about an angry guest"]);
    expect(second?.questions).toEqual(["Tell me about an angry guest"]);
    const [row] = stories([
      "| Story | School | Situation | Result |",
      "| --- | --- | --- | --- |",
      "| Attendance drive | Castle Hill Academy | Year 9 attendance was 88%. | It rose to 94%. |",
    ]);
    expect(row?.context?.company).toBe("Castle Hill Academy");
  });

  it("reads a task list export whose stories are ticked 'Story:' tasks, and questions joined by 'and later'", () => {
    const [first, second] = stories([
      "✓ Story: Keeping the Hadley account",
      "Situation: Hadley were about to leave for a cheaper agency.",
      "Result: They renewed for two years.",
      "",
      "☐ Story: The no-show candidate",
      "Situation: A placed candidate never turned up.",
      '*Asked as:* "Tell me about a setback" and later "How do you handle a let-down client?"',
    ]);
    expect(first?.title).toBe("Keeping the Hadley account");
    expect(second?.title).toBe("The no-show candidate");
    expect(second?.questions).toEqual([
      "Tell me about a setback",
      "How do you handle a let-down client?",
    ]);
  });

  it("reads what a new user tried next: a bare question among told ones, short answers under quoted questions", () => {
    const numbered = read([
      "1. Tell me about a time you calmed an upset client.",
      "   - Story – The dog that swallowed a sock",
      "   - Situation – An owner shouted at reception.",
      "   - Result – She left us a five-star review.",
      "2. Describe a time you used your initiative.",
      "   - Story – Stock-take by text",
      "   - Situation – The vaccine fridge ran out twice.",
      "   - Action – I set up a weekly reminder.",
      "3. Tell me about a time you failed.",
      "   (need to write this)",
    ]);
    expect(numbered.stories.map((s) => s.input.title)).toEqual([
      "The dog that swallowed a sock",
      "Stock-take by text",
    ]);
    expect(numbered.warnings.map((w) => w.message).join("\n")).toContain(
      "Tell me about a time you failed.",
    );
    const quoted = stories([
      "*1. The wristband meltdown* (Kestrel Events)",
      "> Tell me about a time things went wrong on the day.",
      "",
      "The scanners failed as 3,000 people queued. I split the queue and everyone was in by seven.",
      "",
      "*2. Sponsor who pulled out* (Kestrel Events)",
      "> Describe a time you found a creative solution.",
      "",
      "Our sponsor withdrew six weeks out. Two breweries signed instead.",
    ]);
    expect(quoted.map((s) => s.title)).toEqual([
      "The wristband meltdown",
      "Sponsor who pulled out",
    ]);
    expect(quoted[1]?.questions).toEqual(["Describe a time you found a creative solution."]);
  });

  it("reads a map's 'Main' column, a note of the writer's own after letter lines, one report for a worksheet's prompts", () => {
    const [first, second] = stories([
      "### A. Burst main",
      "S – The main burst at rush hour.",
      "R – Water was back by nine.",
      "Watch out: keep it under two minutes",
      "",
      "### B. Meter backlog",
      "**Situation:** 4,000 readings were late.",
      "",
      "| Question | Main | Backup |",
      "|---|---|---|",
      "| Tell me about pressure | A | B, if they want numbers |",
    ]);
    expect(first?.results?.[0]?.points).toEqual(["Water was back by nine."]);
    expect(first?.notes).toContain("Watch out: keep it under two minutes");
    expect(first?.questions).toEqual(["Tell me about pressure"]);
    expect(second?.questions).toEqual(["Tell me about pressure"]);
    const sheet = read([
      "## Worksheet 1",
      "**Story title:** The missing stock",
      "",
      "| Step | Prompt | Your answer |",
      "|---|---|---|",
      "| S | _What was going on?_ | Stock counts were off by 8%. |",
      "| A | _What did you do?_ | I recounted the high-value lines. |",
      "| R | _What happened?_ | The gap closed to 1%. |",
    ]);
    const prompts = sheet.warnings.filter((w) => w.message.includes("prompts"));
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.message).toContain("“What did you do?”");
  });

  it("names a story by an italic line under its question heading, with the employer and a retail season", () => {
    const [story] = stories([
      "## “Tell me about a supplier who let you down.”",
      "*The late coat delivery – Harwood & Lyle, SS24*",
      "#suppliers",
      "",
      "**Situation**: Half the coats were three weeks late.",
      "**Result**: We launched on the date.",
    ]);
    expect(story?.title).toBe("The late coat delivery");
    expect(story?.context?.company).toBe("Harwood & Lyle");
    expect(story?.context?.period).toBe("SS24");
    expect(story?.questions).toEqual(["Tell me about a supplier who let you down."]);
    expect(story?.tags).toEqual(["suppliers"]);
  });

  it("takes a note app's timestamp ID off a title, reads 'P =' letter lines and a year named by its season", () => {
    const [zettel] = stories([
      "# 202404081921 Rerouting the Tuesday trucks",
      "**Situation:** The Tuesday route ran two hours late.",
    ]);
    expect(zettel?.title).toBe("Rerouting the Tuesday trucks");
    expect(zettel?.notes).toContain("202404081921");
    const [recount] = stories([
      "Story 1 - the stockroom recount",
      "P = stock counts were off by 12% every quarter",
      "A = I recounted the stockroom by zone",
      "R = the variance dropped to 2%",
    ]);
    expect(recount?.situation).toBe("stock counts were off by 12% every quarter");
    expect(recount?.actions?.[0]?.points).toEqual(["I recounted the stockroom by zone"]);
    expect(recount?.results?.[0]?.points).toEqual(["the variance dropped to 2%"]);
    const [orchard] = stories([
      "## Tell me about a time you handled an angry customer.",
      "",
      "(Harlow Orchards, 2021 harvest)",
      "",
      "A buyer called furious that half his order was bruised. I drove out the same day.",
    ]);
    expect(orchard?.context?.company).toBe("Harlow Orchards");
    expect(orchard?.context?.period).toBe("2021 harvest");
  });

  it("reads 'What I was responsible for' as the task, and keeps a legend of '=' letters out of the stories", () => {
    const [story] = stories([
      "## Migrating the billing database",
      "**Background**",
      "",
      "The database was on an unsupported version.",
      "",
      "**What I was responsible for**",
      "",
      "I owned the migration plan.",
    ]);
    expect(story?.task).toBe("I owned the migration plan.");
    const legend = read([
      "C = Context",
      "A = Action",
      "R = Result",
      "",
      "## The outage",
      "C: The site went down.",
    ]);
    expect(legend.stories).toHaveLength(1);
    expect(legend.stories[0]?.input.situation).toBe("The site went down.");
  });

  it("reads a coach's worksheet: prompts after a letter, a label of two names, a title label under 'Story #1'", () => {
    const result = read([
      "## Story #1",
      "",
      "**Story title (a few words you'll remember it by):** The school roof",
      "",
      "**Competency / question it answers:** Tell me about a project that was behind schedule.",
      "",
      "**Organisation and your role at the time:** Brannock Construction — Site Project Manager, 2020",
      "",
      "**S — Set the scene. Where were you, what was going on?**",
      "Our steel supplier went into administration.",
      "",
      "**T — What were YOU responsible for?**",
      "Keeping the programme on track.",
    ]);
    const story = result.stories[0]?.input;
    expect(story?.title).toBe("The school roof");
    expect(story?.tags ?? []).toEqual([]);
    expect(story?.questions).toEqual(["Tell me about a project that was behind schedule."]);
    expect(story?.context?.company).toBe("Brannock Construction");
    expect(story?.situation).toBe("Our steel supplier went into administration.");
    expect(story?.task).toBe("Keeping the programme on track.");
    expect(
      result.warnings.some((w) => w.message.includes("(a few words you'll remember it by)")),
    ).toBe(true);
  });

  it("reads an issue tracker's export: the key off the title, fields on one line, Description and Comments sections", () => {
    const [first, second] = stories([
      "## PREP-14 Sunsetting the legacy app",
      "",
      "**Status:** Done · **Priority:** High · **Labels:** `prioritization` `data`",
      "",
      "### Description",
      "",
      "**Context (S):** We supported an app used by 4% of users.",
      "",
      "**Outcome (R):** 91% of users migrated.",
      "",
      "### Comments",
      "",
      "Lead with the 30% number next time.",
      "",
      "## PREP-17 Launch date fight",
      "",
      "### Description",
      "",
      "**Context (S):** Sales had promised June.",
      "",
      "**Outcome (R):** We shipped on 3 June.",
    ]);
    expect(first?.title).toBe("Sunsetting the legacy app");
    expect(first?.tags).toEqual(["prioritization", "data"]);
    expect(first?.situation).toBe("We supported an app used by 4% of users.");
    expect(first?.notes).toContain("Lead with the 30% number next time.");
    expect(first?.notes).toContain("PREP-14");
    expect(second?.title).toBe("Launch date fight");
  });

  it("reads a transcript whose interviewer is named, and a spoken version in a details block named by its length", () => {
    const transcript = stories([
      "**Marcus:** Okay. Tell me about a time you dealt with a difficult guest.",
      "",
      "**Me:** A guest arrived at 1am to find we had overbooked. I booked him our sister hotel.",
      "",
      "**Marcus:** Good. Tell me about a time you improved a process.",
      "",
      "**Me:** Check-in took twelve minutes, so I moved it online.",
    ]);
    expect(transcript.map((story) => story.title)).toEqual([
      "Tell me about a time you dealt with a difficult guest.",
      "Tell me about a time you improved a process.",
    ]);
    const [story] = stories([
      "### The pipeline that dropped events",
      "**Situation** — Finance numbers never matched.",
      "",
      "<details>",
      "<summary>🗣️ 60-second version</summary>",
      "",
      "At Saltmarsh our ride data and revenue never matched.",
      "",
      "</details>",
    ]);
    expect(story?.refined).toBe("At Saltmarsh our ride data and revenue never matched.");
  });

  it("reads a story matrix under the document's title and aim, and a heading's value before an arrow", () => {
    const result = read([
      "# Area manager prep (pasted from my sheet)",
      "",
      "Sheet has 2 tabs. Aim: every row needs a number in the Result column.",
      "",
      "## Tab 1 — Stories",
      "",
      "| # | Story | Store / year | Situation | Result |",
      "|---|---|---|---|---|",
      "| 1 | Turning around shrink | Pennywhistle Home, Leeds (2021) | Shrink at 3.8% | Shrink 1.6% |",
      "| 2 | Christmas rota | Pennywhistle Home (2022) | Three supervisors off sick | All shifts covered |",
    ]);
    expect(result.stories.map((story) => story.input.title)).toEqual([
      "Turning around shrink",
      "Christmas rota",
    ]);
    expect(result.stories[0]?.input.context?.company).toBe("Pennywhistle Home");
    const [arrowed] = stories([
      "### Compassion → End of life on a busy ward",
      "*Time: ~90 sec*",
      "- **S:** A patient was dying in a six-bed bay.",
      '- Possible Qs: "Tell me about a time you went above and beyond"',
    ]);
    expect(arrowed?.title).toBe("End of life on a busy ward");
    expect(arrowed?.tags).toEqual(["Compassion"]);
    expect(arrowed?.notes).toContain("Time: ~90 sec");
    expect(arrowed?.questions).toEqual(["Tell me about a time you went above and beyond"]);
  });

  it("reads the employer of the current job an intro names, and a list of questions mapped to stories by an arrow", () => {
    const result = read([
      "Current job: Senior Housing Officer, Brackley Borough Council (since 2019). Both examples below are from this job.",
      "",
      "| Behaviour | Example | Situation | Result |",
      "| --- | --- | --- | --- |",
      "| Delivering at Pace | Prevention backlog | 340 cases were open. | Cleared in seven weeks. |",
      "| Working Together | Selling the empty homes levy | Councillors were split. | The levy passed. |",
      "",
      "## Questions they could ask",
      "",
      "- Tell me about a time you had to deliver something quickly → Prevention backlog",
      "- How have you persuaded people who disagreed with you? → Empty homes levy",
    ]);
    const [first, second] = result.stories.map((story) => story.input);
    expect(first?.context?.company).toBe("Brackley Borough Council");
    const [nurse] = stories([
      "Current job: Nurse Manager, St. Mary's Hospital (since 2020). All examples are from this job.",
      "",
      "## The falls audit",
      "**Situation:** Falls were rising.",
      "**Result:** Falls halved.",
    ]);
    expect(nurse?.context?.company).toBe("St. Mary's Hospital");
    expect(first?.questions).toEqual(["Tell me about a time you had to deliver something quickly"]);
    expect(second?.questions).toEqual(["How have you persuaded people who disagreed with you?"]);
    expect(result.warnings.some((w) => w.message.includes("names the question map"))).toBe(true);
    const [spanish] = stories([
      "### 3. Conflicto con producción / Conflict with production — Lácteos del Valle (2020)",
      "**Situación / Situation:** La línea paraba cada día.",
    ]);
    expect(spanish?.title).toBe("Conflicto con producción / Conflict with production");
    expect(spanish?.context?.company).toBe("Lácteos del Valle");
    expect(spanish?.context?.period).toBe("2020");
  });

  it("reads this round's kinds written another way: a timestamp with a T, '=' letter lines, a timing note under a heading", () => {
    const [stocktake, rota] = stories([
      "# 20230917T0815 Fixing the stocktake count",
      "",
      "*Greystone Books (independent bookshop), 2023 · tags: retail, accuracy*",
      "",
      "C = the annual stocktake was out by 900 titles",
      "A = I split the shop into 12 zones",
      "R = the gap fell to 40 titles",
      "",
      "Timing – about 45 seconds, keep the zones bit short",
      "",
      "- [ ] todo: check the exact title count",
      "",
      "# Teamwork → Covering the Saturday rota",
      "",
      "(Greystone Books, 2022 Christmas season)",
      "",
      "**Situation:** Two booksellers left in November.",
      "**Result:** Every Saturday was covered.",
      "",
      'Likely Qs: "Tell me about working under pressure"',
    ]);
    expect(stocktake?.title).toBe("Fixing the stocktake count");
    expect(stocktake?.context).toMatchObject({ company: "Greystone Books", period: "2023" });
    expect(stocktake?.tags).toEqual(["retail", "accuracy"]);
    expect(stocktake?.situation).toBe("the annual stocktake was out by 900 titles");
    expect(stocktake?.notes).toContain("Timing: about 45 seconds, keep the zones bit short");
    expect(stocktake?.notes).toContain("TODO: check the exact title count");
    expect(rota?.title).toBe("Covering the Saturday rota");
    expect(rota?.tags).toEqual(["Teamwork"]);
    expect(rota?.context).toMatchObject({
      company: "Greystone Books",
      period: "2022 Christmas season",
    });
    expect(rota?.questions).toEqual(["Tell me about working under pressure"]);
  });

  it("reads a title label whose hint holds a colon, a GitHub issue's number, and one field beside the status", () => {
    const [worksheet] = stories([
      "## Story #1",
      "",
      "Story title (hint: make it memorable): The midnight database migration",
      "",
      "**Situation:** The database was full.",
      "**Result:** We moved it overnight.",
    ]);
    expect(worksheet?.title).toBe("The midnight database migration");
    const [issue, single] = stories([
      "## #43 Learned Go in two weeks",
      "",
      "**Status:** Open · **Labels:** `learning` `growth`",
      "",
      "**Situation:** The team moved to Go.",
      "**Result:** I shipped a service in week two.",
      "",
      "## STO-13 Disagreement with the VP",
      "",
      "**Status:** In Progress · **Labels:** `conflict`",
      "",
      "**Situation:** The VP wanted a rewrite.",
      "**Result:** We refactored instead.",
    ]);
    expect(issue?.title).toBe("Learned Go in two weeks");
    expect(issue?.tags).toEqual(["learning", "growth"]);
    expect(issue?.notes).toContain("#43");
    expect(single?.tags).toEqual(["conflict"]);
    expect(single?.notes).toContain("Status: In Progress");
  });

  it("reads a role held at a company, a round heading over polite prompts, and a named interviewer's follow-ups", () => {
    const [billing] = stories([
      "## Migrating billing — Senior Engineer at Acme Corp (2022)",
      "",
      "**Situation:** Billing ran on a monolith.",
      "**Result:** We cut over with zero incidents.",
    ]);
    expect(billing?.title).toBe("Migrating billing");
    expect(billing?.context).toMatchObject({
      company: "Acme Corp",
      role: "Senior Engineer",
      period: "2022",
    });
    const round = read([
      "## Round 1 — behavioural",
      "",
      "**Interviewer:** Thanks for coming in. Can you tell me about a time you failed?",
      "",
      "**Me:** I shipped a pricing change without a flag and rolled it back in 20 minutes.",
      "",
      "**Interviewer:** What would you do differently?",
      "",
      "**Me:** Ask for a second reviewer.",
      "",
      "**Interviewer:** OK. Next one — tell me about a time you influenced a team.",
      "",
      "**Me:** I rebuilt the analysts' three reports in the new tool and usage moved over in a month.",
    ]);
    const [failed, influenced] = round.stories.map((story) => story.input);
    expect(round.stories).toHaveLength(2);
    expect(failed?.questions).toEqual(["Tell me about a time you failed?"]);
    expect(failed?.notes).toContain("Thanks for coming in.");
    // The interviewer asks for a part of the story: the reply is that part.
    expect(failed?.differently).toBe("Ask for a second reviewer.");
    expect(failed?.followUps).toBeUndefined();
    expect(influenced?.questions).toEqual(["Tell me about a time you influenced a team."]);
    expect(round.warnings.map((w) => w.message).join("\n")).toContain(
      '"Round 1 — behavioural" groups the stories under it',
    );
    const [conflict] = stories([
      "**Date:** 2024-05-09 · **Format:** three questions",
      "",
      "## Q1 [00:02]: Conflict",
      "",
      "*Story used: The schema registry fight (Corbel)*",
      "",
      "**Sam:** Tell me about a time you disagreed with another engineer.",
      "",
      "**Me:** Rui wanted plain JSON events; I piloted a registry with two teams.",
      "",
      "**Sam:** What if Rui still said no?",
      "",
      "**Me:** I'd have asked our director for a decision by a date.",
      "",
      "## Q2 [00:14]: Failure",
      "",
      "**Sam:** Tell me about a project that failed.",
      "",
      "**Me:** My capacity plan missed two launches and we had a four-hour outage.",
    ]);
    expect(conflict?.title).toBe("The schema registry fight");
    expect(conflict?.context?.company).toBe("Corbel");
    expect(conflict?.notes).toContain("Q1 [00:02]: Conflict");
    expect(conflict?.followUps).toEqual([
      {
        question: "What if Rui still said no?",
        answer: "I'd have asked our director for a decision by a date.",
      },
    ]);
  });

  it("reads worksheet prompts, primary stories, wikilinked headings, a role with its year and a map inside a story", () => {
    const worksheet = read([
      "### Prompt 1: Tell me about a time you learned something quickly.",
      "",
      "**Story title:** Learning SQL for the stock report",
      "",
      "**Situation:** The analyst quit.",
      "**Result:** The report took 20 minutes instead of half a day.",
      "",
      "*Instructor feedback: Great pivot story.*",
      "",
      "### Prompt 2: Tell me about a time you received critical feedback.",
      "",
      "**Story title:** _______________",
      "",
      "**Situation:**",
      "",
      "**Action:**",
      "1.",
      "2.",
    ]);
    const [sql] = worksheet.stories.map((story) => story.input);
    expect(worksheet.stories).toHaveLength(1);
    expect(sql?.title).toBe("Learning SQL for the stock report");
    expect(sql?.questions).toEqual(["Tell me about a time you learned something quickly."]);
    expect(sql?.notes).toContain("Instructor feedback: Great pivot story.");
    const [primary, linked] = stories([
      "### Primary: Rebooking stranded travellers (Wayfarer Travel)",
      "**Situation:** A storm grounded 300 flights.",
      "",
      "### Talking [[Priya Nair|Priya]] out of quitting ([[Quayside Bank]])",
      "**Situation:** Priya had handed in her notice.",
      "**Role:** Tech lead, 2022",
    ]);
    expect(primary?.title).toBe("Rebooking stranded travellers");
    expect(primary?.context?.company).toBe("Wayfarer Travel");
    expect(linked?.title).toBe("Talking Priya out of quitting");
    expect(linked?.context).toMatchObject({
      company: "Quayside Bank",
      role: "Tech lead",
      period: "2022",
    });
    const [outage, freeze] = stories([
      "## Story 1: The payments outage",
      "**Situation:** Retries charged customers twice.",
      "**Result:**",
      "- Every customer refunded by Monday.",
      "- Questions this answers",
      "    - Tell me about a production incident.",
      "",
      "## Story 2: The code freeze argument",
      "**Situation:** Our director wanted a six-week freeze.",
      "",
      "**Questions to map these to:**",
      "",
      "* Tell me about a time you disagreed with leadership → Story 2",
      "* How do you handle pressure? → Story 1",
    ]);
    expect(outage?.results).toEqual([{ points: ["Every customer refunded by Monday."] }]);
    expect(outage?.questions).toEqual([
      "Tell me about a production incident.",
      "How do you handle pressure?",
    ]);
    expect(freeze?.questions).toEqual(["Tell me about a time you disagreed with leadership"]);
  });

  it("reads a numbered bold title with a remark after it, beside a story under a plain heading", () => {
    const [migration, screwup, grads] = stories([
      "**1. The migration nobody wanted**",
      "",
      "S: The cluster was going end-of-life.",
      "R: Zero data loss.",
      "",
      "**2. The time I screwed up** (everyone asks this one)",
      "",
      "S: I shipped a rate-limiter change.",
      "R: The customer stayed.",
      "",
      "## Onboarding two new grads",
      "",
      "**Situation:** A hiring freeze left us with two new graduates.",
      "**Result:** Both shipped by week seven.",
    ]);
    expect(migration?.title).toBe("The migration nobody wanted");
    expect(screwup?.title).toBe("The time I screwed up");
    expect(screwup?.notes).toContain("everyone asks this one");
    expect(grads?.title).toBe("Onboarding two new grads");
  });

  it("reads Org-mode headings and drawers, issue keys in brackets, and a comment thread beside a story", () => {
    const [ledger, tickets] = stories([
      "## DONE Payments reconciliation rewrite       :ownership:technical:",
      "   CLOSED: [2024-01-20 Sat 18:02]",
      "   :PROPERTIES:",
      "   :COMPANY:  Fenwick Bank",
      "   :PERIOD:   2022",
      "   :END:",
      "",
      "   - Situation :: Reconciliation failed twice a week.",
      "   - Result :: Failures dropped from 8 a month to 1.",
      "   - Follow-up :: If asked about the cost, it was two weeks of my time.",
      "",
      "   TODO tighten the result",
      "",
      "## [JS-107] Mentoring a new hire",
      "",
      "| Property | Value |",
      "| --- | --- |",
      "| Status | Drafting |",
      "",
      "Dev had not merged a pull request in six weeks. I paired with him twice a week.",
      "",
      "**Me** commented · 10 Feb 2024",
      "Needs a result number.",
    ]);
    expect(ledger?.title).toBe("Payments reconciliation rewrite");
    expect(ledger?.tags).toEqual(["ownership", "technical"]);
    expect(ledger?.context).toMatchObject({ company: "Fenwick Bank", period: "2022" });
    expect(ledger?.followUps).toEqual([
      { question: "If asked about the cost", answer: "it was two weeks of my time." },
    ]);
    expect(ledger?.notes).toContain("TODO tighten the result");
    expect(ledger?.notes).toContain("Status: DONE");
    expect(tickets?.title).toBe("Mentoring a new hire");
    expect(tickets?.notes).toContain("[JS-107]");
    expect(tickets?.draft).toContain("I paired with him twice a week.");
    expect(tickets?.draft).not.toContain("Needs a result number");
    expect(tickets?.notes).toContain("Me commented · 10 Feb 2024\nNeeds a result number.");
    const [cfo] = stories([
      "*Story 3: Saying no to the CFO's spreadsheet*",
      "S: The CFO wanted a weekly export of every customer.",
      "R: He signed off a one-page report instead.",
      "",
      "**Tom Reyes** 12:13 PM",
      "the template I use:",
      "S: one line",
      "R: a number",
    ]);
    expect(cfo?.situation).toBe("The CFO wanted a weekly export of every customer.");
    expect(cfo?.notes).toContain("S: one line");
  });

  it("reads letter story lines under competency headings, a dropped item after list stories, and a blank matrix row", () => {
    const [merge, app] = stories([
      "## Leading through change",
      "",
      "**Story A — Merging two gym teams**",
      "",
      "Situation: I inherited 11 staff.",
      "Result: We kept all 11.",
      "",
      "**Story B — Rolling out the booking app**",
      "",
      "Situation: Members kept phoning reception.",
      "Result: App bookings reached 76%.",
    ]);
    expect(merge?.title).toBe("Merging two gym teams");
    expect(app?.title).toBe("Rolling out the booking app");
    const listed = stories([
      "1. **Rebuilding the science unit**",
      "   - Situation: Schools closed.",
      "   - Result: Completion rose to 78%.",
      "2. **Winning over a sceptical head**",
      "   - Situation: He refused the platform.",
      "   - Result: Submissions rose to 84%.",
      "3. ~~Parents' evening story~~, dropped: too thin",
    ]);
    expect(listed.map((story) => story.title)).toEqual([
      "Rebuilding the science unit",
      "Winning over a sceptical head",
    ]);
    expect(listed[1]?.notes).toContain("Parents' evening story, dropped: too thin");
    const matrix = stories([
      "| # | Story | Situation | Task | Action | Result | Status |",
      "|---|---|---|---|---|---|---|",
      "| 1 | The month-end close | Close took 11 days. | Get it to 5. | Automated accruals. | 4 days. | ✅ |",
      "| 2 | Failure story?? |  |  |  |  | ❌ need one |",
    ]);
    expect(matrix.map((story) => story.title)).toEqual(["The month-end close"]);
  });

  it("reads one long story under part headings: phases under the actions, Q/A follow-ups, a spoken version by its length", () => {
    const [ledger] = stories([
      "# The ledger migration",
      "",
      "**Team:** 9 engineers across 3 teams",
      "",
      "## Background",
      "",
      "The ledger was twenty years old.",
      "",
      "## What I did",
      "",
      "### Phase 1 — Making the unknowns visible",
      "",
      "- Catalogued 340 batch behaviours",
      "",
      "### Phase 2 — Dual-running",
      "",
      "- Ran both ledgers side by side",
      "",
      "## Results",
      "",
      "- Zero lost transactions",
      "",
      "## The 60-second version",
      "",
      "> We moved the ledger with zero lost transactions.",
      "",
      "## Follow-up Q&A",
      "",
      "**Q: Why not a big-bang cutover?**",
      "A: Nobody knew every behaviour of the old system.",
      "",
      "**Q: What was hardest?**",
      "A: Telling the CFO we needed two more months.",
    ]);
    expect(ledger?.title).toBe("The ledger migration");
    expect(ledger?.actions?.map((group) => group.heading)).toEqual([
      "Phase 1 — Making the unknowns visible",
      "Phase 2 — Dual-running",
    ]);
    expect(ledger?.refined).toBe("We moved the ledger with zero lost transactions.");
    expect(ledger?.followUps).toEqual([
      {
        question: "Why not a big-bang cutover?",
        answer: "Nobody knew every behaviour of the old system.",
      },
      { question: "What was hardest?", answer: "Telling the CFO we needed two more months." },
    ]);
    expect(ledger?.context?.teamSize).toBe(9);
    expect(ledger?.notes).toContain("Team: 9 engineers across 3 teams");
  });

  it("reads a map with a question still open, a 'Your turn' template, checklists and text indented under a definition", () => {
    const mapped = read([
      "## Questions → stories",
      "",
      "1. Tell me about a time you disagreed with your manager. → Pushing back on the rewrite",
      "2. What's the project you're proudest of? → ??? (need a new one)",
      "",
      "## Pushing back on the rewrite",
      "",
      "**S** — My manager wanted a rewrite in Go.",
      "**R** — We extracted two services instead.",
      "",
      "## Your turn",
      "",
      "Copy this template for each question you prepare.",
      "",
      "**Situation** – ________________",
      "",
      "**Result** – ________________",
    ]);
    const [rewrite] = mapped.stories.map((story) => story.input);
    expect(mapped.stories).toHaveLength(1);
    expect(rewrite?.questions).toEqual(["Tell me about a time you disagreed with your manager."]);
    expect(mapped.warnings.map((w) => w.message).join("\n")).toContain(
      "The question maps to no story of this document yet.",
    );
    const [card, meters] = stories([
      "### Onboarding revamp",
      "",
      "Situation: New agents took seven weeks to handle calls alone.",
      "",
      "**Checklist: Actions (2/2)**",
      "- [x] Interviewed the last 12 leavers",
      "- [x] Built an answer library",
      "",
      "**Checklist: Results (1/1)**",
      "- [x] Early attrition dropped from 30% to 11%",
      "",
      "## Replacing the meter-reading batch",
      "",
      "Situation",
      "",
      ":   The nightly batch failed once a week.",
      "",
      "Result",
      "",
      ":   -   Failures fell from 52 a year to 3",
      "",
      "    -   Saving an estimated \\$310,000 a year",
    ]);
    expect(card?.actions?.[0]?.points).toHaveLength(2);
    expect(card?.results?.[0]?.points?.[0]).toContain("Early attrition dropped from 30% to 11%");
    expect(JSON.stringify(meters?.results)).toContain("Saving an estimated $310,000 a year");
    expect(JSON.stringify(meters?.results)).not.toContain("\\\\$");
  });

  it("reads a role told as a sentence after the role was set, and a form's response with its fields", () => {
    const [ledger] = stories([
      "# The migration",
      "",
      "**Company:** Quill Bank · **Role:** Staff Engineer",
      "",
      "## Background",
      "",
      "The ledger was old.",
      "",
      "## My role",
      "",
      "I was the staff engineer accountable for the technical plan and the cutover decision. I did not manage any of the three teams involved.",
    ]);
    expect(ledger?.task).toContain("accountable for the technical plan");
    expect(ledger?.draft).toBeUndefined();
    const [response] = stories([
      "## Response 1",
      "",
      "Timestamp: 3/4/2024 19:42:11",
      "Story title: Fixing the flaky tests",
      "Which interview question does this story answer?: Tell me about a hard problem.",
      "Situation (2–3 sentences): The suite failed one run in four.",
      "Task (what were YOU responsible for?): Make it reliable.",
    ]);
    expect(response?.title).toBe("Fixing the flaky tests");
    expect(response?.questions).toEqual(["Tell me about a hard problem."]);
    expect(response?.situation).toBe("The suite failed one run in four.");
  });

  it("reads a scenario label, Portuguese lessons, a role after the year, a point with its detail, and a key to the labels", () => {
    const nurse = read([
      "## Escalating a deteriorating patient",
      "Scenario: A patient just didn't look right.",
      "What I did: I called the outreach team.",
      "Outcome: He went to ICU in time.",
      "",
      "## STAR reminder (for me)",
      "Scenario – My role – What I did – Outcome – Learning. Keep it short!",
    ]);
    expect(nurse.stories).toHaveLength(1);
    expect(nurse.stories[0]?.input.situation).toBe("A patient just didn't look right.");
    expect(nurse.warnings.map((w) => w.message).join("\n")).toContain("a key to the labels");
    const [pagamentos, forecast] = stories([
      "## Migração do sistema de pagamentos",
      "**Situação:** O sistema antigo caía toda semana.",
      "**Aprendizado:** Cada passo pode ser desfeito.",
      "",
      "### Forecasting call-centre demand",
      "_Ostrava Telecom · 2019 · Analyst → Data Scientist_",
      "",
      "#### Action",
      "- Built a Prophet model per queue with holiday and billing-cycle effects",
      "    - billing-cycle day turned out to be the strongest driver",
      "- Sat with the planners every Friday",
    ]);
    expect(pagamentos?.lessons).toBe("Cada passo pode ser desfeito.");
    expect(forecast?.context).toMatchObject({
      company: "Ostrava Telecom",
      period: "2019",
      role: "Analyst → Data Scientist",
    });
    expect(forecast?.actions).toEqual([
      {
        points: [
          "Built a Prophet model per queue with holiday and billing-cycle effects",
          "billing-cycle day turned out to be the strongest driver",
          "Sat with the planners every Friday",
        ],
      },
    ]);
  });

  it("takes an index table's competencies as tags, and a parking-lot toggle after the last story", () => {
    const [monolith] = stories([
      "| # | Story | Company | Year | Competencies |",
      "|---|---|---|---|---|",
      "| 1 | Splitting the monolith team | Quayside Bank | 2023 | Org design, Delivery |",
      "| 2 | Vendor outage in payroll week | Mirefield HR | 2020 | Communication |",
      "",
      "## Splitting the monolith team",
      "",
      "**S.** One team owned the whole monolith.",
      "**R.** Lead time fell by half.",
      "",
      "## Vendor outage in payroll week",
      "",
      "**S.** The payroll vendor went down.",
      "**R.** Everyone was paid on time.",
    ]);
    expect(monolith?.tags).toEqual(["Org design", "Delivery"]);
    const toggles = stories([
      "- ▶ The save-file corruption patch",
      "    ",
      "    **Situation**",
      "    Players lost their save files.",
      "    ",
      "    **Result**",
      "    - Corruption reports dropped to zero",
      "- ▶ Ideas",
      "    - the localisation pipeline rewrite?",
    ]);
    expect(toggles.map((story) => story.title)).toEqual(["The save-file corruption patch"]);
    expect(toggles[0]?.notes).toContain("Ideas");
  });

  it("reads a daily note's stories under its date, and a label line run into the last bullet", () => {
    const note = read([
      "# 2024-05-21 Tue",
      "",
      "## Tasks",
      "- [x] standup",
      "- [ ] book dentist",
      "",
      "### Taming the flaky CI pipeline",
      "situation:: CI failed one run in five.",
      "action::",
      "- Tagged every failure by root cause",
      "- Posted a weekly flakiness chart",
      "result:: Red builds fell from 20% to under 2%.",
      "lesson:: Measure the failures before fixing them.",
    ]);
    const [ci] = note.stories.map((story) => story.input);
    expect(note.stories).toHaveLength(1);
    expect(ci?.title).toBe("Taming the flaky CI pipeline");
    expect(ci?.actions).toEqual([
      { points: ["Tagged every failure by root cause", "Posted a weekly flakiness chart"] },
    ]);
    expect(ci?.results).toEqual([{ points: ["Red builds fell from 20% to under 2%."] }]);
    expect(ci?.lessons).toBe("Measure the failures before fixing them.");
  });

  it("reads behaviour headings over prose examples, a checklist aside, and a role with a remark after the year", () => {
    const statements = read([
      "## Behaviour: Making Effective Decisions",
      "",
      "**Example:**",
      "",
      "In 2023 I led the analysis behind a decision on the rural bus fare cap. Ministers needed a recommendation within six weeks.",
      "",
      "## Behaviour: Delivering at Pace",
      "",
      "**Example:**",
      "",
      "In March 2022 a data supplier withdrew at short notice. I took responsibility for getting the release out on time.",
      "",
      "### Checklist before submitting",
      "",
      "- [ ] Spell check",
    ]);
    const [decisions, pace] = statements.stories.map((story) => story.input);
    expect(statements.stories).toHaveLength(2);
    expect(decisions?.title).toBe("Making Effective Decisions");
    expect(decisions?.tags).toContain("Making Effective Decisions");
    expect(decisions?.draft).toContain("rural bus fare cap");
    expect(pace?.title).toBe("Delivering at Pace");
    const [larkspur] = stories([
      "## 01 — Making repeat prescriptions findable",
      "",
      "*Larkspur Health · 2023 · Lead product designer, with 1 PM and 4 engineers*",
      "",
      "### The problem",
      "",
      "Patients phoned the clinic to reorder.",
    ]);
    const [warehouse] = stories([
      "1. **Warehouse scanners to Android** (Brockley Logistics, 2020)",
      "   - Situation: The scanners ran Windows CE.",
      "   - Result: All 9 sites moved in 14 weeks.",
    ]);
    expect(larkspur?.context).toMatchObject({
      company: "Larkspur Health",
      period: "2023",
      role: "Lead product designer",
    });
    expect(larkspur?.notes).toContain("with 1 PM and 4 engineers");
    expect(warehouse?.context).toMatchObject({ company: "Brockley Logistics", period: "2020" });
  });
});

describe("the kinds of the thirty-sixth to thirty-ninth held-out sets, written another way", () => {
  it("reads a Process or Timeline part as the actions, but an upper-case PROCESS line groups", () => {
    const [design, incident] = stories([
      "## Checkout for one-handed use",
      "### Background",
      "Half the taps on our kiosk missed the button.",
      "### My process",
      "- Filmed twelve shoppers using it",
      "- Moved every button into thumb reach",
      "### Impact",
      "Missed taps fell by 80%.",
      "",
      "## The night the lifts stopped",
      "**Situation:** Both lifts in the car park failed at 23:00.",
      "**Timeline:**",
      "- 23:05 — called the contractor",
      "- 23:40 — opened the stair cores",
      "**Result:** Everyone was out by midnight.",
    ]);
    expect(design?.actions?.[0]?.points).toEqual([
      "Filmed twelve shoppers using it",
      "Moved every button into thumb reach",
    ]);
    expect(incident?.actions?.[0]?.points).toEqual([
      "23:05 — called the contractor",
      "23:40 — opened the stair cores",
    ]);
  });

  it("keeps an outline's numbered Result apart from the bullets above it", () => {
    const [story] = stories([
      "1. Fixing the bus timetable",
      "   1.1 Situation: Buses left before the trains arrived.",
      "   1.2 Action:",
      "       - Matched each departure to a train",
      "       - Posted the new times at the station",
      "   1.3 Result: Missed connections fell from 40 to 3 a week.",
      "2. The depot move",
      "   2.1 Situation: The depot lease ended in March.",
      "   2.2 Action:",
      "       - Found a yard near the ring road",
      "   2.3 Result: We moved in one weekend.",
    ]);
    expect(story?.actions?.[0]?.points).toEqual([
      "Matched each departure to a train",
      "Posted the new times at the station",
    ]);
    expect(story?.results?.[0]?.points).toEqual(["Missed connections fell from 40 to 3 a week."]);
  });

  it("reads shorthand labels with = and ->, a title between ~~ marks and a legend as no story", () => {
    const read = stories([
      "Legend:",
      "S = Situation",
      "R = Result",
      "",
      "~~ the flooded basement ~~",
      "S - rain came through the archive room wall",
      "A -> moved 300 boxes upstairs with two porters",
      "R = nothing was lost",
      "",
      "~~ the late invoice run ~~",
      "S - the billing system froze on the 30th",
      "A -> typed the 60 invoices by hand",
      "R = paid on time",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "the flooded basement",
      "the late invoice run",
    ]);
    expect(read[0]?.results?.[0]?.points).toEqual(["nothing was lost"]);
    expect(read[1]?.actions?.[0]?.points).toEqual(["typed the 60 invoices by hand"]);
  });

  it("takes questions from a title's (Q: …) bracket, and a company named again from the story before", () => {
    const [first, second] = stories([
      "1) the grant report (Q: tell me about a deadline you met / Q: describe working under pressure)",
      "",
      "where: Fenwick Trust, 2020",
      "situation: the funder moved the deadline forward a month",
      "",
      "2) the volunteer rota (Q: tell me about leading volunteers)",
      "",
      "where: Fenwick again, 2021",
      "situation: half the volunteers quit in one week",
    ]);
    expect(first?.title).toBe("the grant report");
    expect(first?.questions).toEqual([
      "tell me about a deadline you met",
      "describe working under pressure",
    ]);
    expect(second?.context?.company).toBe("Fenwick Trust");
    expect(second?.notes).toContain("Fenwick again");
  });

  it("reads a postmortem as a story: its summary tells the situation, its date is the period", () => {
    const [story] = stories([
      "# Post-mortem: Ticketing site outage (2024-02-03)",
      "## Summary",
      "A certificate expired on the ticketing site at 09:00 on the morning general sale opened, so every buyer saw a security warning and most of them left before we noticed the problem at all.",
      "## My role",
      "I was the duty engineer.",
      "## Timeline",
      "- 09:04 — first complaint on social media",
      "- 09:20 — new certificate live",
    ]);
    expect(story?.title).toBe("Ticketing site outage");
    expect(story?.context?.period).toBe("2024-02-03");
    expect(story?.situation).toContain("A certificate expired");
    expect(story?.actions?.[0]?.points).toContain("09:20 — new certificate live");
  });

  it("takes a résumé bullet's quoted line and a case study's name as titles", () => {
    const read = stories([
      '#### Bullet: "Halved stock-outs across 14 stores"',
      "**Situation:** Shelves were empty every Monday.",
      "",
      "#### Case study: The loyalty app relaunch",
      "**Situation:** Downloads had stalled.",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "Halved stock-outs across 14 stores",
      "The loyalty app relaunch",
    ]);
  });

  it("reads a forum post's titles over short answers, and does not take the post's own question", () => {
    const read = stories([
      "# Which STAR answers worked in your retail interviews?",
      "",
      "I have a final round at a supermarket next week and I panic on these. Any examples?",
      "",
      "**1. The empty freezer aisle**",
      "",
      "Our freezers failed on a Saturday. I moved the stock to the back chillers, put up signs and called the engineer; we lost nothing and sales held up all day long.",
      "",
      "**2. The price-check queue**",
      "",
      "The scanners rejected every promotion. I wrote the prices on a board by the tills and keyed them by hand until the fix came.",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "The empty freezer aisle",
      "The price-check queue",
    ]);
  });

  it("reads bold interview questions in a reply as story openers", () => {
    const read = stories([
      "**Re: panel interview tips**",
      "",
      '**"Tell me about a time you handled an upset parent."**',
      "",
      "Situation – A father shouted at reception about a missed referral.",
      "",
      "Action – I took him to a quiet room and called the clinic with him there.",
      "",
      '**"Describe a time you made an error."**',
      "",
      "Situation – I booked a patient into the wrong clinic.",
      "",
      "Action – I phoned her the same hour and rebooked her myself.",
    ]);
    expect(read.map((story) => story.questions?.[0])).toEqual([
      "Tell me about a time you handled an upset parent.",
      "Describe a time you made an error.",
    ]);
    expect(read[1]?.situation).toBe("I booked a patient into the wrong clinic.");
  });

  it("reads list items that ask in bold and answer in prose as a story each", () => {
    const read = stories([
      "1. **Tell me about a time you calmed an angry visitor.** A visitor arrived at the ward after hours demanding to see his mother, and I stayed with him in the corridor, explained the visiting rules, found the nurse in charge and arranged a short supervised visit so he left calmer than he came and thanked the whole team afterwards.",
      "   - *Keep it under a minute.*",
      "2. **Describe a time you worked with another agency.** When a patient with no fixed address was ready to go home, I called the council housing team, the GP and the charity shelter together, agreed who would do what by the end of the week and got him a bed the same evening he left hospital.",
    ]);
    expect(read.map((story) => story.questions?.[0])).toEqual([
      "Tell me about a time you calmed an angry visitor.",
      "Describe a time you worked with another agency.",
    ]);
    expect(read[0]?.draft).toContain("supervised visit");
    expect(read[0]?.notes).toContain("Keep it under a minute.");
  });

  it("gives timed speaker notes, talk tracks and a section of spoken versions to the refined telling", () => {
    const read = stories([
      "## The new till system",
      "**Situation:** Staff hated the new tills.",
      "<!-- Speaker notes (45 sec): We had new tills nobody liked, so I trained one champion per shift. -->",
      "",
      "## The stock audit",
      "**Situation:** The audit found 4% missing.",
      "",
      "## 60-second versions",
      "**The stock audit**",
      "The audit found four percent missing, so I recounted every aisle with the team.",
    ]);
    expect(read[0]?.refined).toBe(
      "We had new tills nobody liked, so I trained one champion per shift.",
    );
    expect(read[1]?.refined).toBe(
      "The audit found four percent missing, so I recounted every aisle with the team.",
    );
  });

  it("reads a Slack export's emoji shortcodes, a Roman-numeral outline and a word processor's bold labels", () => {
    const [slack] = stories([
      "*The late shipment* (Harbour Goods, 2022)",
      ":round_pushpin: *Situation:* A container sat in customs for nine days.",
      ":dart: *Task:* Get the stock to 20 stores before the sale.",
    ]);
    expect(slack?.situation).toBe("A container sat in customs for nine days.");
    expect(slack?.task).toBe("Get the stock to 20 stores before the sale.");
    const [outline] = stories([
      '# Talk outline: "The Ward That Stopped Falling"',
      "I. Situation",
      "   A. Eleven falls in one quarter",
      "II. What I did",
      "   A. Started hourly rounds at night",
      "   B. Put bed alarms on by default",
      "III. Result",
      "   A. Two falls the next quarter",
    ]);
    expect(outline?.title).toBe("The Ward That Stopped Falling");
    expect(outline?.actions?.[0]?.points).toEqual([
      "Started hourly rounds at night",
      "Put bed alarms on by default",
    ]);
    const [word] = stories([
      "**The library move**",
      "",
      "**Situation: **Our library had to move floors in a week\\.",
      "",
      "**Action: **",
      "",
      "- I labelled every shelf by code",
    ]);
    expect(word?.situation).toBe("Our library had to move floors in a week.");
    expect(word?.actions?.[0]?.points).toEqual(["I labelled every shelf by code"]);
  });

  it("names a form response without a name by its question, and keeps a form's own prompt as a note", () => {
    const read = stories([
      "## Response 1",
      "",
      "**Which question is this for?** Describe a time you trained someone new.",
      "",
      "**Situation:** A new porter started on our busiest week.",
      "",
      "**Result:** He ran the night shift alone by Friday.",
      "",
      "**Is there anything you'd change?** Probably start him on a quieter week.",
    ]);
    expect(read[0]?.title).toBe("Describe a time you trained someone new.");
    expect(read[0]?.questions).toEqual(["Describe a time you trained someone new."]);
    expect(read[0]?.results?.[0]?.points).toEqual(["He ran the night shift alone by Friday."]);
    expect(read[0]?.notes).toContain(
      "Is there anything you'd change? Probably start him on a quieter week.",
    );
  });

  it("reads a blog story's question in bold inside a sentence, its employer after 'at the', its lesson", () => {
    const [story] = stories([
      "## The burst pipe at breakfast",
      "",
      'Every panel asked me some form of **"Describe a time you kept calm in a crisis."** This is what I told them.',
      "",
      "**Situation.** I was duty manager at the Old Mill Hotel when a pipe burst over the dining room.",
      "",
      "**Action.** I moved breakfast to the conservatory and called the plumber.",
      "",
      "The takeaway I share with panels: plan the second room before you need it.",
    ]);
    expect(story?.questions).toEqual(["Describe a time you kept calm in a crisis."]);
    expect(story?.context?.company).toBe("Old Mill Hotel");
    expect(story?.lessons).toBe("plan the second room before you need it.");
  });

  it("reads a story table laid on its side, one column per story, but not a key to the letters", () => {
    const read = stories([
      "| Letter | Means | Share |",
      "| --- | --- | --- |",
      "| S | Situation | 10% |",
      "| T | Task | 10% |",
      "| A | Action | 60% |",
      "| R | Result | 20% |",
      "",
      "| | Flooded stockroom | New rota app |",
      "| --- | --- | --- |",
      "| Employer | Kestrel Foods | Kestrel Foods |",
      "| Situation | A pipe burst overnight. | Shift swaps were done on paper. |",
      "| Action | Moved the stock to the van. | Trialled an app with one team. |",
      "| Result | Nothing was thrown away. | Swaps took minutes, not days. |",
    ]);
    expect(read.map((story) => story.title)).toEqual(["Flooded stockroom", "New rota app"]);
    expect(read[1]?.context?.company).toBe("Kestrel Foods");
    expect(read[1]?.situation).toBe("Shift swaps were done on paper.");
  });

  it("reads parts marked inline as (S) (T) (A) (R), a bold 'also' question and a short version", () => {
    const read = stories([
      "**Tell me about a time you helped a stranded guest.**",
      "",
      "(S) A guest's passport was stolen the night before her flight. (T) I was the night manager. (A) I called the consulate's emergency line and drove her there at 7. (R) She flew that afternoon.",
      "",
      "Short version: I got a robbed guest an emergency passport in time for her flight.",
      "",
      "**Describe a time you handled a complaint.**",
      "**(also: Tell me about an unhappy customer.)**",
      "",
      "(S) A wedding party found their rooms unready. (A) I upgraded the bride's family and comped the bar. (R) They booked their anniversary with us.",
    ]);
    expect(read[0]?.situation).toBe("A guest's passport was stolen the night before her flight.");
    expect(read[0]?.results?.[0]?.points).toEqual(["She flew that afternoon."]);
    expect(read[0]?.refined).toBe(
      "I got a robbed guest an emergency passport in time for her flight.",
    );
    expect(read[1]?.questions).toEqual([
      "Describe a time you handled a complaint.",
      "Tell me about an unhappy customer.",
    ]);
  });

  it("reads a label of several context fields over as many values", () => {
    const [story] = stories([
      "## The night-shift rota",
      "**Employer / Role / Years:** Harbour Care Home / Shift lead / 2019–2022",
      "**Situation:** Night shifts had no lead.",
    ]);
    expect(story?.context).toEqual({
      company: "Harbour Care Home",
      role: "Shift lead",
      period: "2019–2022",
    });
  });

  it("splits questions written as sentences apart by commas on a property line", () => {
    const [story] = stories([
      "## The late delivery",
      "Questions: Tell me about a time you let a customer down., How do you recover trust?",
      "**Situation:** The order arrived a week late.",
    ]);
    expect(story?.questions).toEqual([
      "Tell me about a time you let a customer down.",
      "How do you recover trust?",
    ]);
  });

  it("leaves out a template's X% and [Date] figures, and a (placeholder) case", () => {
    const read = stories([
      "Case 1 - The audit backlog",
      "Firm: Keel & Co | 2021",
      "SITUATION: 300 files were behind.",
      "RESULT: Cleared in a month.",
      "",
      "Case 2 - (placeholder) The merger",
      "SITUATION: [fill in]",
      "RESULT: X%",
    ]);
    expect(read.map((story) => story.title)).toEqual(["The audit backlog"]);
  });
});

describe("more published kinds, written another way", () => {
  it("reads a '90-second version' line as the spoken version, not a numbered title", () => {
    const [first, second] = stories([
      "## 1. Moving the warehouse — Pell & Rowe",
      "",
      "**90-second version**",
      "",
      "> We moved 4,000 pallets in a weekend without a missed order.",
      "",
      "**Full version**",
      "",
      "*Situation* — The lease ended in March.",
      "",
      "## 2. Coaching a new shift lead — Pell & Rowe",
      "",
      "**90-second version**",
      "",
      "> A new lead was losing her crew; six weeks later none had left.",
    ]);
    expect(first?.title).toBe("Moving the warehouse");
    expect(first?.refined).toContain("4,000 pallets");
    expect(first?.situation).toBe("The lease ended in March.");
    expect(second?.title).toBe("Coaching a new shift lead");
    expect(second?.refined).toContain("none had left");
  });

  it("lifts an italic label written under a list back out of its last item", () => {
    const [story] = stories([
      "### The billing backlog",
      "_Action_ —",
      "  * sorted 900 tickets by age",
      "  * cleared the oldest first",
      "_Result_ — The backlog was gone in nine days.",
      "_Learned_ — Age beats size.",
    ]);
    expect(story?.actions?.[0]?.points).toEqual([
      "sorted 900 tickets by age",
      "cleared the oldest first",
    ]);
    expect(story?.results?.[0]?.points).toEqual(["The backlog was gone in nine days."]);
    expect(story?.lessons).toBe("Age beats size.");
  });

  it("keeps labelled lines indented under a numbered title with that title's story", () => {
    const list = stories([
      "1. FLOOR LAYOUT — Tanner Print, 2018",
      "   Challenge: Jobs crossed the floor six times.",
      "   Action: Redrew the layout with the press crews.",
      "   Result: Walking time fell by half.",
      "",
      "2. NIGHT SHIFT QUALITY — Tanner Print, 2019",
      "   Challenge: Night reprints ran at 7%.",
      "   Action:",
      "     - paired night and day checkers for a month",
      "   Result: Reprints fell to 2%.",
      "",
      "3. INK SUPPLIER SWITCH — Tanner Print, 2021",
      "   Challenge: Ink prices rose 20%.",
      "   Action: Tested two suppliers on short runs.",
      "   Result: Costs fell 12%.",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "FLOOR LAYOUT",
      "NIGHT SHIFT QUALITY",
      "INK SUPPLIER SWITCH",
    ]);
    expect(list[1]?.results?.[0]?.points).toEqual(["Reprints fell to 2%."]);
    expect(list[2]?.situation).toBe("Ink prices rose 20%.");
  });

  it("joins a second numbered question to its story and leaves unwritten answers out", () => {
    const { stories: read2, warnings } = read([
      "Q1. Tell me about a time you changed someone's mind.",
      "A. I showed the ward manager a week of falls data and she moved the night rounds.",
      "",
      "Q2. Tell me about a time you made a mistake.",
      "Q2a. (same story) What did you change afterwards?",
      "A. I sent the rota a day late and two nurses were double-booked; now I send it on Thursdays.",
      "",
      "Q3. Tell me about a time you led a team.",
      "A. TBD - maybe the flu clinic?",
      "",
      "Q4. Why this hospital?",
      "A. (not a story - talk about the stroke unit)",
    ]);
    expect(read2.map((story) => story.input.questions)).toEqual([
      ["Tell me about a time you changed someone's mind."],
      ["Tell me about a time you made a mistake.", "What did you change afterwards?"],
    ]);
    const said = warnings.map((warning) => warning.message).join("\n");
    expect(said).toContain("Tell me about a time you led a team.");
    expect(said).toContain("Why this hospital?");
  });

  it("names a journal entry's story by its 'Story I used' line, keeping the date heading as a note", () => {
    const [story] = stories([
      "## 2025-01-14 · Harlow Bank · Panel",
      "",
      "Interviewer: Priya, head of risk. Friendly but fast.",
      "",
      '**Question:** "Tell me about a time you found a problem nobody else saw."',
      "",
      "**Story I used: The duplicate payments** (second outing)",
      "",
      "What I said: I noticed the same invoice paid twice and traced 140 duplicates worth £88,000.",
    ]);
    expect(story?.title).toBe("The duplicate payments");
    expect(story?.questions).toEqual(["Tell me about a time you found a problem nobody else saw."]);
    expect(story?.notes).toContain("2025-01-14 · Harlow Bank · Panel");
    expect(story?.notes).toContain("Priya, head of risk. Friendly but fast.");
    expect(story?.notes).toContain("second outing");
    expect(story?.context?.company).toBeUndefined();
  });

  it("reads a worksheet's numbered prompts by the part in their brackets", () => {
    const [story] = stories([
      "## Worksheet 3 — The Vendor Audit",
      "",
      "**Q1. What was happening? (Situation)**",
      "> Two vendors billed for the same hours.",
      "",
      "**Q2. What was your part in it? (Task)**",
      "> I ran the audit.",
      "",
      "**Q4. How did it end? (Result)**",
      "> We recovered £40,000.",
      "",
      "**Q6. What would you change next time?**",
      "> Check invoices monthly, not yearly.",
    ]);
    expect(story?.title).toBe("The Vendor Audit");
    expect(story?.situation).toBe("Two vendors billed for the same hours.");
    expect(story?.task).toBe("I ran the audit.");
    expect(story?.results?.[0]?.points).toEqual(["We recovered £40,000."]);
  });

  it("lifts lower-case dash labels out of the list above them", () => {
    const [story] = stories([
      "**1) the flaky build**",
      "",
      "situation - our CI failed one run in five",
      "action -",
      "- found two tests sharing a temp dir",
      "- gave each test its own",
      "result - one failure in 200 runs since",
      "lesson - flaky means shared state until proven otherwise",
      "",
      "**2) the missed handover**",
      "",
      "situation - a pager handover got lost over a weekend",
      "result - we wrote a handover checklist",
    ]);
    expect(story?.actions?.[0]?.points).toEqual([
      "found two tests sharing a temp dir",
      "gave each test its own",
    ]);
    expect(story?.results?.[0]?.points).toEqual(["one failure in 200 runs since"]);
    expect(story?.lessons).toBe("flaky means shared state until proven otherwise");
  });

  it("reads other names of the headline number, and seconds written short", () => {
    const [story] = stories([
      "## Cutting the queue",
      "**Key metric:** wait time 40 → 12 min",
      "**45s version:** We cut the clinic queue from 40 minutes to 12.",
      "**Situation:** The queue ran out the door.",
    ]);
    expect(story?.headline).toBe("wait time 40 → 12 min");
    expect(story?.refined).toBe("We cut the clinic queue from 40 minutes to 12.");
  });

  it("keeps a nested tag by its last part and reports its groups", () => {
    const { stories: read2, warnings } = read([
      "## The night launch",
      "#value/ownership #area/mobile",
      "**Situation:** The store review was late.",
    ]);
    expect(read2[0]?.input.tags).toEqual(["ownership", "mobile"]);
    expect(warnings.map((warning) => warning.message).join("\n")).toContain("value, area");
  });

  it("reads a meta line of labelled parts apart by bullets, or with competencies after it", () => {
    const [first, second] = stories([
      "## The recall",
      "*Skills: Calm under pressure • Company: Brindle Foods • 2022 • ~2 min*",
      "**Situation:** A batch tested positive.",
      "",
      "## The new hire",
      "Brindle Foods, 2023, ~90s. competencies: coaching / patience",
      "**Situation:** A new packer kept missing the line speed.",
    ]);
    expect(first?.context).toEqual({ company: "Brindle Foods", period: "2022" });
    expect(first?.tags).toEqual(["Calm under pressure"]);
    expect(second?.context).toEqual({ company: "Brindle Foods", period: "2023" });
    expect(second?.tags).toEqual(["coaching", "patience"]);
  });

  it("takes a story's name from brackets under its question, and 'If they press on' follow-ups", () => {
    const [story] = stories([
      '## "Describe a time you had to say no"',
      "",
      "*(the weekend release — Orla Games, 2021)*",
      "",
      "I told the producer we would not ship on Saturday without a rollback plan, and we shipped Monday.",
      "",
      "**If they press on “was it worth it”:** the Saturday build had a save-game bug.",
    ]);
    expect(story?.title).toBe("The weekend release");
    expect(story?.context).toEqual({ company: "Orla Games", period: "2021" });
    expect(story?.questions).toEqual(["Describe a time you had to say no"]);
    expect(story?.followUps?.[0]?.answer).toBe("the Saturday build had a save-game bug.");
  });

  it("reads a company line with years in brackets, plain fields apart by '·', and no team as a company", () => {
    const [first, second] = stories([
      "### Search ranking",
      "Company: Harbor Books (2019–2022), Senior Engineer",
      "**Situation.** Searches found nothing a third of the time.",
      "",
      "### 2) The pricing argument (clash with Finance)",
      "Company: Harbor Books · Headline: margin up 3 points",
      "**Situation.** Finance wanted one price everywhere.",
    ]);
    expect(first?.context).toEqual({
      company: "Harbor Books",
      role: "Senior Engineer",
      period: "2019–2022",
    });
    expect(second?.title).toBe("The pricing argument");
    expect(second?.context?.company).toBe("Harbor Books");
    expect(second?.headline).toBe("margin up 3 points");
  });

  it("reads a post's styled letters and keycap numbers as plain ones", () => {
    const list = stories([
      "My three favourite stories 👇",
      "",
      "1️⃣ 𝗧𝗵𝗲 𝗳𝗿𝗼𝘇𝗲𝗻 𝗱𝗼𝗰𝗸",
      '(Harbour Cold Chain, 2021 · asked: "Tell me about a time you fixed something under pressure.")',
      "",
      "𝗖𝗵𝗮𝗹𝗹𝗲𝗻𝗴𝗲: The dock doors froze shut at 5 a.m.",
      "𝗔𝗰𝘁𝗶𝗼𝗻: I moved loading to the side bay.",
      "𝗥𝗲𝘀𝘂𝗹𝘁: Every truck left on time.",
      "",
      "2️⃣ 𝗧𝗵𝗲 𝗻𝗲𝘄 𝗿𝗼𝘁𝗮",
      "(Harbour Cold Chain, 2022)",
      "",
      "𝗖𝗵𝗮𝗹𝗹𝗲𝗻𝗴𝗲: Night staff quit over weekend shifts.",
      "𝗔𝗰𝘁𝗶𝗼𝗻: I let them swap shifts in an app.",
      "𝗥𝗲𝘀𝘂𝗹𝘁: Nobody left that quarter.",
    ]);
    expect(list.map((story) => story.title)).toEqual(["The frozen dock", "The new rota"]);
    expect(list[0]?.context).toEqual({ company: "Harbour Cold Chain", period: "2021" });
    expect(list[0]?.questions).toEqual([
      "Tell me about a time you fixed something under pressure.",
    ]);
    expect(list[1]?.results?.[0]?.points).toEqual(["Nobody left that quarter."]);
  });

  it("reads labels with an adverb in them and keeps a second headline text as a note", () => {
    const [story] = stories([
      "## The late audit",
      "### What I really did",
      "Pulled the ledgers myself.",
      "",
      "NUMBER TO QUOTE: 3 weeks early",
      "",
      "check: does the partner remember it?",
    ]);
    expect(story?.actions?.[0]?.points).toEqual(["Pulled the ledgers myself."]);
    expect(story?.headline).toBe("3 weeks early");
    expect(story?.notes).toContain("check: does the partner remember it?");
  });

  it("reads a company described in brackets before the job held there", () => {
    const [story] = stories([
      "## Faster month end",
      "**Where:** Corran & Webb (logistics), finance manager",
      "**Situation:** Month end took twelve days.",
    ]);
    expect(story?.context).toEqual({ company: "Corran & Webb", role: "finance manager" });
    expect(story?.notes).toContain("Corran & Webb: logistics");
  });
  it("opens stories at their headings under a bold document title and a closing rule", () => {
    const list = stories([
      "**BAND 7 APPLICATION – WORKED EXAMPLES**",
      "",
      "**Priya Nair | ward sister | March 2025**",
      "",
      "# 1. Leading a ward through a move",
      "",
      "**Used for:** Band 6 ward sister post (2024)",
      "",
      "We had six weeks to move 28 beds to the new wing. I planned the move shift by shift with the",
      "estates team, moved the most stable patients first, kept one bay open for admissions and briefed",
      "every family the day before. We moved on time, with no missed medication rounds and no falls.",
      "",
      "# 2. Raising a safety concern",
      "",
      "I noticed two near-misses with the same infusion pump in one week. I took both pumps out of",
      "use, reported them through the incident system and to the manufacturer, and showed the team",
      "how to check the rate screen. The manufacturer found a fault and recalled that batch.",
      "",
      "**Probing questions:**",
      "",
      "- *What did you do when it happened again?* – I told the matron the same day.",
      "",
      "---",
      "",
      "**Before the panel:**",
      "",
      "- Read the person spec again",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "Leading a ward through a move",
      "Raising a safety concern",
    ]);
    // "Used for:" names where the story was told, not a question it answers.
    expect(list[0]?.questions).toBeUndefined();
    expect(list[0]?.notes).toContain("Band 6 ward sister post (2024)");
    expect(list[0]?.draft).toContain("We had six weeks to move 28 beds");
    expect(list[1]?.followUps).toEqual([
      {
        question: "What did you do when it happened again?",
        answer: "I told the matron the same day.",
      },
    ]);
    expect(list[1]?.actions).toBeUndefined();
  });
  it("keeps a page's other properties out of its questions and joins a wrapped question", () => {
    const [first, second] = stories([
      "# Warehouse slotting",
      "",
      "Questions: Tell me about a time you made a process faster.",
      "Priority: High",
      "Last practiced: 3 March",
      "",
      "## Situation",
      "",
      "Pickers walked nine miles a shift.",
      "",
      "# Night audit",
      "",
      '**Likely question:** "Describe a time you found an error that others had',
      'missed."',
      "",
      "**Situation:** The tills were out by £400.",
    ]);
    expect(first?.questions).toEqual(["Tell me about a time you made a process faster."]);
    expect(first?.notes).toContain("Priority: High");
    expect(first?.notes).toContain("Last practiced: 3 March");
    expect(second?.questions).toEqual([
      "Describe a time you found an error that others had missed.",
    ]);
  });

  it("reads a setting line of place, job and years as the story's context", () => {
    const [story] = stories([
      "## The Christmas rota",
      "**Setting:** Hollins Bakery, shift supervisor, 2019",
      "**Background:** Three bakers were off sick in the busiest week.",
    ]);
    expect(story?.context).toEqual({
      company: "Hollins Bakery",
      role: "shift supervisor",
      period: "2019",
    });
    expect(story?.situation).toBe("Three bakers were off sick in the busiest week.");
  });

  it("reads q: lines over S:, T:, A: and R: letters as STAR, not as questions and answers", () => {
    const list = stories([
      "*Late shipment* (Corvid Freight)",
      "q: describe a time you kept a customer",
      "S: their pallets sat in customs for a week",
      "T: I owned the account",
      "A: called the broker every morning",
      "A: sent the client a daily note",
      "R: they signed for two more years",
      "",
      "*New scanner rollout* (Corvid Freight)",
      "q: tell me about a change you led",
      "S: drivers still used paper",
      "A: trained the night shift first",
      "R: paper was gone in a month",
    ]);
    expect(list.map((story) => story.title)).toEqual(["Late shipment", "New scanner rollout"]);
    expect(list[0]?.questions).toEqual(["describe a time you kept a customer"]);
    expect(list[0]?.actions?.[0]?.points).toEqual([
      "called the broker every morning",
      "sent the client a daily note",
    ]);
    expect(list[1]?.results?.[0]?.points).toEqual(["paper was gone in a month"]);
  });

  it("reads a wiki's panel as a callout, its labelled lines as their fields", () => {
    const [story] = stories([
      "## Data migration",
      "**Situation:** The old CRM was being switched off.",
      "",
      "> 💡 **Tip**",
      "> Takeaway: rehearse the cut-over twice.",
      "",
      "> ⚠️ **Careful**",
      "> Don't name the vendor.",
    ]);
    expect(story?.takeaway).toBe("rehearse the cut-over twice.");
    expect(story?.notes).toContain("Don't name the vendor.");
  });

  it("takes an Org file's own keywords off its headings", () => {
    const list = stories([
      "#+TITLE: Stories",
      "#+TODO: TODO WIP(w) | DONE",
      "* Stories",
      "** WIP Rebuilding the on-call rota :people:",
      "*** Situation",
      "    Four people covered a team of twelve.",
      "** DONE Cutting the cloud bill",
      "*** Situation",
      "    The bill doubled in a year.",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "Rebuilding the on-call rota",
      "Cutting the cloud bill",
    ]);
  });

  it("opens stories at numbered bold titles with the place after a dash, under a person's heading", () => {
    const list = stories([
      "## ANA R.",
      "",
      "### Story A: The lost delivery (Brightwater Co-op)",
      "",
      "S – A van of chilled stock went missing.",
      "",
      "---",
      "",
      "## TOM K.",
      "",
      "**1. Turning round a failing class** – Hillcrest Academy",
      "",
      "Situation: Half the class was failing.",
      "Action: Weekly quizzes and calls home.",
      "",
      "**2. The snow day exam** – Hillcrest Academy",
      "",
      "Situation: Snow closed the roads on exam day.",
      "Result: Every student sat the paper that week.",
      "",
      '(Ana: also a good one for "resilience" questions)',
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "The lost delivery",
      "Turning round a failing class",
      "The snow day exam",
    ]);
    expect(list[1]?.context?.company).toBe("Hillcrest Academy");
    // A theme named in a comment is a tag, not a question.
    expect(list[2]?.questions).toBeUndefined();
    expect(list[2]?.tags).toContain("resilience");
  });

  it("opens a story at a bullet journal's star line", () => {
    const list = stories([
      "12.03 Wed",
      "⭐ The flooded stockroom (Pell & Daughters, 2021)",
      "  – S → a pipe burst over the stockroom on a Sunday",
      "  – A → moved the electricals first, then called the insurer",
      "  – R → reopened on Tuesday, claim paid in full",
      "",
      "14.03 Fri",
      "⭐ Training the weekend team (Pell & Daughters, 2022)",
      "  – S → weekend staff had never used the till system",
      "  – R → queues halved by the second weekend",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "The flooded stockroom",
      "Training the weekend team",
    ]);
    expect(list[0]?.context).toEqual({ company: "Pell & Daughters", period: "2021" });
  });
  it("opens a story at each bold numbered question answered in prose", () => {
    const read = readMarkdown(
      [
        "# Ward clerk interview – answers",
        "",
        "Notes for Thursday.",
        "",
        "**Question 1: Tell me about a time you handled a complaint.**",
        "",
        "A relative was angry that nobody had rung her about her mother's transfer, so I found the",
        "ward sister, got the transfer notes and rang her back within the hour with the new ward.",
        "",
        "**Question 2: Describe a time you had to learn a new system quickly.**",
        "",
        "(need one)",
        "",
        "**Question 3: Give an example of when you worked well in a team.**",
        "",
        "When the porters were short on a Sunday, three of us clerks split the bed moves between us",
        "and kept a shared list on the whiteboard, so every transfer was done before visiting hours.",
        "",
        "## On the day",
        "- Arrive early",
      ].join("\n"),
      builtIns,
    );
    const list = read.stories.map((story) => story.input);
    expect(list.map((story) => story.questions)).toEqual([
      ["Tell me about a time you handled a complaint."],
      ["Give an example of when you worked well in a team."],
    ]);
    expect(list[0]?.draft).toContain("rang her back within the hour");
    expect(read.warnings.some((w) => w.message.includes("no story text yet"))).toBe(true);
  });

  it("reads a pandoc span as its text", () => {
    const [story] = stories([
      "# Example 1 -- Rehousing a family",
      "",
      "[Question:]{.underline} *Tell us about a case you managed.*",
      "",
      "**Situation:** A family of four was in one [B&B]{.smallcaps} room.",
    ]);
    expect(story?.questions).toEqual(["Tell us about a case you managed."]);
    expect(story?.situation).toBe("A family of four was in one B&B room.");
  });

  it("reads a worksheet's prompts for the story's name, its questions and the timed version", () => {
    const [story] = stories([
      "## Sheet 1",
      "**Name your story:** The flooded cellar",
      "**Questions this example answers:** Tell me about a crisis you handled.",
      "**What was going on?** Water came through the cellar wall on a Friday night.",
      "**Say it in 30 seconds:** Water came in, I moved the stock and called the plumber.",
    ]);
    expect(story?.title).toBe("The flooded cellar");
    expect(story?.questions).toEqual(["Tell me about a crisis you handled."]);
    expect(story?.refined).toBe("Water came in, I moved the stock and called the plumber.");
  });

  it("opens a story at an 'Example –' line under a value's heading", () => {
    const list = stories([
      "## Compassion",
      "",
      "**Example – the patient who missed her daughter's wedding (Fenwick Hospice)**",
      "",
      "**Background** – She could not travel to the wedding.",
      "",
      "## Teamwork",
      "",
      "**Example – covering the night shift (Fenwick Hospice)**",
      "",
      "**Background** – Two nurses called in sick.",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "the patient who missed her daughter's wedding",
      "covering the night shift",
    ]);
    expect(list[1]?.context?.company).toBe("Fenwick Hospice");
  });

  it("reads a company and its branch after a hyphen in a title line", () => {
    const list = stories([
      "STORIES",
      "",
      "1) the missing float - Dunmore & Co, Eastgate branch",
      "S - the till was £80 short",
      "R - found it in the safe log",
      "",
      "2) the lost keys - Dunmore & Co",
      "S - the shop keys went missing on a Saturday",
      "R - changed the locks by Monday",
    ]);
    expect(list.map((story) => story.title)).toEqual(["the missing float", "the lost keys"]);
    expect(list.map((story) => story.context?.company)).toEqual(["Dunmore & Co", "Dunmore & Co"]);
  });

  it("keeps a question that reads as a prompt under the follow-ups as a follow-up", () => {
    const [story] = stories([
      "## Payroll error",
      "**Situation:** Forty staff were paid twice.",
      "",
      "**Follow-ups to expect**",
      "",
      "- Who spotted it? → A team leader, on the Monday.",
      "- What did you learn? → Check the file before it goes to the bank.",
    ]);
    expect(story?.followUps).toEqual([
      { question: "Who spotted it?", answer: "A team leader, on the Monday." },
      { question: "What did you learn?", answer: "Check the file before it goes to the bank." },
    ]);
    expect(story?.lessons).toBeUndefined();
  });
  it("reports a numbered question answered only 'TBC', and reads follow-ups to prepare", () => {
    const read = readMarkdown(
      [
        "**3) Describe a time you had to deliver bad news to a customer.**",
        "",
        "A loan was declined at the last stage. I rang the owner myself before the letter went out,",
        "explained the two reasons plainly and booked her a meeting with our business adviser.",
        "",
        "**Follow-ups to prepare**",
        "- What did you do next time? → Told applicants the risks at the first meeting.",
        "",
        "**4) Tell me about a time you improved a process.**",
        "",
        "TBC",
        "",
        "**5) Tell me about a time you coached someone who was struggling.**",
        "",
        "One of my cashiers kept failing her balancing checks, so I sat with her at close for two",
        "weeks until she balanced first time every day.",
      ].join("\n"),
      builtIns,
    );
    const list = read.stories.map((story) => story.input);
    expect(list).toHaveLength(2);
    expect(list[0]?.followUps).toEqual([
      {
        question: "What did you do next time?",
        answer: "Told applicants the risks at the first meeting.",
      },
    ]);
    expect(read.warnings.some((w) => w.message.includes("still to write"))).toBe(true);
  });
  it("names a story by the principle it is told for, with italic letters and a hyphen", () => {
    const list = stories([
      "## LP: Ownership",
      "",
      "*S* - the night shift kept missing the 6 a.m. truck at our depot",
      "",
      "*A* - I rebuilt the pick waves around the truck time",
      "",
      "**R** - the truck left on time 29 days out of 30",
      "",
      "## LP: Frugality",
      "",
      "*S* - we rented a second forklift every peak",
      "",
      "- ",
      "- I borrowed one from the sister site instead",
      "-",
    ]);
    expect(list.map((story) => story.title)).toEqual(["Ownership", "Frugality"]);
    expect(list[0]?.values).toEqual([{ valueSetId: "amazon-lp-2021", valueKey: "ownership" }]);
    expect(list[0]?.situation).toBe("the night shift kept missing the 6 a.m. truck at our depot");
    expect(list[0]?.actions?.[0]?.points).toEqual([
      "I rebuilt the pick waves around the truck time",
    ]);
    expect(list[0]?.results?.[0]?.points).toEqual(["the truck left on time 29 days out of 30"]);
    // An empty bullet left to fill in is no point.
    expect(JSON.stringify(list[1])).not.toContain('""');
  });

  it("reads a follow-up kept in a note, or named as one", () => {
    const [story] = stories([
      "### Rerouting the school buses",
      "**Situation:** A bridge closed the week term started.",
      "**Action:** I redrew four routes over the weekend.",
      "NOTE: If they ask about parents: I phoned the ten families whose stop moved.",
      "Follow-up if asked about cost: the new routes added 6 km a day in all.",
    ]);
    expect(story?.followUps).toEqual([
      {
        question: "If they ask about parents",
        answer: "I phoned the ten families whose stop moved.",
      },
      { question: "if asked about cost", answer: "the new routes added 6 km a day in all." },
    ]);
    expect(story?.notes).toBeUndefined();
  });

  it("reads flashcards kept for spaced repetition: the front as the question, one-liners reported", () => {
    const { stories: cards, warnings } = read([
      "## Stock count gone wrong",
      "",
      "What's an example of a mistake you owned?",
      "?",
      "(Northgate Pharmacy, Dispensary Supervisor)",
      "- S: our year-end stock count was off by 4%",
      "- A: recounted the controlled drugs cabinet myself",
      "- R: the variance fell to 0.3% and the audit passed",
      "",
      "## Quick answers",
      "",
      "Why pharmacy?::I like work where care and accuracy both matter",
      "Why this chain?::Your clinics let pharmacists prescribe",
    ]);
    expect(cards).toHaveLength(1);
    const story = cards[0]!.input;
    expect(story.questions).toEqual(["What's an example of a mistake you owned?"]);
    expect(story.context).toEqual({ company: "Northgate Pharmacy", role: "Dispensary Supervisor" });
    expect(story.results?.[0]?.points).toEqual(["the variance fell to 0.3% and the audit passed"]);
    expect(warnings.some((w) => w.message.includes('"Quick answers"'))).toBe(true);
  });

  it("keeps an outliner's tasks and a mailed note's reminders out of the story's parts", () => {
    const [first, second] = stories([
      "---- 1) KEEPING THE BRANCH OPEN ---- (rough)",
      "Q: tell us about a time you kept a service running with less",
      "S - the library lost two of five staff (Hollins Borough Council, 2023)",
      "R - we kept all opening hours",
      "    - visits up 8% on the year",
      "if they ask about volunteers: twelve, all trained by me",
      "",
      "---- 2) MOVING THE ARCHIVE ----",
      "S - the archive had to leave the old town hall in a month",
      "A - - boxed 900 files by date",
      "",
      "reminder to self: slow down on the numbers",
      "",
      "Sent from my iPhone",
    ]);
    expect(first?.title).toBe("KEEPING THE BRANCH OPEN");
    expect(first?.context?.company).toBe("Hollins Borough Council");
    expect(first?.followUps).toEqual([
      { question: "if they ask about volunteers", answer: "twelve, all trained by me" },
    ]);
    expect(first?.results?.flatMap((s) => s.points)).toEqual([
      "we kept all opening hours",
      "visits up 8% on the year",
    ]);
    expect(second?.title).toBe("MOVING THE ARCHIVE");
    expect(second?.actions?.[0]?.points).toEqual(["boxed 900 files by date"]);
    expect(second?.notes).toContain("reminder to self: slow down on the numbers");
    expect(JSON.stringify(second)).not.toContain("iPhone");
    const [tasks] = stories([
      "## Moving the archive",
      "**Action**",
      "- boxed 900 files by date",
      "- DONE ask Sam for the photos",
      "- LATER check the insurance",
    ]);
    expect(tasks?.actions?.[0]?.points).toEqual(["boxed 900 files by date"]);
    expect(tasks?.notes).toContain("DONE ask Sam for the photos");
    expect(tasks?.notes).toContain("LATER check the insurance");
  });

  it("reads a chat with a coach: each message apart, the coach's as remarks, an opener as a hook", () => {
    const [first, second] = stories([
      "[04/06/2024, 18:01] Dana: STORY 1 – The flooded stockroom",
      "S: a pipe burst over our stockroom the night before a delivery",
      "A: moved 300 cartons to the staff room with two colleagues",
      "R: we opened on time and lost only 12 items",
      "[04/06/2024, 18:05] Coach Amir: Nice. Lesson?",
      "[04/06/2024, 18:06] Dana: Lesson: know where the stop valve is",
      '[04/06/2024, 18:07] Coach Amir: Try opening with: "At 11 p.m. the stockroom was a paddling pool."',
      "[04/06/2024, 18:20] Dana: STORY 2 – The rota swap",
      "Question: Tell me about a time you settled a disagreement between colleagues",
      "Two of my cashiers both wanted every Saturday off and had stopped speaking to each other.",
      "I met each of them alone, then together, and we agreed to alternate weekends for a quarter.",
      "Nobody called in sick on a Saturday after that, and both are still with us.",
    ]);
    expect(first?.title).toBe("The flooded stockroom");
    expect(first?.results?.[0]?.points).toEqual(["we opened on time and lost only 12 items"]);
    expect(first?.lessons).toBe("know where the stop valve is");
    expect(first?.hooks).toEqual(["At 11 p.m. the stockroom was a paddling pool."]);
    expect(first?.notes).toContain("Nice. Lesson?");
    expect(second?.questions).toEqual([
      "Tell me about a time you settled a disagreement between colleagues",
    ]);
    expect(second?.draft).toMatch(/^Two of my cashiers .* both are still with us\.$/s);
  });

  it("takes a heading over a story matrix as a group, and a status in brackets off a title", () => {
    const list = stories([
      "## Stories",
      "",
      "| Story | Situation | Action | Result |",
      "|---|---|---|---|",
      "| Reopening the canteen (draft) | The canteen shut after a failed inspection | Retrained the kitchen team | Passed the re-inspection |",
      "| Late payroll | Payroll ran two days late | Moved the cut-off | Paid on time since |",
    ]);
    expect(list.map((story) => story.title)).toEqual(["Reopening the canteen", "Late payroll"]);
    expect(list[0]?.notes).toContain("draft");
  });

  it("moves a part written for an earlier story to it, and follow-ups addressed by a nickname", () => {
    const list = stories([
      "## Story 1 – The boiler failure",
      "**Situation:** the school's boiler failed in a January cold snap",
      "**Action:** I moved lessons into the warm wing and rang three engineers",
      "",
      "## Story 2 – The exam clash",
      "**Situation:** two exams were booked into the same hall",
      "**Lesson:** check the hall diary before the exam board's dates",
      "",
      "Spoken version of story 1 (boiler):",
      '"In a January cold snap our boiler failed. I moved every lesson into the warm wing and had it fixed in two days."',
      "",
      "## Follow-ups",
      "",
      "- **Boiler:** *Why not close the school?* → Year 11 had mocks that week",
      "- **Exam clash:** *Who booked the hall?* → the sports department, for a fixture",
    ]);
    expect(list.map((story) => story.title)).toEqual(["The boiler failure", "The exam clash"]);
    expect(list[0]?.refined).toMatch(/^In a January cold snap/);
    expect(list[1]?.refined).toBeUndefined();
    expect(list[0]?.followUps).toEqual([
      { question: "Why not close the school?", answer: "Year 11 had mocks that week" },
    ]);
    expect(list[1]?.followUps).toEqual([
      { question: "Who booked the hall?", answer: "the sports department, for a fixture" },
    ]);
  });

  it("takes a firm named in brackets over a site named after 'at' in the title", () => {
    const [story] = stories([
      "### Flooding at Riverside",
      "**Situation:** the Riverside retail park (Calder & Moss Engineering) flooded twice in a winter.",
      "**Result:** no flooding since the new culvert went in.",
    ]);
    expect(story?.context?.company).toBe("Calder & Moss Engineering");
  });

  it("reads numbered groups over section-numbered stories after a contents list", () => {
    const list = stories([
      "Contents",
      "1. Safety",
      "2. Customers",
      "",
      "1. Safety",
      "1.1 The forklift near miss",
      "",
      "Situation — A reach truck clipped a racking upright on the night shift.",
      "",
      "Result — No repeat in 14 months.",
      "",
      "2. Customers",
      "2.1 The lost pallet",
      "",
      "Situation — A customer's pallet of medicine went missing between two depots.",
      "",
      "Next time — I would scan every pallet at the door, not at the bay.",
    ]);
    expect(list.map((story) => story.title)).toEqual(["The forklift near miss", "The lost pallet"]);
    expect(list[0]?.tags).toEqual(["Safety"]);
    expect(list[1]?.differently).toBe("I would scan every pallet at the door, not at the bay.");
  });

  it("reads a grid table of labels, a property table under a blank header and a bilingual note", () => {
    const [grid, table, bilingual] = stories([
      "## The tribunal bundle",
      "",
      "+---------------+------------------------------------------+",
      "| **Situation** | The hearing bundle was due in four days  |",
      "|               | and 600 pages were still unindexed.      |",
      "+---------------+------------------------------------------+",
      "| **Action**    | -   I split the index with two trainees. |",
      "|               |                                          |",
      "|               | -   I checked every cross-reference.     |",
      "+---------------+------------------------------------------+",
      "",
      "## The cold-chain alarm",
      "",
      "| | |",
      "|---|---|",
      "| **Company** | Fernhill Foods |",
      "| **Role** | Shift Supervisor |",
      "",
      "**Situation:** A freezer alarm went off at 2 a.m.",
      "",
      "## Arrêt de ligne / Stopping the line",
      "",
      "**Situation :** La ligne 2 a produit 300 flacons mal scellés.",
      "",
      "**Leçon / Lesson :** Arrêter tôt coûte moins cher.",
      "*EN :* Stopping early costs less.",
    ]);
    expect(grid?.situation).toBe(
      "The hearing bundle was due in four days\nand 600 pages were still unindexed.",
    );
    expect(grid?.actions?.flatMap((s) => s.points)).toEqual([
      "I split the index with two trainees.",
      "I checked every cross-reference.",
    ]);
    expect(table?.context).toMatchObject({ company: "Fernhill Foods", role: "Shift Supervisor" });
    expect(bilingual?.lessons).toBe("Arrêter tôt coûte moins cher.\n\nStopping early costs less.");
  });

  it("gives a behaviour's likely questions to every example under it", () => {
    const list = stories([
      "## BEHAVIOUR 2: Working Together",
      "",
      "**Likely questions**",
      "- Tell me about a time you worked with another team.",
      "",
      "### Example 1 – Shared inspections",
      "**S** – Farmers had two inspections a year from two agencies.",
      "",
      "### Example 2 – The joint helpline",
      "**S** – Callers were passed between three departments.",
      "",
      "## BEHAVIOUR 3: Seeing the Big Picture",
      "",
      "### Example 1 – The rural broadband scheme",
      "**S** – A third of claims came from farms without broadband.",
    ]);
    expect(list.map((story) => story.questions)).toEqual([
      ["Tell me about a time you worked with another team."],
      ["Tell me about a time you worked with another team."],
      undefined,
    ]);
    expect(list.map((story) => story.tags)).toEqual([
      ["Working Together"],
      ["Working Together"],
      ["Seeing the Big Picture"],
    ]);
  });
  it("reads 'My story:' under a question heading, [Q] letters and a competency before its question", () => {
    const [blog] = stories([
      '## 8. "Tell me about a time you prevented an error."',
      "",
      "This one comes up in every interview.",
      "",
      "**My story: The insulin pen mix-up**",
      "",
      "**S –** A pen for the wrong strength was bagged for a patient at Eastgate Pharmacy.",
      "",
      "**R –** The patient left with the right pen.",
    ]);
    const [letters, careers] = stories([
      "---- 2) THE LATE RUN ---- (WIP, needs numbers)",
      "[Q] Tell me about a time you fixed a recurring problem.",
      "[S] The 7:10 departure ran late four days a week.",
      "[R] On time 19 days out of 20.",
      "",
      "---- 3) THE NEW SUPPLIER ----",
      'Competency / question: Financial management – "Give an example of when you saved money."',
      "[S] Our paper supplier raised prices 30%.",
      "[R] We saved £4,200 a year.",
    ]);
    expect(blog?.title).toBe("The insulin pen mix-up");
    expect(blog?.questions).toEqual(["Tell me about a time you prevented an error."]);
    expect(letters?.title).toBe("THE LATE RUN");
    expect(letters?.questions).toEqual(["Tell me about a time you fixed a recurring problem."]);
    expect(letters?.notes).toContain("WIP, needs numbers");
    expect(careers?.questions).toEqual(["Give an example of when you saved money."]);
    expect(careers?.tags).toEqual(["Financial management"]);
  });
  it("reads employers named with 'of' or a possessive site, and a bracket naming another question", () => {
    const [first, second, third] = stories([
      "## The boiler tender",
      '**Question:** "Describe a time you saved money." (I also used it for "Tell me about a negotiation.")',
      "**Situation:** At Holy Cross C of E Primary the gas contract was about to roll over at twice the price.",
      "**What was on me.** Get three quotes before the governors met.",
      "",
      "## The lunch complaints",
      "**Situation:** Parents at Holy Cross were unhappy with the new caterer.",
      "",
      "## The late depot      <-- not finished",
      "**Situation:** At Redline Buses's Fenton Street depot half the early shift called in sick.",
    ]);
    expect(first?.questions).toEqual([
      "Describe a time you saved money.",
      "Tell me about a negotiation.",
    ]);
    expect(first?.context?.company).toBe("Holy Cross C of E Primary");
    expect(first?.task).toBe("Get three quotes before the governors met.");
    expect(second?.context?.company).toBe("Holy Cross C of E Primary");
    expect(third?.title).toBe("The late depot");
    expect(third?.notes).toContain("not finished");
    expect(third?.context?.company).toBe("Redline Buses");
  });
  it("reads an employer's group over its job lines, and a short name of an employer named before", () => {
    const [pharmacy, recall, depot, trial] = stories([
      "## Harlow Street Pharmacy",
      "Role / Dates: Pharmacist Manager / Jan 2021 – present",
      "Team: 6",
      "",
      "### The wrong-strength insulin",
      "**Situation:** A repeat prescription was labelled with the old strength.",
      "",
      "### The recall weekend",
      "**Situation:** A batch of inhalers was recalled on a Friday night.",
      "Follow-up (if they ask who decided): The superintendent signed it off by phone.",
      "",
      "## Ostwald Freight",
      "Role: Shift Supervisor",
      "",
      "### The missing pallets",
      "**Situation:** At Ostwald Freight 14 pallets went missing between two depots.",
      "",
      "### The night-shift trial",
      "**Situation:** Ostwald again, 2019. Nights had twice the damage rate of days.",
    ]);
    for (const story of [pharmacy, recall]) {
      expect(story?.context).toEqual({
        company: "Harlow Street Pharmacy",
        role: "Pharmacist Manager",
        period: "Jan 2021 – present",
        teamSize: 6,
      });
      expect(story?.tags ?? []).toEqual([]);
    }
    expect(recall?.followUps).toEqual([
      { question: "if they ask who decided", answer: "The superintendent signed it off by phone." },
    ]);
    expect(depot?.context).toEqual({ company: "Ostwald Freight", role: "Shift Supervisor" });
    expect(trial?.context?.company).toBe("Ostwald Freight");
    const [, again] = stories([
      "## The missing pallets",
      "**Situation:** At Ostwald Freight 14 pallets went missing between two depots.",
      "",
      "## The night-shift trial",
      "**Situation:** Ostwald again, 2019. Nights had twice the damage rate of days.",
    ]);
    expect(again?.context?.company).toBe("Ostwald Freight");
  });
  it("reads arrow labels, an Obsidian note's front matter, links line and sentence callouts", () => {
    const [arrowed] = stories([
      "### The cold-room alarm — Brantley Foods (2021)",
      "**S →** The walk-in freezer alarm failed over a bank holiday.",
      "**T ➔** I ran the site that weekend.",
      "**A ➜** Moved the stock to the backup unit by 6 a.m.",
      "**R =>** We lost nothing.",
    ]);
    expect(arrowed?.situation).toBe("The walk-in freezer alarm failed over a bank holiday.");
    expect(arrowed?.task).toBe("I ran the site that weekend.");
    expect(arrowed?.actions?.[0]?.points).toEqual(["Moved the stock to the backup unit by 6 a.m."]);
    expect(arrowed?.results?.[0]?.points).toEqual(["We lost nothing."]);
    const note = read([
      "---",
      "tags: [conflict, ward-rounds]",
      "employer: Fairholme Community Hospital",
      "role: Staff Nurse",
      "---",
      "# The missed handover",
      "",
      "See also: [[Nursing loop]] · [[Story index]]",
      "",
      "## Situation",
      "A handover sheet at [[Fairholme]] left out a patient's allergy.",
      "",
      "## Action",
      "- Rewrote the sheet with the [[Pharmacy team]]",
      "",
      "> [!tip] Say the allergy before the fix.",
    ]);
    expect(note.stories).toHaveLength(1);
    const [story] = note.stories.map((s) => s.input);
    expect(story?.tags).toEqual(["conflict", "ward-rounds"]);
    expect(story?.context).toEqual({
      company: "Fairholme Community Hospital",
      role: "Staff Nurse",
    });
    expect(story?.situation).toBe("A handover sheet at Fairholme left out a patient's allergy.");
    expect(story?.actions?.[0]?.points).toEqual(["Rewrote the sheet with the Pharmacy team"]);
    expect(story?.notes).toContain("See also: Nursing loop · Story index");
    expect(story?.notes).toContain("Tip: Say the allergy before the fix.");
  });
  it("reads a method reminder with a remark as no story, 'Likely prompts', and a job line under a question", () => {
    const [first, second] = stories([
      "## The CAR method (cheat sheet)",
      "- **C – Challenge:** what went wrong",
      "- **R – Result:** what changed",
      "",
      "## The flooded basement",
      "**Likely prompts**",
      "1. Tell me about an emergency you handled.",
      "2. How do you stay calm under pressure?",
      "",
      "**Challenge:** The archive basement flooded overnight.",
      "",
      "## How do you handle a complaint you think is unfair?",
      "",
      "_Penrose Lettings · Lettings Negotiator · 2019_",
      "",
      "A landlord blamed us for a tenant's late rent, and I showed him the signed schedule.",
    ]);
    expect(first?.title).toBe("The flooded basement");
    expect(first?.questions).toEqual([
      "Tell me about an emergency you handled.",
      "How do you stay calm under pressure?",
    ]);
    expect(second?.questions).toEqual(["How do you handle a complaint you think is unfair?"]);
    expect(second?.context).toEqual({
      company: "Penrose Lettings",
      role: "Lettings Negotiator",
      period: "2019",
    });
  });
  it("reads where a story's notes say it happened, practice notes, capital labels of one's own and 'The story:'", () => {
    const [notes, told] = stories([
      "1. Tell me about a time you fixed a process.",
      "   - Greyling Print Works, plant 2, 2020",
      "   - reprints were 8% of all jobs",
      "   - we cut them to 2%",
      "",
      "## The story: The mislabelled pallets",
      "",
      "SITUATION",
      "Two customers got each other's pallets in one week.",
      "",
      "RESULT",
      "No mix-ups for a year.",
      "",
      "FIGURES TO QUOTE",
      "2 customers · 1 week · 12 months clean",
      "",
      "**Practice notes**",
      "- ran it twice, 80 sec; cut the background",
    ]);
    expect(notes?.context).toEqual({ company: "Greyling Print Works", period: "2020" });
    expect(told?.title).toBe("The mislabelled pallets");
    expect(told?.notes).toContain("FIGURES TO QUOTE: 2 customers · 1 week · 12 months clean");
    expect(told?.coachingNotes).toEqual(["ran it twice, 80 sec; cut the background"]);
  });
  it("takes the question a one-story post quotes in its introduction", () => {
    const [story] = stories([
      "Every panel asks some version of “Describe a time you missed a deadline.” Here is mine.",
      "",
      "## Missing the tender deadline",
      "**Situation:** Our bid for the Ashcombe bridge tender was two hours late.",
    ]);
    expect(story?.questions).toEqual(["Describe a time you missed a deadline."]);
  });
  it("reads 'from my … days' as the employer and a town after an employer another story names", () => {
    const [bakery, kitchen, pastry] = stories([
      "## Interview 1 · Larkspur Hotels · panel",
      "**Story I told:** The proving-room fire (from my Copperline Bakery days)",
      "- S: A proving cabinet caught fire at 4 a.m.",
      "",
      "## Brunch rota",
      "**Company:** Maison Verte, Lyon — sous-chef (2021–2023)",
      "**Situation:** Brunch covers doubled in a month.",
      "",
      "## Pastry costs",
      "**Company:** Maison Verte",
      "**Situation:** Butter went up 40%.",
    ]);
    expect(bakery?.context?.company).toBe("Copperline Bakery");
    expect(kitchen?.context?.company).toBe("Maison Verte");
    expect(kitchen?.notes).toContain("Maison Verte, Lyon");
    expect(pastry?.context?.company).toBe("Maison Verte");
  });
  it("reads 'Covers:' questions, an emoji job line, 'Hooks I rotate' and 'If they ask…' over its follow-ups", () => {
    const [story] = stories([
      "## Story 2 — The cold-chain audit",
      "",
      "🏭 Norland Dairy · Quality Lead · 2020",
      "",
      "**Covers:**",
      "- Tell me about a time you found a problem others missed.",
      "",
      "**S:** A supplier's temperature logs had gaps every weekend.",
      "",
      "**Hooks I rotate**",
      '- "The fridge was fine; the logger was asleep."',
      "",
      "**If they ask…**",
      "- *…who paid for new loggers:* The supplier did, under the contract.",
    ]);
    expect(story?.context).toEqual({
      company: "Norland Dairy",
      role: "Quality Lead",
      period: "2020",
    });
    expect(story?.questions).toEqual(["Tell me about a time you found a problem others missed."]);
    expect(story?.hooks).toEqual(["The fridge was fine; the logger was asleep."]);
    expect(story?.followUps).toEqual([
      { question: "who paid for new loggers", answer: "The supplier did, under the contract." },
    ]);
  });
  it("reads a worksheet's title and question prompts, 'Also works for' and a note to self among letter lines", () => {
    const [sheet, letters] = stories([
      "### Story #1",
      "**Give your story a short title:** The missing site keys",
      "**Interview question you are preparing for:** Tell me about a time you fixed a security gap.",
      "**Problem:** Nine master keys were unaccounted for.",
      "",
      "STORY 2 - THE NIGHT BUS",
      '*Questions:* "Tell me about a time you put safety first." Also good for "Describe a hard call."',
      "S - the last bus left a passenger stranded.",
      "R - we added a check before the depot run.",
      "reminder to self: keep it under a minute.",
    ]);
    expect(sheet?.title).toBe("The missing site keys");
    expect(sheet?.questions).toEqual(["Tell me about a time you fixed a security gap."]);
    expect(letters?.questions).toEqual([
      "Tell me about a time you put safety first.",
      "Describe a hard call.",
    ]);
    expect(letters?.results?.[0]?.points).toEqual(["we added a check before the depot run."]);
    expect(letters?.notes).toContain("reminder to self: keep it under a minute.");
  });
  it("reads an emoji key's marks as labels, ❓ questions and a job line with a town", () => {
    const [story] = stories([
      "Legend: 🌅 situation · 🧭 task · 🔧 action · 📈 result",
      "",
      "### The burst pipe in the archive",
      "🏛 Halden Museum, Tromsø — collections manager, winter 2021",
      "❓ Describe a time you protected something valuable under pressure.",
      "",
      "🌅 A pipe burst above the photo archive on a Sunday.",
      "🧭 I had to save the negatives before the water reached them.",
      "🔧 Moved 40 boxes to the dry store with two volunteers.",
      "📈 We lost none of the negatives.",
    ]);
    expect(story?.context).toEqual({
      company: "Halden Museum",
      role: "collections manager",
      period: "winter 2021",
    });
    expect(story?.questions).toEqual([
      "Describe a time you protected something valuable under pressure.",
    ]);
    expect(story?.situation).toBe("A pipe burst above the photo archive on a Sunday.");
    expect(story?.task).toBe("I had to save the negatives before the water reached them.");
    expect(story?.actions?.[0]?.points).toEqual([
      "Moved 40 boxes to the dry store with two volunteers.",
    ]);
    expect(story?.results?.[0]?.points).toEqual(["We lost none of the negatives."]);
  });
  it("reads Q./A. answers told by signposts, a job line between them, 'Where:' and 'Spoken'", () => {
    const [first] = stories([
      "Q. Tell me about a time you cut waste.",
      "Story from: Brennan Bakeries, Leeds site, 2019",
      "",
      "A. The situation was that we binned 300 loaves a day.",
      "",
      "My job was to halve that without running out.",
      "",
      "So I moved the last bake to 2pm and sold the rest to a food bank at cost.",
      "",
      "In the end waste fell to 90 loaves a day.",
      "",
      "Q. Tell me about a time you trained someone.",
      "Story from: Brennan Bakeries, 2020",
      "",
      "A. I paired a new baker with our best one for a month.",
    ]);
    expect(first?.context?.company).toBe("Brennan Bakeries");
    expect(first?.questions).toEqual(["Tell me about a time you cut waste."]);
    expect(first?.situation).toBe("The situation was that we binned 300 loaves a day.");
    expect(first?.task).toBe("My job was to halve that without running out.");
    expect(first?.actions?.[0]?.points).toEqual([
      "So I moved the last bake to 2pm and sold the rest to a food bank at cost.",
    ]);
    expect(first?.results?.[0]?.points).toEqual(["In the end waste fell to 90 loaves a day."]);
    const [where] = stories([
      "## The flaky printer fleet",
      "**Where:** Orwell Print · support lead · 2022",
      "**TL;DR:** tickets down 60%",
      "**S:** Printers failed daily.",
      "**Spoken:** Our printers failed daily until I replaced the drivers.",
    ]);
    expect(where?.context).toEqual({
      company: "Orwell Print",
      role: "support lead",
      period: "2022",
    });
    expect(where?.headline).toBe("tickets down 60%");
    expect(where?.refined).toBe("Our printers failed daily until I replaced the drivers.");
  });
  it("reads a key of letters the writer defines, and 'What it taught me'", () => {
    const [story] = stories([
      "Key: S = situation, B = background, A = what I did, R = result",
      "",
      "## The lift outage",
      "S: Both lifts failed on a Friday in the care home.",
      "B: The contractor had missed two services.",
      "A: Carried meals upstairs with the night team.",
      "R: Nobody missed a meal.",
      "**What it taught me.** Check the contractor's log every month.",
    ]);
    expect(story?.situation).toBe(
      "Both lifts failed on a Friday in the care home.\n\nThe contractor had missed two services.",
    );
    expect(story?.lessons).toBe("Check the contractor's log every month.");
  });
  it("reads '(@ Company, year)', a role-first context line, a one-row job table and a method in 30 seconds", () => {
    const [at, context, table] = stories([
      "## The CAR method in 60 seconds",
      "- **Challenge** – what went wrong",
      "- **Result** – what changed",
      "",
      "### tell me about a time you met a hard deadline",
      "(@ Pellworth Labs, 2021)",
      "- S: the audit was moved up two weeks",
      "",
      "### The blocked loading bay",
      "",
      "*Context: Shift Lead, Harrowgate Freight, 2020*",
      "",
      "**Situation:** A lorry blocked the only loading bay for a morning.",
      "",
      "### The late menu change",
      "| Company | Role | Year |",
      "| --- | --- | --- |",
      "| Saltmarsh Kitchen | Head Chef | 2023 |",
      "",
      "**Situation:** The fish supplier cancelled on a Friday.",
    ]);
    expect(at?.context?.company).toBe("Pellworth Labs");
    expect(context?.context).toEqual({
      company: "Harrowgate Freight",
      role: "Shift Lead",
      period: "2020",
    });
    expect(table?.context).toEqual({
      company: "Saltmarsh Kitchen",
      role: "Head Chef",
      period: "2023",
    });
  });
  it("reads signposts after an answer's 'A.' under a question heading", () => {
    const [story] = stories([
      "## Q. Tell me about a time you improved a process.",
      "",
      "A. The situation was that medicine rounds took three hours.",
      "",
      "My task was to shorten them without risk.",
      "",
      "First I timed every step for a week.",
      "",
      "The outcome was rounds of ninety minutes.",
    ]);
    expect(story?.task).toBe("My task was to shorten them without risk.");
    expect(story?.actions?.[0]?.points).toEqual(["First I timed every step for a week."]);
    expect(story?.results?.[0]?.points).toEqual(["The outcome was rounds of ninety minutes."]);
  });
});
