import { createHash } from "node:crypto";
import { DeleteCommand, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { type Db, ownerPk } from "../db/index.ts";
import { AppError } from "../error/index.ts";

/**
 * Idempotency keys with Stripe's semantics: the first request with a key runs and its response
 * is kept; the same key with the same request replays that response; the same key with another
 * request is refused; a request still running makes its twins wait (409). Keys are per owner
 * and expire after `ttlSeconds`.
 */

export const TTL_SECONDS = 24 * 3_600;
/** Larger responses are not kept (an item holds at most 400 KB); the key is released instead. */
export const MAX_KEPT_BYTES = 350_000;

export interface KeptResponse {
  status: number;
  contentType: string;
  body: string;
}

interface Record {
  fingerprint: string;
  state: "running" | "done";
  response?: KeptResponse;
  expiresAt: number;
}

export type Claim = { kind: "claimed" } | { kind: "replay"; response: KeptResponse };

const sk = (key: string) => `IDEMPOTENCY#${createHash("sha256").update(key).digest("base64url")}`;

export const fingerprint = (method: string, path: string, body: string) =>
  createHash("sha256").update(`${method}\n${path}\n${body}`).digest("base64url");

export const validKey = (key: string) =>
  key.length >= 1 && key.length <= 255 && /^[\x21-\x7e]+$/.test(key);

/** Claims a key for a request, or says what to answer instead. */
export async function claim(
  db: Db,
  owner: string,
  key: string,
  print: string,
  now = Date.now(),
): Promise<Claim> {
  const nowSeconds = Math.floor(now / 1000);
  const record: Record = {
    fingerprint: print,
    state: "running",
    expiresAt: nowSeconds + TTL_SECONDS,
  };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { pk: ownerPk(owner), sk: sk(key), ...record },
        // An expired record may be taken over; dynalite has no TTL and DynamoDB's is lazy.
        ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
        ExpressionAttributeValues: { ":now": nowSeconds },
      }),
    );
    return { kind: "claimed" };
  } catch (error) {
    if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) throw error;
  }
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: { pk: ownerPk(owner), sk: sk(key) },
      ConsistentRead: true,
    }),
  );
  const existing = Item as Record | undefined;
  if (!existing) return claim(db, owner, key, print, now);
  if (existing.fingerprint !== print) {
    throw new AppError(
      "validation",
      "idempotency_key_reused",
      "This Idempotency-Key was already used with a different request.",
      [{ path: "Idempotency-Key", message: "Reused with another request" }],
    );
  }
  if (existing.state === "running" || !existing.response) {
    throw new AppError(
      "conflict",
      "idempotency_in_progress",
      "A request with this Idempotency-Key is still running; retry shortly.",
    );
  }
  return { kind: "replay", response: existing.response };
}

/** Keeps the response of a claimed key, or releases the key when it cannot be kept. */
export async function complete(
  db: Db,
  owner: string,
  key: string,
  print: string,
  response: KeptResponse,
): Promise<void> {
  if (response.status >= 500 || Buffer.byteLength(response.body) > MAX_KEPT_BYTES) {
    await release(db, owner, key);
    return;
  }
  const record: Record = {
    fingerprint: print,
    state: "done",
    response,
    expiresAt: Math.floor(Date.now() / 1000) + TTL_SECONDS,
  };
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: { pk: ownerPk(owner), sk: sk(key), ...record } }),
  );
}

/** Lets a key be used again (the request it guarded failed on our side). */
export async function release(db: Db, owner: string, key: string): Promise<void> {
  await db.doc.send(
    new DeleteCommand({ TableName: db.table, Key: { pk: ownerPk(owner), sk: sk(key) } }),
  );
}
