import { stem } from "./stem.ts";

/** One word of a text: its stem (what matching compares) and the word as written. */
export interface Token {
  stem: string;
  raw: string;
}

/** Words that say nothing about a value on their own; they still count inside a phrase. */
export const stopwords = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before " +
    "being below between both but by can could did do does doing down during each few for from " +
    "further had has have having he her here hers herself him himself his how i if in into is it " +
    "its itself just me more most my myself no nor not now of off on once only or other our ours " +
    "ourselves out over own same she should so some such than that the their theirs them " +
    "themselves then there these they this those through to too under until up very was we were " +
    "what when where which while who whom why will with would you your yours yourself yourselves " +
    "us its one get got make made way ways even every much many really lot thing things"
  ).split(" "),
);

/**
 * Past forms the suffix stripper cannot reach, so "took ownership" meets "take ownership" and
 * "led" meets "lead".
 */
const irregular = new Map<string, string>(
  Object.entries({
    took: "take",
    taken: "take",
    led: "lead",
    ran: "run",
    wrote: "write",
    written: "write",
    built: "build",
    brought: "bring",
    thought: "think",
    found: "find",
    went: "go",
    gone: "go",
    gave: "give",
    given: "give",
    kept: "keep",
    told: "tell",
    sought: "seek",
    spoke: "speak",
    spoken: "speak",
    chose: "choose",
    chosen: "choose",
    grew: "grow",
    grown: "grow",
    drove: "drive",
    driven: "drive",
    began: "begin",
    begun: "begin",
    fell: "fall",
    fallen: "fall",
    felt: "feel",
    held: "hold",
    knew: "know",
    known: "know",
    met: "meet",
    paid: "pay",
    sent: "send",
    stood: "stand",
    taught: "teach",
    understood: "understand",
    won: "win",
    saw: "see",
    seen: "see",
    did: "do",
    done: "do",
    said: "say",
    caught: "catch",
    bought: "buy",
    broke: "break",
    broken: "break",
    rose: "rise",
    risen: "rise",
    shown: "show",
    hid: "hide",
    hidden: "hide",
    dug: "dig",
    fought: "fight",
    sped: "speed",
    spent: "spend",
    learnt: "learn",
    lost: "lose",
    meant: "mean",
    ate: "eat",
  }),
);

const wordRe = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[%$]/gu;
/** The same words for text that is all ASCII, which most is; the Unicode classes cost more. */
const asciiWordRe = /[a-z0-9]+(?:'[a-z]+)*|[%$]/g;
const nonAscii = /[\u0080-\uffff]/;

const stems = new Map<string, string>();
const maxCached = 50_000;

/**
 * The stem of one lower-case word as written, memoised: the same few thousand words recur in
 * every story. Apostrophes fold away ("didn't" → "didnt", "company's" → "company").
 */
export function stemOf(raw: string): string {
  let s = stems.get(raw);
  if (s === undefined) {
    const word =
      raw.includes("'") || raw.includes("’") ? raw.replace(/['’]s$/, "").replace(/['’]/g, "") : raw;
    s = stem(irregular.get(word) ?? word);
    if (stems.size >= maxCached) stems.clear();
    stems.set(raw, s);
  }
  return s;
}

/** The words of a text as written, lower-cased; "%" and "$" are words of their own. */
export function words(text: string): string[] {
  if (!nonAscii.test(text)) return text.toLowerCase().match(asciiWordRe) ?? [];
  return text.normalize("NFKC").toLowerCase().match(wordRe) ?? [];
}

/** The words of a text with their stems, so a value can ask for "%" or "took ownership". */
export function tokenize(text: string): Token[] {
  return words(text).map((raw) => ({ stem: stemOf(raw), raw }));
}

/** The stems of a phrase, in order, for matching it as a sequence. */
export const phraseStems = (text: string) => tokenize(text).map((t) => t.stem);

/** Stems worth matching alone: no stopwords, no bare numbers, at least three letters. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    const word = raw.replace(/['’]/g, "");
    if (stopwords.has(word) || /^\d+$/.test(word) || word.length < 3) continue;
    out.push(stemOf(raw));
  }
  return out;
}
