import { createHash, randomUUID } from "node:crypto";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type Db, ownerPk } from "../db/index.ts";
import * as Keys from "../db/keys.ts";
import { AppError } from "../error/index.ts";

/**
 * Idempotency keys with Stripe's semantics: the first request with a key runs and its response
 * is kept; the same key with the same request replays that response; the same key with another
 * request is refused; a request still running makes its twins wait (409). Keys are per owner
 * and expire after `TTL_SECONDS`.
 *
 * - A running request holds a lease of `LEASE_SECONDS` that it renews while it runs: a request
 *   whose process died (a crash, a Lambda timeout) stops renewing, and once the lease has run out
 *   a retry with the same key runs afresh instead of waiting a day.
 * - A replay is an answer to the credential asking now, so it needs every scope the credential
 *   that made the response had: a write-only key cannot replay what a full-scope key was shown.
 * - A secret in a response (a new API key) is never kept: the record holds the response without
 *   it, and a replay says the secret was shown once instead of showing it again.
 */

export const TTL_SECONDS = 24 * 3_600;
/** How long a running request holds its key without renewing it. */
export const LEASE_SECONDS = 30;
/** Larger responses are not kept (an item holds at most 400 KB); the key is released instead. */
export const MAX_KEPT_BYTES = 350_000;

export interface KeptResponse {
  status: number;
  contentType: string;
  body: string;
  /** Fields taken out of the JSON body before it was kept (secrets shown only once). */
  withheld?: string[];
}

interface Record {
  fingerprint: string;
  state: "running" | "done";
  /** Who holds a running record; only they may renew, complete or release it. */
  claimId: string;
  /** Epoch seconds; a running record whose lease is over may be claimed again. */
  leaseUntil: number;
  /** The scopes of the credential whose request made the response. */
  scopes: string[];
  response?: KeptResponse;
  expiresAt: number;
}

export type Claim =
  { kind: "claimed"; claimId: string } | { kind: "replay"; response: KeptResponse };

const sk = (key: string) =>
  Keys.idempotency.sk(createHash("sha256").update(key).digest("base64url"));

/** JSON nested deeper than this is compared by its bytes. */
const MAX_CANONICAL_DEPTH = 64;

/**
 * The JSON text of `value` with every object's keys sorted, or undefined when it is nested deeper
 * than `MAX_CANONICAL_DEPTH` (its bytes are compared then).
 */
function canonicalJson(value: unknown, depth = 0): string | undefined {
  if (depth > MAX_CANONICAL_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      const text = canonicalJson(item, depth + 1);
      if (text === undefined) return undefined;
      items.push(text);
    }
    return `[${items.join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries: string[] = [];
    for (const name of Object.keys(value).sort()) {
      const text = canonicalJson((value as { [k: string]: unknown })[name], depth + 1);
      if (text === undefined) return undefined;
      entries.push(`${JSON.stringify(name)}:${text}`);
    }
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What makes two requests the same request: the method, the path, the query parameters in any
 * order, the media type, and the body. A JSON body is compared by its content (keys in any order,
 * any spacing), as Stripe compares parameters; any other body, or JSON that does not parse, by its
 * exact bytes. Answers a SHA-256 in base64url.
 */
export function fingerprint(
  method: string,
  path: string,
  body: Uint8Array | string,
  { search = "", contentType = "" }: { search?: string; contentType?: string } = {},
): string {
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const query = new URLSearchParams(search);
  query.sort();
  const hash = createHash("sha256").update(`${method}\n${path}\n${query}\n${mediaType}\n`);
  let canonical: string | undefined;
  if (/^application\/([\w.+-]+\+)?json$/.test(mediaType)) {
    try {
      const text =
        typeof body === "string" ? body : new TextDecoder("utf-8", { fatal: true }).decode(body);
      canonical = canonicalJson(JSON.parse(text));
    } catch {
      canonical = undefined;
    }
  }
  if (canonical !== undefined) hash.update(`json\n${canonical}`);
  else hash.update("bytes\n").update(body);
  return hash.digest("base64url");
}

export const validKey = (key: string) =>
  key.length >= 1 && key.length <= 255 && /^[\x21-\x7e]+$/.test(key);

export interface ClaimOptions {
  /** The scopes of the credential asking. */
  scopes: readonly string[];
  /** Epoch milliseconds. */
  now?: number;
  leaseSeconds?: number;
}

/**
 * Claims a key for a request, or says what to answer instead. Errors: 400
 * `idempotency_key_reused` (another request used the key), 409 `idempotency_in_progress` (its
 * twin still holds the lease), 403 `missing_scope` (the response was made for a credential with
 * more scopes), 409 `idempotency_secret_withheld` (the response carried a secret, shown once).
 */
export async function claim(
  db: Db,
  owner: string,
  key: string,
  print: string,
  { scopes, now = Date.now(), leaseSeconds = LEASE_SECONDS }: ClaimOptions,
): Promise<Claim> {
  const nowSeconds = Math.floor(now / 1000);
  const record: Record = {
    fingerprint: print,
    state: "running",
    claimId: randomUUID(),
    leaseUntil: nowSeconds + leaseSeconds,
    scopes: [...scopes],
    expiresAt: nowSeconds + TTL_SECONDS,
  };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { pk: ownerPk(owner), sk: sk(key), ...record },
        // An expired record may be taken over (dynalite has no TTL and DynamoDB's is lazy), and so
        // may a running one whose request stopped renewing its lease.
        ConditionExpression:
          "attribute_not_exists(pk) OR expiresAt < :now OR (#state = :running AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now))",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":now": nowSeconds, ":running": "running" },
      }),
    );
    return { kind: "claimed", claimId: record.claimId };
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
  if (!existing) return claim(db, owner, key, print, { scopes, now, leaseSeconds });
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
  const missing = (existing.scopes ?? []).find((scope) => !scopes.includes(scope));
  if (missing !== undefined) {
    throw new AppError(
      "forbidden",
      "missing_scope",
      `This request's response was made for a credential with the "${missing}" scope, which this one lacks.`,
    );
  }
  if (existing.response.withheld?.length) {
    throw new AppError(
      "conflict",
      "idempotency_secret_withheld",
      `The request with this Idempotency-Key already succeeded (${existing.response.status}); its ${existing.response.withheld.join(", ")} was shown once and is not kept. ${describeCreated(existing.response.body)}`,
    );
  }
  return { kind: "replay", response: existing.response };
}

function describeCreated(body: string): string {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    if (typeof id === "string") return `It made ${id}: revoke it and make another if you need it.`;
  } catch {
    // A kept body is JSON whenever fields were withheld; say nothing more otherwise.
  }
  return "";
}

/**
 * Extends the lease of a running claim by `leaseSeconds`; false if the claim is no longer ours
 * (its lease ran out and a retry took it over).
 */
export async function renew(
  db: Db,
  owner: string,
  key: string,
  claimId: string,
  { now = Date.now(), leaseSeconds = LEASE_SECONDS }: { now?: number; leaseSeconds?: number } = {},
): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: ownerPk(owner), sk: sk(key) },
        UpdateExpression: "SET leaseUntil = :until",
        ConditionExpression: "claimId = :claim AND #state = :running",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: {
          ":until": Math.floor(now / 1000) + leaseSeconds,
          ":claim": claimId,
          ":running": "running",
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

/**
 * Keeps the response of a claimed key, or releases the key when it cannot be kept (a 5xx, or a
 * body over MAX_KEPT_BYTES). `secretFields` are top-level fields of a JSON body that are never
 * kept. Does nothing if the claim is no longer ours.
 */
export async function complete(
  db: Db,
  owner: string,
  key: string,
  claimId: string,
  print: string,
  response: KeptResponse,
  { scopes, secretFields = [] }: { scopes: readonly string[]; secretFields?: readonly string[] },
): Promise<void> {
  const kept = withoutSecrets(response, secretFields);
  if (!kept || kept.status >= 500 || Buffer.byteLength(kept.body) > MAX_KEPT_BYTES) {
    await release(db, owner, key, claimId);
    return;
  }
  const record: Record = {
    fingerprint: print,
    state: "done",
    claimId,
    leaseUntil: 0,
    scopes: [...scopes],
    response: kept,
    expiresAt: Math.floor(Date.now() / 1000) + TTL_SECONDS,
  };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { pk: ownerPk(owner), sk: sk(key), ...record },
        ConditionExpression: "claimId = :claim",
        ExpressionAttributeValues: { ":claim": claimId },
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) throw error;
  }
}

/** The response with its secret fields taken out; undefined if they cannot be (not JSON). */
function withoutSecrets(
  response: KeptResponse,
  fields: readonly string[],
): KeptResponse | undefined {
  if (fields.length === 0) return response;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return undefined;
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const withheld = fields.filter((field) => field in body);
  const rest = Object.fromEntries(Object.entries(body).filter(([name]) => !fields.includes(name)));
  return { ...response, body: JSON.stringify(rest), withheld };
}

/** Lets a key be used again (the request it guarded failed); only by the claim that holds it. */
export async function release(db: Db, owner: string, key: string, claimId: string): Promise<void> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: { pk: ownerPk(owner), sk: sk(key) },
        ConditionExpression: "claimId = :claim",
        ExpressionAttributeValues: { ":claim": claimId },
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) throw error;
  }
}
