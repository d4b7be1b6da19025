/** Figures in text: what a skeptic could check ("83%", "$1.1M", "nine days", "1 in 40,000"). */

export const numberWords =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
  "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty " +
  "ninety hundred hundreds thousand thousands million millions billion half twice double " +
  "doubled triple tripled quadrupled dozen dozens quarter percent";

const figureRe = new RegExp(
  `\\d|[$€£¥%]|(?<![\\p{L}])(?:${numberWords.split(" ").join("|")})(?![\\p{L}])`,
  "giu",
);

/** Every figure mark in the text: each digit, currency sign, percent sign and number word. */
export const figureMarks = (text: string): string[] => text.match(figureRe) ?? [];

const wordValues: Record<string, string> = {
  zero: "0",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  thirteen: "13",
  fourteen: "14",
  fifteen: "15",
  sixteen: "16",
  seventeen: "17",
  eighteen: "18",
  nineteen: "19",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  seventy: "70",
  eighty: "80",
  ninety: "90",
};

const amountRe = new RegExp(
  `(?<![\\p{L}\\d.,])([$€£¥~]?\\d[\\d,.]*\\d|[$€£¥~]?\\d)(\\s?(?:%|[kmb]n?\\b|[KMB]\\b))?|(?<![\\p{L}])(${numberWords
    .split(" ")
    .filter((word) => !["one", "double", "triple"].includes(word))
    .join("|")})(?![\\p{L}])`,
  "giu",
);

/** The word right after a figure, read in place (sticky) rather than from a copy of the rest. */
const nextWord = /\s+(\p{L}+)/uy;

/** Words that do not name what a figure counts ("1 in 250", "nine of them"). */
const notUnits = new Set(
  "a an the of to in and or by for at on per from with than that it its was were is".split(" "),
);

/**
 * The amounts a text states, normalized and with what they count when a bare number is followed
 * by a word ("nine days" → "9 day", "$1.1M", "83%", "40,000" → "40000"), each once. Years
 * ("2024") are left out. "One" is
 * left out, as are "double" and "triple": they are more often words ("one dashboard",
 * "double-entry") than figures.
 */
export function amounts(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(amountRe)) {
    const [whole, digits, suffix, word] = match;
    // A year ("spring 2024") dates the story; it is not a figure of it.
    if (digits && !suffix && /^(?:19|20)\d\d$/u.test(digits)) continue;
    let amount = word
      ? (wordValues[word.toLowerCase()] ?? word.toLowerCase())
      : `${(digits ?? "").replace(/[,~]/g, "")}${(suffix ?? "").replace(/\s/g, "").toLowerCase()}`;
    if (!suffix && !/[$€£¥]/u.test(amount)) {
      nextWord.lastIndex = (match.index ?? 0) + whole.length;
      const unit = nextWord.exec(text)?.[1]?.toLowerCase().replace(/s$/u, "");
      if (unit && unit.length > 1 && !notUnits.has(unit)) amount = `${amount} ${unit}`;
    }
    found.add(amount);
  }
  return [...found];
}
