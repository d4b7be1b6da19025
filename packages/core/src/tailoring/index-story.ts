import type { Info as Story } from "../story/index.ts";
import { stemOf, words } from "./text.ts";

/**
 * Where a story's words are, for matching terms against it. Each field weighs what its words
 * say about the story: a title or tag names what the story is about; a draft retells it.
 */
export const fieldWeights = {
  title: 3,
  tags: 3,
  headline: 2,
  questions: 2,
  actions: 1.5,
  results: 1.5,
  lessons: 1.5,
  connections: 1.5,
  task: 1.25,
  situation: 1,
  refined: 1,
  analysis: 1,
  keyWords: 1,
  draft: 0.75,
  hooks: 0.75,
  followUps: 0.75,
} as const;
export type Field = keyof typeof fieldWeights;

/** Fields strongest first; a field's rank is its place here (ties keep the order above). */
const ranked = (Object.keys(fieldWeights) as Field[]).sort(
  (a, b) => fieldWeights[b] - fieldWeights[a],
);
const rankOf = new Map(ranked.map((field, rank) => [field, rank]));

export interface StoryIndex {
  story: Story;
  /** Positions of each stem; segments are kept apart so a phrase never spans two of them. */
  positions: Map<string, number[]>;
  /** The rank of the field each position is in (gaps between segments hold -1). */
  rankAt: number[];
  rawAt: string[];
  /** Phrases already looked up: values and questions ask for the same words again and again. */
  found: Map<string, Hit | null>;
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
  return out;
}

/** A gap wider than any phrase may skip, between segments. */
const segmentGap = 4;

/**
 * Indexes a story's words. With `vocabulary`, only those stems get positions (a term can only
 * ask for its own stems); every word still takes its place, so phrases match as without it.
 */
export function indexStory(story: Story, vocabulary?: Set<string>): StoryIndex {
  const positions = new Map<string, number[]>();
  const rankAt: number[] = [];
  const rawAt: string[] = [];
  for (const [field, text] of segments(story)) {
    const rank = rankOf.get(field)!;
    for (const raw of words(text)) {
      const stem = stemOf(raw);
      if (vocabulary && !vocabulary.has(stem)) {
        rankAt.push(rank);
        rawAt.push(raw);
        continue;
      }
      const list = positions.get(stem);
      if (list) list.push(rankAt.length);
      else positions.set(stem, [rankAt.length]);
      rankAt.push(rank);
      rawAt.push(raw);
    }
    for (let i = 0; i < segmentGap; i++) {
      rankAt.push(-1);
      rawAt.push("");
    }
  }
  return { story, positions, rankAt, rawAt, found: new Map() };
}

/** Where a phrase occurs: the fields (as a bit per rank) and its first span in the best one. */
export interface Hit {
  mask: number;
  from: number;
  to: number;
}

/** Longest run of other words allowed between two words of a phrase ("took full ownership"). */
const maxSkip = 1;

/** The first position in `list` (ascending) after `last` and within the skip, or -1. */
function nextAfter(list: number[], last: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= last) lo = mid + 1;
    else hi = mid;
  }
  const next = list[lo];
  return next !== undefined && next <= last + 1 + maxSkip ? next : -1;
}

/**
 * Where a phrase of stems occurs in the story, or undefined. Later words may follow earlier
 * ones with up to `maxSkip` words between, so small paraphrases still match.
 */
export function find(index: StoryIndex, phrase: string[], key?: string): Hit | undefined {
  // Most terms miss: a word the story never uses answers at once, and is not remembered.
  const first = phrase[0];
  const starts = first === undefined ? undefined : index.positions.get(first);
  if (!starts) return undefined;
  for (let k = 1; k < phrase.length; k++) if (!index.positions.has(phrase[k]!)) return undefined;
  const id = phrase.length === 1 ? first! : (key ?? phrase.join(" "));
  const known = index.found.get(id);
  if (known !== undefined) return known ?? undefined;
  let hit: Hit | null = null;
  for (const start of starts) {
    let last = start;
    for (let k = 1; k < phrase.length && last >= 0; k++) {
      last = nextAfter(index.positions.get(phrase[k]!)!, last);
    }
    if (last < 0) continue;
    const rank = index.rankAt[start]!;
    if (!hit) hit = { mask: 0, from: start, to: last };
    else if (rank < index.rankAt[hit.from]!) [hit.from, hit.to] = [start, last];
    hit.mask |= 1 << rank;
  }
  index.found.set(id, hit);
  return hit ?? undefined;
}

/** The fields a hit is in, strongest first. */
export const fieldsOf = (hit: Hit): Field[] => ranked.filter((_, rank) => hit.mask & (1 << rank));

/** The strongest field's weight, and how many fields the phrase shows up in. */
export function weightOf(index: StoryIndex, hit: Hit): { weight: number; fields: number } {
  let fields = 0;
  for (let m = hit.mask; m; m &= m - 1) fields += 1;
  return { weight: fieldWeights[ranked[index.rankAt[hit.from]!]!], fields };
}

/** The story's own words for a hit, as first said in its strongest field. */
export const wordsOf = (index: StoryIndex, hit: Hit) =>
  index.rawAt.slice(hit.from, hit.to + 1).join(" ");
