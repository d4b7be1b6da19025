import { notFound } from "../error/index.ts";
import { nextVersion, type Stamp, unstamp } from "../util/index.ts";
import type { Db } from "./client.ts";
import { getItem, putVersion, staleVersion } from "./items.ts";

/** An entity's content: everything but the server's stamp (id, version, times). */
export type ContentOf<T extends Stamp> = Omit<T, keyof Stamp>;

export interface VersionedSpec<T extends Stamp> {
  /** The entity's name in errors: "Story" → "Story not found", "Story is at version 3, not 2". */
  what: string;
  /** Its sort key by id (from `keys.ts`). */
  sk: (id: string) => string;
  /** A stored item in today's shape, for fields added since it was written. */
  upgrade?: (stored: T) => T;
  /** Fails (413) when a version would not fit in one item. */
  assertFits: (entity: T) => void;
}

export interface VersionedEntity<T extends Stamp> {
  /** The owner's entity by id; `not_found` (404) when there is none, or it is being deleted. */
  get(db: Db, owner: string, id: string): Promise<T>;
  /**
   * Writes the next version of `current` (as read) with `change` applied to its content; lands
   * only if nobody wrote in between, else `conflict` (409).
   */
  write(db: Db, owner: string, current: T, change: (content: ContentOf<T>) => object): Promise<T>;
  /**
   * The sequence every PATCH repeats: read, refuse a `version` that is not the stored one
   * (409), write the next version as `write` does. Answers the new version.
   */
  update(
    db: Db,
    owner: string,
    id: string,
    version: number,
    change: (content: ContentOf<T>) => object,
  ): Promise<T>;
}

/**
 * The read / not-found / version check / next version / conditional put sequence that stories,
 * targets and value sets share, for an entity stored as one item in its owner's partition.
 * `change` gets the content without the stamp and answers the new content, validated.
 */
export function versioned<T extends Stamp>({
  what,
  sk,
  upgrade = (stored) => stored,
  assertFits,
}: VersionedSpec<T>): VersionedEntity<T> {
  const get = async (db: Db, owner: string, id: string) => {
    const stored = await getItem<T>(db, owner, sk(id));
    if (!stored) throw notFound(what);
    return upgrade(stored);
  };
  const write = async (
    db: Db,
    owner: string,
    current: T,
    change: (content: ContentOf<T>) => object,
  ) => {
    const { stamp, content } = unstamp(current);
    const next = nextVersion(stamp, change(content as ContentOf<T>)) as unknown as T;
    assertFits(next);
    await putVersion(db, owner, sk(stamp.id), next, stamp.version, what);
    return next;
  };
  return {
    get,
    write,
    async update(db, owner, id, version, change) {
      const current = await get(db, owner, id);
      if (current.version !== version) throw staleVersion(what, current.version, version);
      return write(db, owner, current, change);
    },
  };
}
