/**
 * Inflectional stemming: the steps of the Porter stemmer (M.F. Porter, "An algorithm for suffix
 * stripping", 1980) that remove plurals, -ed, -ing, a final -y and a final -e, so "learned",
 * "learning" and "learns" meet, and "reduce", "reduced" and "reduces". Porter's derivational
 * steps (2–4) are left out on purpose: they conflate words a value must keep apart
 * ("responsibility" and "response", "community" and "communicated"). Expects one lower-case
 * word of ASCII letters; anything else is returned unchanged.
 */

const c = "[^aeiou]";
const v = "[aeiouy]";
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;

/** m > 0, m = 1, m > 1, a vowel in the stem, and m = 1 ending consonant-vowel-consonant. */
const measureAbove0 = new RegExp(`^(${C})?${V}${C}`);
const measureIs1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const measureAbove1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const hasVowel = new RegExp(`^(${C})?${v}`);
const endsCvc = new RegExp(`^${C}${v}[^aeiouwxy]$`);

export function stem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  // A leading y is a consonant; upper case keeps the vowel patterns from reading it as one.
  let w = word[0] === "y" ? `Y${word.slice(1)}` : word;

  // Step 1a: plurals.
  if (/(ss|i)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);

  // Step 1b: -eed, -ed, -ing.
  if (w.endsWith("eed")) {
    if (measureAbove0.test(w.slice(0, -3))) w = w.slice(0, -1);
  } else {
    const match = /^(.+?)(ed|ing)$/.exec(w);
    if (match?.[1] && hasVowel.test(match[1])) {
      w = match[1];
      if (/(at|bl|iz)$/.test(w)) w += "e";
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (endsCvc.test(w)) w += "e";
    }
  }

  // Step 1c: y → i after a vowel-bearing stem.
  if (w.endsWith("y") && hasVowel.test(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;

  // Step 5: a final -e, and -ll.
  const e = /^(.+?)e$/.exec(w);
  if (e?.[1] && (measureAbove1.test(e[1]) || (measureIs1.test(e[1]) && !endsCvc.test(e[1])))) {
    w = e[1];
  }
  if (w.endsWith("ll") && measureAbove1.test(w)) w = w.slice(0, -1);

  return w[0] === "Y" ? `y${w.slice(1)}` : w;
}
