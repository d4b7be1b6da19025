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
