import type { CreateTableCommandInput, ProjectionType } from "@aws-sdk/client-dynamodb";
import { tableDefinition, tableKeys } from "../packages/core/src/db/table.ts";
import { isProduction } from "./stage.ts";

type FieldType = "string" | "number" | "binary";
type Projection = "all" | "keys-only" | string[];

const fieldTypes: Record<string, FieldType> = { S: "string", N: "number", B: "binary" };

interface KeyPair {
  hashKey: string;
  rangeKey?: string;
}

function keysOf(schema: CreateTableCommandInput["KeySchema"]): KeyPair {
  const name = (type: "HASH" | "RANGE") =>
    schema?.find((key) => key.KeyType === type)?.AttributeName;
  const hashKey = name("HASH");
  if (!hashKey) throw new Error("The table definition has a key schema without a hash key.");
  const rangeKey = name("RANGE");
  return rangeKey ? { hashKey, rangeKey } : { hashKey };
}

function projectionOf(projection: {
  ProjectionType?: ProjectionType;
  NonKeyAttributes?: string[];
}) {
  if (projection.ProjectionType === "KEYS_ONLY") return "keys-only";
  if (projection.ProjectionType === "INCLUDE") return projection.NonKeyAttributes ?? [];
  return "all";
}

/** What the deployed table's resource settings must hold, beyond its keys. */
export interface TableResourceArgs {
  billingMode?: unknown;
  pointInTimeRecovery?: unknown;
}

export interface TableResourceOptions {
  retainOnDelete?: boolean;
}

/**
 * The sst.aws.Dynamo arguments, built from core's one table definition (the one the local
 * store and the tests create), so the deployed keys and indexes cannot drift from the code's.
 * On-demand billing and point-in-time recovery everywhere; production stages also get deletion
 * protection and a table that stays when the stack is removed.
 */
export function tableArgs(stage: string) {
  const definition = tableDefinition("storybank");
  const production = isProduction(stage);
  const fields: Record<string, FieldType> = {};
  for (const { AttributeName, AttributeType } of definition.AttributeDefinitions ?? []) {
    const type = fieldTypes[AttributeType ?? ""];
    if (!AttributeName || !type) throw new Error(`Unsupported attribute ${AttributeName}.`);
    fields[AttributeName] = type;
  }
  const globalIndexes: Record<string, KeyPair & { projection: Projection }> = {};
  for (const index of definition.GlobalSecondaryIndexes ?? []) {
    if (!index.IndexName) throw new Error("The table definition has an unnamed index.");
    globalIndexes[index.IndexName] = {
      ...keysOf(index.KeySchema),
      projection: projectionOf(index.Projection ?? {}),
    };
  }
  return {
    fields,
    primaryIndex: keysOf(definition.KeySchema),
    globalIndexes,
    ttl: tableKeys.timeToLive,
    deletionProtection: production,
    transform: {
      table: (args: TableResourceArgs, opts: TableResourceOptions): undefined => {
        args.billingMode = definition.BillingMode ?? "PAY_PER_REQUEST";
        args.pointInTimeRecovery = { enabled: true };
        if (production) opts.retainOnDelete = true;
        return undefined;
      },
    },
  };
}
