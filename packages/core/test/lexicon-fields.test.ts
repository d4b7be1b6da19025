import { describe, expect, it } from "vitest";
import {
  type ConceptDef,
  concepts,
  fields,
  lexiconVersion,
} from "../src/tailoring/lexicon/concepts.ts";
import { withFieldCues } from "../src/tailoring/lexicon/concepts/define.ts";
import { conceptList } from "../src/tailoring/lexicon/index.ts";
import { synonymsSource } from "../src/tailoring/lexicon/synonyms.ts";
import { read } from "../src/tailoring/read.ts";

/** The concept ids a text is read into, as a story is read (no WordNet) or a value is (WordNet). */
function conceptsOf(text: string, asValue: boolean): Set<string> {
  const reading = read([["description", text]], () => 1, asValue);
  return new Set([...reading.concepts.keys()].map((index) => conceptList[index]!.id));
}

describe("the lexicon's fields of work", () => {
  it("holds the concepts and cues it is documented with", () => {
    expect(concepts.length).toBe(81);
    const cues = concepts.reduce((sum, def) => sum + def.cues.length, 0);
    expect(cues).toBeGreaterThanOrEqual(16_700);
    for (const id of ["go-see", "co-design", "continuous-improvement", "wellbeing"]) {
      expect(concepts.find((def) => def.id === id)?.cues.length).toBeGreaterThanOrEqual(180);
    }
    expect(new Set(concepts.map((def) => def.id)).size).toBe(concepts.length);
  });

  it("gives every field a few hundred cues over many concepts", () => {
    expect(fields.map((field) => field.id)).toEqual([
      "healthcare",
      "retail",
      "logistics",
      "finance",
      "public",
      "aviation",
      "education",
      "consulting",
      "games",
      "construction",
      "values",
    ]);
    for (const field of fields) {
      const lists = Object.values(field.cues).map((text) => text.split(",").length);
      expect(lists.length, field.id).toBeGreaterThanOrEqual(17);
      expect(
        lists.reduce((sum, n) => sum + n, 0),
        field.id,
      ).toBeGreaterThanOrEqual(350);
    }
  });

  it("refuses a field that names a concept the lexicon does not have", () => {
    const base: ConceptDef[] = [{ id: "safety", label: "safety", kinds: [], cues: ["hazard"] }];
    expect(() =>
      withFieldCues(base, [{ id: "x", label: "x", cues: { saftey: "hard hat" } }]),
    ).toThrow(/unknown concept saftey/);
    const merged = withFieldCues(base, [
      { id: "x", label: "x", cues: { safety: "hard hat, hazard,  tied off " } },
    ]);
    expect(merged[0]!.cues).toEqual(["hazard", "hard hat", "tied off"]);
  });

  it("ships WordNet synonyms built for this lexicon version", () => {
    expect(synonymsSource).toContain(lexiconVersion);
  });
});

/** A story's words from each field of work, and a concept it must be read into. */
const stories: [string, string][] = [
  [
    "I sat with the family to explain the discharge plan in words they understood.",
    "customer-care",
  ],
  ["I questioned the medication order and paged the resident before giving the dose.", "advocacy"],
  ["I stopped the line when the pallet labels didn't match the manifest.", "verification"],
  ["I cut freight cost by consolidating half-empty trucks into full loads.", "frugality"],
  ["I reported the breach to the regulator the same day.", "integrity"],
  ["I walked the shop floor every morning before the stand-up.", "go-see"],
  ["I co-designed the program with the residents of the estate.", "co-design"],
  [
    "I rebooked every passenger on the cancelled flight before the last train left.",
    "customer-care",
  ],
  ["I ran the checklist twice and caught the fuel figures were wrong.", "verification"],
  ["I differentiated the lesson for my English language learners.", "inclusion"],
  ["We ran a restorative circle after the fight in the hallway.", "conflict-resolution"],
  ["I told the client the uncomfortable findings the partner wanted to soften.", "candor"],
  ["We playtested the tutorial every Friday and cut what players hated.", "experimentation"],
  ["I refused to let the crew start the lift until the exclusion zone was set.", "safety"],
  ["We tore it out and redid the work at our own cost.", "high-standards"],
  ["I rebalanced the workload and made sure everyone took their breaks.", "wellbeing"],
  ["We ran a kaizen event with the pickers and mapped the value stream.", "continuous-improvement"],
  ["I reconciled the ledger and traced every break to source documents.", "verification"],
  ["We published the data and the evaluation for residents to read.", "transparency"],
  ["I worked the register on Black Friday to see where the queue stalled.", "go-see"],
  ["I trained the new associates and promoted two of them from the floor.", "mentoring"],
  ["We cut shrink and kept payroll within the labor budget.", "frugality"],
  ["I qualified a second supplier so we were no longer single-sourced.", "risk-management"],
  ["I precepted three new grad nurses on nights.", "mentoring"],
  ["We dealt with irregular operations after a ground stop at the hub.", "under-pressure"],
  ["We used formative assessment data and exit tickets to regroup students.", "data-driven"],
  ["I wrote off the hours we should never have billed.", "integrity"],
  ["We protected the team from crunch and avoided burnout before launch.", "wellbeing"],
  ["We sequenced the trades on a three-week lookahead schedule.", "planning"],
  ["I walked the site with the superintendent every morning.", "go-see"],
];

/** A value's words in plain language, and a concept it must be read into. */
const values: [string, string][] = [
  [
    "Patients first: every decision starts with what is best for the person in the bed.",
    "customer-focus",
  ],
  ["We spend every dollar as if it were our own.", "frugality"],
  ["We build with the communities we serve. Nothing about us without us.", "co-design"],
  ["Sweat the small stuff.", "high-standards"],
  ["Leave it better than you found it.", "continuous-improvement"],
  ["Default to open.", "transparency"],
  ["Go to the floor.", "go-see"],
  ["Do the right thing, even when no one is watching.", "integrity"],
  ["Evidence over opinion: we follow the evidence.", "data-driven"],
  ["Take care of each other.", "wellbeing"],
  ["Simple over clever.", "simplify"],
  ["Safety above all: everyone goes home safe.", "safety"],
  ["Good stewards of public money.", "frugality"],
  ["Player first: we make great games players love.", "customer-focus"],
  ["Students first: every child, every day.", "customer-focus"],
];

describe("words from many lines of work land on the right concept", () => {
  it.each(stories)("story: %s", (text, concept) => {
    expect([...conceptsOf(text, false)]).toContain(concept);
  });

  it.each(values)("value: %s", (text, concept) => {
    expect([...conceptsOf(text, true)]).toContain(concept);
  });

  it("keeps words with another common sense out of the concepts they would misread", () => {
    const misreads: [string, string][] = [
      ["I documented the API in Markdown.", "business-acumen"],
      ["As I recall, the meeting ran long.", "incident"],
      ["I upgraded the logging library.", "community"],
      ["The request timed out twice.", "under-pressure"],
      ["I thanked the team members for their work.", "customer-focus"],
      ["My reputation was on the line.", "go-see"],
      ["I added the pods to the cluster.", "collaboration"],
      ["We wanted to harness the data.", "safety"],
      ["I rendered it client-side to save a round trip.", "teamwork-across"],
      ["I was calling the API in a loop.", "passion"],
    ];
    for (const [text, concept] of misreads) {
      expect([...conceptsOf(text, false)], text).not.toContain(concept);
      expect([...conceptsOf(text, true)], text).not.toContain(concept);
    }
  });
});
