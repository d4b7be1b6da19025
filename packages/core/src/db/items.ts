import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { AppError, conflict, notFound } from "../error/index.ts";
import type { Db } from "./client.ts";
import { maxPageBytes } from "../paging/index.ts";
import { ownerPk } from "./keys.ts";
import { dataBytes, jsonBytes } from "./bytes.ts";

/**
 * Generic, owner-partitioned item access. Each item is `{ pk, sk, data, ...index keys }`:
 * `data` is the entity exactly as the API shows it. Every read is a GetItem or a Query on the
 * owner's partition; every write is conditional, so no update is lost.
 */

/** The owner's partition key (see `keys.ts`, the storage model). */
export { ownerPk };
export { maxPageBytes };

interface Versioned {
  version: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type IndexKeys = Record<string, string>;

const isConditionFailure = (error: unknown) =>
  error instanceof Error && error.name === "ConditionalCheckFailedException";

/**
 * The most an entity's data may take, in bytes of its JSON as UTF-8: DynamoDB refuses items over
 * 400 KB (attribute names and the item's keys included), so every entity stays well under it.
 */
export const maxItemBytes = 300_000;

/**
 * Fails with `too_large` (413) when `data` would take more than `max` bytes, naming the field
 * that takes the most (`errors[0].path`, under `pathPrefix` in a batch such as "valueSets.0").
 * Field limits bound each string in characters, not bytes, so a value of many fields each within
 * its own limit (or text of three-byte characters) can still pass DynamoDB's item limit.
 */
export function assertItemFits(
  data: object,
  what: string,
  { max = maxItemBytes, pathPrefix = "" }: { max?: number; pathPrefix?: string } = {},
): void {
  const bytes = jsonBytes(data);
  if (bytes <= max) return;
  const [field, fieldBytes] = Object.entries(data)
    .map(([key, value]) => [key, jsonBytes(value)] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  const path = pathPrefix ? `${pathPrefix}.${field}` : field;
  throw new AppError(
    "too_large",
    "item_too_large",
    `${what} would take ${bytes} bytes; it may take at most ${max}. Shorten or split it.`,
    [{ path, message: `Takes ${fieldBytes} bytes, the most of any field.` }],
  );
}

/**
 * An item being deleted carries `removing`: the sort-key prefix of the items that belong to it
 * ("" for none). From the moment it is marked, reads and conditional writes treat it as gone;
 * its children are deleted next and the item itself last, so a crash at any point leaves a
 * marked item that the next listing (or a retried delete) finishes, and never a child that
 * nothing leads to.
 */
const REMOVING = "removing";

const isRemoving = (item: Record<string, unknown> | undefined) =>
  item !== undefined && typeof item[REMOVING] === "string";

/** Reads one raw item (keys and attributes), or undefined. */
async function rawItem(db: Db, owner: string, sk: string) {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: { pk: ownerPk(owner), sk }, ConsistentRead: true }),
  );
  return Item;
}

/** Reads one item of the owner's (strongly consistent), or undefined (also while it is deleted). */
export async function getItem<T>(db: Db, owner: string, sk: string): Promise<T | undefined> {
  const Item = await rawItem(db, owner, sk);
  return isRemoving(Item) ? undefined : (Item?.data as T | undefined);
}

/** Writes a new item; fails with a conflict if one already has that key. */
export async function putNew(
  db: Db,
  owner: string,
  sk: string,
  data: object,
  indexKeys: IndexKeys = {},
): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { pk: ownerPk(owner), sk, data, [dataBytes]: jsonBytes(data), ...indexKeys },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw conflict(`An item with key ${sk} already exists.`);
    throw error;
  }
}

/**
 * Replaces an item only if it still carries `expectedVersion`: a writer that read an older
 * version gets a conflict (409) instead of overwriting someone else's update.
 */
export async function putVersion<T extends Versioned>(
  db: Db,
  owner: string,
  sk: string,
  data: T,
  expectedVersion: number,
  what: string,
  indexKeys: IndexKeys = {},
): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { pk: ownerPk(owner), sk, data, [dataBytes]: jsonBytes(data), ...indexKeys },
        ConditionExpression:
          "attribute_exists(pk) AND attribute_not_exists(#removing) AND #data.#version = :expected",
        ExpressionAttributeNames: { "#data": "data", "#version": "version", "#removing": REMOVING },
        ExpressionAttributeValues: { ":expected": expectedVersion },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const current = await getItem<T>(db, owner, sk);
    if (!current) throw notFound(what);
    throw staleVersion(what, current.version, expectedVersion);
  }
}

export const staleVersion = (what: string, current: number, expected: number) =>
  conflict(
    `${what} is at version ${current}, not ${expected}: read it again and reapply your change.`,
  );

/**
 * Deletes an item and every item under `childPrefix`, in an order a crash cannot break: the item
 * is marked first (from then on it reads as gone, and a concurrent conditional write to it
 * fails), then its children are deleted, then the item. Deleting an item whose delete was cut
 * short finishes it. Not-found if there is no such item.
 *
 * `check` runs once the item is marked and may refuse the delete by throwing: the mark is then
 * lifted and the error passed on. A writer that links to the item and then reads it back (see
 * target writes) and this check cannot both miss each other, so no link to a deleted item can
 * slip in between.
 */
export async function deleteWithChildren(
  db: Db,
  owner: string,
  sk: string,
  childPrefix: string,
  what: string,
  check?: () => Promise<void>,
): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: ownerPk(owner), sk },
        UpdateExpression: "SET #removing = :children",
        ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(#removing)",
        ExpressionAttributeNames: { "#removing": REMOVING },
        ExpressionAttributeValues: { ":children": childPrefix },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // Missing, or marked by a delete that did not finish: that one is finished here.
    const item = await rawItem(db, owner, sk);
    if (!isRemoving(item)) throw notFound(what);
    childPrefix = item![REMOVING] as string;
  }
  if (check) {
    try {
      await check();
    } catch (error) {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: { pk: ownerPk(owner), sk },
          UpdateExpression: "REMOVE #removing",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#removing": REMOVING },
        }),
      );
      throw error;
    }
  }
  await finishRemoving(db, owner, sk, childPrefix);
}

async function finishRemoving(db: Db, owner: string, sk: string, childPrefix: string) {
  if (childPrefix) await deleteUnder(db, owner, childPrefix);
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: { pk: ownerPk(owner), sk } }));
}

/** Finishes the deletes cut short among `items` (raw items of the owner's); answers the rest. */
export async function finishCutShort(
  db: Db,
  owner: string,
  items: Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const cut = items.filter((item) => isRemoving(item));
  if (cut.length === 0) return items;
  await Promise.all(
    cut.map((item) => finishRemoving(db, owner, item.sk as string, item[REMOVING] as string)),
  );
  return items.filter((item) => !isRemoving(item));
}

/** Deletes an item of the owner's; not-found if there is none. */
export async function deleteItem(db: Db, owner: string, sk: string, what: string): Promise<void> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: { pk: ownerPk(owner), sk },
        ConditionExpression: "attribute_exists(pk)",
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw notFound(what);
    throw error;
  }
}

/**
 * Every page of the owner's items whose sort key starts with `prefix`, in key order (consistent
 * reads); `projection` may name attributes through `names` ("#state" → "state").
 */
export async function* pagesUnder(
  db: Db,
  owner: string,
  prefix: string,
  projection?: string,
  names?: Record<string, string>,
): AsyncGenerator<Record<string, unknown>[]> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": ownerPk(owner), ":prefix": prefix },
        ProjectionExpression: projection,
        ExpressionAttributeNames:
          names ?? (projection?.includes("#removing") ? { "#removing": REMOVING } : undefined),
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    yield page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** Deletes every item of the owner's whose sort key starts with `prefix`; returns how many. */
export async function deleteUnder(db: Db, owner: string, prefix: string): Promise<number> {
  let deleted = 0;
  for await (const keys of pagesUnder(db, owner, prefix, "pk, sk")) {
    await Promise.all(
      keys.map((key) =>
        db.doc.send(new DeleteCommand({ TableName: db.table, Key: { pk: key.pk, sk: key.sk } })),
      ),
    );
    deleted += keys.length;
  }
  return deleted;
}

/**
 * Reads every item of the owner's whose sort key starts with `prefix`, in key order.
 * For bank-wide work (tailoring, export) that needs them all. Deletes cut short by a crash are
 * finished on the way (see `deleteWithChildren`) and their items left out.
 */
export async function queryAll<T>(db: Db, owner: string, prefix: string): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pagesUnder(db, owner, prefix)) {
    for (const item of await finishCutShort(db, owner, page)) items.push(item.data as T);
  }
  return items;
}

/**
 * The sort keys of the owner's items under `prefix` (keys only, so cheap), deletes cut short
 * finished and left out: for checking which parents of a bank-wide read are still there.
 */
export async function keysUnder(db: Db, owner: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of pagesUnder(db, owner, prefix, "pk, sk, #removing")) {
    for (const item of await finishCutShort(db, owner, page)) keys.push(item.sk as string);
  }
  return keys;
}
