/**
 * Matches the value names a document lists ("Stripe Values: Users first, Resilient") to the keys
 * of a value set of that company, by name, by one of the value's aliases (case-insensitively) or
 * by key. Names and companies are compared by the identity rules (`../identity`).
 */

import { sameCompany, sameValueName, valueKeyOf } from "../identity/index.ts";

export interface ValueSetRef {
  id: string;
  company: string;
  values: { key: string; name: string; aliases?: string[] }[];
}

export interface ValueLink {
  valueSetId: string;
  valueKey: string;
}

/** Whether two value names are the same words (the identity rule for value names). */
export const sameName = sameValueName;

const keyIn = (set: ValueSetRef, name: string) => valueKeyOf(set.values, name);

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
  const candidates = setId
    ? sets.filter((set) => set.id === setId)
    : sets.filter((set) => company.trim() === "" || sameCompany(set.company, company));
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
