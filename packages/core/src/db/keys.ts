/**
 * The storage model in one place: every kind of item in the one table, the keys it is stored
 * under and every way it is read. The modules that store items build their keys here, so this map
 * is the truth rather than a description of it.
 *
 * The table (see `table.ts`): `pk`/`sk`, and one index `gsi1` (`gsi1pk`/`gsi1sk`). Every item
 * lives in its owner's partition, `pk = USER#<owner>`; `sk` names what it is. Entities are stored
 * as `{ pk, sk, data, ...index keys }`, where `data` is the entity exactly as the API shows it
 * (see `items.ts`). Every read is a GetItem or a Query on one owner's partition, except the two
 * gsi1 look-ups named below; nothing scans.
 *
 * | Item | pk | sk | gsi1pk / gsi1sk | TTL |
 * | --- | --- | --- | --- | --- |
 * | Story | `USER#<owner>` | `STORY#<storyId>` | | |
 * | Practice entry | `USER#<owner>` | `PRACTICE#<storyId>#<entryId>` | | |
 * | Value set (own) | `USER#<owner>` | `VALUESET#<valueSetId>` | | |
 * | Target | `USER#<owner>` | `TARGET#<targetId>` | | |
 * | API key | `USER#<owner>` | `APIKEY#<keyId>` | `KEYHASH#<sha256 of the key>` / `KEY` | |
 * | Budget counter | `USER#<owner>` | `RATE#<budget>#<window start>` | | `expiresAt` |
 * | Idempotency record | `USER#<owner>` | `IDEMPOTENCY#<sha256 of the key>` | | `expiresAt` |
 * | Import batch header | `USER#<owner>` | `BATCH#<batchId>` | `BATCH#PENDING` / `<len>:<owner>#<id>` while unfinished | |
 * | Import batch page | `USER#<owner>` | `BATCH#<batchId>#<00000>` | | |
 *
 * Built-in value sets are not stored: they ship with the code (`valueset/builtins`).
 */

/** The owner's partition: every item of theirs, and nothing of anyone else's. */
export const ownerPk = (owner: string) => `USER#${owner}`;

/** One kind of item: its sort-key prefix, how its sort key is built, and how it is read. */
interface ItemKeys<Args extends unknown[]> {
  /** Every item of this kind in an owner's partition starts its `sk` with this. */
  readonly prefix: string;
  /** The item's full sort key. */
  readonly sk: (...args: Args) => string;
  /** The reads that find it: what each answers, and the operation that answers it. */
  readonly patterns: readonly string[];
}

const kind = <Args extends unknown[]>(keys: ItemKeys<Args>) => keys;

export const story = kind({
  prefix: "STORY#",
  sk: (id: string) => `STORY#${id}`,
  patterns: [
    "story by id: GetItem pk, sk",
    "an owner's stories, oldest first, a page at a time: Query pk, begins_with(sk, STORY#)",
    "every story of an owner (tailoring, export): the same Query, every page",
  ],
});

export const practice = kind({
  prefix: "PRACTICE#",
  sk: (storyId: string, id: string) => `PRACTICE#${storyId}#${id}`,
  patterns: [
    "a story's practice log, oldest first: Query pk, begins_with(sk, PRACTICE#<storyId>#)",
    "deleted with its story, as the story's children (the same prefix)",
  ],
});

/** The sort-key prefix of one story's practice log: its entries, and nothing of another story. */
export const practiceOf = (storyId: string) => `${practice.prefix}${storyId}#`;

export const valueSet = kind({
  prefix: "VALUESET#",
  sk: (id: string) => `VALUESET#${id}`,
  patterns: [
    "own value set by id: GetItem pk, sk",
    "an owner's own value sets, oldest first: Query pk, begins_with(sk, VALUESET#)",
  ],
});

export const target = kind({
  prefix: "TARGET#",
  sk: (id: string) => `TARGET#${id}`,
  patterns: [
    "target by id: GetItem pk, sk",
    "an owner's targets, oldest first: Query pk, begins_with(sk, TARGET#)",
  ],
});

export const apiKey = kind({
  prefix: "APIKEY#",
  sk: (id: string) => `APIKEY#${id}`,
  patterns: [
    "an owner's keys: Query pk, begins_with(sk, APIKEY#)",
    "key by the hash of a presented key: Query gsi1 gsi1pk = KEYHASH#<hash>, then a consistent GetItem pk, sk (a revoked key fails at once)",
  ],
});

/** gsi1 keys of an API key's item: found by the hash of the key, never by the key. */
export const apiKeyIndex = {
  gsi1pk: (hash: string) => `KEYHASH#${hash}`,
  gsi1sk: "KEY",
} as const;

export const budget = kind({
  prefix: "RATE#",
  sk: (budget: string, windowStart: number) => `RATE#${budget}#${windowStart}`,
  patterns: [
    "the counter of one budget window: UpdateItem pk, sk (ADD hits), expiring through expiresAt",
  ],
});

export const idempotency = kind({
  prefix: "IDEMPOTENCY#",
  sk: (keyHash: string) => `IDEMPOTENCY#${keyHash}`,
  patterns: [
    "the record of an Idempotency-Key: conditional PutItem, then GetItem pk, sk; expires through expiresAt",
  ],
});

export const batch = kind({
  prefix: "BATCH#",
  sk: (id: string) => `BATCH#${id}`,
  patterns: [
    "a batch's header: GetItem pk, sk",
    "a batch's journal pages: Query pk, begins_with(sk, BATCH#<id>#)",
    "an owner's unfinished batches: Query pk, begins_with(sk, BATCH#)",
    "every unfinished batch at start, across owners: Query gsi1 gsi1pk = BATCH#PENDING",
  ],
});

/** A batch's journal page `n` (zero-padded, so pages sort in order). */
export const batchPage = (id: string, n: number) => `${batch.sk(id)}#${String(n).padStart(5, "0")}`;

/** gsi1pk of an unfinished batch's header, for the sweep at start. */
export const pendingBatches = "BATCH#PENDING";
