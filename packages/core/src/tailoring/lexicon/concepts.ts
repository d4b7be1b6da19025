import { conflictConcepts } from "./concepts/conflict.ts";
import { customerConcepts } from "./concepts/customers.ts";
import type { ConceptDef } from "./concepts/define.ts";
import { deliveryConcepts } from "./concepts/delivery.ts";
import { engineeringConcepts } from "./concepts/engineering.ts";
import { judgmentConcepts } from "./concepts/judgment.ts";
import { learningConcepts } from "./concepts/learning.ts";
import { peopleConcepts } from "./concepts/people.ts";
import { riskConcepts } from "./concepts/risk.ts";
import { trustConcepts } from "./concepts/trust.ts";

export type { ConceptDef, StoryKind } from "./concepts/define.ts";

/**
 * The competency lexicon: the concepts behavioral interviews probe, each with the words and
 * phrases by which a story or a value description expresses it. Values and stories are both
 * read into these concepts, so a value that says "share honest disagreement" meets a story that
 * says "pushed back on my director" without a word in common.
 *
 * Source: written for Storybank from general knowledge of behavioral interviewing — the STAR
 * method, the competencies interview guides probe (among them safety, keeping one's word,
 * composure, customer care, fairness, advocacy for patients and clients, ethics, sustainability,
 * clarity and accountability), the way companies word their values (imperative and aspirational:
 * "Take responsibility", "Waste nothing", "Say so early"; published examples such as Amazon's
 * Leadership Principles, Netflix's culture memo, Stripe's operating principles and the Staff+
 * signals of scope, leadership, metrics and reflection) and the way candidates tell such stories
 * (first person, past tense, concrete: "I stopped the line", "I called the customer back"). It holds
 * no text of any evaluation set. WordNet 3.1 widens each single-word cue to its synonyms and
 * derived forms (see `scripts/build-synonyms.ts` and `synonyms.ts`).
 *
 * The concepts live in `concepts/` by theme. Cues are comma-separated. A cue of several words
 * matches those words in order with at most one other word between two of them ("took full
 * ownership" for "took ownership"); words are compared by stem, so "disagreed" and "disagrees"
 * meet "disagree". A single word commonly used in another sense ("cost", "details", "led") is
 * written only inside phrases. A cue of one content word plus small words ("led the") acts as
 * that word alone, and "one" stems to "on" ("one plan" meets "on a plan"), so cues avoid both.
 */

export const lexiconVersion = "2026-11-30.2";
export const lexiconSource =
  "Storybank competency lexicon: behavioral-interview competencies (STAR practice; how companies word values and candidates tell stories; Amazon Leadership Principles, Netflix culture memo, Stripe operating principles, Staff+ signals), widened with WordNet 3.1 synonyms";

/** Every concept, by theme; a concept's place in this list is its index. */
export const concepts: ConceptDef[] = [
  ...conflictConcepts,
  ...riskConcepts,
  ...learningConcepts,
  ...peopleConcepts,
  ...deliveryConcepts,
  ...customerConcepts,
  ...trustConcepts,
  ...judgmentConcepts,
  ...engineeringConcepts,
];
