import { tableDefinition, tableKeys } from "@storybank/core/db";
import { describe, expect, it } from "vitest";
import { appSettings, isProduction } from "../infra/stage.ts";
import { tableArgs } from "../infra/table.ts";

/** Runs the table transform the way SST does, on empty resource args and options. */
function resourceSettings(stage: string) {
  const args: Record<string, unknown> = {};
  const opts: { retainOnDelete?: boolean } = {};
  tableArgs(stage).transform.table(args, opts);
  return { args, opts };
}

describe("the deployed table", () => {
  it("has core's keys and indexes", () => {
    const args = tableArgs("dev");
    const { partitionKey, sortKey, indexes } = tableKeys;
    expect(args.primaryIndex).toEqual({ hashKey: partitionKey, rangeKey: sortKey });
    expect(args.globalIndexes).toEqual({
      gsi1: {
        hashKey: indexes.gsi1.partitionKey,
        rangeKey: indexes.gsi1.sortKey,
        projection: "all",
      },
    });
    expect(args.fields).toEqual({ pk: "string", sk: "string", gsi1pk: "string", gsi1sk: "string" });
  });

  it("declares every attribute and index of the definition the local store creates", () => {
    const definition = tableDefinition("storybank");
    const args = tableArgs("dev");
    expect(Object.keys(args.fields).sort()).toEqual(
      (definition.AttributeDefinitions ?? []).map((a) => a.AttributeName).sort(),
    );
    expect(Object.keys(args.globalIndexes).sort()).toEqual(
      (definition.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort(),
    );
  });

  it("lets DynamoDB expire budget counters and idempotency records", () => {
    expect(tableArgs("dev").ttl).toBe(tableKeys.timeToLive);
    expect(tableArgs("production").ttl).toBe("expiresAt");
  });

  it("bills on demand with point-in-time recovery on every stage", () => {
    for (const stage of ["dev", "prod"]) {
      expect(resourceSettings(stage).args).toEqual({
        billingMode: "PAY_PER_REQUEST",
        pointInTimeRecovery: { enabled: true },
      });
    }
  });

  it("is protected from deletion and kept on removal in production", () => {
    for (const stage of ["prod", "production"]) {
      expect(isProduction(stage)).toBe(true);
      expect(tableArgs(stage).deletionProtection).toBe(true);
      expect(resourceSettings(stage).opts.retainOnDelete).toBe(true);
      expect(appSettings(stage)).toMatchObject({ removal: "retain", protect: true });
    }
  });

  it("can be removed with a development stage", () => {
    expect(tableArgs("alice").deletionProtection).toBe(false);
    expect(resourceSettings("alice").opts.retainOnDelete).toBeUndefined();
    expect(appSettings("alice")).toMatchObject({ removal: "remove", protect: false });
  });
});
