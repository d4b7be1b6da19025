/**
 * Matches the value names a document lists ("Stripe Values: Users first, Resilient") to the keys
 * of a value set of that company, by name, by one of the value's aliases (case-insensitively) or
 * by key.
 */

export interface ValueSetRef {
  id: string;
  company: string;
  values: { key: string; name: string; aliases?: string[] }[];
}

export interface ValueLink {
  valueSetId: string;
  valueKey: string;
}

const normalName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();

/** Whether two value names are the same words ("customer-obsession" and "Customer Obsession"). */
export const sameName = (a: string, b: string): boolean =>
  normalName(a).replace(/[-\s]+/g, " ") === normalName(b).replace(/[-\s]+/g, " ");

const slug = (name: string) => normalName(name).replace(/'/g, "").replace(/\s+/g, "-");

/** Each set's keys by normal name, alias and key slug, built once per set. */
const indexes = new WeakMap<ValueSetRef, Map<string, string>>();

function indexOf(set: ValueSetRef): Map<string, string> {
  let index = indexes.get(set);
  if (!index) {
    index = new Map();
    for (const value of set.values) {
      for (const alias of [...(value.aliases ?? [])].reverse())
        index.set(normalName(alias), value.key);
      index.set(normalName(value.name), value.key);
    }
    // The first value with a name wins a shared name; a key is matched by its slug.
    for (const value of [...set.values].reverse()) index.set(normalName(value.name), value.key);
    indexes.set(set, index);
  }
  return index;
}

function keyIn(set: ValueSetRef, name: string): string | undefined {
  const byName = indexOf(set).get(normalName(name));
  if (byName) return byName;
  const asSlug = slug(name);
  return set.values.find((v) => v.key === asSlug)?.key;
}

/**
 * The links for `names` in the sets of `company` (all sets when it is blank, or the one set
 * `setId` names). The set that knows the most of the names wins; names it lacks are looked up
 * in the others. Names no set knows come back in `unknown`.
 */
export function resolveValues(
  sets: ValueSetRef[],
  company: string,
  names: string[],
  setId?: string,
): { links: ValueLink[]; unknown: string[] } {
  const wanted = company.trim().toLowerCase();
  const candidates = setId
    ? sets.filter((set) => set.id === setId)
    : sets.filter((set) => wanted === "" || set.company.trim().toLowerCase() === wanted);
  const ranked = candidates
    .map((set, order) => ({ set, order, known: names.filter((n) => keyIn(set, n)).length }))
    .sort((a, b) => b.known - a.known || a.order - b.order)
    .map(({ set }) => set);
  const links: ValueLink[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const set = ranked.find((s) => keyIn(s, name));
    const key = set && keyIn(set, name);
    if (set && key) links.push({ valueSetId: set.id, valueKey: key });
    else unknown.push(name);
  }
  return { links, unknown };
}

/** The names of linked values, for writing a story back out ("Users first, Resilient"). */
export function nameOf(sets: ValueSetRef[], link: ValueLink): string | undefined {
  return sets.find((set) => set.id === link.valueSetId)?.values.find((v) => v.key === link.valueKey)
    ?.name;
}
