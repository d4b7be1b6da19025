import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type Db, ownerPk } from "../db/index.ts";
import { AppError } from "../error/index.ts";

/**
 * Fixed-window rate limits whose counters live in the table, so a limit holds across every
 * Lambda instance and process: one atomic, conditional increment per counted request.
 */
export interface Limit {
  /** What is counted, e.g. `requests` or `key:<id>` or `exports`. */
  name: string;
  max: number;
  windowSeconds: number;
}

export class RateLimited extends AppError {
  constructor(
    readonly limit: Limit,
    readonly retryAfterSeconds: number,
  ) {
    super(
      "rate_limited",
      "rate_limited",
      `Too many requests: at most ${limit.max} per ${describeWindow(limit.windowSeconds)}. Retry in ${retryAfterSeconds} s.`,
    );
  }
}

const describeWindow = (seconds: number) =>
  seconds === 86_400
    ? "day"
    : seconds === 3_600
      ? "hour"
      : seconds === 60
        ? "minute"
        : `${seconds} s`;

/**
 * Counts one hit against `limit` for `owner`; throws RateLimited when the window is full. A
 * refused hit is not counted. Counter items carry `expiresAt` (epoch seconds) for DynamoDB TTL.
 */
export async function hit(db: Db, owner: string, limit: Limit, now = Date.now()): Promise<void> {
  const nowSeconds = Math.floor(now / 1000);
  const windowStart = nowSeconds - (nowSeconds % limit.windowSeconds);
  const windowEnd = windowStart + limit.windowSeconds;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: ownerPk(owner), sk: `RATE#${limit.name}#${windowStart}` },
        UpdateExpression: "ADD hits :one SET expiresAt = :expires",
        ConditionExpression: "attribute_not_exists(hits) OR hits < :max",
        ExpressionAttributeValues: { ":one": 1, ":max": limit.max, ":expires": windowEnd + 3_600 },
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") {
      throw new RateLimited(limit, Math.max(1, windowEnd - nowSeconds));
    }
    throw error;
  }
}

/** Request budgets; REST and GraphQL count against the same ones, under the same names. */
export interface Limits {
  /** Requests per minute for one owner, whatever the credential. */
  perUserPerMinute: number;
  /** Requests per minute for one API key. */
  perKeyPerMinute: number;
  /** Cheat sheets and bank exports per owner per day. */
  exportsPerDay: number;
  /** API keys created per owner per day. */
  keysPerDay: number;
}

export const DEFAULT_LIMITS: Limits = {
  perUserPerMinute: 600,
  perKeyPerMinute: 300,
  exportsPerDay: 200,
  keysPerDay: 20,
};

/** Counts one request of `owner` (and of its API key, if it came with one). */
export async function countRequest(
  db: Db,
  owner: string,
  keyId: string | undefined,
  limits: Limits,
): Promise<void> {
  await Promise.all([
    hit(db, owner, { name: "requests", max: limits.perUserPerMinute, windowSeconds: 60 }),
    keyId
      ? hit(db, owner, { name: `key:${keyId}`, max: limits.perKeyPerMinute, windowSeconds: 60 })
      : undefined,
  ]);
}

/** Counts one costly operation against its daily budget. */
export function countDaily(
  db: Db,
  owner: string,
  what: "exports" | "keys",
  limits: Limits,
): Promise<void> {
  const max = what === "exports" ? limits.exportsPerDay : limits.keysPerDay;
  return hit(db, owner, { name: `daily:${what}`, max, windowSeconds: 86_400 });
}
