import type { Info as ValueSet } from "../valueset/index.ts";
import { findPhrase, phraseWeight, storyPositions } from "./phrases.ts";
import { type Evidence, normalLabel, type Reading, type StoryReading } from "./read.ts";
import { readValue, type ValueReading } from "./read-value.ts";
import type { StoryMatch } from "./schema.ts";
import {
  type Context,
  keywordsAll,
  neutralContext,
  normsOf,
  queryTf,
  similarityAll,
  stemIdfOf,
  tf,
} from "./bank-index.ts";
import { conceptList } from "./lexicon/index.ts";
import { weights } from "./weights.ts";

export { weights };
export { keywordsAll, neutralContext, similarityAll };
export { clearIndex, contextOf } from "./bank-index.ts";
export type { Context, Postings } from "./bank-index.ts";
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
  /**
   * The part of the score that only concepts related to the value's own earned (`near`): it
   * helps choose between stories but never covers a value. Worked out with reasons only.
   */
  related: number;
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
  share?: { related: number },
): number {
  const q = normsOf(context, query);
  const s = normsOf(context, story, story.stemNorm);
  let concepts = 0;
  let related = 0;
  if (q.concepts > 0 && s.concepts > 0) {
    for (const [concept, qe] of query.concepts) {
      const se = story.concepts.get(concept);
      if (!se) continue;
      const idf = context.conceptIdf[concept]!;
      const value = idf * idf * queryTf(qe.mass) * tf(se.mass);
      concepts += value;
      if (qe.near !== undefined) related += value;
      if (parts) {
        const near = qe.near === undefined ? "" : ` (near ${conceptList[qe.near]!.label})`;
        parts.push({
          points: value,
          reason: `${conceptList[concept]!.label}${near}: ${queryLabel} "${qe.words}" ~ story "${se.words}" (${se.field})`,
        });
      }
    }
    const denominator = q.concepts * s.concepts ** weights.lengthNorm;
    concepts /= denominator;
    related /= denominator;
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
  if (share) share.related = weights.scale * weights.concepts * related;
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
  const share = { related: 0 };
  score += similar ?? similarity(context, value, story, parts, "value", share);
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
    related: share.related,
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
    ratings[s] = {
      story,
      score: round(score),
      rank: score,
      given: given[s] === 1,
      related: 0,
      parts: noParts,
    };
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
