import { conceptList } from "./lexicon/index.ts";
import { phraseWeight } from "./phrases.ts";
import { type Reading, type StoryReading, stemCount, stemId } from "./read.ts";
import type { ValueReading } from "./read-value.ts";
import { weights } from "./weights.ts";

/**
 * How telling each concept and word is in one request: an inverse document frequency over the
 * bank's stories and the target's values (`ln(1 + N / df)`), so a concept every story shows
 * ("delivering results") counts little and a rare one ("frugality") counts much.
 */
export interface Context {
  docs: number;
  conceptIdf: Float64Array;
  stemIdf: Map<string, number>;
  /** Per story (by reading), the norms of its concept and word vectors under these weights. */
  norms: WeakMap<Reading, { concepts: number; words: number }>;
  /**
   * Per story (in request order), its concept and word norms raised to `weights.lengthNorm`:
   * the length damping of `similarityAll`, worked out once per request.
   */
  conceptDamp: Float64Array;
  wordDamp: Float64Array;
  meanStemIdf: number;
  /** The request's stories, and for each concept and vocabulary word the stories that show it. */
  stories: StoryReading[];
  /** "set\u0000key" → the stories linked to that value; a label → the stories tagged with it. */
  links: Map<string, number[]>;
  labels: Map<string, number[]>;
  conceptPostings: { story: number[]; tf: number[] }[];
  stemPostings: Map<string, Postings>;
}

/** The stories that show a word: their positions in the request, its weight in each (√ mass)
 * and the field weight of its strongest place in each. */
export interface Postings {
  story: number[];
  tf: number[];
  top: number[];
}

/** The bank's side of a request's index: which stories show each concept and asked-for word. */
interface BankIndex {
  stories: StoryReading[];
  vocabulary: Set<string>;
  conceptPostings: { story: number[]; tf: number[] }[];
  stemPostings: Map<string, Postings>;
  links: Map<string, number[]>;
  labels: Map<string, number[]>;
}

/**
 * The last bank index built, kept for the next request over the very same story readings (the
 * same story versions in the same order) asking for the same words: re-tailoring an unchanged
 * bank, as a sheet and its page do, reuses it. Never changed once built.
 */
let lastIndex: BankIndex | undefined;

/** Forgets the kept bank index (for measuring a request from scratch). */
export function clearIndex(): void {
  lastIndex = undefined;
}

function bankIndex(stories: StoryReading[], vocabulary: string[]): BankIndex {
  const last = lastIndex;
  if (
    last &&
    last.stories.length === stories.length &&
    last.vocabulary.size === vocabulary.length &&
    vocabulary.every((stem) => last.vocabulary.has(stem)) &&
    stories.every((story, s) => story === last.stories[s])
  ) {
    return last;
  }
  const conceptPostings = conceptList.map(() => ({ story: [] as number[], tf: [] as number[] }));
  const stemPostings = new Map<string, Postings>();
  const lists: Postings[] = [];
  for (const stem of vocabulary) {
    const list: Postings = { story: [], tf: [], top: [] };
    stemPostings.set(stem, list);
    lists.push(list);
  }
  // Stem id → its postings' place in `lists` + 1 (0: not asked for), an array, not a map.
  const ids = [...stemPostings.keys()].map(stemId);
  const slot = new Int32Array(stemCount());
  ids.forEach((id, i) => (slot[id] = i + 1));
  const links = new Map<string, number[]>();
  const labels = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, s: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  };
  stories.forEach((reading, s) => {
    const { conceptIds, conceptTfs, stemIds, stemTfs, stemTops } = reading;
    for (let k = 0; k < conceptIds.length; k++) {
      const list = conceptPostings[conceptIds[k]!]!;
      list.story.push(s);
      list.tf.push(conceptTfs[k]!);
    }
    for (let k = 0; k < stemIds.length; k++) {
      const at = slot[stemIds[k]!]!;
      if (at > 0) {
        const list = lists[at - 1]!;
        list.story.push(s);
        list.tf.push(stemTfs[k]!);
        list.top.push(stemTops[k]!);
      }
    }
    for (const link of reading.story.values) {
      push(links, `${link.valueSetId}\u0000${link.valueKey}`, s);
    }
    for (const label of reading.labels) push(labels, label, s);
  });
  lastIndex = {
    stories: [...stories],
    vocabulary: new Set(vocabulary),
    conceptPostings,
    stemPostings,
    links,
    labels,
  };
  return lastIndex;
}

/**
 * The weights for one request, and an inverted index of its stories. Every story and every
 * value is a document for the frequencies; `vocabulary` is the words the values and questions
 * ask for, the only ones whose weight and stories are needed.
 */
export function contextOf(
  stories: StoryReading[],
  values: Reading[],
  vocabulary: Iterable<string>,
): Context {
  const docs = Math.max(stories.length + values.length, 1);
  const index = bankIndex(stories, [...vocabulary]);
  stories = index.stories;
  const { conceptPostings, stemPostings, links, labels } = index;
  const conceptDf = conceptPostings.map((list) => list.story.length);
  for (const value of values) for (const concept of value.concepts.keys()) conceptDf[concept]! += 1;
  const conceptIdf = Float64Array.from(conceptDf, (df) => Math.log(1 + docs / Math.max(df, 1)));
  const stemIdf = new Map<string, number>();
  let sum = 0;
  for (const [stem, list] of stemPostings) {
    let df = list.story.length;
    for (const value of values) if (value.stems.has(stem)) df += 1;
    const idf = Math.log(1 + docs / Math.max(df, 1));
    stemIdf.set(stem, idf);
    sum += idf;
  }
  const meanStemIdf = stemIdf.size > 0 ? sum / stemIdf.size : 1;
  const conceptDamp = new Float64Array(stories.length);
  const wordDamp = new Float64Array(stories.length);
  stories.forEach((reading, s) => {
    let squares = 0;
    const { conceptIds, conceptTfs } = reading;
    for (let k = 0; k < conceptIds.length; k++) {
      squares += (conceptIdf[conceptIds[k]!]! * conceptTfs[k]!) ** 2;
    }
    conceptDamp[s] = Math.sqrt(squares) ** weights.lengthNorm;
    wordDamp[s] = (reading.stemNorm * meanStemIdf) ** weights.lengthNorm;
  });
  return {
    conceptDamp,
    wordDamp,
    docs,
    links,
    labels,
    conceptIdf,
    stemIdf,
    norms: new WeakMap(),
    meanStemIdf,
    stories,
    conceptPostings,
    stemPostings,
  };
}

/**
 * A value's keyword scores over the last bank index it met (the same story readings in the same
 * order): found again for the next request over an unchanged bank. Never changed once made.
 */
const keywordsKept = new WeakMap<ValueReading, { stories: StoryReading[]; found: Float64Array }>();

/**
 * The keyword score of one value against every story of the request at once: each keyword
 * phrase is looked for only in the stories that hold its rarest content word.
 */
export function keywordsAll(context: Context, value: ValueReading): Float64Array {
  const { stories } = context;
  const kept = keywordsKept.get(value);
  if (kept?.stories === stories) return kept.found;
  const found = new Float64Array(stories.length);
  keywordsKept.set(value, { stories, found });
  for (const phrase of value.phrases) {
    // Only the stories that hold every content word of the phrase can hold the phrase.
    const lists: Postings[] = [];
    for (const stem of phrase.stems) {
      const list = context.stemPostings.get(stem);
      if (list) lists.push(list);
    }
    if (lists.some((list) => list.story.length === 0)) continue;
    let candidates: number[] | undefined;
    if (lists.length > 0) {
      lists.sort((a, b) => a.story.length - b.story.length);
      candidates = lists[0]!.story;
      if (lists.length > 1) {
        const hits = new Uint8Array(stories.length);
        for (const list of lists) for (const s of list.story) hits[s]! += 1;
        candidates = candidates.filter((s) => hits[s] === lists.length);
      }
    }
    const bonus = 1 + 0.5 * (phrase.stems.length - 1);
    const single =
      phrase.stems.length === 1 ? context.stemPostings.get(phrase.stems[0]!) : undefined;
    if (single) {
      // One word: the strongest place of it in each story is already in its postings.
      for (let k = 0; k < single.story.length; k++) found[single.story[k]!]! += single.top[k]!;
      continue;
    }
    const check = (s: number) => {
      const weight = phraseWeight(stories[s]!, phrase.stems, phrase.key);
      if (weight > 0) found[s]! += weight * bonus;
    };
    if (candidates) for (const s of candidates) check(s);
    else for (let s = 0; s < stories.length; s++) check(s);
  }
  for (let s = 0; s < found.length; s++) {
    if (found[s]! > 0) found[s] = weights.keyword * Math.sqrt(found[s]!);
  }
  return found;
}

/**
 * `similarity` of one query against every story of the request at once, through the inverted
 * index: only the stories that share a concept or word with the query are touched.
 */
export function similarityAll(
  context: Context,
  query: Reading,
  wordShare: number = weights.words,
): Float64Array {
  const { stories } = context;
  const q = normsOf(context, query);
  const concepts = new Float64Array(stories.length);
  const words = new Float64Array(stories.length);
  if (q.concepts > 0) {
    for (const [concept, qe] of query.concepts) {
      const idf = context.conceptIdf[concept]!;
      const w = idf * idf * queryTf(qe.mass);
      const list = context.conceptPostings[concept]!;
      for (let k = 0; k < list.story.length; k++) concepts[list.story[k]!]! += w * list.tf[k]!;
    }
  }
  if (q.words > 0) {
    for (const [stem, qe] of query.stems) {
      const list = context.stemPostings.get(stem);
      if (!list) continue;
      const idf = stemIdfOf(context, stem);
      const w = idf * idf * queryTf(qe.mass);
      for (let k = 0; k < list.story.length; k++) words[list.story[k]!]! += w * list.tf[k]!;
    }
  }
  const out = new Float64Array(stories.length);
  for (let s = 0; s < stories.length; s++) {
    if (concepts[s] === 0 && words[s] === 0) continue;
    const c = concepts[s]! > 0 ? concepts[s]! / (q.concepts * context.conceptDamp[s]!) : 0;
    const w = words[s]! > 0 ? words[s]! / (q.words * context.wordDamp[s]!) : 0;
    out[s] = weights.scale * ((1 - wordShare) * c + wordShare * w);
  }
  return out;
}

/** Weights of one: for scoring a story outside a request (every concept and word counts 1). */
export const neutralContext = (): Context => ({
  docs: 1,
  conceptIdf: new Float64Array(conceptList.length).fill(1),
  stemIdf: new Map(),
  norms: new WeakMap(),
  conceptDamp: new Float64Array(0),
  wordDamp: new Float64Array(0),
  meanStemIdf: 1,
  stories: [],
  links: new Map(),
  labels: new Map(),
  conceptPostings: [],
  stemPostings: new Map(),
});

export const tf = (mass: number) => Math.sqrt(mass);
export const queryTf = (mass: number) => mass;
export const stemIdfOf = (context: Context, stem: string) => context.stemIdf.get(stem) ?? 1;

export function normsOf(context: Context, reading: Reading, stemNorm?: number) {
  const weigh = stemNorm === undefined ? queryTf : tf;
  let norms = context.norms.get(reading);
  if (!norms) {
    let squares = 0;
    for (const [concept, evidence] of reading.concepts) {
      squares += (context.conceptIdf[concept]! * weigh(evidence.mass)) ** 2;
    }
    let words = stemNorm !== undefined ? stemNorm * context.meanStemIdf : 0;
    if (stemNorm === undefined) {
      let wordSquares = 0;
      for (const [stem, evidence] of reading.stems) {
        wordSquares += (stemIdfOf(context, stem) * weigh(evidence.mass)) ** 2;
      }
      words = Math.sqrt(wordSquares);
    }
    norms = { concepts: Math.sqrt(squares), words };
    context.norms.set(reading, norms);
  }
  return norms;
}
