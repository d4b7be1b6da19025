import {
  assertItemFits,
  type Db,
  deleteItem,
  getItem,
  listPage,
  type Page,
  putNew,
  putVersion,
  queryAll,
  staleVersion,
} from "../db/index.ts";
import { type FieldError, invalid, notFound } from "../error/index.ts";
import { firstVersion, nextVersion, parseWith, unstamp } from "../util/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { Content, CreateInput, type Info, ListQuery, PatchInput } from "./schema.ts";

export * from "./schema.ts";

export const skPrefix = "TARGET#";
const sk = (id: string) => `${skPrefix}${id}`;

/**
 * A target must name value sets the owner can read, each once: a typo would otherwise tailor
 * silently against nothing.
 */
async function assertValueSets(db: Db, owner: string, ids: string[]): Promise<void> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) errors.push({ path: `valueSetIds.${index}`, message: `Duplicate "${id}"` });
    seen.add(id);
  });
  const found = new Set((await ValueSet.getMany(db, owner, [...seen])).map((set) => set.id));
  ids.forEach((id, index) => {
    if (!found.has(id)) {
      errors.push({ path: `valueSetIds.${index}`, message: `No value set "${id}"` });
    }
  });
  if (errors.length > 0) throw invalid("The target names value sets it cannot use.", errors);
}

export async function create(db: Db, owner: string, input: unknown): Promise<Info> {
  const data = parseWith(CreateInput, input);
  await assertValueSets(db, owner, data.valueSetIds);
  const target: Info = firstVersion("target", data);
  assertItemFits(target, "The target");
  await putNew(db, owner, sk(target.id), target);
  return target;
}

export async function get(db: Db, owner: string, id: string): Promise<Info> {
  const target = await getItem<Info>(db, owner, sk(id));
  if (!target) throw notFound("Target");
  return target;
}

/** Replaces the named fields only if the target is still at the version the caller read. */
export async function update(db: Db, owner: string, id: string, input: unknown): Promise<Info> {
  const { version, ...change } = parseWith(PatchInput, input);
  const current = await get(db, owner, id);
  if (current.version !== version) throw staleVersion("Target", current.version, version);
  if (change.valueSetIds) await assertValueSets(db, owner, change.valueSetIds);
  const { stamp, content } = unstamp(current);
  const next: Info = nextVersion(stamp, parseWith(Content, { ...content, ...change }));
  assertItemFits(next, "The target");
  await putVersion(db, owner, sk(id), next, version, "Target");
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
