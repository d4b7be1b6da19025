import {
  assertItemFits,
  type Db,
  deleteWithChildren,
  listPage,
  maxPageBytes,
  pageItemBytes,
  queryAll,
  type Page,
  putNew,
} from "../db/index.ts";
import * as Keys from "../db/keys.ts";
import { versioned } from "../db/versioned.ts";
import { AppError, invalid, notFound } from "../error/index.ts";
import { skPrefix as targetPrefix } from "../target/keys.ts";
import { firstVersion, parseWith } from "../util/index.ts";
import { builtIns } from "./builtins/index.ts";
import { Content, CreateInput, type Info, ListQuery, PatchInput } from "./schema.ts";

export * from "./schema.ts";
export { ImportPlan, readValueSet, slug } from "./read.ts";
export { importValueSet, type ValueSetImportRequest } from "./import.ts";
export { builtIns };

export const skPrefix = Keys.valueSet.prefix;
const sk = Keys.valueSet.sk;

const builtInById = new Map(builtIns.map((set) => [set.id, set]));

const readOnly = () =>
  new AppError(
    "forbidden",
    "built_in_read_only",
    "Built-in value sets are read-only; create your own instead.",
  );

/** A stored value set in today's shape: values written before aliases existed get none. */
const current = (set: Info): Info =>
  set.values.every((value) => value.aliases)
    ? set
    : { ...set, values: set.values.map((value) => ({ ...value, aliases: value.aliases ?? [] })) };

/** The owner's own value sets as versioned items: read, version check, next version, put. */
const entity = versioned<Info>({
  what: "Value set",
  sk,
  upgrade: current,
  assertFits: (set) => assertItemFits(set, "The value set"),
});

/** Every value set of the owner's own (no built-ins), oldest first. */
export async function own(db: Db, owner: string): Promise<Info[]> {
  return (await queryAll<Info>(db, owner, skPrefix)).map(current);
}

/** A built-in value set or one of the owner's own. */
export async function get(db: Db, owner: string, id: string): Promise<Info> {
  const builtIn = builtInById.get(id);
  if (builtIn) return builtIn;
  if (!id.startsWith("vst_")) throw notFound("Value set");
  return entity.get(db, owner, id);
}

/** Several value sets at once; missing ids are left out. */
export async function getMany(db: Db, owner: string, ids: string[]): Promise<Info[]> {
  const found = await Promise.all(
    ids.map((id) =>
      get(db, owner, id).catch((error: unknown) => {
        if (error instanceof AppError && error.kind === "not_found") return undefined;
        throw error;
      }),
    ),
  );
  return found.filter((set): set is Info => set !== undefined);
}

export async function create(db: Db, owner: string, input: unknown): Promise<Info> {
  const data = parseWith(CreateInput, input);
  const set: Info = firstVersion("valueSet", { ...data, builtIn: false });
  assertItemFits(set, "The value set");
  await putNew(db, owner, sk(set.id), set);
  return set;
}

export async function update(db: Db, owner: string, id: string, input: unknown): Promise<Info> {
  if (builtInById.has(id)) throw readOnly();
  const { version, ...change } = parseWith(PatchInput, input);
  return entity.update(db, owner, id, version, ({ builtIn: _builtIn, ...content }) => ({
    ...parseWith(Content, { ...content, ...change }),
    builtIn: false,
  }));
}

/** What a value set's delete needs to know of a target. */
interface TargetRef {
  id: string;
  company: string;
  role: string;
  valueSetIds: string[];
}

/**
 * Deletes one of the owner's value sets. A set that a target names is not deleted: the delete
 * fails with a conflict (409) naming each target (in `errors[]`, one per target, path `id`), so
 * no target is left tailoring against a set that is gone. Remove the set from those targets'
 * `valueSetIds` (or delete them) first. The check runs again once the set is marked deleted, so
 * a target written at the same moment cannot slip through (see `deleteWithChildren`).
 */
export async function remove(db: Db, owner: string, id: string): Promise<void> {
  if (builtInById.has(id)) throw readOnly();
  const set = await get(db, owner, id);
  const assertUnused = async () => {
    const users = (await queryAll<TargetRef>(db, owner, targetPrefix)).filter((target) =>
      target.valueSetIds.includes(id),
    );
    if (users.length === 0) return;
    const names = users.map((t) => (t.role ? `${t.company} (${t.role})` : t.company));
    throw new AppError(
      "conflict",
      "value_set_in_use",
      `Value set "${set.name}" is used by ${users.length === 1 ? "a target" : `${users.length} targets`}: ${names.join(", ")}. Remove it from their valueSetIds first.`,
      users.map((t, index) => ({
        path: "id",
        message: `Used by target ${t.id} (${names[index]})`,
      })),
    );
  };
  await assertUnused();
  await deleteWithChildren(db, owner, sk(id), "", "Value set", assertUnused);
}

/**
 * Built-ins first, then the owner's own, oldest first: at most `limit` sets and at most
 * `maxPageBytes` (1,000,000) bytes of them, counted across both. The cursor says which of the
 * two the next page starts in.
 */
export async function list(db: Db, owner: string, query: unknown): Promise<Page<Info>> {
  const { limit, cursor } = parseWith(ListQuery, query);
  let builtInStart = 0;
  let ownCursor: string | undefined;
  if (cursor?.startsWith("b.")) {
    builtInStart = Number.parseInt(cursor.slice(2), 10);
    if (!Number.isSafeInteger(builtInStart) || builtInStart < 0 || builtInStart > builtIns.length) {
      throw invalid("The cursor is not valid for this list.", [
        { path: "cursor", message: "Invalid cursor" },
      ]);
    }
  } else if (cursor?.startsWith("o.")) {
    builtInStart = builtIns.length;
    ownCursor = cursor.slice(2);
  } else if (cursor !== undefined) {
    throw invalid("The cursor is not valid for this list.", [
      { path: "cursor", message: "Invalid cursor" },
    ]);
  }
  // Built-ins while they fit the page's count and bytes (see `maxPageBytes`), then own sets.
  const fromBuiltIns: Info[] = [];
  let spentBytes = 0;
  for (const set of builtIns.slice(builtInStart, builtInStart + limit)) {
    const size = pageItemBytes(set);
    if (fromBuiltIns.length > 0 && spentBytes + size > maxPageBytes) break;
    fromBuiltIns.push(set);
    spentBytes += size;
  }
  const builtInEnd = builtInStart + fromBuiltIns.length;
  if (builtInEnd < builtIns.length) {
    return { items: fromBuiltIns, nextCursor: `b.${builtInEnd}` };
  }
  if (fromBuiltIns.length === limit) {
    // The page is full of built-ins; the own sets start the next one, if there are any.
    const first = await listPage<Info>(db, owner, skPrefix, { limit: 1, cursor: ownCursor });
    return { items: fromBuiltIns, nextCursor: first.items.length > 0 ? "o." : null };
  }
  // Own sets fill the rest; if the first does not fit beside the built-ins, the page ends here
  // and the next one starts with it.
  const stored = await listPage<Info>(db, owner, skPrefix, {
    limit: limit - fromBuiltIns.length,
    cursor: ownCursor,
    upgrade: current,
    spentBytes,
  });
  return {
    items: [...fromBuiltIns, ...stored.items],
    nextCursor: stored.nextCursor ? `o.${stored.nextCursor}` : null,
  };
}
