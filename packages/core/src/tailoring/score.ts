import type { Info as ValueSet } from "../valueset/index.ts";
import { conceptList } from "./lexicon/index.ts";
import {
  type Evidence,
  findPhrase,
  phraseWeight,
  normalLabel,
  type Reading,
  readValue,
  type StoryReading,
  stemCount,
  stemId,
  storyPositions,
  type ValueReading,
} from "./read.ts";
import type { StoryMatch } from "./schema.ts";

/**
 * How much each kind of evidence counts. Text similarity is a cosine in [0, 1] scaled by
 * `scale`; a link or a label the user gave outweighs any text.
 */
export const weights = {
  link: 10,
  label: 8,
  scale: 10,
  /** Share of the text similarity that comes from concepts; the rest from shared words. */
  concepts: 0.7,
  words: 0.3,
  kind: 0.6,
  /** A value's own keywords found word for word: this times the root of their field weights. */
  keyword: 1,
  /** How much a story's length dilutes its similarity: 1 is a plain cosine, 0 none. */
  lengthNorm: 0.6,
  /**
   * How much a story's fit to this value relative to the other values counts when ranking:
   * a story about many things ranks below one about this value (a z-score, in points).
   */
  fit: 2,
  /** How much a question leans on the scores of the two values closest to it in meaning. */
  viaValues: 2,
  /** Share of a question's similarity that comes from shared words: a question is short. */
  questionWords: 0.3,
  /**
   * A question's own match and its nearest values' matches, each as a share of the best story's,
   * are added with this weight on the values' side.
   */
  questionVia: 1.5,
} as const;

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

/** A story's evidence counts sublinearly (the tenth mention adds little); a value's as written. */
const tf = (mass: number) => Math.sqrt(mass);
const queryTf = (mass: number) => mass;
const stemIdfOf = (context: Context, stem: string) => context.stemIdf.get(stem) ?? 1;

function normsOf(context: Context, reading: Reading, stemNorm?: number) {
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

/** One part of a score, with what the reason quotes. */
export interface Part {
  points: number;
  reason: string;
}

/** A story against a value (or a question): the score and the parts that earned it. */
export interface Rating {
  story: StoryReading;
  score: number;
  /** What stories are ranked by: the score, plus the story's relative fit to this value. */
  rank: number;
  /** The user linked or labelled the story to this value. */
  given: boolean;
  parts: Part[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The text similarity of a query (a value or a question) and a story: concepts they share,
 * each weighted by how telling it is, and words they share, as a length-damped cosine. Each
 * shared concept or word becomes a reason that quotes both sides.
 */
export function similarity(
  context: Context,
  query: Reading,
  story: StoryReading,
  parts: Part[] | undefined,
  queryLabel = "value",
): number {
  const q = normsOf(context, query);
  const s = normsOf(context, story, story.stemNorm);
  let concepts = 0;
  if (q.concepts > 0 && s.concepts > 0) {
    for (const [concept, qe] of query.concepts) {
      const se = story.concepts.get(concept);
      if (!se) continue;
      const idf = context.conceptIdf[concept]!;
      const value = idf * idf * queryTf(qe.mass) * tf(se.mass);
      concepts += value;
      if (parts) {
        parts.push({
          points: value,
          reason: `${conceptList[concept]!.label}: ${queryLabel} "${qe.words}" ~ story "${se.words}" (${se.field})`,
        });
      }
    }
    const denominator = q.concepts * s.concepts ** weights.lengthNorm;
    concepts /= denominator;
    if (parts) for (const part of parts) part.points /= denominator;
  }
  const conceptParts = parts?.length ?? 0;
  let words = 0;
  if (q.words > 0 && s.words > 0) {
    for (const [stem, qe] of query.stems) {
      const se = story.stems.get(stem);
      if (!se) continue;
      const idf = stemIdfOf(context, stem);
      const value = idf * idf * queryTf(qe.mass) * tf(se.mass);
      words += value;
      if (parts) {
        parts.push({
          points: value,
          reason: `word: ${queryLabel} "${qe.words}" ~ story "${se.words}" (${se.field})`,
        });
      }
    }
    const denominator = q.words * s.words ** weights.lengthNorm;
    words /= denominator;
    if (parts) {
      for (let i = conceptParts; i < parts.length; i++) parts[i]!.points /= denominator;
    }
  }
  if (parts) {
    for (let i = 0; i < parts.length; i++) {
      parts[i]!.points *= weights.scale * (i < conceptParts ? weights.concepts : weights.words);
    }
  }
  return weights.scale * (weights.concepts * concepts + weights.words * words);
}

/**
 * One story against one value: an explicit link, a label (a tag equal to the value's name or
 * an alias), the text similarity, and the story's kind (as set, or read from the text).
 * `explain` keeps the parts for the reasons; scoring every pair leaves it off.
 */
export function rate(
  story: StoryReading,
  value: ValueReading,
  context: Context = neutralContext(),
  explain = false,
  similar?: number,
  keywords?: number,
): Rating {
  const parts: Part[] | undefined = explain ? [] : undefined;
  let score = 0;
  const { valueSetId, value: v } = value;
  const linked = story.story.values.some(
    (link) => link.valueSetId === valueSetId && link.valueKey === v.key,
  );
  if (linked) {
    score += weights.link;
    parts?.push({ points: weights.link, reason: `linked to ${valueSetId}/${v.key}` });
  }
  let label: string | undefined;
  for (const tag of story.labels) if (value.labels.has(tag)) label = tag;
  if (label !== undefined) {
    score += weights.label;
    const tag = story.story.tags.find((t) => normalLabel(t) === label) ?? label;
    parts?.push({ points: weights.label, reason: `labelled "${tag}", a name of ${v.name}` });
  }
  score += similar ?? similarity(context, value, story, parts);
  if (keywords !== undefined) score += keywords;
  else if (value.phrases.length > 0) {
    let found = 0;
    const first = parts?.length ?? 0;
    for (const phrase of value.phrases) {
      if (!parts) {
        const weight = phraseWeight(story, phrase.stems, phrase.key);
        if (weight > 0) found += weight * (1 + 0.5 * (phrase.stems.length - 1));
        continue;
      }
      const hit = findPhrase(storyPositions(story), phrase.stems);
      if (!hit) continue;
      const points = hit.weight * (1 + 0.5 * (phrase.stems.length - 1));
      found += points;
      parts.push({
        points,
        reason: `keyword: value "${phrase.text}" ~ story "${hit.words}" (${hit.field})`,
      });
    }
    if (found > 0) {
      const keywordScore = weights.keyword * Math.sqrt(found);
      if (parts)
        for (let i = first; i < parts.length; i++) parts[i]!.points *= keywordScore / found;
      score += keywordScore;
    }
  }
  if (value.kinds.has(story.kind)) {
    score += weights.kind;
    parts?.push({
      points: weights.kind,
      reason: `kind "${story.kind}"${story.kindInferred ? " (read from the text)" : ""} fits ${v.name}`,
    });
  }
  return {
    story,
    score: round(score),
    rank: score,
    given: linked || label !== undefined,
    parts: parts ?? [],
  };
}

/**
 * Every story of the request against one value, as `rate` would score each, without reasons:
 * the text through the inverted index, links and labels looked up once.
 */
export function rateAll(context: Context, value: ValueReading): Rating[] {
  const similar = similarityAll(context, value);
  const keywords = keywordsAll(context, value);
  const { valueSetId, value: v } = value;
  const given = new Uint8Array(context.stories.length);
  const bonus = new Float64Array(context.stories.length);
  for (const s of context.links.get(`${valueSetId}\u0000${v.key}`) ?? []) {
    given[s] = 1;
    bonus[s]! += weights.link;
  }
  const labelled = new Set<number>();
  for (const label of value.labels)
    for (const s of context.labels.get(label) ?? []) labelled.add(s);
  for (const s of labelled) {
    given[s] = 1;
    bonus[s]! += weights.label;
  }
  const ratings: Rating[] = new Array(context.stories.length);
  for (let s = 0; s < context.stories.length; s++) {
    const story = context.stories[s]!;
    let score = similar[s]! + keywords[s]! + bonus[s]!;
    if (value.kinds.has(story.kind)) score += weights.kind;
    ratings[s] = { story, score: round(score), rank: score, given: given[s] === 1, parts: noParts };
  }
  return ratings;
}
const noParts: Part[] = [];

/** Reasons kept per match, strongest first: enough to explain, short enough to read. */
export const maxReasons = 6;

/** A rating as the API shows it, its reasons strongest first (ties in a fixed order). */
export function explainRating(rating: Rating, weak: boolean): StoryMatch {
  // A link or a label the user gave comes first, whatever the text adds up to.
  const given = (part: Part) =>
    part.reason.startsWith("linked to ") || part.reason.startsWith("labelled ") ? 1 : 0;
  const reasons = [...rating.parts]
    .sort((a, b) => given(b) - given(a) || b.points - a.points || (a.reason < b.reason ? -1 : 1))
    .slice(0, maxReasons)
    .map((part) => part.reason);
  return { storyId: rating.story.story.id, score: rating.score, reasons, weak };
}

export type Match = StoryMatch;

/** Every value of the sets, read. */
export function valuesOf(sets: ValueSet[]): ValueReading[] {
  return sets.flatMap((set) => set.values.map((value) => readValue(set.id, value)));
}

/**
 * How close two short texts are in meaning (a question and a value): the cosine of their
 * concept vectors, each concept weighted by how telling it is, plus a quarter of the cosine of
 * their words. In [0, 1.25].
 */
export function closeness(context: Context, a: Reading, b: Reading): number {
  const cosine = <K>(x: Map<K, Evidence>, y: Map<K, Evidence>, idf: (k: K) => number) => {
    let dot = 0;
    let nx = 0;
    let ny = 0;
    for (const [k, e] of x) {
      const w = idf(k) * e.mass;
      nx += w * w;
      const f = y.get(k);
      if (f) dot += w * idf(k) * f.mass;
    }
    for (const [k, e] of y) ny += (idf(k) * e.mass) ** 2;
    return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : 0;
  };
  return (
    cosine(a.concepts, b.concepts, (k) => context.conceptIdf[k]!) +
    0.25 * cosine(a.stems, b.stems, (k) => stemIdfOf(context, k))
  );
}
