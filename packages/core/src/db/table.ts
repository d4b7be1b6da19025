import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

/**
 * The one table, defined once: its keys, its indexes and its TTL attribute. The local store and
 * the tests create the table from `tableDefinition`, and the deployed infra (`infra/table.ts`)
 * builds its SST arguments from this same object, so the two cannot drift.
 *
 * - pk/sk: every item lives in its owner's partition (`USER#<owner>`), sk says what it is
 *   (`STORY#<id>`, `VALUESET#<id>`, `APIKEY#<id>`, …; every shape is in `keys.ts`).
 * - gsi1 (gsi1pk/gsi1sk): look-ups by a secret's hash (API-key authentication) and the sweep of
 *   unfinished import batches; items project whole.
 * - expiresAt: epoch seconds after which DynamoDB's TTL may delete an item (request-budget
 *   counters, idempotency records).
 *
 * Every key attribute is a string; billing is on demand.
 */
export const tableKeys = {
  partitionKey: "pk",
  sortKey: "sk",
  timeToLive: "expiresAt",
  billing: "PAY_PER_REQUEST",
  indexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk", projection: "all" },
  },
} as const;

export type IndexName = keyof typeof tableKeys.indexes;

/** Every key attribute of the table and its indexes, table keys first; each is a string. */
export function keyAttributes(): string[] {
  const { partitionKey, sortKey, indexes } = tableKeys;
  const indexKeys = Object.values(indexes).flatMap((index) => [index.partitionKey, index.sortKey]);
  return [...new Set([partitionKey, sortKey, ...indexKeys])];
}

/** The CreateTable input for a table named `tableName`, as the local store and tests create it. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, indexes, billing } = tableKeys;
  return {
    TableName: tableName,
    BillingMode: billing,
    AttributeDefinitions: keyAttributes().map((name) => ({
      AttributeName: name,
      AttributeType: "S",
    })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" },
      { AttributeName: sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: Object.entries(indexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
  };
}
