import { createHash } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { invalid } from "../error/index.ts";
import { maxPageBytes } from "../paging/index.ts";
import type { Db } from "./client.ts";
import { dataBytes, jsonBytes } from "./bytes.ts";
import { finishCutShort, type Page } from "./items.ts";
import { ownerPk } from "./keys.ts";

/**
 * One page of an owner's items under a key prefix, bounded by count and bytes, with an opaque
 * cursor bound to the owner and the prefix.
 */

export interface ListOptions<T> {
  limit: number;
  cursor?: string | undefined;
  filter?: ((item: T) => boolean) | undefined;
  /** Brings a stored item to today's shape before it is filtered, measured and returned. */
  upgrade?: ((item: T) => T) | undefined;
  /** Bytes of the page already taken by items the caller put before these (built-ins). */
  spentBytes?: number | undefined;
  /** The page's byte budget; `maxPageBytes` unless a caller has its own. */
  maxBytes?: number | undefined;
}

/** An item's share of a page: its JSON in UTF-8 bytes and the comma before it. */
export const pageItemBytes = (item: unknown) => jsonBytes(item) + 1;

/** A listed item's share of its page: the stored size when `data` is as stored, else measured. */
const listedBytes = (item: Record<string, unknown>, data: unknown) =>
  data === item.data && typeof item[dataBytes] === "number"
    ? (item[dataBytes] as number) + 1
    : pageItemBytes(data);

/**
 * One page of the owner's items under `prefix`, in key order, filtered, finishing deletes cut
 * short: at most `limit` items and at most `maxBytes` bytes of them (see `maxPageBytes`), so a
 * page can end early with a `nextCursor` even when it holds fewer than `limit`. The first item
 * is always taken unless `spentBytes` leaves no room for it; an empty page with a cursor then
 * says where the list goes on. The cursor is opaque and bound to its owner: another owner's
 * cursor is refused (400, `cursor`), and every query names the caller's own partition whatever
 * a cursor says.
 */
export async function listPage<T>(
  db: Db,
  owner: string,
  prefix: string,
  { limit, cursor, filter, upgrade, spentBytes = 0, maxBytes = maxPageBytes }: ListOptions<T>,
): Promise<Page<T>> {
  const items: { sk: string; data: T }[] = [];
  let bytes = spentBytes;
  const start = cursor ? decodeCursor(cursor, owner, prefix) : undefined;
  let startSk = start;
  /** Whether an item is known to follow the page's last one. */
  let more = false;
  let exhausted = false;
  while (!more && !exhausted) {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": ownerPk(owner), ":prefix": prefix },
        ExclusiveStartKey: startSk ? { pk: ownerPk(owner), sk: startSk } : undefined,
        Limit: filter ? Math.max(100, limit + 1) : limit + 1 - items.length,
      }),
    );
    for (const item of await finishCutShort(db, owner, page.Items ?? [])) {
      const data = upgrade ? upgrade(item.data as T) : (item.data as T);
      if (filter && !filter(data)) continue;
      const size = listedBytes(item, data);
      if (items.length === limit || bytes + size > maxBytes) {
        if (items.length > 0 || spentBytes > 0) {
          more = true;
          break;
        }
      }
      items.push({ sk: item.sk as string, data });
      bytes += size;
    }
    const last = page.LastEvaluatedKey?.sk as string | undefined;
    exhausted = !last;
    startSk = last;
  }
  const lastSk = items.length > 0 ? items[items.length - 1]!.sk : (start ?? prefix);
  return {
    items: items.map((m) => m.data),
    nextCursor: more ? encodeCursor(lastSk, owner) : null,
  };
}

const ownerTag = (owner: string) =>
  createHash("sha256").update(owner).digest("base64url").slice(0, 16);

function encodeCursor(sk: string, owner: string): string {
  return Buffer.from(JSON.stringify({ s: sk, o: ownerTag(owner) })).toString("base64url");
}

function decodeCursor(cursor: string, owner: string, prefix: string): string {
  const bad = () =>
    invalid("The cursor is not valid for this list.", [
      { path: "cursor", message: "Invalid cursor" },
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (typeof parsed !== "object" || parsed === null) throw bad();
  const { s, o } = parsed as { s?: unknown; o?: unknown };
  if (typeof s !== "string" || !s.startsWith(prefix) || o !== ownerTag(owner)) throw bad();
  return s;
}
