import { stemOf, stopwords, words } from "../text.ts";
import {
  type ConceptDef,
  concepts,
  lexiconSource,
  lexiconVersion,
  type StoryKind,
} from "./concepts.ts";
import { synonyms, synonymsSource } from "./synonyms.ts";

export { concepts, lexiconSource, lexiconVersion, synonymsSource };
export type { ConceptDef };

/** How much one cue counts: a phrase says more than a single word, a WordNet synonym less. */
export const cueWeights = { phrase: 1, word: 0.7, synonym: 0.45 } as const;

export interface Cue {
  concept: number;
  stems: string[];
  weight: number;
  /** From WordNet rather than the lexicon. */
  synonym: boolean;
}

export interface Concept extends ConceptDef {
  index: number;
}

export const conceptList: Concept[] = concepts.map((def, index) => ({ ...def, index }));

/** The cues by their first stem, longest first, so a phrase wins over its first word. */
const byFirst = new Map<string, Cue[]>();

/**
 * Person folded away for cues, so a question in the second person ("didn't report to you")
 * meets a cue in the first ("didn't report to me").
 */
const person = new Map(
  Object.entries({
    you: "i",
    me: "i",
    we: "i",
    us: "i",
    your: "my",
    our: "my",
    yours: "mine",
    ours: "mine",
    yourself: "myself",
    ourselves: "myself",
    him: "them",
    her: "them",
    he: "they",
    she: "they",
  }),
);
const fold = (stem: string) => person.get(stem) ?? stem;

/** Small words a cue may leave out or a text may put in ("tested the idea", "tested an idea"). */
const filler = new Set([
  "a",
  "an",
  "the",
  "my",
  "their",
  "its",
  "this",
  "that",
  "our",
  "your",
  "his",
  "her",
  "some",
  "to",
  "of",
]);

function addCue(concept: number, text: string, weight: number) {
  const all = words(text).map((word) => fold(stemOf(word)));
  const content = all.filter((stem) => !filler.has(stem));
  const stems = content.length > 1 ? content : all;
  if (stems.length === 0) return;
  if (stems.length === 1 && stopwords.has(stems[0]!)) return;
  const list = byFirst.get(stems[0]!) ?? [];
  const key = stems.join(" ");
  if (list.some((cue) => cue.concept === concept && cue.stems.join(" ") === key)) return;
  list.push({ concept, stems, weight, synonym: weight === cueWeights.synonym });
  byFirst.set(stems[0]!, list);
}

for (const concept of conceptList) {
  for (const cue of concept.cues) {
    const phrase = words(cue).length > 1;
    addCue(concept.index, cue, phrase ? cueWeights.phrase : cueWeights.word);
  }
}
const conceptById = new Map(conceptList.map((concept) => [concept.id, concept]));
for (const [word, ids] of Object.entries(synonyms)) {
  for (const id of ids.split(" ")) {
    const concept = conceptById.get(id);
    // Concepts every story touches (results, design, data) are not widened: it adds only noise.
    if (concept && concept.kinds.length > 0) addCue(concept.index, word, cueWeights.synonym);
  }
}
/**
 * A single word that is a cue of several concepts ("grow": mentoring, growth, impact) is split
 * between them: it says less about each than a word that belongs to one.
 */
for (const list of byFirst.values()) {
  const single = list.filter((cue) => cue.stems.length === 1);
  const concepts = new Set(single.map((cue) => cue.concept));
  if (concepts.size > 1) for (const cue of single) cue.weight /= concepts.size;
  list.sort((a, b) => b.stems.length - a.stems.length);
}

/** Longest run of other words allowed between two words of a cue ("took full ownership"). */
const maxSkip = 1;

/** One place a concept is expressed: where, how strongly, and the words as written. */
export interface ConceptHit {
  concept: number;
  weight: number;
  /** Index into the caller's list of segments. */
  segment: number;
  words: string;
}

/**
 * Reads the concepts of one text: every cue found in it, each as a hit with the text's own
 * words. Tokens are the text's words with their stems; a cue of several words matches them in
 * order with at most `maxSkip` words between two of them. A word is consumed by the longest cue
 * of a concept that starts at it, and different concepts may share a word.
 */
export function conceptHits(
  tokens: { stem: string; raw: string }[],
  segment: number,
  out: ConceptHit[],
  synonymsToo = true,
): void {
  const stems = tokens.map((token) => fold(token.stem));
  // Phrases first: a word inside a phrase found ("change course") is not also read alone
  // ("course").
  const covered = new Uint8Array(tokens.length);
  for (const phrases of [true, false]) {
    for (let i = 0; i < stems.length; i++) {
      if (!phrases && covered[i]) continue;
      const cues = byFirst.get(stems[i]!);
      if (!cues) continue;
      const mark = i * 2 + (phrases ? 1 : 2);
      for (const cue of cues) {
        if (cue.stems.length > 1 !== phrases) continue;
        if (cue.synonym && !synonymsToo) continue;
        if (seenAt[cue.concept] === mark) continue;
        let last = i;
        for (let k = 1; k < cue.stems.length && last >= 0; k++) {
          let next = -1;
          let skipped = 0;
          for (let j = last + 1; j < stems.length && skipped <= maxSkip; j++) {
            const stem = stems[j]!;
            if (stem === cue.stems[k]) {
              next = j;
              break;
            }
            if (!filler.has(stem)) skipped += 1;
          }
          last = next;
        }
        if (last < 0) continue;
        seenAt[cue.concept] = mark;
        if (phrases) covered.fill(1, i, last + 1);
        let words = tokens[i]!.raw;
        for (let k = i + 1; k <= last; k++) words += ` ${tokens[k]!.raw}`;
        out.push({ concept: cue.concept, weight: cue.weight, segment, words });
      }
    }
    seenAt.fill(-1);
  }
}

/** Per concept, the last position (as a mark) it was found at, so it counts once there. */
const seenAt = new Int32Array(conceptList.length).fill(-1);

/** The story kinds a set of concept strengths points to, strongest first. */
export function kindsOf(strengths: Map<number, number>): StoryKind[] {
  const byKind = new Map<StoryKind, number>();
  for (const [concept, strength] of strengths) {
    conceptList[concept]!.kinds.forEach((kind, rank) => {
      byKind.set(kind, (byKind.get(kind) ?? 0) + strength / (rank + 1));
    });
  }
  return [...byKind.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([kind]) => kind);
}
