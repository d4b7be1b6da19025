import {
  assertItemFits,
  type Db,
  deleteItem,
  listPage,
  type Page,
  putNew,
  putVersion,
  queryAll,
  staleVersion,
} from "../db/index.ts";
import { conflict, type FieldError, invalid } from "../error/index.ts";
import { firstVersion, parseWith } from "../util/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { Content, CreateInput, type Info, ListQuery, PatchInput } from "./schema.ts";

export * from "./schema.ts";

import { sk, skPrefix } from "./keys.ts";
import { versioned } from "../db/versioned.ts";

export { skPrefix };

/**
 * A target must name value sets the owner can read, each once: a typo would otherwise tailor
 * silently against nothing.
 */
async function assertValueSets(
  db: Db,
  owner: string,
  ids: string[],
  toCheck: string[] = ids,
): Promise<void> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) errors.push({ path: `valueSetIds.${index}`, message: `Duplicate "${id}"` });
    seen.add(id);
  });
  const wanted = new Set(toCheck);
  const found = new Set((await ValueSet.getMany(db, owner, [...wanted])).map((set) => set.id));
  ids.forEach((id, index) => {
    if (wanted.has(id) && !found.has(id)) {
      errors.push({ path: `valueSetIds.${index}`, message: `No value set "${id}"` });
    }
  });
  if (errors.length > 0) throw invalid("The target names value sets it cannot use.", errors);
}

/**
 * After a write that newly names `ids`: fails with a conflict when one of them was deleted in the
 * meantime (a value set's delete checks its targets after marking the set, so one of the two
 * always sees the other). Built-ins are never deleted.
 */
async function stillThere(db: Db, owner: string, ids: string[]): Promise<string | undefined> {
  const own = ids.filter((id) => !ValueSet.builtIns.some((set) => set.id === id));
  if (own.length === 0) return undefined;
  const found = new Set((await ValueSet.getMany(db, owner, own)).map((set) => set.id));
  return own.find((id) => !found.has(id));
}

const setGone = (id: string) =>
  conflict(`Value set "${id}" was deleted while the target was written; nothing was changed.`);

export async function create(db: Db, owner: string, input: unknown): Promise<Info> {
  const data = parseWith(CreateInput, input);
  await assertValueSets(db, owner, data.valueSetIds);
  const target: Info = firstVersion("target", data);
  assertItemFits(target, "The target");
  await putNew(db, owner, sk(target.id), target);
  const gone = await stillThere(db, owner, data.valueSetIds);
  if (gone) {
    await deleteItem(db, owner, sk(target.id), "Target");
    throw setGone(gone);
  }
  return target;
}

/** Targets as versioned items: read, version check, next version, conditional put. */
const entity = versioned<Info>({
  what: "Target",
  sk,
  assertFits: (target) => assertItemFits(target, "The target"),
});

export function get(db: Db, owner: string, id: string): Promise<Info> {
  return entity.get(db, owner, id);
}

/** Replaces the named fields only if the target is still at the version the caller read. */
export async function update(db: Db, owner: string, id: string, input: unknown): Promise<Info> {
  const { version, ...change } = parseWith(PatchInput, input);
  const current = await get(db, owner, id);
  if (current.version !== version) throw staleVersion("Target", current.version, version);
  // Only the ids this change adds are checked: sending the target's own list back always works.
  const added = (change.valueSetIds ?? []).filter((v) => !current.valueSetIds.includes(v));
  if (change.valueSetIds) await assertValueSets(db, owner, change.valueSetIds, added);
  const next = await entity.write(db, owner, current, (content) =>
    parseWith(Content, { ...content, ...change }),
  );
  const gone = await stillThere(db, owner, added);
  if (gone) {
    await putVersion(db, owner, sk(id), current, next.version, "Target");
    throw setGone(gone);
  }
  return next;
}

export async function remove(db: Db, owner: string, id: string): Promise<void> {
  await deleteItem(db, owner, sk(id), "Target");
}

/** Every target of the owner's, oldest first. */
export function all(db: Db, owner: string): Promise<Info[]> {
  return queryAll<Info>(db, owner, skPrefix);
}

/** One page of the owner's targets, oldest first. */
export async function list(db: Db, owner: string, query: unknown): Promise<Page<Info>> {
  const { limit, cursor } = parseWith(ListQuery, query);
  return listPage<Info>(db, owner, skPrefix, { limit, cursor });
}
