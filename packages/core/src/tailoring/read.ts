import type { Info as Story } from "../story/index.ts";
import type { StoryKind } from "./lexicon/concepts.ts";
import { conceptHits, type ConceptHit, kindsOf, wordInfo, type WordInfo } from "./lexicon/index.ts";
import { contentStems, stemOf, words } from "./text.ts";

/**
 * Where a story's words are, and how much each field says about what the story shows: a title,
 * the questions it answers and its one-line result name its point, tags label it, the actions
 * and the refined telling show it, the situation only sets it up.
 */
export const fieldWeights = {
  title: 3.5,
  questions: 3,
  tags: 2.5,
  headline: 2.5,
  actions: 1.5,
  refined: 1.3,
  lessons: 1.2,
  results: 1.1,
  analysis: 1.1,
  task: 1,
  draft: 1,
  keyWords: 1,
  hooks: 0.8,
  followUps: 0.8,
  connections: 0.8,
  situation: 0.7,
  notes: 0.5,
} as const;
export type Field = keyof typeof fieldWeights;

/** Where a value's words are: its names say the most, its typical questions the least. */
export const valueFieldWeights = {
  name: 1.5,
  alias: 1.5,
  keywords: 1,
  description: 1,
  questions: 0.5,
} as const;
export type ValueField = keyof typeof valueFieldWeights;

/** The strongest place a concept or word shows up in a text, for a reason to quote. */
export interface Evidence {
  /** Sum over every place, each place its cue weight × field weight. */
  mass: number;
  /** The strongest single place. */
  words: string;
  field: string;
  points: number;
  /**
   * For a concept a value reaches through a family rather than names (see `readValue`): the
   * concept its words express.
   */
  near?: number;
}

/** A text read into concepts and content words, once. */
export interface Reading {
  concepts: Map<number, Evidence>;
  stems: Map<string, Evidence>;
}

/** Where each word of a story is, for finding a value's keyword phrases in it. */
export interface Positions {
  of: Map<string, number[]>;
  raw: string[];
  field: string[];
  weight: number[];
}

/** A gap between segments wider than a phrase may skip, so no phrase spans two of them. */
const segmentGap = 3;

/** The words of a reading's texts, kept so a phrase can be looked for later. */
export interface Words {
  raws: string[][];
  stems: string[][];
  fields: string[];
  weights: number[];
}

const sentenceEnd = /[.!?;:\n]/;
const sentenceBreak = /(?<=[.!?;:])\s+|\n+/;

/**
 * A text's concepts and content words, each weighed by its field. A concept's cue is matched
 * within one sentence; words are counted over the whole text.
 */
export function read<F extends string>(
  segments: [F, string][],
  weightOf: (field: F) => number,
  synonymsToo: boolean,
  kept?: Words,
): Reading {
  const concepts = new Map<number, Evidence>();
  const stems = new Map<string, Evidence>();
  const hits: ConceptHit[] = [];
  segments.forEach(([field, text], segment) => {
    // A cue never spans two sentences ("… up. I …" is not "up to me").
    const sentences = sentenceEnd.test(text) ? text.split(sentenceBreak) : [text];
    const raws: string[] = [];
    const info: WordInfo[] = [];
    for (const sentence of sentences) {
      const sentenceRaws = words(sentence);
      const sentenceInfo = sentenceRaws.map(wordInfo);
      conceptHits(sentenceRaws, sentenceInfo, segment, hits, synonymsToo);
      raws.push(...sentenceRaws);
      info.push(...sentenceInfo);
    }
    const weight = weightOf(field);
    if (kept) {
      kept.raws.push(raws);
      kept.stems.push(info.map((i) => i.stem));
      kept.fields.push(field);
      kept.weights.push(weight);
    }
    for (let k = 0; k < info.length; k++) {
      const content = info[k]!.content;
      if (content !== null) add(stems, content, weight, raws[k]!, field);
    }
  });
  for (const hit of hits) {
    const [field] = segments[hit.segment]!;
    add(concepts, hit.concept, hit.weight * weightOf(field), hit.words, field);
  }
  return { concepts, stems };
}

/** Where each word of a story is, built from its kept words the first time a phrase is asked. */
export function positionsOf(kept: Words): Positions {
  const positions: Positions = { of: new Map(), raw: [], field: [], weight: [] };
  kept.raws.forEach((raws, segment) => {
    const stems = kept.stems[segment]!;
    const field = kept.fields[segment]!;
    const weight = kept.weights[segment]!;
    for (let k = 0; k < raws.length; k++) {
      const list = positions.of.get(stems[k]!);
      if (list) list.push(positions.raw.length);
      else positions.of.set(stems[k]!, [positions.raw.length]);
      positions.raw.push(raws[k]!);
      positions.field.push(field);
      positions.weight.push(weight);
    }
    for (let i = 0; i < segmentGap; i++) {
      positions.raw.push("");
      positions.field.push("");
      positions.weight.push(0);
    }
  });
  return positions;
}

function add<K>(map: Map<K, Evidence>, key: K, points: number, words: string, field: string) {
  const seen = map.get(key);
  if (!seen) map.set(key, { mass: points, words, field, points });
  else {
    seen.mass += points;
    if (points > seen.points) Object.assign(seen, { words, field, points });
  }
}

/** The story's texts by field; analysis questions are prompts, not evidence, so left out. */
function segments(story: Story): [Field, string][] {
  const out: [Field, string][] = [];
  const add = (field: Field, texts: (string | undefined)[]) => {
    for (const text of texts) if (text) out.push([field, text]);
  };
  const sections = (list: Story["actions"]) => list.flatMap((s) => [s.heading, ...s.points]);
  add("title", [story.title]);
  add("tags", story.tags);
  add("headline", [story.headline]);
  add("questions", story.questions);
  add("actions", sections(story.actions));
  add("results", sections(story.results));
  add("lessons", [story.lessons, story.differently, story.takeaway]);
  add(
    "connections",
    story.connections.map((c) => c.text),
  );
  add("task", [story.task]);
  add("situation", [story.situation]);
  add("refined", [story.refined]);
  add(
    "analysis",
    story.analysis.map((a) => a.answer),
  );
  add("keyWords", story.delivery.keyWords);
  add("draft", [story.draft]);
  add("hooks", story.hooks);
  add(
    "followUps",
    story.followUps.map((f) => f.answer),
  );
  add("notes", [story.notes]);
  return out;
}

const stemIds = new Map<string, number>();

/**
 * A small whole number for a stem, the same for the life of the process, so a request can find
 * a story's words in an array rather than a map. Ids are never reused; the table grows with the
 * distinct stems read (some tens of thousands for English).
 */
export function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stemIds.size;
    stemIds.set(stem, id);
  }
  return id;
}

/** How many stems have an id. */
export const stemCount = () => stemIds.size;

/** A label as the user wrote it, for comparing with a value's name and aliases. */
export const normalLabel = (label: string) =>
  label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** What tailoring reads from a story, computed once per story version. */
export interface StoryReading extends Reading {
  story: Story;
  kind: StoryKind;
  /** True when the story's kind was "other" and was read from its text. */
  kindInferred: boolean;
  labels: Set<string>;
  /** The story's words by segment, for phrases; `positions` is built from them when first asked. */
  words: Words;
  positions?: Positions;
  /** Keyword phrases already looked for in this story version: key → field weight (0: absent). */
  phrases: Map<string, number>;
  /** Norm of the concept vector before IDF, for length normalisation. */
  stemNorm: number;
  /** Content stems of the story's own question variants. */
  questionStems: Set<string>;
  /** The stems and concepts with their sublinear weights (√ mass), as flat arrays for scoring. */
  stemKeys: string[];
  stemTfs: Float64Array;
  /** Each stem's id (`stemId`) and the field weight of its strongest place, beside `stemKeys`. */
  stemIds: Int32Array;
  stemTops: Float64Array;
  conceptIds: Int32Array;
  conceptTfs: Float64Array;
}

function readStoryNow(story: Story): StoryReading {
  const kept: Words = { raws: [], stems: [], fields: [], weights: [] };
  // WordNet widens what a value or question says, not a story: a story's many words would pick
  // up stray senses ("range" for scope, "found" for invention).
  const reading = read(segments(story), (field) => fieldWeights[field], false, kept);
  let kind = story.kind;
  let kindInferred = false;
  if (kind === "other") {
    const strengths = new Map<number, number>();
    for (const [concept, evidence] of reading.concepts) {
      strengths.set(
        concept,
        evidence.mass + (evidence.field === "title" ? 2 * evidence.points : 0),
      );
    }
    const inferred = kindsOf(strengths)[0];
    if (inferred) {
      kind = inferred;
      kindInferred = true;
    }
  }
  let squares = 0;
  for (const evidence of reading.stems.values()) squares += Math.log1p(evidence.mass) ** 2;
  return {
    ...reading,
    story,
    kind,
    kindInferred,
    labels: new Set(story.tags.map(normalLabel)),
    words: kept,
    phrases: new Map(),
    stemNorm: Math.sqrt(squares),
    questionStems: new Set(story.questions.flatMap((q) => contentStems(q))),
    stemKeys: [...reading.stems.keys()],
    stemTfs: Float64Array.from(reading.stems.values(), (e) => Math.sqrt(e.mass)),
    stemIds: Int32Array.from(reading.stems.keys(), stemId),
    stemTops: Float64Array.from(reading.stems.values(), (e) => e.points),
    conceptIds: Int32Array.from(reading.concepts.keys()),
    conceptTfs: Float64Array.from(reading.concepts.values(), (e) => Math.sqrt(e.mass)),
  };
}

/**
 * The most story readings kept. A reading is keyed by the story's id, version and update time
 * and checked against a fingerprint of its text, so an edited story is read again.
 */
export const readingCacheSize = 5_000;
const storyCache = new Map<string, { fingerprint: string; reading: StoryReading }>();

const fingerprint = (story: Story) =>
  [
    story.title,
    story.kind,
    story.tags.join("\u0001"),
    story.situation.length,
    story.task.length,
    story.draft.length,
    story.refined.length,
    story.lessons.length,
    story.notes.length,
    story.actions.length,
    story.results.length,
    story.analysis.length,
    story.questions.length,
    story.headline,
    story.values.map((link) => `${link.valueSetId}\u0001${link.valueKey}`).join("\u0001"),
  ].join("\u0000");

/**
 * What tailoring reads from a story: its concepts and content words with the strongest place of
 * each, its kind (read from the text when it is "other"), its labels. Cached per story version
 * (at most `readingCacheSize` stories, least recently used dropped first), so a request reads
 * each story once and later requests not at all.
 */
export function readStory(story: Story): StoryReading {
  const key = `${story.id}\u0000${story.version}\u0000${story.updatedAt}`;
  const cached = storyCache.get(key);
  // The very object read before: stories are values, so its text is what was read.
  if (cached && cached.reading.story === story) return cached.reading;
  const print = fingerprint(story);
  if (cached && cached.fingerprint === print && cached.reading.story === story) {
    return cached.reading;
  }
  if (cached && cached.fingerprint === print) {
    // The same version read again from the store: the reading kept is this story's (same id,
    // version, text and links), so it is returned as it is, and a request over the bank finds
    // the same readings as the last one.
    storyCache.delete(key);
    storyCache.set(key, cached);
    return cached.reading;
  }
  const reading = readStoryNow(story);
  storyCache.delete(key);
  if (storyCache.size >= readingCacheSize) {
    storyCache.delete(storyCache.keys().next().value!);
  }
  storyCache.set(key, { fingerprint: print, reading });
  return reading;
}

/** Forgets every story reading kept, so the next request reads each story again. */
export function clearStoryReadings(): void {
  storyCache.clear();
}

export { stemOf };
