import { keyAttributes, tableKeys } from "../packages/core/src/db/table.ts";
import { isProduction } from "./stage.ts";

/** What the deployed table's resource settings must hold, beyond its keys. */
export interface TableResourceArgs {
  billingMode?: unknown;
  pointInTimeRecovery?: unknown;
}

export interface TableResourceOptions {
  retainOnDelete?: boolean;
}

/**
 * The sst.aws.Dynamo arguments, built from core's table definition (`tableKeys`, the one the
 * local store and the tests create the table from), so the deployed keys and indexes cannot
 * drift from the code's. On-demand billing and point-in-time recovery everywhere; production
 * stages also get deletion protection and a table that stays when the stack is removed.
 */
export function tableArgs(stage: string) {
  const { partitionKey, sortKey, indexes, timeToLive, billing } = tableKeys;
  const production = isProduction(stage);
  return {
    fields: Object.fromEntries(keyAttributes().map((name) => [name, "string" as const])),
    primaryIndex: { hashKey: partitionKey, rangeKey: sortKey },
    globalIndexes: Object.fromEntries(
      Object.entries(indexes).map(([name, index]) => [
        name,
        { hashKey: index.partitionKey, rangeKey: index.sortKey, projection: index.projection },
      ]),
    ),
    ttl: timeToLive,
    deletionProtection: production,
    transform: {
      table: (args: TableResourceArgs, opts: TableResourceOptions): undefined => {
        args.billingMode = billing;
        args.pointInTimeRecovery = { enabled: true };
        if (production) opts.retainOnDelete = true;
        return undefined;
      },
    },
  };
}
