/** Turning a story's prose into the one line a card has room for. */

/** The longest card line, in characters; a line past it ends in "…" at a word boundary. */
export const lineCap = {
  headline: 200,
  line: 170,
  keyNumber: 110,
  connection: 200,
} as const;

export const keyNumbersPerCard = 3;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Whitespace of any kind (newlines, tabs) collapsed: a card line is one paragraph. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Cuts `text` to at most `cap` characters at a word boundary, ending in "…". */
export function cut(text: string, cap: number): { text: string; cut: boolean } {
  const clean = oneLine(text);
  if (clean.length <= cap) return { text: clean, cut: false };
  let head = "";
  for (const { segment } of graphemes.segment(clean)) {
    if (head.length + segment.length > cap - 1) break;
    head += segment;
  }
  const space = head.lastIndexOf(" ");
  if (space > cap * 0.6) head = head.slice(0, space);
  return { text: `${head.replace(/[\s,;:.–—-]+$/u, "")}…`, cut: true };
}

const sentenceEnd = /(?<=[.!?。！？])\s+(?=\S)/u;

/** The leading sentences of `text` that fit in `cap`; at least the first, cut if it must be. */
export function firstSentences(text: string, cap: number): { text: string; cut: boolean } {
  const clean = oneLine(text);
  const sentences = clean.split(sentenceEnd);
  let taken = "";
  for (const sentence of sentences) {
    const next = taken ? `${taken} ${sentence}` : sentence;
    if (next.length > cap) break;
    taken = next;
    if (taken.length >= cap * 0.5) break;
  }
  if (!taken) return cut(clean, cap);
  return { text: taken, cut: taken.length < clean.length };
}

export const hasNumber = (text: string) => /\d/.test(text);

const clauseRe = /(?<=[,;:])\s+|\s+(?=[-–—]\s)/u;
const clauseOrSentenceRe = /(?<=[,;:.!?])\s+|\s+(?=[-–—]\s)/u;
const edgePunctuation = /^[\s,;:–—-]+|[\s,;:–—-]+$/gu;

/**
 * Leading clauses of `text` that fit in `cap`, ending in "…" when any are left out; a text whose
 * first clause does not fit (or would leave the line half empty) is cut at a word instead.
 */
export function leadingClauses(text: string, cap: number): { text: string; cut: boolean } {
  const clean = oneLine(text);
  if (clean.length <= cap) return { text: clean, cut: false };
  const clauses = clean.split(clauseRe);
  let taken = "";
  for (const clause of clauses) {
    const next = taken ? `${taken} ${clause}` : clause;
    if (next.length > cap - 1) break;
    taken = next;
  }
  if (taken.length < cap * 0.5) return cut(clean, cap);
  return { text: `${taken.replace(edgePunctuation, "")}…`, cut: true };
}

/**
 * The run of clauses of `text` that fits in `cap` and states the most of `weigh` (figures, for a
 * result or a key number), the earliest on a tie; "…" marks each side left out.
 */
export function weightiestClauses(
  text: string,
  cap: number,
  weigh: (clause: string) => number,
): { text: string; cut: boolean } {
  const clean = oneLine(text);
  if (clean.length <= cap) return { text: clean, cut: false };
  const clauses = clean.split(clauseOrSentenceRe);
  let best: { from: number; to: number; weight: number; length: number } | undefined;
  for (let from = 0; from < clauses.length; from++) {
    let length = -1;
    let weight = 0;
    for (let to = from; to < clauses.length; to++) {
      length += (clauses[to] as string).length + 1;
      if (length > cap - 2) break;
      const clause = clauses[to] as string;
      weight += weigh(clause);
      // More weight wins; on a tie the earlier run, widened to more of its context.
      const better =
        !best || weight > best.weight || (weight === best.weight && from === best.from);
      if (better) best = { from, to, weight, length };
      // A run stays within its sentence.
      if (/[.!?]$/u.test(clause)) break;
    }
  }
  if (!best || best.weight === 0) return leadingClauses(clean, cap);
  const body = clauses
    .slice(best.from, best.to + 1)
    .join(" ")
    .replace(edgePunctuation, "");
  const head = best.from > 0 ? "…" : "";
  const tail = best.to < clauses.length - 1 && !/[.!?]$/u.test(body) ? "…" : "";
  return { text: `${head}${body}${tail}`, cut: true };
}
