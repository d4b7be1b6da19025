/**
 * How long a text takes to say, by script. Words (found by `Intl.Segmenter`, so Thai and other
 * scripts without spaces count their real words) go at the speaker's words-per-minute pace;
 * Chinese and Japanese are counted in characters and Korean in syllable blocks, each at its own
 * rate, scaled by the same pace (a speaker set to 180 wpm is 20% faster in every language).
 *
 * Rates at the default 150 wpm, for a calm interview telling rather than read-aloud speed:
 * - Chinese: 250 characters a minute. Mandarin is one syllable a character; read speech runs
 *   about 5.2 syllables a second (Pellegrino, Coupé & Marsico 2011, "A cross-language
 *   perspective on speech information rate", Language 87(3)), and public-speaking guidance puts
 *   a clear talk at 200–300 characters a minute.
 * - Japanese: 300 characters (kana and kanji) a minute, the pace Japanese broadcast and speech
 *   guidance gives for clear delivery (NHK announcers read about 300 characters a minute).
 * - Korean: 300 syllables (Hangul blocks) a minute; Korean presentation guidance gives about
 *   300–350 syllables a minute for clear delivery.
 */
export const speakingRates = {
  chinese: { perMinute: 250, unit: "characters" },
  japanese: { perMinute: 300, unit: "characters" },
  korean: { perMinute: 300, unit: "syllables" },
} as const;

/** The pace the rates above are given at, in words a minute. */
export const basePace = 150;

export interface SpokenUnits {
  /** Words outside Chinese, Japanese and Korean text. */
  words: number;
  /** Han characters in a text without kana. */
  chinese: number;
  /** Kana, and Han characters in a text with kana. */
  japanese: number;
  /** Hangul syllable blocks. */
  korean: number;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const han = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
const kana = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]/u;
const hangul = /[\uac00-\ud7af]/u;
const cjk =
  /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u{20000}-\u{3134f}]/gu;

/** What a text says, in the units each script is spoken in. */
export function spokenUnits(text: string): SpokenUnits {
  const japaneseText = kana.test(text);
  let chinese = 0;
  let japanese = 0;
  let korean = 0;
  for (const ch of text) {
    if (hangul.test(ch)) korean += 1;
    else if (kana.test(ch)) japanese += 1;
    else if (han.test(ch)) {
      if (japaneseText) japanese += 1;
      else chinese += 1;
    }
  }
  let words = 0;
  const rest = text.replace(cjk, " ");
  if (rest.trim() !== "") {
    for (const segment of wordSegmenter.segment(rest)) if (segment.isWordLike) words += 1;
  }
  return { words, chinese, japanese, korean };
}

/** Seconds a text takes to say at `wpm` words a minute (other scripts scaled alike). */
export function spokenSeconds(text: string, wpm: number): number {
  const units = spokenUnits(text);
  const pace = wpm / basePace;
  const minutes =
    units.words / wpm +
    units.chinese / (speakingRates.chinese.perMinute * pace) +
    units.japanese / (speakingRates.japanese.perMinute * pace) +
    units.korean / (speakingRates.korean.perMinute * pace);
  return Math.round(minutes * 60);
}

type Unit = "words" | "chinese" | "japanese" | "korean";

/** The unit a text is mostly spoken in. */
function mainUnit(units: SpokenUnits): Unit {
  let best: Unit = "words";
  for (const unit of ["chinese", "japanese", "korean"] as const) {
    if (units[unit] > units[best]) best = unit;
  }
  return best;
}

const unitName = (unit: Unit) => (unit === "words" ? "words" : speakingRates[unit].unit);

/** "132 words", "252 characters" or "280 syllables": the measure a text is mostly spoken in. */
export function spokenSize(text: string): string {
  const units = spokenUnits(text);
  const unit = mainUnit(units);
  return `${units[unit]} ${unitName(unit)}`;
}

/** How much of the text's main unit fits in `seconds` at `wpm`: "150 words", "250 characters". */
export function spokenLimit(text: string, seconds: number, wpm: number): string {
  const unit = mainUnit(spokenUnits(text));
  const perMinute = unit === "words" ? wpm : (speakingRates[unit].perMinute * wpm) / basePace;
  return `${Math.floor((seconds * perMinute) / 60)} ${unitName(unit)}`;
}
