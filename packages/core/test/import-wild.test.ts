import { readFileSync } from "node:fs";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { unaccountedLines } from "./support/line-accounting.ts";

/**
 * The documents of ../shared/examples/wild: one per kind of story document people publish, each
 * with what a careful reader stores (its NN-*.expected.md). Copies live in import-fixtures/wild.
 */
const wild = new URL("./import-fixtures/wild/", import.meta.url);
const source = (name: string) => readFileSync(new URL(name, wild), "utf8");
const read = (name: string) => readMarkdown(source(name), builtIns);
const inputs = (name: string) => read(name).stories.map((s) => s.input);

describe("documents in the shapes people publish", () => {
  it("01 STAR labels as list items, company in the heading's brackets", () => {
    const [ledger, queue] = inputs("01-list-item-labels.md");
    expect(inputs("01-list-item-labels.md")).toHaveLength(2);
    expect(ledger).toMatchObject({
      title: "Ownership: The Midnight Ledger Fix",
      context: { company: "Corvid Pay" },
      situation: "Corvid Pay's nightly ledger job double-counted refunds for three days.",
      task: "Find the cause and repair the balances before month-end close.",
      results: [{ points: ["Balances matched the bank by Friday; no duplicates since."] }],
    });
    expect(ledger?.headline).toBeUndefined();
    expect(ledger?.actions).toEqual([
      {
        points: [
          "Trace: Replayed one night's events and found a retry that re-sent refunds.",
          "Fix: Made the refund writer idempotent with a request key.",
          "Repair: Wrote a script that reversed 412 duplicate entries.",
        ],
      },
    ]);
    // "Competency: Ownership, Dive Deep" names two Amazon principles.
    expect(ledger?.values?.map((v) => v.valueKey)).toEqual(["ownership", "dive-deep"]);
    expect(queue).toMatchObject({
      title: "Conflict: Queue or Cron",
      situation: "A teammate wanted to replace our cron jobs with a message queue overnight.",
      task: "Agree on a plan without stalling the quarter.",
      actions: [{ points: ["I proposed moving one job first and measuring it for two weeks."] }],
      results: [
        { points: ["The pilot showed a 30% gain; we moved the rest in the next quarter."] },
      ],
    });
  });

  it("02 list-item labels under a Story heading", () => {
    expect(inputs("02-list-item-labels-story-heading.md")).toEqual([
      {
        title: "Moving the Billing Queue",
        // "at Larkspur" in the situation names where it happened.
        context: { company: "Larkspur" },
        situation: "The billing queue at Larkspur dropped messages at peak.",
        task: "I had to stop the drops before the spring sale.",
        actions: [{ points: ["I added a dead-letter queue and replayed it hourly."] }],
        results: [{ points: ["No drops in the sale; replay took 4 minutes."] }],
      },
    ]);
  });

  it("03 letter bullets; the template block and the front matter are no stories", () => {
    const result = read("03-letter-bullets-and-template.md");
    const [promo, courier] = result.stories.map((s) => s.input);
    expect(result.stories.map((s) => s.input.title)).toEqual([
      "the spring promo page for couriers",
      "courier interview web app",
    ]);
    expect(promo?.situation).toBe(
      "- the promo had one week and four people\n- it had to run inside our app and in a mini-program",
    );
    expect(promo?.task).toBe("- I owned the front end and the schedule");
    expect(promo?.actions).toEqual([
      {
        points: [
          "I built the logic first and left the animations to last",
          "I asked a senior colleague to write the shared login module",
        ],
      },
    ]);
    expect(promo?.results).toEqual([
      { points: ["we shipped a day early and the page served 80k couriers"] },
    ]);
    expect(courier?.results).toEqual([
      { points: ["interviews moved online and reviewers checked them asynchronously"] },
    ]);
    expect(result.warnings.some((w) => w.line <= 4)).toBe(false);
    expect(result.warnings.find((w) => w.line === 8)?.message).toMatch(/template/);
  });

  it("04 answers without labels under questions; an unanswered question is reported", () => {
    const result = read("04-free-form-answers.md");
    const [customer, trust] = result.stories.map((s) => s.input);
    expect(result.stories).toHaveLength(2);
    expect(customer).toMatchObject({
      title: "Customer Obsession",
      questions: ["Tell me about a time you did not meet a customer's expectation."],
      values: [{ valueSetId: "amazon-lp-2021", valueKey: "customer-obsession" }],
    });
    expect(customer?.draft?.split("\n")).toHaveLength(3);
    expect(customer?.draft).toMatch(/^when I worked on the photo album rewrite/);
    expect(trust).toMatchObject({
      title: "Earn Trust",
      questions: ["Tell me about a time you had to tell someone a harsh truth."],
    });
    expect(trust?.draft?.split("\n")).toHaveLength(2);
    expect(result.warnings.find((w) => w.line === 10)).toMatchObject({
      endLine: 11,
      message: expect.stringMatching(/question with no answer/),
    });
  });

  it("05 numbered questions with note bullets, under group lines", () => {
    const result = read("05-numbered-question-notes.md");
    expect(result.stories.map((s) => [s.input.questions, s.input.tags])).toEqual([
      [["Tell me about a time you missed a commitment."], ["Team / time management"]],
      [["Describe a long project you kept on track."], ["Team / time management"]],
      [["Tell me about a conflict on your team."], ["Conflict"]],
    ]);
    // A question short enough to be a title is the title.
    expect(result.stories.map((s) => s.input.title)).toEqual([
      "Tell me about a time you missed a commitment.",
      "Describe a long project you kept on track.",
      "Tell me about a conflict on your team.",
    ]);
    expect(result.stories[2]!.input.draft).toBe(
      "- disagreement about caching in the gateway\n- we benchmarked both, went with the simpler one",
    );
  });

  it("06 labels no field takes start notes of their own, never more Result", () => {
    const [story] = inputs("06-unknown-label-after-result.md");
    expect(story?.results).toEqual([
      { points: ["Reindex time fell from 20 minutes to about a second."] },
    ]);
    expect(story?.values?.map((v) => v.valueKey)).toEqual(["deliver-results", "dive-deep"]);
    expect(story?.notes).toBe(
      "Use carefully: Only tell this one if they ask about performance.\n\nRehearsed:\n- [ ] Date: ________",
    );
  });

  it("07 colonless bold labels, a summary and hashtag tags", () => {
    expect(inputs("07-colonless-bold-labels.md")).toEqual([
      {
        title: "The Lost Weekend",
        tags: ["ops", "pressure"],
        headline: "Rebuilt the search index overnight.",
        context: { company: "Fennel Labs" },
        situation: "The search index at Fennel Labs was corrupted on a Friday evening.",
        task: "I had to restore search before Monday traffic.",
        actions: [
          {
            points: [
              "I rebuilt the index from the event log and verified the counts shard by shard.",
            ],
          },
        ],
        results: [{ points: ["Search was back by Sunday noon with no lost records."] }],
      },
    ]);
  });

  it("08 questions under Best Used For and Example Question", () => {
    const [story] = inputs("08-question-list-labels.md");
    expect(story).toMatchObject({
      title: "Checkout Outage",
      context: { company: "Pellham Retail" },
      questions: [
        "Tell me about a production incident you handled",
        "Describe a time you worked under pressure",
        "How do you handle critical issues?",
      ],
      situation: "Checkout at Pellham Retail failed for 20% of users during a sale.",
      task: "Restore checkout and find the cause.",
    });
  });

  it("09 stories inside <details> blocks, under a principle heading", () => {
    const stories = inputs("09-details-summary-stories.md");
    expect(stories.map((s) => s.title)).toEqual([
      "Rescuing the Tern Warehouse Sync",
      "Cutting the Plover Build Time",
    ]);
    expect(stories.map((s) => s.situation)).toEqual([
      "The Tern warehouse sync failed every Monday.",
      "Builds at Plover took 50 minutes.",
    ]);
    expect(stories.map((s) => s.results)).toEqual([
      [{ points: ["Zero Monday failures for six months."] }],
      [{ points: ["Builds dropped to 12 minutes."] }],
    ]);
    for (const story of stories) {
      expect(story.values).toEqual([{ valueSetId: "amazon-lp-2021", valueKey: "ownership" }]);
      expect(JSON.stringify(story)).not.toMatch(/<\/?(details|summary)/);
    }
  });

  it("10 a Story: line with S: / T: / A: / R: lines", () => {
    const stories = inputs("10-story-label-line.md");
    expect(stories).toEqual([
      {
        title: "Pager fatigue at Quillon",
        context: { company: "Quillon" },
        situation: "On-call got 40 pages a night.",
        task: "My lead asked me to cut the noise.",
        actions: [{ points: ["I merged duplicate alerts and added rate limits."] }],
        results: [{ points: ["Pages fell to 6 a night."] }],
      },
      {
        title: "Disk Alarm",
        // The employer the first story names, mentioned again.
        context: { company: "Quillon" },
        situation: "A disk filled on the Quillon log host every Sunday.",
        task: "Stop the weekly alarm.",
        actions: [{ points: ["I added log rotation and a size cap."] }],
        results: [{ points: ["No alarms for three months."] }],
      },
    ]);
  });

  it("11 a question as the heading gives the question and a title from the story", () => {
    const [harbour, priorities] = inputs("11-question-heading.md");
    expect(harbour).toMatchObject({
      title: "Harbour Tower project",
      questions: ["Who was your most difficult customer?"],
      task: "- deliver the viewer by the launch date",
      results: [{ points: ["launched on time with the main features"] }],
    });
    expect(harbour?.actions?.[0]?.points).toHaveLength(2);
    expect(priorities).toMatchObject({
      questions: ["How do you prioritise many customers?"],
      draft: "Clear, open communication with my manager and the sales team.",
    });
  });

  it("12 a question-map row naming two stories links both", () => {
    const stories = inputs("12-table-or-row.md");
    expect(stories.map((s) => s.questions)).toEqual([
      ["Hardest technical problem", "Mentored someone"],
      ["Mentored someone"],
    ]);
  });

  it("13 a company in brackets is the company; a number is the headline", () => {
    const [bug, cost] = inputs("13-company-parenthetical.md");
    expect(bug).toMatchObject({
      title: "Production Bug Resolution",
      context: { company: "Osprey Digital" },
    });
    expect(bug?.headline).toBeUndefined();
    expect(cost).toMatchObject({ title: "Cost Cut", headline: "$1.2M SAVED" });
    // No bracket names it, but "at Osprey Digital" in the situation does.
    expect(cost?.context).toEqual({ company: "Osprey Digital" });
  });

  it("14 hashtags are one tag each", () => {
    expect(inputs("14-hashtag-tags.md")[0]?.tags).toEqual(["growth", "initiative", "marketing"]);
  });

  it("15 an Action paragraph over the point limit is split at sentence ends, not refused", () => {
    const result = read("15-long-action-paragraph.md");
    const [story] = result.stories.map((s) => s.input);
    const points = story?.actions?.flatMap((s) => s.points) ?? [];
    expect(points.length).toBeGreaterThan(1);
    expect(points.every((p) => p.length <= 1_000)).toBe(true);
    const paragraph = source("15-long-action-paragraph.md").split("\n")[4]!;
    expect(points.join(" ")).toBe(paragraph.replace("**Action:** ", ""));
    expect(story?.results).toEqual([{ points: ["The nightly flood stopped."] }]);
  });
});

describe("never losing a line", () => {
  const names = [
    "01-list-item-labels.md",
    "02-list-item-labels-story-heading.md",
    "03-letter-bullets-and-template.md",
    "04-free-form-answers.md",
    "05-numbered-question-notes.md",
    "06-unknown-label-after-result.md",
    "07-colonless-bold-labels.md",
    "08-question-list-labels.md",
    "09-details-summary-stories.md",
    "10-story-label-line.md",
    "11-question-heading.md",
    "12-table-or-row.md",
    "13-company-parenthetical.md",
    "14-hashtag-tags.md",
    "15-long-action-paragraph.md",
  ];

  it.each(names)("every line of %s is in a field, in notes or in a warning", (name) => {
    expect(unaccountedLines(source(name), read(name))).toEqual([]);
  });

  it.each(names)("%s: the line map names each story's lines, in order", (name) => {
    for (const story of read(name).stories) {
      expect(story.lines.length).toBeGreaterThan(0);
      const froms = story.lines.map((span) => span.from);
      expect(froms).toEqual([...froms].sort((a, b) => a - b));
      for (const span of story.lines) expect(span.to).toBeGreaterThanOrEqual(span.from);
    }
  });
});
