import type { Info as Target } from "../target/index.ts";
import type { StoryReading } from "./read.ts";
import { readQuestion, type ValueReading } from "./read-value.ts";
import {
  closeness,
  type Context,
  explainRating,
  type Rating,
  rate,
  similarityAll,
  weights,
} from "./score.ts";
import type { Tailoring } from "./schema.ts";

/**
 * A story covers a value from this score on (a story written for a value scores about 6–12; a
 * story that only touches it, 2–4). Below it the strongest story is still shown, marked weak,
 * and the value is a gap.
 */
export const coverThreshold = 4;

/** A chosen story stands in for a stronger one not chosen while it scores this share of it. */
export const chosenShare = 1;

/** Below this a question is left without a story rather than given one at random. */
export const questionThreshold = 0.6;

/** How much a value's own match counts toward its typical questions. */
export const valueShare = 0.5;

/** scores[v][s]: story s (in candidate order) against value v. */
export type Scores = Rating[][];

const standardize = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || 1;
  return xs.map((x) => (x - mean) / sd);
};

/**
 * Sets each rating's rank: its score plus `weights.fit` times how much better this story fits
 * this value than the other values (its score standardized within the value, then within the
 * story). A story that is about everything ranks below one that is about this value.
 */
export function relativeFit(scores: Scores): void {
  if (scores.length < 2 || (scores[0]?.length ?? 0) < 2) return;
  const byValue = scores.map((row) => standardize(row.map((r) => r.score)));
  for (let s = 0; s < scores[0]!.length; s++) {
    const fit = standardize(byValue.map((row) => row[s]!));
    scores.forEach((row, v) => {
      row[s]!.rank = row[s]!.score + weights.fit * fit[v]!;
    });
  }
}

/**
 * How much a value gains from its best chosen story: concave, so a strong match counts more
 * than a weak one but two weak values beat one value made stronger.
 */
const quality = (score: number) => (score >= coverThreshold ? Math.sqrt(score) : 0);

/**
 * Greedy cover, first among the stories linked or labelled to these values, then among all:
 * each step takes the story that covers the most values not yet covered, and among those the
 * one that most improves the values' best matches (`quality`). It stops at
 * `size`, or when every remaining story would only repeat what the chosen cover as well or
 * better. Then, while there is room, the weak best story of each value still uncovered joins
 * (strongest first), so a sheet is never empty while the bank has stories.
 */
export function selectStories(scores: Scores, stories: StoryReading[], size: number): number[] {
  const best = scores.map(() => 0);
  const gainOf = scores.map((row) => Float64Array.from(row, (rating) => quality(rating.score)));
  const bestQuality = new Float64Array(scores.length);
  const chosen: number[] = [];
  const inChosen = new Set<number>();
  // Stories the user linked or labelled to one of these values go first: they were written for
  // this company. Then every story.
  const given = new Set<number>();
  scores.forEach((row) => row.forEach((rating, s) => rating.given && given.add(s)));
  const newlyCovered = new Float64Array(stories.length);
  const gain = new Float64Array(stories.length);
  for (const among of [given, null]) {
    while (chosen.length < size) {
      // Per story: how many values it would newly cover, and how much it would improve them.
      newlyCovered.fill(0);
      gain.fill(0);
      gainOf.forEach((row, v) => {
        const current = bestQuality[v]!;
        for (let s = 0; s < row.length; s++) {
          const more = row[s]! - current;
          if (more <= 0) continue;
          gain[s]! += more;
          if (current === 0) newlyCovered[s]! += 1;
        }
      });
      let pick = -1;
      for (let s = 0; s < stories.length; s++) {
        if (inChosen.has(s) || (among && !among.has(s)) || gain[s]! <= 0) continue;
        if (
          pick < 0 ||
          newlyCovered[s]! > newlyCovered[pick]! ||
          (newlyCovered[s] === newlyCovered[pick] && gain[s]! > gain[pick]!)
        ) {
          pick = s;
        }
      }
      if (pick < 0) break;
      chosen.push(pick);
      inChosen.add(pick);
      scores.forEach((row, v) => {
        const score = row[pick]!.score;
        if (score >= coverThreshold && score > best[v]!) {
          best[v] = score;
          bestQuality[v] = quality(score);
        }
      });
    }
  }
  const weakBest = scores
    .map((row, v) => ({ v, top: strongest(row) }))
    .filter(({ v, top }) => best[v] === 0 && top !== undefined)
    .sort((a, b) => b.top!.score - a.top!.score || a.v - b.v);
  for (const { top } of weakBest) {
    if (chosen.length >= size) break;
    const s = stories.indexOf(top!.story);
    if (!inChosen.has(s)) {
      chosen.push(s);
      inChosen.add(s);
    }
  }
  if (chosen.length === 0 && stories.length > 0) chosen.push(0);
  return chosen;
}

/** The highest rating of a row; ties keep the earlier story. */
function strongest(row: Rating[]): Rating | undefined {
  let top: Rating | undefined;
  for (const rating of row) if (!top || rating.rank > top.rank) top = rating;
  return top;
}

/** Ratings with any evidence, best ranked first; ties keep the earlier story. */
function ranked(row: Rating[]): Rating[] {
  return row.filter((m) => m.score > 0).sort((a, b) => b.rank - a.rank);
}

/**
 * How far (in rank points) a story may fall behind a value's top story and still take its
 * place when the top story is already the best of another value.
 */
export const assignSlack = 3;

/**
 * One story per value where the bank allows it: values are settled in order of how clearly
 * their top story leads (the gap to their second), and a value whose top story already serves
 * a value settled before takes its best story not yet used, while that story ranks within
 * `assignSlack` of the top. A story that is clearly the best for two values serves both.
 * Returns the preferred rating per value (undefined when no story has any evidence).
 */
export function assign(rows: Rating[][]): (Rating | undefined)[] {
  const lead = (row: Rating[]) =>
    row.length === 0 ? -Infinity : row.length === 1 ? Infinity : row[0]!.rank - row[1]!.rank;
  const order = rows.map((row, v) => ({ v, lead: lead(row) }));
  order.sort((a, b) => b.lead - a.lead || a.v - b.v);
  const used = new Set<StoryReading>();
  const out: (Rating | undefined)[] = rows.map(() => undefined);
  for (const { v } of order) {
    const row = rows[v]!;
    const top = row[0];
    if (!top) continue;
    let pick = top;
    if (used.has(top.story)) {
      const free = row.find((m) => !used.has(m.story));
      if (free && free.score >= coverThreshold && top.rank - free.rank <= assignSlack) pick = free;
    }
    used.add(pick.story);
    out[v] = pick;
  }
  return out;
}

/**
 * Best and backup per value: the two best-ranked stories. A chosen story stands in for a
 * better-ranked one not chosen while it ranks `chosenShare` of it (the sheet shows the chosen).
 * A best below `coverThreshold` is still given, marked weak, and the value is a gap.
 */
export function matrix(
  values: ValueReading[],
  scores: Scores,
  chosen: number[],
  explain: (rating: Rating, value: ValueReading) => Rating,
) {
  const inChosen = new Set(chosen.map((s) => scores[0]?.[s]?.story));
  const rankedRows = scores.map(ranked);
  const assigned = assign(rankedRows);
  const taken = new Map<StoryReading, number>();
  assigned.forEach((m, v) => m && !taken.has(m.story) && taken.set(m.story, v));
  return values.map((value, v) => {
    const picks = rankedRows[v]!;
    const top = assigned[v];
    let best: Rating | undefined = top;
    if (top && !inChosen.has(top.story)) {
      const stand = picks.find((m) => inChosen.has(m.story) && (taken.get(m.story) ?? v) === v);
      if (stand && stand.score >= coverThreshold && stand.rank >= chosenShare * top.rank) {
        best = stand;
      }
    }
    const backup = picks.find((m) => m !== best);
    // A value is covered by what its own words meet in the story, not by related concepts alone.
    const explained = best && explain(best, value);
    const explainedBackup = backup && explain(backup, value);
    const covers = (rating: Rating) => rating.score - rating.related >= coverThreshold;
    const covered = explained !== undefined && covers(explained);
    return {
      valueSetId: value.valueSetId,
      valueKey: value.value.key,
      valueName: value.value.name,
      best: explained ? explainRating(explained, !covered) : null,
      backup: explainedBackup ? explainRating(explainedBackup, !covers(explainedBackup)) : null,
      covered,
    };
  });
}

/**
 * A story for each question: the target's own first, then each value's typical questions. A
 * question is read into concepts and words as a value is, and scored against every story the
 * same way; a value's typical question also leans on that value's scores. A chosen story
 * stands in for a stronger one while it scores `chosenShare` of it.
 */
export function mapQuestions(
  target: Target,
  values: ValueReading[],
  scores: Scores,
  stories: StoryReading[],
  chosen: number[],
  context: Context,
): Tailoring["questions"] {
  const inChosen = new Set(chosen);
  const pick = (score: (s: number) => number) => {
    let best = -1;
    let bestScore = questionThreshold;
    let bestChosen = -1;
    let bestChosenScore = questionThreshold;
    for (let s = 0; s < stories.length; s++) {
      const value = score(s);
      if (value > bestScore) {
        best = s;
        bestScore = value;
      }
      if (inChosen.has(s) && value > bestChosenScore) {
        bestChosen = s;
        bestChosenScore = value;
      }
    }
    if (bestChosen >= 0 && bestChosenScore >= chosenShare * bestScore) best = bestChosen;
    return best >= 0 ? stories[best]!.story.id : null;
  };
  const out: Tailoring["questions"] = [];
  const seen = new Set<string>();
  for (const question of target.questions) {
    if (seen.has(question)) continue;
    seen.add(question);
    const reading = readQuestion(question);
    const similar = similarityAll(context, reading, weights.questionWords);
    const near = values
      .map((value, v) => ({ v, close: closeness(context, reading, value) }))
      .sort((a, b) => b.close - a.close)
      .slice(0, 2);
    const via = similar.map((_, s) =>
      Math.max(
        0,
        near.reduce((sum, { v, close }) => sum + close * scores[v]![s]!.rank, 0),
      ),
    );
    const topSimilar = Math.max(...similar);
    const topVia = Math.max(...via);
    const nearest = near[0]?.close ?? 0;
    const share = weights.questionVia * Math.min(1, nearest / weights.questionViaCloseness);
    out.push({
      question,
      storyId: pick(
        (s) =>
          weights.scale *
          ((topSimilar > 0 ? similar[s]! / topSimilar : 0) +
            share * (topVia > 0 ? via[s]! / topVia : 0)),
      ),
      source: "target",
    });
  }
  values.forEach((value, v) => {
    for (const question of value.value.questions) {
      if (seen.has(question)) continue;
      seen.add(question);
      const similar = similarityAll(context, readQuestion(question), weights.questionWords);
      const score = (s: number) => similar[s]! + valueShare * scores[v]![s]!.rank;
      out.push({ question, storyId: pick(score), source: "value-set" });
    }
  });
  return out;
}

export { rate };
