import { tableDefinition, tableKeys } from "@storybank/core/db";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ALARM_PERIOD,
  alarmSpecs,
  appMetrics,
  LOG_RETENTION,
  type MetricQuery,
  tableOperations,
} from "../infra/alarms.ts";
import { appSettings, isProduction } from "../infra/stage.ts";
import { SWEEP_HANDLER, SWEEP_SCHEDULE, SWEEP_TIMEOUT } from "../infra/schedule.ts";
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

/** A resource or call the app definition made: its type (or method), logical name and args. */
interface Made {
  type: string;
  name?: string;
  args: any;
}

/**
 * Runs sst.config.ts's `run()` offline, with SST's and Pulumi's globals standing in for the
 * cloud: every resource constructed and every method called on one is recorded, and every
 * output is a placeholder naming where it came from (`<Api.nodes.api.id>`), so the test can
 * check what points at what.
 */
async function appDefinition(stage: string): Promise<{ made: Made[]; outputs: any }> {
  const made: Made[] = [];
  const output = (path: string): any =>
    new Proxy(function () {}, {
      get(_target, prop) {
        if (prop === Symbol.toPrimitive || prop === "toString") return () => `<${path}>`;
        if (prop === "then" || typeof prop === "symbol") return undefined;
        return output(`${path}.${prop}`);
      },
      apply(_target, _this, args) {
        made.push({ type: path, args: args[1] ?? args[0], name: String(args[0]) });
        return output(`${path}(${String(args[0])})`);
      },
    });
  const resource = (type: string) =>
    class {
      constructor(name: string, args: unknown = {}) {
        made.push({ type, name, args });
        return output(name);
      }
    };
  const globals: Record<string, unknown> = {
    $config: (config: unknown) => config,
    $app: { name: "storybank", stage },
    $interpolate: (strings: TemplateStringsArray, ...values: unknown[]) =>
      strings.reduce(
        (text, part, i) => text + part + (i < values.length ? String(values[i]) : ""),
        "",
      ),
    $resolve: (values: unknown[]) => ({
      apply: (fn: (resolved: string[]) => unknown) => fn(values.map(String)),
    }),
    sst: {
      Secret: resource("sst.Secret"),
      aws: {
        Dynamo: resource("sst.aws.Dynamo"),
        ApiGatewayV2: resource("sst.aws.ApiGatewayV2"),
        SnsTopic: resource("sst.aws.SnsTopic"),
        CronV2: resource("sst.aws.CronV2"),
      },
    },
    aws: {
      getRegionOutput: () => ({ region: "<region>" }),
      cloudwatch: {
        MetricAlarm: resource("aws.cloudwatch.MetricAlarm"),
        Dashboard: resource("aws.cloudwatch.Dashboard"),
      },
      sns: { TopicSubscription: resource("aws.sns.TopicSubscription") },
    },
  };
  Object.assign(globalThis, globals);
  // Loaded by URL, so the root typecheck does not follow it into the SST globals that only
  // `npx sst install` declares (`tsc -p infra` checks the app).
  const app = new URL("../sst.config.ts", import.meta.url).href;
  const config = ((await import(/* @vite-ignore */ app)) as { default: unknown }).default as {
    run(): Promise<unknown>;
  };
  const outputs = await config.run();
  return { made, outputs };
}

/** The production app's definition, made once: its modules, once loaded, make nothing again. */
let prodApp: ReturnType<typeof appDefinition> | undefined;
const prodDefinition = () => (prodApp ??= appDefinition("prod"));

describe("the deployed app's monitoring (sst.config.ts run offline)", () => {
  let made: Made[];
  let outputs: any;
  beforeAll(async () => {
    ({ made, outputs } = await prodDefinition());
  });
  const ofType = (type: string) => made.filter((m) => m.type === type);

  it("keeps each function's logs for a month", () => {
    const routes = ofType("Api.route");
    expect(routes.map((r) => r.name).sort()).toEqual(["$default", "ANY /graphql"]);
    for (const route of routes) {
      expect(route.args.logging).toEqual({ retention: LOG_RETENTION });
      expect(LOG_RETENTION).toBe("1 month");
      expect(route.args.transform.function.tracingConfig).toEqual({ mode: "Active" });
    }
  });

  it("alarms on 5xx rate, p99 latency, function errors and throttles, table throttles and system errors", () => {
    const alarms = ofType("aws.cloudwatch.MetricAlarm");
    expect(alarms.map((a) => a.name).sort()).toEqual(
      [
        "Api5xxRate",
        "ApiLatencyP99",
        "GraphqlErrors",
        "GraphqlThrottles",
        "RestErrors",
        "RestThrottles",
        "SweepErrors",
        "TableSystemErrors",
        "TableThrottles",
      ].sort(),
    );
    const [topic] = ofType("sst.aws.SnsTopic");
    expect(topic!.name).toBe("Alarms");
    for (const alarm of alarms) {
      expect(alarm.args.alarmActions.map(String)).toEqual(["<Alarms.arn>"]);
      expect(alarm.args.okActions.map(String)).toEqual(["<Alarms.arn>"]);
      expect(alarm.args.name).toBe(`storybank-prod-${alarm.name}`);
    }
    expect(String(outputs.alarms)).toBe("<Alarms.arn>");
  });

  it("points each alarm at this stage's API, functions and table", () => {
    const dimensionsOf = (name: string) =>
      ofType("aws.cloudwatch.MetricAlarm")
        .find((a) => a.name === name)!
        .args.metricQueries.flatMap((q: MetricQuery) => (q.metric ? [q.metric.dimensions] : []))
        .map((d: Record<string, unknown>) =>
          Object.fromEntries(Object.entries(d).map(([k, v]) => [k, String(v)])),
        );
    expect(dimensionsOf("Api5xxRate")).toContainEqual({ ApiId: "<Api.nodes.api.id>" });
    expect(dimensionsOf("RestErrors")).toEqual([
      { FunctionName: "<Api.route($default).nodes.function.name>" },
    ]);
    expect(dimensionsOf("GraphqlThrottles")).toEqual([
      { FunctionName: "<Api.route(ANY /graphql).nodes.function.name>" },
    ]);
    expect(dimensionsOf("SweepErrors")).toEqual([
      { FunctionName: "<SweepImports.nodes.function.name>" },
    ]);
    expect(dimensionsOf("TableThrottles")).toContainEqual({ TableName: "<Table.name>" });
    expect(dimensionsOf("TableSystemErrors")).toHaveLength(tableOperations.length);
  });

  it("draws a dashboard of the API, the functions, the table and the app's own metrics", () => {
    const [dashboard] = ofType("aws.cloudwatch.Dashboard");
    expect(dashboard!.args.dashboardName).toBe("storybank-prod");
    const body = JSON.parse(dashboard!.args.dashboardBody as string);
    expect(body.widgets).toHaveLength(11);
    const text = JSON.stringify(body);
    for (const name of appMetrics) {
      expect(text).toContain(`SEARCH('Namespace=\\"Storybank\\" MetricName=\\"${name}\\"'`);
    }
    expect(text).toContain("/aws/lambda/<Api.route($default).nodes.function.name>");
    expect(text).toContain('"FunctionName","<SweepImports.nodes.function.name>"');
  });
});

describe("the deployed sweep of abandoned imports (sst.config.ts run offline)", () => {
  let cron: Made;
  beforeAll(async () => {
    const crons = (await prodDefinition()).made.filter((m) => m.type === "sst.aws.CronV2");
    expect(crons).toHaveLength(1);
    cron = crons[0]!;
  });

  it("runs every 15 minutes on a function that needs only the table", () => {
    expect(cron.name).toBe("SweepImports");
    expect(cron.args.schedule).toBe(SWEEP_SCHEDULE);
    expect(SWEEP_SCHEDULE).toBe("rate(15 minutes)");
    expect(cron.args.function.link.map(String)).toEqual(["<Table>"]);
    expect(cron.args.function.logging).toEqual({ retention: LOG_RETENTION });
    expect(cron.args.function.runtime).toBe("nodejs22.x");
  });

  it("points at the sweep's handler, which keeps time back from the function's timeout", async () => {
    expect(cron.args.function.handler).toBe(SWEEP_HANDLER);
    const [file, exported] = SWEEP_HANDLER.split(".");
    const entry = (await import(
      /* @vite-ignore */ new URL(`../${file}.ts`, import.meta.url).href
    )) as Record<string, unknown>;
    expect(typeof entry[exported!]).toBe("function");
    expect(entry.SWEEP_RESERVE_MS).toBe(60_000);
    expect(cron.args.function.timeout).toBe(SWEEP_TIMEOUT);
    expect(SWEEP_TIMEOUT).toBe("5 minutes");
    // The reserve leaves the sweep four of its five minutes to work in.
    expect(5 * 60_000 - (entry.SWEEP_RESERVE_MS as number)).toBe(240_000);
  });

  it("alarms when two runs in a row fail: errors in 2 of the last 30 minutes' periods", () => {
    const spec = alarmSpecs({
      region: "r",
      apiId: "a",
      functions: { rest: "rest", graphql: "graphql", sweep: "sweep" },
      table: "t",
    }).find((a) => a.name === "SweepErrors")!;
    expect(spec.evaluationPeriods * ALARM_PERIOD).toBe(30 * 60);
    expect(spec.datapointsToAlarm).toBe(2);
    expect(spec.threshold).toBe(1);
    expect(spec.metricQueries[0]!.metric!.dimensions).toEqual({ FunctionName: "sweep" });
  });
});

describe("the alarm definitions", () => {
  const specs = alarmSpecs({
    region: "us-east-1",
    apiId: "api",
    functions: { rest: "rest", graphql: "graphql", sweep: "sweep" },
    table: "table",
  });

  it("each return one series and name only queries they define, within CloudWatch's 10 metrics", () => {
    expect(specs).toHaveLength(9);
    for (const spec of specs) {
      const queries = spec.metricQueries;
      expect(queries.filter((q) => q.returnData)).toHaveLength(1);
      expect(queries.filter((q) => q.metric).length).toBeLessThanOrEqual(10);
      const ids = new Set(queries.map((q) => q.id));
      for (const q of queries) {
        for (const used of q.expression?.match(/\b[a-z]\w*\b/g) ?? []) {
          if (["IF", "SUM"].includes(used)) continue;
          expect(ids, `${spec.name}: ${used}`).toContain(used);
        }
      }
      expect(spec.datapointsToAlarm).toBeLessThanOrEqual(spec.evaluationPeriods);
      expect(spec.metricQueries.every((q) => !q.metric || q.metric.period === ALARM_PERIOD)).toBe(
        true,
      );
    }
  });

  it("alarm on every DynamoDB operation the app makes", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const source = new URL("../packages/core/src/", import.meta.url);
    const files = (await readdir(source, { recursive: true })).filter((f) => f.endsWith(".ts"));
    const used = new Set<string>();
    for (const file of files) {
      const text = await readFile(new URL(file, source), "utf8");
      for (const [, op] of text.matchAll(/new (\w+)Command\(/g)) {
        if (!["CreateTable", "DescribeTable"].includes(op!))
          used.add(
            op === "Get" || op === "Put" || op === "Update" || op === "Delete" ? `${op}Item` : op!,
          );
      }
    }
    expect([...used].sort()).toEqual([...tableOperations].sort());
  });
});
