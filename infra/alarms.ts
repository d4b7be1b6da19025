/**
 * What the deployed app is watched by, as plain data: the CloudWatch alarms and the dashboard.
 * infra/monitoring.ts turns these into resources; tests/infra.test.ts checks them offline. Each
 * threshold says what a person should be woken for, not what is merely unusual.
 */

/** Where one stage's resources are, as CloudWatch names them. */
export interface Monitored<T = string> {
  region: T;
  /** The HTTP API's id (API Gateway v2). */
  apiId: T;
  /** The Lambda function names: the two behind the API and the scheduled sweep (infra/sweep.ts). */
  functions: { rest: T; graphql: T; sweep: T };
  table: T;
}

/** One metric, or one metric-math / Metrics Insights expression over metrics. */
export interface MetricQuery<T = string> {
  id: string;
  expression?: string;
  label?: string;
  returnData?: boolean;
  period?: number;
  metric?: {
    namespace: string;
    metricName: string;
    dimensions: Record<string, T>;
    period: number;
    stat: string;
  };
}

/** A CloudWatch metric alarm, in the shape of `aws.cloudwatch.MetricAlarm`'s arguments. */
export interface AlarmSpec<T = string> {
  name: string;
  alarmDescription: string;
  comparisonOperator: "GreaterThanOrEqualToThreshold" | "GreaterThanThreshold";
  threshold: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: "notBreaching";
  metricQueries: MetricQuery<T>[];
}

/** The DynamoDB operations the app makes (packages/core/src: GetItem, Query, Put/Update/Delete). */
export const tableOperations = ["GetItem", "Query", "PutItem", "UpdateItem", "DeleteItem"] as const;

/** Five minutes, in seconds: the period of every alarm. */
export const ALARM_PERIOD = 300;

/** How long each function's log group keeps its lines (SST's `logging.retention`). */
export const LOG_RETENTION = "1 month" as const;

const metric = <T>(
  id: string,
  namespace: string,
  metricName: string,
  dimensions: Record<string, T>,
  stat: string,
  returnData = false,
): MetricQuery<T> => ({
  id,
  returnData,
  metric: { namespace, metricName, dimensions, period: ALARM_PERIOD, stat },
});

/**
 * The alarms of a stage, each sent to the stage's SNS topic when it fires and when it clears:
 * - `Api5xxRate`: more than 1% of API requests answered 5xx in two of three 5-minute periods
 *   (only once a period carries 20 requests or more, so one failure at night wakes nobody);
 * - `ApiLatencyP99`: API Gateway's p99 latency over 3 s for three periods running;
 * - `<Fn>Errors`: 5 or more invocation errors of a function in 5 minutes (twice in three);
 * - `<Fn>Throttles`: any throttled invocation of a function (concurrency exhausted);
 * - `TableThrottles`: any read or write throttled by DynamoDB (table or index);
 * - `TableSystemErrors`: any DynamoDB 5xx on the table, summed over every operation the app
 *   makes (`tableOperations`);
 * - `SweepErrors`: the sweep of abandoned imports (every 15 minutes) failed in two of the
 *   last six 5-minute periods: two runs running, so abandoned imports are piling up.
 */
export function alarmSpecs<T>(r: Monitored<T>): AlarmSpec<T>[] {
  const api = { ApiId: r.apiId };
  const common = {
    treatMissingData: "notBreaching" as const,
  };
  const fnAlarms = (key: "rest" | "graphql", title: string): AlarmSpec<T>[] => [
    {
      ...common,
      name: `${title}Errors`,
      alarmDescription: `The ${key} function failed 5 or more invocations in 5 minutes, twice in 15 minutes.`,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 5,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      metricQueries: [
        metric("errors", "AWS/Lambda", "Errors", { FunctionName: r.functions[key] }, "Sum", true),
      ],
    },
    {
      ...common,
      name: `${title}Throttles`,
      alarmDescription: `The ${key} function was throttled: its concurrency is exhausted.`,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 1,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      metricQueries: [
        metric(
          "throttles",
          "AWS/Lambda",
          "Throttles",
          { FunctionName: r.functions[key] },
          "Sum",
          true,
        ),
      ],
    },
  ];
  return [
    {
      ...common,
      name: "Api5xxRate",
      alarmDescription:
        "More than 1% of API requests were answered 5xx, in two of the last three 5-minute periods.",
      comparisonOperator: "GreaterThanThreshold",
      threshold: 1,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      metricQueries: [
        metric("errors", "AWS/ApiGateway", "5xx", api, "Sum"),
        metric("requests", "AWS/ApiGateway", "Count", api, "Sum"),
        {
          id: "rate",
          expression: "IF(requests >= 20, 100 * errors / requests, 0)",
          label: "5xx, % of requests",
          returnData: true,
        },
      ],
    },
    {
      ...common,
      name: "ApiLatencyP99",
      alarmDescription: "The API's p99 latency was over 3 s for 15 minutes.",
      comparisonOperator: "GreaterThanThreshold",
      threshold: 3000,
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      metricQueries: [metric("p99", "AWS/ApiGateway", "Latency", api, "p99", true)],
    },
    ...fnAlarms("rest", "Rest"),
    ...fnAlarms("graphql", "Graphql"),
    {
      ...common,
      name: "SweepErrors",
      alarmDescription:
        "The sweep of abandoned imports failed twice in 30 minutes: abandoned imports are not being undone.",
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 1,
      evaluationPeriods: 6,
      datapointsToAlarm: 2,
      metricQueries: [
        metric("errors", "AWS/Lambda", "Errors", { FunctionName: r.functions.sweep }, "Sum", true),
      ],
    },
    {
      ...common,
      name: "TableThrottles",
      alarmDescription: "DynamoDB throttled reads or writes of the table or its index.",
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 1,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      metricQueries: [
        metric("reads", "AWS/DynamoDB", "ReadThrottleEvents", { TableName: r.table }, "Sum"),
        metric("writes", "AWS/DynamoDB", "WriteThrottleEvents", { TableName: r.table }, "Sum"),
        { id: "throttles", expression: "reads + writes", label: "Throttled", returnData: true },
      ],
    },
    {
      ...common,
      name: "TableSystemErrors",
      alarmDescription: "DynamoDB answered requests on the table with a server error (5xx).",
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 1,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      metricQueries: [
        ...tableOperations.map((operation, i) =>
          metric(
            `op${i}`,
            "AWS/DynamoDB",
            "SystemErrors",
            { TableName: r.table, Operation: operation as T },
            "Sum",
          ),
        ),
        {
          id: "systemErrors",
          expression: `SUM([${tableOperations.map((_, i) => `op${i}`).join(", ")}])`,
          label: "System errors",
          returnData: true,
        },
      ],
    },
  ];
}

/** The Storybank metrics (EMF, namespace `Storybank`) the dashboard charts, by function. */
export const appMetrics = [
  "Requests",
  "Latency",
  "SheetRenderTime",
  "SheetFitDrops",
  "ImportStories",
  "ImportWarnings",
  "TailoringTime",
  "BudgetRefusals",
  "ColdStart",
  "SweepAbandoned",
  "SweepRolledBack",
  "SweepIncomplete",
] as const;

/**
 * The stage's CloudWatch dashboard (its JSON body): API traffic, errors and latency; each
 * function's invocations, errors, throttles and duration; the table's capacity and throttles;
 * the app's own metrics by route; and the slowest and failed requests from the request logs.
 */
export function dashboardBody(r: Monitored): object {
  const widget = (title: string, metrics: unknown[][], extra: object = {}) => ({
    type: "metric",
    width: 12,
    height: 6,
    properties: { title, region: r.region, view: "timeSeries", period: 60, metrics, ...extra },
  });
  const fns = [r.functions.rest, r.functions.graphql];
  const lambda = (name: string, stat: string) =>
    fns.map((fn) => ["AWS/Lambda", name, "FunctionName", fn, { stat }]);
  // The app's metrics carry the dimensions service, route and status (cold starts: service and
  // function name), so the charts find them by search: one line per dimension set.
  const emf = (name: string, stat: string) => [
    [{ expression: `SEARCH('Namespace="Storybank" MetricName="${name}"', '${stat}', 60)` }],
  ];
  const logGroups = fns.map((fn) => `'/aws/lambda/${fn}'`).join(" | SOURCE ");
  return {
    widgets: [
      widget("API requests and errors", [
        ["AWS/ApiGateway", "Count", "ApiId", r.apiId, { stat: "Sum" }],
        ["AWS/ApiGateway", "4xx", "ApiId", r.apiId, { stat: "Sum" }],
        ["AWS/ApiGateway", "5xx", "ApiId", r.apiId, { stat: "Sum" }],
      ]),
      widget("API latency (ms)", [
        ["AWS/ApiGateway", "Latency", "ApiId", r.apiId, { stat: "p50" }],
        ["AWS/ApiGateway", "Latency", "ApiId", r.apiId, { stat: "p99" }],
      ]),
      widget("Lambda errors and throttles", [
        ...lambda("Errors", "Sum"),
        ...lambda("Throttles", "Sum"),
        ["AWS/Lambda", "Errors", "FunctionName", r.functions.sweep, { stat: "Sum" }],
      ]),
      widget("Lambda duration p99 (ms) and concurrency", [
        ...lambda("Duration", "p99"),
        ...lambda("ConcurrentExecutions", "Maximum"),
      ]),
      widget("DynamoDB capacity used and throttles", [
        ["AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", r.table, { stat: "Sum" }],
        ["AWS/DynamoDB", "ConsumedWriteCapacityUnits", "TableName", r.table, { stat: "Sum" }],
        ["AWS/DynamoDB", "ReadThrottleEvents", "TableName", r.table, { stat: "Sum" }],
        ["AWS/DynamoDB", "WriteThrottleEvents", "TableName", r.table, { stat: "Sum" }],
      ]),
      widget("App requests and latency p99 (ms), by function", [
        ...emf("Requests", "Sum"),
        ...emf("Latency", "p99"),
      ]),
      widget("Requests by route and status", [
        [
          {
            expression: `SEARCH('{Storybank,service,route,status} MetricName="Requests"', 'Sum', 60)`,
          },
        ],
      ]),
      widget("Sheets and tailoring (ms, p99) and cold starts", [
        ...emf("SheetRenderTime", "p99"),
        ...emf("TailoringTime", "p99"),
        ...emf("ColdStart", "Sum"),
      ]),
      widget("Imports, sheet fit drops and budget refusals", [
        ...emf("ImportStories", "Sum"),
        ...emf("ImportWarnings", "Sum"),
        ...emf("SheetFitDrops", "Sum"),
        ...emf("BudgetRefusals", "Sum"),
      ]),
      widget("Sweep of abandoned imports: found, undone, runs cut short", [
        ...emf("SweepAbandoned", "Sum"),
        ...emf("SweepRolledBack", "Sum"),
        ...emf("SweepIncomplete", "Sum"),
      ]),
      {
        type: "log",
        width: 24,
        height: 6,
        properties: {
          title: "Slowest and failed requests (request log)",
          region: r.region,
          view: "table",
          query: `SOURCE ${logGroups} | filter message = "request" and (status >= 500 or latencyMs > 1000) | fields @timestamp, requestId, method, route, status, latencyMs, problem | sort latencyMs desc | limit 50`,
        },
      },
    ],
  };
}
