import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulidx";
import { conflict } from "../error/index.ts";
import type { Db } from "./client.ts";
import { maxItemBytes, ownerPk, pagesUnder, putNew, putVersion } from "./items.ts";
import { batch, batchPage, pendingBatches } from "./keys.ts";
import { eachLimited } from "./limited.ts";

/**
 * Many writes that land all together or not at all, across crashes, without transactions
 * (DynamoDB's cap at 100 items, and the local store has none).
 *
 * Before the first write, a header (`BATCH#<id>`, state "running", with a lease, listed in the
 * index) and then the undo of every write (the item's previous data, or "delete it" for a new
 * item) as journal pages (`BATCH#<id>#<n>`) are stored in the owner's partition. The writes
 * follow; one conditional update of the header to "committed" is the commit, after which the
 * journal is deleted. A header not committed whose lease ran out means a process died part-way
 * (a crash, a kill, a Lambda timeout): `recoverBatches` (run before each import of the owner's)
 * and `recoverAllBatches` (run when the local server starts, and available to a scheduled
 * sweep) apply the undo list and delete the journal, so the owner sees none of that batch; of a
 * committed one they only delete the journal.
 */

const prefix = batch.prefix;
const headerSk = batch.sk;
const pageSk = batchPage;
/** Headers of unfinished batches, across owners, for the sweep at start: gsi1pk of the header. */
const pendingIndexKey = pendingBatches;

/**
 * The attribute naming the batch that wrote an item: an undo touches only items that still carry
 * it, so a change made after the batch (which rewrites the item without it) is never undone.
 */
const writtenBy = "batch";

/** How long a batch may go without renewing its lease before a sweep may roll it back. */
export const leaseMs = 60_000;
const renewEveryMs = 10_000;

const ulid = monotonicFactory();

interface Versioned {
  version: number;
}

/** One write of a batch. */
export interface BatchWrite {
  /** The item's sort key in the owner's partition. */
  sk: string;
  /** The item's data after the write (`version` 1 for a new versioned item). */
  data: object;
  /** The data it replaces (an update, written only over that version); absent for a new item. */
  previous?: Versioned & object;
  /** What the item is, for a conflict's message ("Story"). */
  what: string;
}

/** How to undo one write: the version it wrote (null for unversioned items) and what was there. */
interface Undo {
  sk: string;
  wrote: number | null;
  previous: (Versioned & object) | null;
}

const isConditionFailure = (error: unknown) =>
  error instanceof Error && error.name === "ConditionalCheckFailedException";

const versionOf = (data: object): number | null =>
  typeof (data as { version?: unknown }).version === "number" ? (data as Versioned).version : null;

/** Packs undo entries into pages that each stay under the item limit. */
function pages(undos: Undo[]): Undo[][] {
  const result: Undo[][] = [];
  let page: Undo[] = [];
  let bytes = 0;
  for (const undo of undos) {
    const size = Buffer.byteLength(JSON.stringify(undo), "utf8");
    if (page.length > 0 && bytes + size > maxItemBytes) {
      result.push(page);
      page = [];
      bytes = 0;
    }
    page.push(undo);
    bytes += size;
  }
  if (page.length > 0) result.push(page);
  return result;
}

/**
 * Writes every item of `writes` for the owner, all or none (see above). New items are written
 * only where no item is; updates only over the version they replace, so a concurrent change
 * makes the whole batch fail with a conflict (409) and be undone. Any failure undoes the writes
 * that landed before the error is passed on.
 */
export async function writeAllOrNone(
  db: Db,
  owner: string,
  writes: BatchWrite[],
  { concurrency = 8 }: { concurrency?: number } = {},
): Promise<void> {
  if (writes.length === 0) return;
  const id = ulid().toLowerCase();
  const pk = ownerPk(owner);
  const undos: Undo[] = writes.map((w) => ({
    sk: w.sk,
    wrote: versionOf(w.data),
    previous: w.previous ?? null,
  }));
  const journal = pages(undos);
  const startedAt = Date.now();
  let leaseUntil = startedAt + leaseMs;
  // The header first: from here on a sweep can find the batch (through the index) and undo it.
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        pk,
        sk: headerSk(id),
        data: { id, pages: journal.length, startedAt },
        state: "running",
        leaseUntil,
        gsi1pk: pendingIndexKey,
        gsi1sk: `${owner.length}:${owner}#${id}`,
      },
    }),
  );
  // Then the undo list, all of it before the first write: pages missing after a crash belong to
  // writes that were never made.
  await eachLimited(
    journal.map((undo, n) => ({ undo, n })),
    ({ undo, n }) =>
      db.doc
        .send(
          new PutCommand({
            TableName: db.table,
            Item: { pk, sk: pageSk(id, n), data: { undo, startedAt } },
          }),
        )
        .then(() => undefined),
    concurrency,
  );
  let renewing: Promise<void> | undefined;
  const renew = async () => {
    leaseUntil = Date.now() + leaseMs;
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: { pk, sk: headerSk(id) },
          UpdateExpression: "SET leaseUntil = :until",
          ConditionExpression: "#state = :running",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ":until": leaseUntil, ":running": "running" },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw takenOver();
      throw error;
    }
  };
  let lastRenewed = Date.now();
  try {
    await eachLimited(
      writes,
      async (write) => {
        if (Date.now() - lastRenewed > renewEveryMs) {
          lastRenewed = Date.now();
          renewing = renew();
        }
        if (renewing) await renewing;
        if (write.previous) {
          await putVersion(
            db,
            owner,
            write.sk,
            write.data as Versioned,
            write.previous.version,
            write.what,
            { [writtenBy]: id },
          );
        } else {
          await putNew(db, owner, write.sk, write.data, { [writtenBy]: id });
        }
      },
      concurrency,
    );
    // The commit: from here on the batch stands, whatever happens next.
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk, sk: headerSk(id) },
        UpdateExpression: "SET #state = :committed",
        ConditionExpression: "#state = :running",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":running": "running", ":committed": "committed" },
      }),
    );
  } catch (error) {
    const commitLost = isConditionFailure(error);
    await rollBack(db, owner, id, { force: true }).catch((undoError: unknown) => {
      // The header stays, so the next sweep finishes the undo.
      console.error(
        JSON.stringify({ level: "error", msg: "batch undo failed", error: String(undoError) }),
      );
    });
    throw commitLost ? takenOver() : error;
  }
  // Tidying up; if it is cut short, a sweep finishes it (a committed batch is never undone).
  await forget(db, owner, id).catch(() => undefined);
}

/** Deletes a finished batch's journal: its pages, then its header. */
async function forget(db: Db, owner: string, id: string): Promise<void> {
  await deletePages(db, owner, id);
  await db.doc.send(
    new DeleteCommand({ TableName: db.table, Key: { pk: ownerPk(owner), sk: headerSk(id) } }),
  );
}

const takenOver = () =>
  conflict("The import took too long and was undone; nothing of it was kept. Send it again.");

/** Deletes a batch's journal pages. */
async function deletePages(db: Db, owner: string, id: string): Promise<void> {
  const keys = await pageKeys(db, owner, `${prefix}${id}#`);
  await eachLimited(keys, (sk) =>
    db.doc
      .send(new DeleteCommand({ TableName: db.table, Key: { pk: ownerPk(owner), sk } }))
      .then(() => undefined),
  );
}

async function pageKeys(db: Db, owner: string, under: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of pagesUnder(db, owner, under, "sk"))
    for (const item of page) keys.push(item.sk as string);
  return keys;
}

/**
 * Undoes a batch: claims its header (unless its lease is still running and `force` is off),
 * puts back each item it changed (only where the batch's version is still there: a later edit is
 * kept) and deletes each item it added, then removes the journal. Answers whether it rolled back.
 */
async function rollBack(
  db: Db,
  owner: string,
  id: string,
  { force }: { force: boolean },
): Promise<boolean> {
  const pk = ownerPk(owner);
  const now = Date.now();
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk, sk: headerSk(id) },
        UpdateExpression: "SET #state = :undoing, leaseUntil = :until",
        ConditionExpression: `#state <> :committed${force ? "" : " AND leaseUntil < :now"}`,
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: {
          ":undoing": "undoing",
          ":committed": "committed",
          ":until": now + leaseMs,
          ...(force ? {} : { ":now": now }),
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // Committed (only its journal is left to delete), gone, or still running within its lease.
    const { Items = [] } = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: "pk = :pk AND sk = :sk",
        ExpressionAttributeValues: { ":pk": pk, ":sk": headerSk(id) },
        ConsistentRead: true,
      }),
    );
    if (Items[0]?.state === "committed") await forget(db, owner, id);
    return false;
  }
  const undos: Undo[] = [];
  for await (const page of pagesUnder(db, owner, `${prefix}${id}#`))
    for (const item of page) undos.push(...(item.data as { undo: Undo[] }).undo);
  await eachLimited(undos, (undo) => undoOne(db, pk, id, undo));
  await forget(db, owner, id);
  return true;
}

/** Undoes one write if the item is still as the batch wrote it; anything else is left alone. */
async function undoOne(db: Db, pk: string, id: string, { sk, wrote, previous }: Undo) {
  const condition = {
    ConditionExpression: "#batch = :id AND attribute_not_exists(#removing)",
    ExpressionAttributeNames: { "#batch": writtenBy, "#removing": "removing" },
    ExpressionAttributeValues: { ":id": id },
  };
  try {
    if (previous) {
      // Put back what was there, as a newer version: a client holding the batch's version gets a
      // conflict rather than a silent overwrite.
      const restored = { ...previous, version: (wrote ?? previous.version) + 1 };
      await db.doc.send(
        new PutCommand({ TableName: db.table, Item: { pk, sk, data: restored }, ...condition }),
      );
    } else {
      await db.doc.send(new DeleteCommand({ TableName: db.table, Key: { pk, sk }, ...condition }));
    }
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * Rolls back the owner's batches whose process is gone (lease run out; every batch when `force`,
 * for a server that knows it is the only one on its store), deletes the journal of committed
 * ones (whatever their lease: a committed batch is never undone, and deleting its journal twice
 * is harmless) and deletes journal pages a batch left without a header. Answers how many
 * batches it rolled back.
 */
export async function recoverBatches(
  db: Db,
  owner: string,
  { force = false }: { force?: boolean } = {},
): Promise<number> {
  const Items: Record<string, unknown>[] = [];
  const projection = "sk, leaseUntil, #state, #data.startedAt";
  const names = { "#data": "data", "#state": "state" };
  for await (const page of pagesUnder(db, owner, prefix, projection, names)) Items.push(...page);
  if (Items.length === 0) return 0;
  const now = Date.now();
  const headers = new Set<string>();
  let rolledBack = 0;
  for (const item of Items) {
    const sk = item.sk as string;
    if (sk.indexOf("#", prefix.length) !== -1) continue;
    const id = sk.slice(prefix.length);
    headers.add(id);
    if (item.state === "committed") await forget(db, owner, id);
    else if (force || (item.leaseUntil as number) < now) {
      if (await rollBack(db, owner, id, { force })) rolledBack += 1;
    }
  }
  // Pages with no header: a batch that died before it started writing, or after its commit.
  for (const item of Items) {
    const sk = item.sk as string;
    const cut = sk.indexOf("#", prefix.length);
    if (cut === -1 || headers.has(sk.slice(prefix.length, cut))) continue;
    const startedAt = (item.data as { startedAt?: number } | undefined)?.startedAt ?? 0;
    if (force || startedAt + leaseMs < now) {
      await db.doc.send(
        new DeleteCommand({ TableName: db.table, Key: { pk: ownerPk(owner), sk } }),
      );
    }
  }
  return rolledBack;
}

/**
 * `recoverBatches` for every owner with an unfinished batch, found through the index (no scan),
 * and for each of `owners` besides. The local server runs it with `force` before it serves, as
 * the only process on its store, naming its own owner: the embedded store (dynalite) removes an
 * item's index entry and then the item in two steps, so a server killed between them leaves a
 * header the index no longer lists.
 */
export async function recoverAllBatches(
  db: Db,
  { force = false, owners: named = [] }: { force?: boolean; owners?: string[] } = {},
): Promise<number> {
  const owners = new Set<string>(named);
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pending",
        ExpressionAttributeValues: { ":pending": pendingIndexKey },
        ProjectionExpression: "pk",
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) owners.add((item.pk as string).slice("USER#".length));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  let rolledBack = 0;
  for (const owner of owners) rolledBack += await recoverBatches(db, owner, { force });
  return rolledBack;
}
