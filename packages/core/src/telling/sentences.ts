/** Splitting a telling into sentences, and a sentence into clauses. */

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations after which a full stop does not end a sentence. */
const abbreviation =
  /(?:^|[\s(])(?:vs|etc|e\.g|i\.e|approx|incl|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|No|Inc|Ltd|Co|Corp|U\.S|[A-Z])\.\s*$/u;

/** Quotes and spaces around a whole telling ("…" as written in a template). */
const wrapping = /^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/gu;

/**
 * The sentences of a text, trimmed, in order. Built on Unicode sentence boundaries
 * (`Intl.Segmenter`), with a boundary undone after a common abbreviation ("vs.", "Dr.") or
 * before a lower-case letter or a digit.
 */
export function sentencesOf(text: string): string[] {
  const clean = text.replace(/\s+/g, " ").replace(wrapping, "");
  if (!clean) return [];
  const out: string[] = [];
  for (const { segment } of segmenter.segment(clean)) {
    const piece = segment.trim();
    if (!piece) continue;
    const last = out[out.length - 1];
    if (last !== undefined && (abbreviation.test(last) || /^[\p{Ll}\d]/u.test(piece))) {
      out[out.length - 1] = `${last} ${piece}`;
    } else out.push(piece);
  }
  return out
    .map((sentence) => sentence.replace(wrapping, ""))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** A sentence cut after each comma, semicolon, colon or spaced dash; joined back, it is the sentence. */
export function clausesOf(sentence: string): string[] {
  return sentence.split(/(?<=[,;:])\s+|\s+(?=[-–—]\s)/u).filter((part) => part !== "");
}
