import type { Db } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import * as Story from "@storybank/core/story";
import { idPrefixes } from "@storybank/core/util";
import * as ValueSet from "@storybank/core/valueset";
import DataLoader from "dataloader";

/**
 * Per-request loaders for the relations GraphQL resolves (a link's value set, a told story, a
 * match's story): every id asked for while one level of a query resolves is read in one go, so a
 * page of 50 stories costs the same number of reads as a page of 1. Built per request and per
 * owner, so nothing is shared between callers.
 */
export interface Loaders {
  story: DataLoader<string, Story.Info | null>;
  valueSet: DataLoader<string, ValueSet.Info | null>;
}

export function createLoaders(db: Db, owner: string): Loaders {
  return {
    story: new DataLoader((ids) => loadStories(db, owner, ids)),
    valueSet: new DataLoader((ids) => loadValueSets(db, owner, ids)),
  };
}

const orNull = <T>(read: Promise<T>) =>
  read.catch((error: unknown) => {
    if (error instanceof AppError && error.kind === "not_found") return null;
    throw error;
  });

/** One id: one GetItem. More: one Query over the owner's stories (a bank is tens of stories). */
async function loadStories(db: Db, owner: string, ids: readonly string[]) {
  if (ids.length === 1) return [await orNull(Story.get(db, owner, ids[0]!))];
  const byId = new Map((await Story.all(db, owner)).map((story) => [story.id, story]));
  return ids.map((id) => byId.get(id) ?? null);
}

const builtIns = new Map(ValueSet.builtIns.map((set) => [set.id, set]));
const pageLimit = 100;

/**
 * Built-ins come from memory; one own set is one GetItem; several are read by paging the owner's
 * value sets (one Query per hundred) until all are found.
 */
async function loadValueSets(db: Db, owner: string, ids: readonly string[]) {
  // Only ids of the owner's own kind can be found in the table.
  const own = ids.filter((id) => id.startsWith(`${idPrefixes.valueSet}_`));
  const found = new Map<string, ValueSet.Info>();
  if (own.length === 1) {
    const one = await orNull(ValueSet.get(db, owner, own[0]!));
    if (one) found.set(one.id, one);
  } else if (own.length > 1) {
    const wanted = new Set(own);
    let cursor: string | undefined;
    do {
      const page = await ValueSet.list(db, owner, { limit: pageLimit, cursor });
      for (const set of page.items) if (wanted.delete(set.id)) found.set(set.id, set);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && wanted.size > 0);
  }
  return ids.map((id) => builtIns.get(id) ?? found.get(id) ?? null);
}
