import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { tableDefinition } from "./table.ts";

/** A handle on the table: the one place the client and table name are built. */
export interface Db {
  doc: DynamoDBDocumentClient;
  table: string;
}

export interface DbOptions {
  table: string;
  region?: string;
  /** Set for the embedded store (dynalite) or DynamoDB Local; unset on AWS. */
  endpoint?: string;
}

export function createDb({ table, region = "us-east-1", endpoint }: DbOptions): Db {
  const client = new DynamoDBClient({
    region,
    endpoint,
    // A local store takes any credentials; on AWS the default provider chain applies.
    ...(endpoint ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
    maxAttempts: 5,
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { doc, table };
}

/** Creates the table if it is missing and waits until it is ACTIVE (writes before that fail). */
export async function ensureTable(db: Db, { timeoutMs = 30_000 } = {}): Promise<void> {
  const started = Date.now();
  try {
    await db.doc.send(new CreateTableCommand(tableDefinition(db.table)));
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "ResourceInUseException") throw error;
  }
  for (;;) {
    try {
      const { Table } = await db.doc.send(new DescribeTableCommand({ TableName: db.table }));
      const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every(
        (index) => index.IndexStatus === "ACTIVE",
      );
      if (Table?.TableStatus === "ACTIVE" && indexesActive) return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Table ${db.table} did not become ACTIVE within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
