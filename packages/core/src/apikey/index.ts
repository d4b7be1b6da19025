import { createHash, randomBytes } from "node:crypto";
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { pageQuery } from "../paging/index.ts";
import { AppError } from "../error/index.ts";
import { type Db, deleteItem, listPage, type Page, ownerPk, putNew } from "../db/index.ts";
import * as Keys from "../db/keys.ts";
import { createId, nowIso, parseWith, nonBlank, withDefault } from "../util/index.ts";

/**
 * API keys: `sbk_` and 43 characters of base64url (256 random bits). Only the SHA-256 of a key
 * is stored; the key itself is shown once, when it is made.
 */

export const Scope = z.enum(["read", "write", "export"]).meta({ id: "Scope" });
export type Scope = z.infer<typeof Scope>;
export const allScopes: Scope[] = ["read", "write", "export"];

export const Info = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    scopes: z.array(Scope),
    /** The first characters of the key, so a person can tell keys apart. */
    hint: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "ApiKey" });
export type Info = z.infer<typeof Info>;

export const Created = Info.extend({
  key: z.string().meta({ description: "The key itself. Shown only in this response." }),
}).meta({ id: "ApiKeyCreated" });
export type Created = z.infer<typeof Created>;

export const CreateInput = z
  .strictObject({
    name: nonBlank(100),
    scopes: withDefault(z.array(Scope).min(1).max(3), () => [...allScopes]),
  })
  .meta({
    id: "ApiKeyCreate",
    description: "A new key: a name to tell it apart, and its scopes (all three by default).",
  });

export const ListQuery = z.strictObject({
  ...pageQuery(50),
});

export const keyPrefix = "sbk_";
export const skPrefix = Keys.apiKey.prefix;
const sk = Keys.apiKey.sk;
const hashIndexKey = Keys.apiKeyIndex.gsi1pk;

export const hashKey = (key: string) => createHash("sha256").update(key).digest("base64url");

/**
 * Makes a key for `owner`. A credential can only hand on scopes it has: `grantor` is the scopes
 * of the credential asking (all of them for the server's own use).
 */
export async function create(
  db: Db,
  owner: string,
  input: unknown,
  grantor: readonly Scope[] = allScopes,
): Promise<Created> {
  const { name, scopes } = parseWith(CreateInput, input);
  const beyond = scopes.find((scope) => !grantor.includes(scope));
  if (beyond) {
    throw new AppError(
      "forbidden",
      "missing_scope",
      `This credential lacks the "${beyond}" scope.`,
    );
  }
  const key = `${keyPrefix}${randomBytes(32).toString("base64url")}`;
  const info: Info = {
    id: createId("apiKey"),
    name,
    scopes: [...new Set(scopes)],
    hint: key.slice(0, keyPrefix.length + 6),
    createdAt: nowIso(),
  };
  await putNew(db, owner, sk(info.id), info, {
    gsi1pk: hashIndexKey(hashKey(key)),
    gsi1sk: Keys.apiKeyIndex.gsi1sk,
  });
  return { ...info, key };
}

export function list(db: Db, owner: string, query: unknown): Promise<Page<Info>> {
  return listPage<Info>(db, owner, skPrefix, parseWith(ListQuery, query));
}

/**
 * Revokes a key: it stops working at once in this process, and within `REVOCATION_SECONDS` in
 * every other (each trusts a key it confirmed for that long).
 */
export async function revoke(db: Db, owner: string, id: string): Promise<void> {
  await deleteItem(db, owner, sk(id), "API key");
  for (const [hash, entry] of confirmed) {
    if (entry.verified.owner === owner && entry.verified.key.id === id) confirmed.delete(hash);
  }
}

export interface Verified {
  owner: string;
  key: Info;
}

/**
 * Where each key hash's item lives. The mapping never changes for a key, so it is safe to keep;
 * whether the key is still valid is read afresh on every request.
 */
const itemOfHash = new Map<string, { pk: string; sk: string }>();
const MAX_REMEMBERED = 10_000;

async function findItem(db: Db, hash: string): Promise<{ pk: string; sk: string } | undefined> {
  const known = itemOfHash.get(hash);
  if (known) return known;
  const { Items } = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :hash",
      ExpressionAttributeValues: { ":hash": hashIndexKey(hash) },
      Limit: 1,
    }),
  );
  const found = Items?.[0];
  if (!found) return undefined;
  const location = { pk: found.pk as string, sk: found.sk as string };
  if (itemOfHash.size >= MAX_REMEMBERED) itemOfHash.delete(itemOfHash.keys().next().value!);
  itemOfHash.set(hash, location);
  return location;
}

/**
 * How long, in seconds, a process trusts a key it has confirmed before reading it again: a key
 * revoked through another process (another Lambda instance) stops working here within this
 * time; revoked through this one, at once.
 */
export const REVOCATION_SECONDS = 5;

/** Keys this process confirmed, by hash (never the key itself), until when. Bounded. */
const confirmed = new Map<string, { verified: Verified; until: number }>();

/**
 * The owner and scopes of a presented key, or undefined. The index finds the key's item by its
 * hash; a consistent read of that item in the owner's partition then confirms the key was not
 * revoked. A confirmed key is trusted for `REVOCATION_SECONDS` without another read, so a busy
 * key costs one read per instance every few seconds rather than one per request. `now` is in
 * epoch milliseconds.
 */
export async function verify(db: Db, key: string, now = Date.now()): Promise<Verified | undefined> {
  if (!key.startsWith(keyPrefix) || key.length !== keyPrefix.length + 43) return undefined;
  const hash = hashKey(key);
  const trusted = confirmed.get(hash);
  if (trusted && trusted.until > now) return trusted.verified;
  confirmed.delete(hash);
  const location = await findItem(db, hash);
  if (!location) return undefined;
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: location, ConsistentRead: true }),
  );
  if (!Item || Item.gsi1pk !== hashIndexKey(hash)) return undefined;
  const owner = location.pk.slice(ownerPk("").length);
  const verified = { owner, key: Item.data as Info };
  if (confirmed.size >= MAX_REMEMBERED) confirmed.delete(confirmed.keys().next().value!);
  confirmed.set(hash, { verified, until: now + REVOCATION_SECONDS * 1000 });
  return verified;
}
