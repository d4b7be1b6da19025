import bidiFactory from "bidi-js";

/**
 * Right-to-left text by the Unicode Bidirectional Algorithm (UAX #9, by `bidi-js`): levels are
 * resolved once per paragraph, and each line's pieces are put in visual order (rule L2).
 */

const bidi = bidiFactory();

/** Strong right-to-left characters and the explicit RTL marks: without one, all is level 0. */
const rtl =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export const hasRtl = (text: string) => rtl.test(text);

export interface Levels {
  /** One level per UTF-16 code unit (odd: right to left), or null when all are 0. */
  levels: Uint8Array | null;
  /** The paragraph's base level: 1 when its first strong character is right to left. */
  base: 0 | 1;
}

/**
 * Embedding levels of one paragraph. Its direction is that of the first strong character of
 * `content` (the paragraph less its labels, so "S" before a Hebrew line does not make it a
 * left-to-right paragraph), else of the whole text (UAX #9 rules P2–P3).
 */
export function levelsOf(text: string, content = text): Levels {
  if (!hasRtl(text)) return { levels: null, base: 0 };
  const own = bidi.getEmbeddingLevels(content, "auto").paragraphs[0]?.level ?? 0;
  const { levels } = bidi.getEmbeddingLevels(text, own % 2 === 1 ? "rtl" : "ltr");
  return { levels, base: own % 2 === 1 ? 1 : 0 };
}

/**
 * Pieces of one line in visual order (UAX #9 rule L2): from the highest level down to the
 * lowest odd one, every run at that level or above is reversed. The input is in logical order.
 */
export function visualOrder<T extends { level: number }>(pieces: T[]): T[] {
  let highest = 0;
  let lowestOdd = Infinity;
  for (const { level } of pieces) {
    highest = Math.max(highest, level);
    if (level % 2 === 1) lowestOdd = Math.min(lowestOdd, level);
  }
  if (lowestOdd === Infinity) return pieces;
  const out = [...pieces];
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; i++) {
      if ((out[i] as T).level < level) continue;
      let end = i;
      while (end + 1 < out.length && (out[end + 1] as T).level >= level) end++;
      const reversed = out.slice(i, end + 1).reverse();
      out.splice(i, reversed.length, ...reversed);
      i = end;
    }
  }
  return out;
}

/** Text drawn right to left with paired characters swapped: "(" reads as ")" (BidiMirroring). */
export function mirrored(text: string): string {
  let out = "";
  for (const ch of text) out += bidi.getMirroredCharacter(ch) ?? ch;
  return out;
}
