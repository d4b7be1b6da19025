import type { Info as Story } from "../story/index.ts";
import { tokenize } from "./text.ts";

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

export interface StoryIndex {
  story: Story;
  /** Positions of each stem; segments are kept apart so a phrase never spans two of them. */
  positions: Map<string, number[]>;
  fieldAt: Field[];
  rawAt: string[];
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

export function indexStory(story: Story): StoryIndex {
  const positions = new Map<string, number[]>();
  const fieldAt: Field[] = [];
  const rawAt: string[] = [];
  let at = 0;
  for (const [field, text] of segments(story)) {
    for (const token of tokenize(text)) {
      let list = positions.get(token.stem);
      if (!list) positions.set(token.stem, (list = []));
      list.push(at);
      fieldAt[at] = field;
      rawAt[at] = token.raw;
      at += 1;
    }
    at += segmentGap;
  }
  return { story, positions, fieldAt, rawAt };
}

export interface Occurrence {
  /** Fields the phrase occurs in, strongest first. */
  fields: Field[];
  /** The story's own words for the first occurrence in the strongest field. */
  words: string;
}

/** Longest run of other words allowed between two words of a phrase ("took full ownership"). */
const maxSkip = 1;

/**
 * Where a phrase of stems occurs in the story, or undefined. Later words may follow earlier
 * ones with up to `maxSkip` words between, so small paraphrases still match.
 */
export function find(index: StoryIndex, phrase: string[]): Occurrence | undefined {
  const [first, ...rest] = phrase;
  if (first === undefined) return undefined;
  const starts = index.positions.get(first);
  if (!starts) return undefined;
  const spans: [number, number][] = [];
  for (const start of starts) {
    let last = start;
    let ok = true;
    for (const word of rest) {
      const next = index.positions.get(word)?.find((p) => p > last && p <= last + 1 + maxSkip);
      if (next === undefined) {
        ok = false;
        break;
      }
      last = next;
    }
    if (ok) spans.push([start, last]);
  }
  if (spans.length === 0) return undefined;
  const byField = new Map<Field, [number, number]>();
  for (const span of spans) {
    const field = index.fieldAt[span[0]]!;
    if (!byField.has(field)) byField.set(field, span);
  }
  const fields = [...byField.keys()].sort((a, b) => fieldWeights[b] - fieldWeights[a]);
  const [from, to] = byField.get(fields[0]!)!;
  return { fields, words: index.rawAt.slice(from, to + 1).join(" ") };
}
