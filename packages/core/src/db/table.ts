import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

/**
 * The one table, defined once: the local bootstrap, the tests and the deployed infra all read
 * this definition.
 *
 * - pk/sk: every item lives in its owner's partition (`USER#<owner>`), sk says what it is
 *   (`STORY#<id>`, `VALUESET#<id>`, `APIKEY#<id>`, …).
 * - gsi1 (gsi1pk/gsi1sk): look-ups by a secret's hash, for API-key authentication.
 * - expiresAt: epoch seconds after which DynamoDB's TTL may delete an item (request-budget
 *   counters, idempotency records).
 */
export const tableKeys = {
  partitionKey: "pk",
  sortKey: "sk",
  timeToLive: "expiresAt",
  indexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
  },
} as const;

export function tableDefinition(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, indexes } = tableKeys;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: "S" },
      { AttributeName: sortKey, AttributeType: "S" },
      { AttributeName: indexes.gsi1.partitionKey, AttributeType: "S" },
      { AttributeName: indexes.gsi1.sortKey, AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" },
      { AttributeName: sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: "gsi1",
        KeySchema: [
          { AttributeName: indexes.gsi1.partitionKey, KeyType: "HASH" },
          { AttributeName: indexes.gsi1.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
    ],
  };
}
