/** Plain measures of story text: words, sentences, pronouns, figures and placeholders. */
import { figureMarks } from "../telling/index.ts";

const wordRe = /[\p{L}\p{N}]+(?:['’.,:][\p{L}\p{N}]+)*%?/gu;

/** Words as a listener hears them: "40,000", "0.05%" and "didn't" are one word each. */
export const words = (text: string) => text.match(wordRe)?.length ?? 0;

/** Sentences: runs of words ended by . ! ? (or the end), decimals and times left whole. */
export function sentences(text: string): number {
  return text.split(/[.!?…]+["'”’)]*(?=\s|$)/u).filter((part) => words(part) > 0).length;
}

const pronounRe = /(?<![\p{L}\p{N}])(i|we)(?:['’](?:m|ve|d|ll|re))?(?![\p{L}\p{N}'’])/giu;

/** How often the speaker says "I" and "we" (with their contractions). */
export function pronouns(text: string): { i: number; we: number } {
  let i = 0;
  let we = 0;
  for (const match of text.matchAll(pronounRe)) {
    if (match[1]!.toLowerCase() === "i") i += 1;
    else we += 1;
  }
  return { i, we };
}

const pastIrregular = new Set(
  (
    "began brought built chose cut did drew drove found gave got grew held hired kept knew led " +
    "left made met paid put ran read rebuilt rewrote sat saw sent set shut sold spent spoke " +
    "split stood swapped taught told took understood went won wrote"
  ).split(" "),
);

/**
 * Whether a bullet starts with a verb in the past tense ("Stamped each event…"): the
 * speaker's implied "I", which a STAR action list leaves out.
 */
export function impliedI(point: string): boolean {
  const first = /^\s*([\p{L}]+)/u.exec(point)?.[1]?.toLowerCase();
  if (!first || first === "we" || first === "i") return false;
  return pastIrregular.has(first) || (first.length > 4 && first.endsWith("ed"));
}

/** Figures a skeptic could check: digits, currency, percentages and number words. */
export const figures = (text: string) => figureMarks(text).length;

/**
 * Template blanks left in a text: "___", "[Date]", "X%", "$X", "(or whatever is true)",
 * TODO/TBD/FIXME, "<insert …>".
 */
const placeholderRes = [
  /_{3,}/g,
  /\[(?:[A-Z][^\]\n]{0,39}|x+|n|\.\.\.|…|\?+)\](?!\()/g,
  /(?<![\p{L}\p{N}])(?:X{1,3}|N)\s?%/gu,
  /[$€£]\s?X{1,3}(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])X{1,3} (?:hours|days|weeks|months|years|minutes|people|users|customers|engineers|teams|times)\b/gu,
  /\(?or whatever (?:is|was|'s|’s) true\)?/gi,
  /\b(?:TODO|TBD|TBC|FIXME|TKTK)\b/g,
  /<(?:insert|add|your|company|name|date|role|metric|number)\b[^>\n]{0,40}>/gi,
];

export function placeholders(text: string): string[] {
  const found: string[] = [];
  for (const re of placeholderRes) for (const match of text.matchAll(re)) found.push(match[0]);
  return found;
}
