import LineBreaker from "linebreak";

/**
 * Where text may break across lines: the Unicode Line Breaking Algorithm (UAX #14, by the
 * `linebreak` package pdfkit itself uses), word boundaries inside Thai, Lao, Khmer and Myanmar
 * runs (which UAX #14 leaves to a dictionary: `Intl.Segmenter`), and never inside a grapheme
 * cluster (UAX #29, `Intl.Segmenter`), so ZWJ sequences, skin tones, keycaps, flags and
 * combining marks stay whole.
 */

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const wordSegmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Scripts written without spaces whose words only a dictionary finds (UAX #14 class SA). */
const southeastAsian = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\uaa60-\uaa7f]+/gu;

export interface Cluster {
  text: string;
  /** UTF-16 offset in the text. */
  index: number;
}

/**
 * Characters that join the one before them into a cluster (UAX #29: Extend, SpacingMark, ZWJ,
 * emoji modifiers and tags, regional indicators, Hangul jamo, Prepend): a text without any has
 * one cluster per code point.
 */
const joining =
  /[\p{M}\u200d\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2]|[\u{1f1e6}-\u{1f1ff}]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}]|[\u{110bd}\u{110cd}]/u;

/** Whether every character is below U+0300, where no cluster has two code points. */
function single(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

/** Grapheme clusters of a text, in order (line ends already made spaces by the caller). */
export function clusters(text: string): Cluster[] {
  const out: Cluster[] = [];
  if (single(text)) {
    for (let i = 0; i < text.length; i++) out.push({ text: text[i] as string, index: i });
    return out;
  }
  if (!joining.test(text)) {
    let index = 0;
    for (const ch of text) {
      out.push({ text: ch, index });
      index += ch.length;
    }
    return out;
  }
  for (const { segment, index } of graphemeSegmenter.segment(text)) {
    out.push({ text: segment, index });
  }
  return out;
}

/** Text made only of printable ASCII: one cluster per character, no dictionary words. */
const ascii = /^[\u0020-\u007e]*$/u;

/**
 * UTF-16 offsets before which a line may break (offset 0 and the end excluded), each at a
 * grapheme cluster boundary.
 */
export function breakOpportunities(text: string, list: Cluster[]): Set<number> {
  const found = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.position > 0 && next.position < text.length) found.add(next.position);
  }
  if (!ascii.test(text)) {
    for (const match of text.matchAll(southeastAsian)) {
      for (const { index } of wordSegmenter.segment(match[0])) {
        if (index > 0) found.add(match.index + index);
      }
    }
    if (list.length !== text.length) {
      const starts = new Set(list.map((c) => c.index));
      for (const at of found) if (!starts.has(at)) found.delete(at);
    }
  }
  return found;
}
