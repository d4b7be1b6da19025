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

/** What the lexicon knows of one word as written, worked out once per distinct word. */
export interface WordInfo {
  /** The word's stem, as matching compares it. */
  stem: string;
  /** The stem with person folded away, as cues compare it. */
  folded: string;
  /** The stem when the word is worth matching alone (see `contentStems`), else null. */
  content: string | null;
  /** A small word a cue may skip. */
  filler: boolean;
  /** Cues of several words that start here, longest first. */
  phrases: Cue[];
  /** The same cues by their second word (folded stem), each list longest first. */
  next: Map<string, Cue[]>;
  /** Single-word cues of this word, and those of them not from WordNet. */
  singles: Cue[];
  singlesOwn: Cue[];
}

const infos = new Map<string, WordInfo>();
const maxInfos = 50_000;
const none: Cue[] = [];

/**
 * The lexicon's view of one lower-case word as `words` returns it: stem, folded stem, content
 * stem and the cues that start with it. Memoised (at most 50,000 words), so reading a text is
 * one map lookup per word and the cues are matched in a single pass.
 */
export function wordInfo(raw: string): WordInfo {
  let info = infos.get(raw);
  if (info === undefined) {
    const stem = stemOf(raw);
    const folded = fold(stem);
    const bare = raw.replace(/['’]/g, "");
    const content = stopwords.has(bare) || /^\d+$/.test(bare) || bare.length < 3 ? null : stem;
    const cues = byFirst.get(folded) ?? none;
    const phrases = cues.filter((cue) => cue.stems.length > 1);
    const next = new Map<string, Cue[]>();
    for (const cue of phrases) {
      const list = next.get(cue.stems[1]!);
      if (list) list.push(cue);
      else next.set(cue.stems[1]!, [cue]);
    }
    const singles = cues.filter((cue) => cue.stems.length === 1);
    info = {
      stem,
      folded,
      content,
      filler: filler.has(folded),
      phrases,
      next,
      singles,
      singlesOwn: singles.filter((cue) => !cue.synonym),
    };
    if (infos.size >= maxInfos) infos.clear();
    infos.set(raw, info);
  }
  return info;
}

/**
 * Reads the concepts of one text: every cue found in it, each as a hit with the text's own
 * words. `raws` are the text's words as `words` returns them and `info` their `wordInfo`; a cue
 * of several words matches them in order with at most `maxSkip` words between two of them. A
 * word is consumed by the longest cue of a concept that starts at it, and different concepts
 * may share a word; a word inside a phrase found is not also read alone. WordNet cues count
 * only with `synonymsToo`.
 */
export function conceptHits(
  raws: string[],
  info: WordInfo[],
  segment: number,
  out: ConceptHit[],
  synonymsToo = true,
): void {
  const n = info.length;
  let covered: Uint8Array | undefined;
  for (let i = 0; i < n; i++) {
    const next = info[i]!.next;
    if (next.size === 0) continue;
    // The cues worth trying here are those whose second word follows within reach.
    let tried: { cue: Cue; at: number }[] | undefined;
    let skipped = 0;
    for (let j = i + 1; j < n && skipped <= maxSkip; j++) {
      const word = info[j]!;
      const cues = next.get(word.folded);
      if (cues && !tried?.some((t) => t.cue.stems[1] === word.folded)) {
        tried ??= [];
        for (const cue of cues) tried.push({ cue, at: j });
      }
      if (!word.filler) skipped += 1;
    }
    if (!tried) continue;
    if (tried.length > 1) tried.sort((a, b) => b.cue.stems.length - a.cue.stems.length);
    const mark = i * 2 + 1;
    for (const { cue, at } of tried) {
      if (cue.synonym && !synonymsToo) continue;
      if (seenAt[cue.concept] === mark) continue;
      let last = at;
      for (let k = 2; k < cue.stems.length && last >= 0; k++) {
        let found = -1;
        let gap = 0;
        const want = cue.stems[k];
        for (let j = last + 1; j < n && gap <= maxSkip; j++) {
          const word = info[j]!;
          if (word.folded === want) {
            found = j;
            break;
          }
          if (!word.filler) gap += 1;
        }
        last = found;
      }
      if (last < 0) continue;
      seenAt[cue.concept] = mark;
      covered ??= new Uint8Array(n);
      covered.fill(1, i, last + 1);
      let words = raws[i]!;
      for (let k = i + 1; k <= last; k++) words += ` ${raws[k]!}`;
      out.push({ concept: cue.concept, weight: cue.weight, segment, words });
    }
  }
  seenAt.fill(-1);
  for (let i = 0; i < n; i++) {
    if (covered?.[i]) continue;
    const cues = synonymsToo ? info[i]!.singles : info[i]!.singlesOwn;
    for (const cue of cues) {
      out.push({ concept: cue.concept, weight: cue.weight, segment, words: raws[i]! });
    }
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
