import type { Info as Target } from "../target/index.ts";
import { find, type StoryIndex, weightOf } from "./index-story.ts";
import { explain, type Rating, type ValueTerms } from "./score.ts";
import type { Tailoring } from "./schema.ts";
import { contentStems } from "./text.ts";

/** A story covers a value from this score on (about two keywords in the body of the story). */
export const coverThreshold = 2.5;

/** scores[v][s]: story s (in candidate order) against value v. */
export type Scores = Rating[][];

/** How much a value gains from its best chosen story: concave, so a strong match counts more
 * than a weak one but two weak values beat one value made stronger. */
const quality = (score: number) => (score >= coverThreshold ? Math.sqrt(score) : 0);

/**
 * Greedy cover: each step takes the story that covers the most values not yet covered, and
 * among those the one that most improves the values' best matches (`quality`). Once every
 * value it can reach is covered, the next story is the one that most strengthens them. It
 * stops at `size`, or when every remaining story would only repeat what the chosen cover as
 * well or better.
 */
export function selectStories(scores: Scores, stories: StoryIndex[], size: number): number[] {
  const best = scores.map(() => 0);
  const chosen: number[] = [];
  while (chosen.length < size) {
    let pick = -1;
    let pickKey = [0, 0];
    stories.forEach((_, s) => {
      if (chosen.includes(s)) return;
      const key = [0, 0];
      scores.forEach((row, v) => {
        const gain = quality(row[s]!.score) - quality(best[v]!);
        if (gain <= 0) return;
        if (best[v] === 0) key[0]! += 1;
        key[1]! += gain;
      });
      if (key[1]! > 0 && isGreater(key, pickKey)) {
        pick = s;
        pickKey = key;
      }
    });
    if (pick < 0) break;
    chosen.push(pick);
    scores.forEach((row, v) => {
      const score = row[pick]!.score;
      if (score >= coverThreshold && score > best[v]!) best[v] = score;
    });
  }
  return chosen;
}

const isGreater = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** Matches at or above the threshold, best first; ties keep the earlier story. */
function ranked(row: Rating[], among: number[]): Rating[] {
  return among
    .map((s) => row[s]!)
    .filter((m) => m.score >= coverThreshold)
    .sort((a, b) => b.score - a.score);
}

/**
 * Best and backup per value: from the chosen stories when they have them (the sheet shows
 * those), otherwise the strongest of the rest, so a value is only a gap when no story fits.
 */
export function matrix(values: ValueTerms[], scores: Scores, chosen: number[], all: number[]) {
  const inChosen = new Set(chosen);
  const others = all.filter((s) => !inChosen.has(s));
  return values.map((value, v) => {
    const row = scores[v]!;
    const picks = [...ranked(row, chosen), ...ranked(row, others)];
    return {
      valueSetId: value.valueSetId,
      valueKey: value.value.key,
      valueName: value.value.name,
      best: picks[0] ? explain(picks[0]) : null,
      backup: picks[1] ? explain(picks[1]) : null,
    };
  });
}

/** Words every interview question has, which say nothing about which story answers it. */
const questionNoise = new Set(
  contentStems(
    "tell time describe example give walk talk share story stories situation project " +
      "describ asked ask something someone happened",
  ),
);

/** Below this a question is left without a story rather than given a poor one. */
const questionThreshold = 3;

function similarity(question: string[], story: StoryIndex): number {
  let score = 0;
  for (const stem of question) {
    const hit = find(story, [stem]);
    if (hit) score += weightOf(story, hit).weight;
  }
  return score;
}

export const questionStems = (question: string) => [
  ...new Set(contentStems(question).filter((s) => !questionNoise.has(s))),
];

/**
 * A story for each question: the target's own first, then each value's typical questions. A
 * value's question leans on the value's scores; each question prefers the chosen stories.
 */
export function mapQuestions(
  target: Target,
  values: ValueTerms[],
  scores: Scores,
  stories: StoryIndex[],
  chosen: number[],
): Tailoring["questions"] {
  const all = stories.map((_, s) => s);
  const pick = (score: (s: number) => number) => {
    for (const among of [chosen, all]) {
      let best = -1;
      let bestScore = questionThreshold;
      for (const s of among) {
        const value = score(s);
        if (value > bestScore || (value === bestScore && best >= 0 && s < best)) {
          best = s;
          bestScore = value;
        }
      }
      if (best >= 0) return stories[best]!.story.id;
    }
    return null;
  };
  const out: Tailoring["questions"] = [];
  const seen = new Set<string>();
  for (const question of target.questions) {
    if (seen.has(question)) continue;
    seen.add(question);
    const stems = questionStems(question);
    out.push({ question, storyId: pick((s) => similarity(stems, stories[s]!)), source: "target" });
  }
  values.forEach((value, v) => {
    for (const question of value.value.questions) {
      if (seen.has(question)) continue;
      seen.add(question);
      const stems = questionStems(question);
      const score = (s: number) => scores[v]![s]!.score + 0.5 * similarity(stems, stories[s]!);
      out.push({ question, storyId: pick(score), source: "value-set" });
    }
  });
  return out;
}
