import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";

const read = (lines: string[]) => readMarkdown(lines.join("\n"), builtIns);
const stories = (lines: string[]) => read(lines).stories.map((story) => story.input);

describe("posts, notes and exports people publish their stories in", () => {
  it("reads a principles line that says what the story covers, a remark in its bracket apart", () => {
    const [story] = stories([
      "## The pallet recount",
      "**Principles this story hits:** Dive Deep, Ownership (and any 'tell me about a miss' question)",
      "**Situation:** The cycle count was 4% off.",
    ]);
    expect(story?.tags).toEqual(["Dive Deep", "Ownership"]);
    expect(story?.notes).toContain("(and any 'tell me about a miss' question)");
  });

  it("reads a part's name typed in a hurry", () => {
    const [story] = stories([
      "## Sterile supplies run out",
      "**Situaton:** The theatre ran out of drapes on a Friday.",
      "**Tsak:** I had to find stock before the 8am list.",
      "**Reuslt:** Every case went ahead.",
    ]);
    expect(story?.situation).toBe("The theatre ran out of drapes on a Friday.");
    expect(story?.task).toBe("I had to find stock before the 8am list.");
    expect(story?.results).toEqual([{ points: ["Every case went ahead."] }]);
  });

  it("keeps a follow-up the panel asked, its answer in brackets", () => {
    const [story] = stories([
      "## Reopening the loading bay",
      "**Result:** The bay reopened in two days.",
      "**Follow-ups the panel asked:** who paid for the repair? (answer: the landlord, under the lease)",
    ]);
    expect(story?.followUps).toEqual([
      { question: "who paid for the repair?", answer: "the landlord, under the lease" },
    ]);
  });

  it("reads a bold story line whose title holds 'vs.' and an edit that adds a quoted question", () => {
    const titles = stories([
      "I keep these in a notes app, sharing two:",
      "",
      "**Story 1: the finance team vs. the new ERP**",
      "",
      "S: month-end took nine days",
      "",
      "T: I owned the close calendar",
      "",
      "**Story 2: the audit I nearly failed**",
      "",
      "S: twelve invoices had no approval",
      "",
      "Update: someone asked for a teamwork one, here it is as I say it:",
      "",
      "> Tell me about a time you helped a struggling colleague.",
      "",
      "A new analyst on my team kept missing the reconciliation deadline, so I sat with her for three mornings, wrote a checklist with her and moved her onto the smaller ledgers for a month. She closed on time for the rest of the year.",
    ]).map((story) => story.title);
    expect(titles).toEqual([
      "the finance team vs. the new ERP",
      "the audit I nearly failed",
      "Tell me about a time you helped a struggling colleague.",
    ]);
  });

  it("takes quoted questions out of a title's bracket, and a use remark out of a numbered title", () => {
    const [first, second, third] = stories([
      '## The bus depot fire drill (good for "Tell me about a time you kept people safe")',
      "**Situation:** Nobody knew the muster point.",
      "",
      '## Cutting overtime ("Describe a time you saved money")',
      "**Situation:** Overtime was 30% of pay.",
      "",
      "## Kestrel Foods - lost tender (use for failure q)",
      "**Situation:** We lost the schools contract.",
    ]);
    expect(first?.title).toBe("The bus depot fire drill");
    expect(first?.questions).toEqual(["Tell me about a time you kept people safe"]);
    expect(second?.questions).toEqual(["Describe a time you saved money"]);
    expect(third?.title).toBe("Kestrel Foods - lost tender");
  });

  it("reads what a company does in brackets beside its name and year", () => {
    const [story] = stories([
      "1) The clinic waiting list",
      "Employer: Harlow Physio (private physiotherapy), 2022",
      "",
      "Problem - The waiting list was eleven weeks.",
      "",
      "2) The broken treadmill",
      "Employer: Harlow Physio, 2023",
      "",
      "Problem - A patient fell when the belt stuck.",
    ]);
    expect(story?.context?.company).toBe("Harlow Physio");
    expect(story?.context?.period).toBe("2022");
    expect(story?.notes).toContain("private physiotherapy");
  });

  it("splits a plain-text note whose stories end at a line of dashes", () => {
    const list = stories([
      "stories for the depot job",
      "",
      "1 the missing van keys",
      "sit: three vans could not leave at 5am",
      "did: called the night guard and found the spare set",
      "result: all routes left by 5:20",
      "-----",
      "2 the new driver",
      "sit: a new driver kept getting lost",
      "did: rode with him for two shifts",
      "result: he runs the longest route now",
      "---",
    ]);
    expect(list.map((story) => story.title)).toEqual(["the missing van keys", "the new driver"]);
    expect(list[1]?.situation).toBe("a new driver kept getting lost");
  });

  it("reads a pandoc grid table of several columns as a table, and pandoc's year ranges", () => {
    const { stories: list } = read([
      "+------+----------------+-----------+",
      "| No.  | Story          | Where     |",
      "+======+================+===========+",
      "| 1    | The flood      | Avonside  |",
      "|      | weekend        | Water     |",
      "+------+----------------+-----------+",
      "",
      "# Story 1 -- The flood weekend",
      "",
      "Avonside Water, 2018--2019",
      "",
      "**Situation:** A main burst under the high street.",
      "",
      "# Story 2 -- The meter backlog",
      "",
      "**Situation:** Four thousand meters were unread.",
    ]);
    expect(list.map((story) => story.input.title)).toEqual([
      "The flood weekend",
      "The meter backlog",
    ]);
    expect(list[0]?.input.context).toMatchObject({
      company: "Avonside Water",
      period: "2018–2019",
    });
  });

  it("keeps a story told under a one-line remark, and leaves prep advice out", () => {
    const list = stories([
      "## Working Together",
      "",
      "**Strongest one** – lead with this.",
      "",
      "In my role at the Office for Coastal Planning I was asked to bring four councils to agree one flood map. I met each planning lead on their own ground first, wrote down what each one could not give up, and then drafted a map that kept those points. All four signed it within two months.",
      "",
      "### General prep notes",
      "",
      "- bring water",
      "- re-read the job advert",
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]?.draft).toContain("four councils to agree one flood map");
    expect(list[0]?.context?.company).toBe("Office for Coastal Planning");
    expect(list[0]?.notes).toContain("Strongest one: lead with this.");
  });

  it("does not take a person the notes came from, or 'at Pace', as the employer", () => {
    const list = stories([
      "Tips from Marguerite (she interviews for the grade): they want one example each.",
      "",
      "## Delivering at Pace",
      "",
      "I was asked to stand up a helpline in four days, so I borrowed six staff from the print room, wrote the call script that evening and went live on day three. We took 900 calls in the first week.",
      "",
      "## Seeing the Big Picture",
      "",
      "At the Agency for Rural Roads I noticed our repair scores ignored school routes. I showed my director the map of closed roads next to school catchments and she changed the scoring for the next round, which moved eleven repairs up the list.",
    ]);
    expect(list.map((story) => story.context?.company)).toEqual([
      undefined,
      "Agency for Rural Roads",
    ]);
  });

  it("stores follow-up questions still to answer", () => {
    const [story] = stories([
      "## Moving the archive",
      "**Situation:** The archive was in a flooded basement.",
      "",
      "Possible interview follow-ups:",
      "- What would you do if the budget was cut?",
      "- How did you keep the team safe?",
    ]);
    expect(story?.followUps).toEqual([
      { question: "What would you do if the budget was cut?", answer: "" },
      { question: "How did you keep the team safe?", answer: "" },
    ]);
  });

  it("reads a question-first answer whose A: line opens with the Situation", () => {
    const list = stories([
      "Q: Tell me about a time you changed a process.",
      'Also works for: "Describe an improvement you made."',
      "",
      "A: Situation — Refunds took our shop three weeks.",
      "Task — I was asked to halve that.",
      "",
      "---",
      "",
      "Q: Tell me about a hard conversation.",
      "",
      "A:",
      "Situation — A supplier shipped the wrong fabric twice.",
      "",
      "---",
    ]);
    expect(list[0]?.questions).toEqual([
      "Tell me about a time you changed a process.",
      "Describe an improvement you made.",
    ]);
    expect(list[0]?.situation).toBe("Refunds took our shop three weeks.");
    expect(list[0]?.task).toBe("I was asked to halve that.");
    expect(list[1]?.situation).toBe("A supplier shipped the wrong fabric twice.");
  });

  it("splits numbered questions answered in prose, 'Result:' lines among them", () => {
    const list = stories([
      "Practice answers, library assistant interview",
      "",
      "1. Tell me about a time you helped a difficult customer.",
      "",
      "A reader at our branch was furious that his reserved book had gone to someone else. I listened to the whole complaint, checked the system and found the reservation had expired the day before. I rang two other branches while he waited and one of them held a copy for him.",
      "",
      "Result: he picked it up that afternoon and later wrote to thank the branch.",
      "",
      "2. Describe a time you learned a new system quickly.",
      "",
      "When the council moved us to a new catalogue system I took the online course over a weekend, made a one-page cheat sheet for the counter and showed the two part-time staff how to check items in and out before the Monday opening.",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "Tell me about a time you helped a difficult customer.",
      "Describe a time you learned a new system quickly.",
    ]);
    expect(list[0]?.results).toEqual([
      { points: ["he picked it up that afternoon and later wrote to thank the branch."] },
    ]);
  });

  it("joins a summary table's row with the write-up of the same story", () => {
    const list = stories([
      "| Story | Situation | Result | Questions |",
      "|---|---|---|---|",
      "| Late deliveries | 20% of orders late | On time 97% | Tell me about a process you fixed |",
      "| Price rise | Supplier raised prices 12% | Kept margin | Tell me about a negotiation |",
      "",
      "## Write-ups",
      "",
      "### Late deliveries",
      "",
      "**Situation:** One in five orders reached the shops late.",
      "**Result:** 97% on time within a month.",
      "",
      "### WIP: The weekend rota",
      "",
      "**Situation:** Nobody wanted Sundays.",
    ]);
    expect(list.map((story) => story.title)).toEqual([
      "Late deliveries",
      "Price rise",
      "The weekend rota",
    ]);
    expect(list[0]?.situation).toBe("One in five orders reached the shops late.");
    expect(list[0]?.questions).toEqual(["Tell me about a process you fixed"]);
    expect(list[0]?.notes).toContain("Situation (table): 20% of orders late");
    expect(list[2]?.notes).toContain("WIP");
  });

  it("names a worksheet's story from its title line, a remark after an arrow apart", () => {
    const [story] = stories([
      "## STORY 2",
      "",
      "**Give this story a short name:** Training the night shift   <- maybe too small?",
      "",
      "**What were you responsible for?**",
      "Getting 12 new starters through induction.",
      "",
      "**Which interview questions could this answer?**",
      "- ??",
    ]);
    expect(story?.title).toBe("Training the night shift");
    expect(story?.task).toBe("Getting 12 new starters through induction.");
    expect(story?.questions).toBeUndefined();
    expect(story?.notes).toContain("maybe too small?");
  });

  it("reads topics apart by slashes as tags, a slashed prompt as questions", () => {
    const [first, second] = stories([
      "STORY 1 - THE STOCKTAKE",
      "Good for: accuracy / teamwork / pressure",
      "S - The count was due on Friday.",
      "",
      "STORY 2 - THE RECALL",
      "q: product safety / handling a crisis",
      "S - A batch of jars had glass in it.",
    ]);
    expect(first?.tags).toEqual(["accuracy", "teamwork", "pressure"]);
    // One prompt or two, its words stay in the questions.
    expect(second?.questions?.join(" / ")).toBe("product safety / handling a crisis");
    expect(second?.tags).toBeUndefined();
  });

  it("reads where and when opening a telling, and a meta line under the story's questions", () => {
    const [first, second] = stories([
      "## The ward move",
      "**Situation:** Linden Royal, March 2023, we had two days to move 24 patients.",
      "",
      "## The rota dispute",
      'Qs: "Tell me about a conflict"',
      "",
      "_Brookfield Care Home, 2021 — Deputy Manager, Dementia unit_",
      "",
      "Two carers refused to work together, so I met each of them and rebuilt the pairs.",
    ]);
    expect(first?.context?.company).toBe("Linden Royal");
    expect(second?.context).toMatchObject({
      company: "Brookfield Care Home",
      role: "Deputy Manager",
      period: "2021",
    });
    expect(second?.questions).toEqual(["Tell me about a conflict"]);
  });

  it("reads a toggle's label over its nested list, and a 'Versions' heading over the tellings", () => {
    const list = stories([
      "# The depot rota",
      "",
      "- Questions",
      "    - Tell me about a time you fixed a broken process.",
      "",
      "## Situation",
      "Drivers swapped shifts by text message.",
      "",
      "## Versions",
      "",
      "### 60-second version",
      "Drivers swapped shifts by text, so I built a shared rota and missed shifts stopped.",
      "",
      "## Lessons",
      "- Put the rule where people already look.",
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]?.questions).toEqual(["Tell me about a time you fixed a broken process."]);
    expect(list[0]?.refined).toContain("built a shared rota");
    expect(list[0]?.lessons).toContain("Put the rule where people already look.");
  });

  it("reads a spreadsheet export's rows under a heading and a line about the export", () => {
    const titles = stories([
      "# Stories (exported from my tracker)",
      "",
      "_Exported 3 May. Line breaks shown as <br>._",
      "",
      "| Title | Company | S | T | A | R |",
      "|---|---|---|---|---|---|",
      "| Cold store alarm | Frostway | The alarm failed at night | Keep stock safe | Moved pallets | No loss |",
      "| Forklift audit | Frostway | Audit due in a week | Pass it | Retrained drivers | Passed |",
    ]).map((story) => story.title);
    expect(titles).toEqual(["Cold store alarm", "Forklift audit"]);
  });

  it("reports a worksheet table's prompts beside its parts, and reads its question list", () => {
    const { stories: list, warnings } = read([
      "## Example 1",
      "",
      "**Example title:** The library move – packing 9,000 books in a week",
      "",
      "| STAR | Your example |",
      "|---|---|",
      "| **Situation** *(Where were you? When?)* | The branch had to move in seven days. |",
      "| **Result** *(What was the outcome?)* | We opened on time. |",
      "",
      "Competency questions this could answer:",
      "- Tell me about a time you worked to a tight deadline.",
    ]);
    expect(list[0]?.input.title).toBe("The library move – packing 9,000 books in a week");
    expect(list[0]?.input.situation).toBe("The branch had to move in seven days.");
    expect(list[0]?.input.questions).toEqual([
      "Tell me about a time you worked to a tight deadline.",
    ]);
    expect(warnings.some((warning) => warning.message.includes("Where were you? When?"))).toBe(
      true,
    );
  });

  it("finds stories in plain notes named by a short line over prose, in lower case too", () => {
    const titles = stories([
      "job stories",
      "",
      "Late deliveries",
      "Our van arrived after opening on most Mondays, so shelves were half empty until noon and the manager blamed the night team. I rang the depot, moved our slot to 5am and asked the driver to text when he left. Shelves were full by opening for the rest of the year.",
      "",
      "angry regular",
      "A regular shouted at a new cashier over a price tag that was wrong. I stepped in, honoured the tag, thanked him for spotting it and then walked the aisle with the cashier to fix the other tags. He still shops with us and the cashier stayed.",
    ]).map((story) => story.title);
    expect(titles).toEqual(["Late deliveries", "angry regular"]);
  });

  it("keeps a story written only as notes, and leaves out questions left unanswered", () => {
    const list = stories([
      "## 1\\. Peak returns",
      "**Situation:** Returns tripled in January.",
      "",
      "## 2\\. Pallet labels",
      "",
      "*rough draft – only notes so far*",
      "",
      "* labels printed upside down on two lines",
      "* fixed the printer template",
      "",
      "## More questions I was asked (no write-up yet)",
      "",
      "- Why this company?",
      "- Where do you see yourself in five years?",
      "",
      "Good luck to anyone reading this!",
    ]);
    expect(list.map((story) => story.title)).toEqual(["Peak returns", "Pallet labels"]);
  });

  it("reads one numbered story alone in a note", () => {
    const [story] = stories([
      "1) The lost wheelchair",
      "Employer: Kestrel Airport Services, 2021",
      "",
      "Problem - A passenger's wheelchair did not arrive on the belt.",
      "Action - I traced it to the wrong flight and had it couriered.",
    ]);
    expect(story?.title).toBe("The lost wheelchair");
    expect(story?.context?.company).toBe("Kestrel Airport Services");
  });

  it("reads letter labels typed hard against their dash under numbered phone-note titles", () => {
    const read = stories([
      "1. Freezer failure on a Sunday",
      "S- walk-in freezer died at 6am, £9k of stock inside",
      "T- save the stock before the lunch rush",
      "A- borrowed space from the pub next door, moved it all in 40 min",
      "R- lost nothing → £9k saved, insurer paid the repair",
      "- [x] practiced",
      "- [ ] add a number for the repair",
      "",
      "2. Chef who kept missing orders",
      "Q- time you coached someone",
      "S- new sous chef, 3 late orders a week",
      "R- zero late orders after a month",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "Freezer failure on a Sunday",
      "Chef who kept missing orders",
    ]);
    expect(read[0]?.situation).toBe("walk-in freezer died at 6am, £9k of stock inside");
    expect(read[0]?.results).toEqual([
      { points: ["lost nothing → £9k saved, insurer paid the repair"] },
    ]);
    // The practice checklist is about the telling: notes, never more Result.
    expect(read[0]?.notes).toBe("Done: practiced\n\nTo do: add a number for the repair");
    expect(read[1]?.questions).toEqual(["time you coached someone"]);
  });

  it("keeps a checklist that is a part's own content in that part", () => {
    const [story] = stories([
      "## Moving the archive",
      "**Situation:** 40 years of paper files in a basement that floods.",
      "**Actions**",
      "- [x] Scanned the files that are still asked for",
      "- [x] Shredded the rest with the records officer",
    ]);
    expect(story?.actions).toEqual([
      {
        points: [
          "Scanned the files that are still asked for",
          "Shredded the rest with the records officer",
        ],
      },
    ]);
  });

  it("titles a story 'Example: …' by its name and reads a quoted question after 'Example 2:' as asked", () => {
    const read = stories([
      "## Example: Night shift handover (Ward 7, St Aldric's Hospital)",
      "**Situation:** Handovers ran 40 minutes over.",
      "",
      '## Example 2: "Tell me about a time you changed how your team worked."',
      "**Situation:** Nobody used the shared rota.",
    ]);
    expect(read[0]?.title).toBe("Night shift handover");
    expect(read[1]?.title).toBe("Tell me about a time you changed how your team worked.");
    expect(read[1]?.questions).toEqual(["Tell me about a time you changed how your team worked."]);
  });

  it("links a map row's short form of a title, a second story in brackets and a section number", () => {
    const read = stories([
      "### 1.1 Rota rebuild for the children's ward",
      "**Situation:** The rota was a spreadsheet nobody trusted.",
      "### 1.2 Medication error on nights",
      "**Situation:** A dose was given twice.",
      "### 1.3 Training the new starters",
      "**Situation:** Six starters in one month.",
      "",
      "| Question | Example |",
      "| --- | --- |",
      "| Improving a process | Rota rebuild |",
      "| Handling pressure | Training new starters (or the medication error) |",
      "| Owning a mistake | 1.2 (the double dose) |",
    ]);
    expect(read.map((story) => story.questions)).toEqual([
      ["Improving a process"],
      ["Handling pressure", "Owning a mistake"],
      ["Handling pressure"],
    ]);
  });

  it("reads a bold 'Q:' question with an answer after 'A:', and what the interviewer might push on", () => {
    const [story] = stories([
      "## Bias for Action",
      "",
      "**Q: Tell me about a time you decided without all the data.**",
      "",
      "A: At Harwick Freight in 2021 I moved our biggest customer to the new depot a week early, because the old one had lost power and waiting meant missing their launch.",
      "",
      "⚠️ interviewer might probe: what if it had gone wrong? → I had the old depot on standby for 48 hours.",
      "",
      "---",
      "Still to write: Frugality, Dive Deep",
    ]);
    expect(story?.questions).toEqual(["Tell me about a time you decided without all the data."]);
    expect(story?.draft).toMatch(/^At Harwick Freight in 2021/);
    expect(story?.context?.company).toBe("Harwick Freight");
    expect(story?.followUps).toEqual([
      {
        question: "what if it had gone wrong?",
        answer: "I had the old depot on standby for 48 hours.",
      },
    ]);
    expect(story?.notes).toBe("Still to write: Frugality, Dive Deep");
  });

  it("reads a question line marked with an emoji whose own label says what it is used for", () => {
    const [story] = stories([
      "## The supplier who went bust",
      '❓ Good for: "Tell me about a crisis you managed" / "How do you handle risk?"',
      "📍 Situation: Our only label printer supplier went under on a Monday.",
    ]);
    expect(story?.questions).toEqual([
      "Tell me about a crisis you managed",
      "How do you handle risk?",
    ]);
  });

  it("reads where the stories are from in a page's note, and where one story says it is from", () => {
    const read = stories([
      "> All my stories here are from Quarry Lane Bakery unless I say otherwise.",
      "",
      "### The oven that failed on Christmas Eve",
      "**Situation:** One of two ovens failed.",
      "",
      "### Winning back the café chain",
      "",
      "_Story from Mossgiel Foods (my first job), 2019._",
      "",
      "**Situation:** The café chain had moved to a rival.",
    ]);
    expect(read.map((story) => story.context?.company)).toEqual([
      "Quarry Lane Bakery",
      "Mossgiel Foods",
    ]);
  });

  it("reads no employer from a reminder someone sent", () => {
    const [story] = stories([
      "Reminder from Tomasz: they ask two questions each, keep answers short.",
      "",
      "## Rerouting the night trucks",
      "**Situation:** A bridge closed on the main route.",
    ]);
    expect(story?.context?.company).toBeUndefined();
  });

  it("reads a 'Where/when' line, a practice remark and a draft's state in the heading's bracket", () => {
    const read = stories([
      "Handout from the Careers Hub, session 2 — notes mine, spelling and all",
      "",
      "## Story 1 — Clearing the lab backlog",
      "Where/when: Haldane Instruments, Cambridge site – QA tech, 2021-2022",
      "**S:** 300 samples waited more than a week.",
      "*Practice: told it to Sam on 3/4, ran 2:30, cut the intro.*",
      "",
      "## Story 2 — Night shift handover   (DRAFT, needs a result)",
      "Where and when: Haldane Instruments, 2022 — I was the shift lead",
      "**S:** Handover notes were lost between shifts.",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "Clearing the lab backlog",
      "Night shift handover",
    ]);
    expect(read.map((story) => story.context?.company)).toEqual([
      "Haldane Instruments",
      "Haldane Instruments",
    ]);
    expect(read[1]?.context?.period).toBe("2022");
    expect(JSON.stringify(read[1])).toContain("I was the shift lead");
    expect(read[1]?.notes).toContain("DRAFT, needs a result");
    expect(JSON.stringify(read[0])).toContain("told it to Sam on 3/4, ran 2:30, cut the intro.");
  });

  it("reads 'Example story #2:' titles, 'Used it for:' questions, a second question 'it also covers', and a repo's sign-off", () => {
    const read = stories([
      "## Example story #1: The warehouse move",
      "",
      "The question I used it for: *Tell me about a big change you led.* It also covers *Describe a time you planned under pressure.*",
      "",
      "**Situation:** The lease ended in eight weeks.",
      "",
      "## Example story #2: The supplier audit",
      "",
      'Used it for: "Tell me about a time you found a problem others missed"',
      "",
      "**Situation:** A supplier's certificates were forged.",
      "",
      "## ⭐ If this helped you, star the repo!",
      "",
      "Thanks for reading.",
    ]);
    expect(read.map((story) => story.title)).toEqual(["The warehouse move", "The supplier audit"]);
    expect(read.map((story) => story.questions)).toEqual([
      ["Tell me about a big change you led.", "Describe a time you planned under pressure."],
      ["Tell me about a time you found a problem others missed"],
    ]);
  });

  it("reads plain-text competency sections: the name in capitals and its question belong to the 'Example:' story under them", () => {
    const read = stories([
      "Panel interview, Harrowgate Trust. Their framework has four behaviours.",
      "",
      "-----",
      "",
      "LEADING WITH CARE",
      "",
      'Possible question: "Tell us about a time you supported a colleague through a hard week."',
      "",
      "Example: Covering the night rota after a bereavement",
      "",
      "Situation: A colleague lost her father during a short-staffed month.",
      "",
      "-----",
      "",
      "DELIVERING VALUE",
      "",
      "Example: Cutting agency spend on the ward",
      "",
      "Outcome: Agency shifts fell from 40 to 12 a month.",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "Covering the night rota after a bereavement",
      "Cutting agency spend on the ward",
    ]);
    expect(read.map((story) => story.tags)).toEqual([["LEADING WITH CARE"], ["DELIVERING VALUE"]]);
    expect(read[0]?.questions).toEqual([
      "Tell us about a time you supported a colleague through a hard week.",
    ]);
    expect(read[1]?.questions ?? []).toEqual([]);
  });

  it("reads a work journal whose entries worth telling carry STAR parts, the other entries outside every story", () => {
    const { stories: read, warnings } = readMarkdown(
      [
        "# Wins log",
        "",
        "## March",
        "- Ran the spring stock count",
        "- **Fixed the returns backlog**: 900 parcels cleared in a week",
        "  - STAR:",
        "    - S: 900 returns waited in the cage",
        "    - A: split the team into two shifts",
        "    - R: backlog cleared in six days",
        '  - good for: "Tell me about a time you fixed a process"',
        "- Trained two new pickers",
        "",
        "## April",
        "- Holiday",
        "",
        "## May",
        "- Won the depot safety award",
        "  - S: near misses were going up",
        "  - A: started five-minute safety huddles",
        "  - R: no reportable incident for 90 days",
      ].join("\n"),
      builtIns,
    );
    expect(read.map((story) => story.input.title)).toEqual([
      "Fixed the returns backlog",
      "Won the depot safety award",
    ]);
    const [returns] = read.map((story) => story.input);
    expect(returns?.headline).toBe("900 parcels cleared in a week");
    expect(returns?.questions).toEqual(["Tell me about a time you fixed a process"]);
    expect(returns?.results).toEqual([{ points: ["backlog cleared in six days"] }]);
    // The log's own entries are reported with their lines, never stored in a story.
    const reported = warnings.map((w) => w.excerpt).join("\n");
    for (const entry of ["Ran the spring stock count", "Trained two new pickers", "Holiday"])
      expect(reported).toContain(entry);
    expect(JSON.stringify(read)).not.toContain("Trained two new pickers");
  });

  it("reads a note's properties laid in a row, 'Evidence:' as what was done, and arrows after the bullets as results", () => {
    const [story] = stories([
      "# Reopening the day centre",
      "",
      "| Created | Modified | Tags | Company |",
      "|---|---|---|---|",
      "| 2024-01-05 | 2024-02-01 | change, partnership | Elmbridge Council |",
      "",
      "Situation: The centre had been shut for a year.",
      "",
      "Evidence:",
      "- agreed a joint rota with the NHS team",
      "- ran three drop-in sessions for families",
      "→ reopened in eight weeks",
      "→ 40 people a week now use it",
    ]);
    expect(story?.tags).toEqual(["change", "partnership"]);
    expect(story?.context?.company).toBe("Elmbridge Council");
    expect(story?.notes).toContain("Created: 2024-01-05");
    expect(story?.actions?.flatMap((section) => section.points)).toEqual([
      "agreed a joint rota with the NHS team",
      "ran three drop-in sessions for families",
    ]);
    expect(story?.results?.flatMap((section) => section.points)).toEqual([
      "reopened in eight weeks",
      "40 people a week now use it",
    ]);
  });

  it("reads quoted questions with the writer's remark in a bracket after them", () => {
    const [story] = stories([
      "## Coaching the new shift leads",
      'Asked as: "Tell me about a time you developed someone", "How do you give hard feedback?" (both went fine, keep it)',
      "**Situation:** Three new shift leads in a month.",
    ]);
    expect(story?.questions).toEqual([
      "Tell me about a time you developed someone",
      "How do you give hard feedback?",
    ]);
    expect(story?.notes).toContain("both went fine, keep it");
  });

  it("reads plain-text stories titled in capitals with the employer on the line under, and a banner rule before the questions to ask", () => {
    const { stories: read, warnings } = readMarkdown(
      [
        "PREP NOTES",
        "",
        "------------------------------",
        "",
        "LATE SHIPMENT TO THE HOSPITAL",
        "Ardent Medical Supplies, Account Manager",
        "SIT - a theatre ran short of drapes on a Friday",
        "RES - delivered by 6am, kept the contract",
        "",
        "------------------------------",
        "",
        "PRICING ROW W/ SALES",
        "Kestrel Health (first job, analyst)",
        "SIT - sales wanted a 30% discount",
        "RES - agreed 18% with a volume floor",
        "",
        "==============================",
        "questions for them",
        "- how big is the team?",
      ].join("\n"),
      builtIns,
    );
    expect(read.map((story) => story.input.title)).toEqual([
      "LATE SHIPMENT TO THE HOSPITAL",
      "PRICING ROW W/ SALES",
    ]);
    expect(read.map((story) => story.input.context?.company)).toEqual([
      "Ardent Medical Supplies",
      "Kestrel Health",
    ]);
    expect(read[1]?.input.questions ?? []).toEqual([]);
    expect(warnings.map((w) => w.excerpt).join("\n")).toContain("how big is the team?");
  });

  it("reports a page's part about itself instead of reading it as a story", () => {
    const { stories: read, warnings } = readMarkdown(
      [
        "# How I’m using this document",
        "",
        "These are the examples I keep returning to, one per competency, so I can pick one fast.",
        "",
        "# Story 1 – The library move",
        "",
        "**Situation:** The library had to move floors in a week.",
      ].join("\n"),
      builtIns,
    );
    expect(read.map((story) => story.input.title)).toEqual(["The library move"]);
    expect(warnings.map((w) => w.excerpt).join("\n")).toContain("examples I keep returning to");
  });

  it("reads the questions a one-story note's front matter lists", () => {
    const [story] = stories([
      "---",
      "company: Harbour Freight",
      "questions:",
      "  - Tell me about a time you changed a team's mind.",
      '  - "Describe a risk you took"',
      "---",
      "",
      "# The cold-chain pilot",
      "",
      "**Situation:** Two pallets of vaccine spoiled in a month.",
    ]);
    expect(story?.questions).toEqual([
      "Tell me about a time you changed a team's mind.",
      "Describe a risk you took",
    ]);
  });

  it("keeps a post's 'Broken down in STAR' and follow-ups sections with the story told above them", () => {
    const read = stories([
      "## Story 1: Closing the Leeds depot",
      "",
      "In 2021 I ran operations at Norbridge Freight and had to close our oldest depot without losing a customer.",
      "",
      "## The STAR breakdown",
      "",
      "- **Situation:** The Leeds depot lost money every month.",
      "- **Result:** All 40 customers moved to Wakefield.",
      "",
      "## The follow-ups I got (and how I answered)",
      "",
      "- *Who decided?* → I did, with the finance director.",
      "",
      "## Story 2 (my failure one): The pricing page test",
      "",
      "**Situation:** Conversions fell after a redesign.",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "Closing the Leeds depot",
      "The pricing page test",
    ]);
    expect(read[0]?.situation).toBe("The Leeds depot lost money every month.");
    expect(read[0]?.followUps?.[0]?.question).toBe("Who decided?");
    expect(read[1]?.notes).toContain("my failure one");
  });

  it("reads a filled-in worksheet's answers written in italics under its numbered prompts", () => {
    const { stories: read, warnings } = readMarkdown(
      [
        "## Story A",
        "",
        "**1. Give your story a short title.**",
        "",
        "*The clinic that lost its rota*",
        "",
        "**2. Situation — what was going on?**",
        "",
        "*Half the nurses left in one summer and the rota was a spreadsheet nobody trusted.*",
        "",
        "**3. Result — what happened?**",
        "",
        "*Agency shifts fell by a third, even if you count the winter.*",
        "",
        "## Story B",
        "",
        "**1. Give your story a short title.**",
        "",
        "*Describe the story in a few words.*",
        "",
        "**2. Situation — what was going on?**",
        "",
        "*Set the scene: where, when, who.*",
      ].join("\n"),
      builtIns,
    );
    expect(read.map((story) => story.input.title)).toEqual(["The clinic that lost its rota"]);
    expect(read[0]?.input.situation).toBe(
      "Half the nurses left in one summer and the rota was a spreadsheet nobody trusted.",
    );
    expect(read[0]?.input.results).toEqual([
      { points: ["Agency shifts fell by a third, even if you count the winter."] },
    ]);
    expect(warnings.map((w) => w.message).join("\n")).toContain("Story B");
  });

  it("reads a journal entry whose parts sit under 'STAR (draft):'", () => {
    const read = stories([
      "## February",
      "- Offsite planning",
      "- Halved the invoice backlog",
      "  - STAR (draft):",
      "    - Situation: 600 invoices waited for approval",
      "    - Result: 300 by the end of the month",
      "",
      "## March",
      "- Took over the carrier claims",
      "  - S: claims were filed too late",
      "  - R: £12k recovered",
    ]);
    expect(read.map((story) => story.title)).toEqual([
      "Halved the invoice backlog",
      "Took over the carrier claims",
    ]);
    expect(read[0]?.notes).toBe("draft");
  });
});
