import { type Positions, positionsOf, type StoryReading } from "./read.ts";

/** Longest run of other words allowed between two words of a keyword ("took full ownership"). */
const maxSkip = 1;

/**
 * Where a keyword phrase occurs in a story, at its strongest field: the story's own words, the
 * field and its weight; undefined when it does not occur.
 */
export function findPhrase(
  positions: Positions,
  stems: string[],
): { words: string; field: string; weight: number } | undefined {
  const span = phraseSpan(positions, stems);
  if (!span) return undefined;
  const { raw, field, weight } = positions;
  return {
    words: raw.slice(span.from, span.to + 1).join(" "),
    field: field[span.from]!,
    weight: weight[span.from]!,
  };
}

/** Where each word of a story is, built once from its words the first time a phrase is asked. */
export function storyPositions(story: StoryReading): Positions {
  story.positions ??= positionsOf(story.words);
  return story.positions;
}

/** Phrases remembered per story version, at most: enough for every keyword of ten sets. */
const maxPhrasesKept = 4_000;

/**
 * The field weight of a keyword phrase's strongest occurrence in a story, or 0; remembered per
 * story version, so a later request asks the map, not the text.
 */
export function phraseWeight(story: StoryReading, stems: string[], key: string): number {
  const known = story.phrases.get(key);
  if (known !== undefined) return known;
  const weight = phraseSpan(storyPositions(story), stems)?.weight ?? 0;
  if (story.phrases.size < maxPhrasesKept) story.phrases.set(key, weight);
  return weight;
}

function phraseSpan(
  { of, weight }: Positions,
  stems: string[],
): { from: number; to: number; weight: number } | undefined {
  const starts = of.get(stems[0]!);
  if (!starts) return undefined;
  const lists: number[][] = [];
  for (let k = 1; k < stems.length; k++) {
    const list = of.get(stems[k]!);
    if (!list) return undefined;
    lists.push(list);
  }
  let from = -1;
  let to = -1;
  for (const start of starts) {
    if (from >= 0 && weight[start]! <= weight[from]!) continue;
    let last = start;
    for (const list of lists) {
      const next = firstAfter(list, last);
      last = next !== undefined && next <= last + 1 + maxSkip ? next : -1;
      if (last < 0) break;
    }
    if (last < 0) continue;
    from = start;
    to = last;
  }
  return from < 0 ? undefined : { from, to, weight: weight[from]! };
}

/** The first position in an ascending list after `after`. */
function firstAfter(list: number[], after: number): number | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return list[lo];
}
