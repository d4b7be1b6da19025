import {
  architecture,
  copyFiles,
  nodejs,
  runtime,
  sstHandler,
} from "../packages/functions/scripts/lambda-bundle.ts";
import { LOG_RETENTION } from "./alarms.ts";
import { secrets } from "./secrets.ts";
import { corsSettings } from "./stage.ts";
import { table } from "./storage.ts";

/** What every handler shares: runtime, bundling, and what it is linked to. */
const functionArgs: Omit<sst.aws.FunctionArgs, "handler" | "copyFiles"> = {
  runtime,
  architecture,
  memory: "1024 MB",
  timeout: "20 seconds",
  link: [table, ...Object.values(secrets)],
  nodejs,
  logging: { retention: LOG_RETENTION },
  // X-Ray: Powertools' Tracer records each request, its DynamoDB calls and sheet rendering.
  transform: { function: { tracingConfig: { mode: "Active" } } },
  permissions: [
    { actions: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], resources: ["*"] },
  ],
};

/**
 * The HTTP API: GraphQL on its own function; the REST app answers every other path (/v1,
 * /health, /openapi.json, /docs).
 */
export const api = new sst.aws.ApiGatewayV2("Api", { cors: corsSettings($app.stage) });
const route = (path: string, name: "rest" | "graphql") =>
  api.route(path, { ...functionArgs, handler: sstHandler(name), copyFiles: copyFiles(name) });

/** The routes, by handler: `routes.rest.nodes.function` is its Lambda function. */
export const routes = {
  graphql: route("ANY /graphql", "graphql"),
  rest: route("$default", "rest"),
};
