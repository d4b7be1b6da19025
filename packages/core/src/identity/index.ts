/**
 * When two names the user typed name the same thing: story titles, company names, value names.
 * Every module that compares such names asks here, so the story check, the cheat sheet, the
 * importer and the JSON bank restore agree.
 *
 * - A **title** (a story's, a value set's name, a target's role) is the same text once Unicode
 *   form, case, quote style and spacing are set aside: "Cut P95 “latency”" = "cut p95 "latency"".
 *   Importing a document again updates the stories of the same title; restoring a JSON bank
 *   matches value sets by company and name, and targets by company, role and date, as titles
 *   (so a target for "Amazon" and one for "Amazon Web Services" stay two targets).
 * - A **company** is the same company when its words, punctuation aside, are the other's words or
 *   their beginning: "Amazon" = "amazon.com" = "Amazon Web Services" = "Stripe, Inc." ~ "Stripe";
 *   "Amazon" ≠ "Amazonas Bank" (whole words only); accents aside ("Nestle" = "Nestlé"). A target for a company takes the connections
 *   written for its divisions, and a target for a division those written for the company.
 * - A **value name** is the same value once case, punctuation and hyphens are set aside
 *   ("customer-obsession" = "Customer Obsession"), and a value answers to its name, each of its
 *   aliases ("Candor" for Netflix's Communication) and its key.
 */

/** The comparison form of a title: NFKC, lower case, one quote style, single spaces. */
export const titleKey = (title: string): string =>
  title
    .normalize("NFKC")
    .toLocaleLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

/** Whether two titles are the same title (see `titleKey`). */
export const sameTitle = (a: string, b: string): boolean => titleKey(a) === titleKey(b);

/** A company name's words: its title form with punctuation taken for spaces. */
export const companyWords = (name: string): string[] =>
  titleKey(name)
    .replace(/'/g, "")
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== "");

let sameLetters: Intl.Collator | undefined;
/**
 * Words compare by their letters: accents and case aside ("Nestle" = "Nestlé"). The collator is
 * made on first use, so that loading this module loads no ICU data.
 */
const sameWord = (a: string, b: string) =>
  (sameLetters ??= new Intl.Collator("und", { sensitivity: "base" })).compare(a, b) === 0;

/**
 * Whether two company names name the same company: the words of one are the other's words or
 * their first words ("Amazon" and "Amazon Web Services"). A blank name is no company.
 */
export function sameCompany(a: string, b: string): boolean {
  const [x, y] = [companyWords(a), companyWords(b)];
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((word, index) => sameWord(word, long[index]!));
}

/** The comparison form of a value name: lower case, one apostrophe, punctuation as spaces. */
export const valueNameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();

/** Whether two value names are the same words ("customer-obsession" and "Customer Obsession"). */
export const sameValueName = (a: string, b: string): boolean =>
  valueNameKey(a).replace(/[-\s]+/g, " ") === valueNameKey(b).replace(/[-\s]+/g, " ");

/** A value name as a key slug: "Customer Obsession" → "customer-obsession". */
export const valueSlug = (name: string): string =>
  valueNameKey(name).replace(/'/g, "").replace(/\s+/g, "-");

/** What a value answers to: its key, its name and its aliases. */
export interface NamedValue {
  key: string;
  name: string;
  aliases?: string[] | undefined;
}

/** Each list's keys by name and alias, built once per list. */
const indexes = new WeakMap<readonly NamedValue[], Map<string, string>>();

function indexOf(values: readonly NamedValue[]): Map<string, string> {
  let index = indexes.get(values);
  if (!index) {
    index = new Map();
    for (const value of values) {
      for (const alias of value.aliases ?? []) index.set(valueNameKey(alias), value.key);
    }
    // A name wins over another value's alias; the first value with a name wins a shared name.
    for (const value of [...values].reverse()) index.set(valueNameKey(value.name), value.key);
    indexes.set(values, index);
  }
  return index;
}

/**
 * The key of the value among `values` that `name` names: by name, else by alias (both compared
 * by `valueNameKey`), else by key slug; undefined when none does. Lists are indexed once each, so
 * pass the same array (a value set's `values`) to look up many names.
 */
export function valueKeyOf(values: readonly NamedValue[], name: string): string | undefined {
  const byName = indexOf(values).get(valueNameKey(name));
  if (byName) return byName;
  const slug = valueSlug(name);
  return values.find((value) => value.key === slug)?.key;
}
