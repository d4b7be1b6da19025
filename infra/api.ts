import {
  architecture,
  copyFiles,
  nodejs,
  runtime,
  sstHandler,
} from "../packages/functions/scripts/lambda-bundle.ts";
import { secrets } from "./secrets.ts";
import { corsSettings } from "./stage.ts";
import { table } from "./storage.ts";

/** What every handler shares: runtime, bundling, and what it is linked to. */
const functionArgs: Omit<sst.aws.FunctionArgs, "handler" | "copyFiles"> = {
  runtime,
  architecture,
  memory: "1024 MB",
  timeout: "20 seconds",
  link: [table, secrets.jwtIssuer, secrets.jwtAudience, secrets.jwtKey],
  nodejs,
  logging: { retention: "1 month" },
};

/**
 * The HTTP API: GraphQL on its own function; the REST app answers every other path (/v1,
 * /health, /openapi.json, /docs).
 */
export const api = new sst.aws.ApiGatewayV2("Api", { cors: corsSettings($app.stage) });
for (const [route, name] of [
  ["ANY /graphql", "graphql"],
  ["$default", "rest"],
] as const) {
  api.route(route, { ...functionArgs, handler: sstHandler(name), copyFiles: copyFiles(name) });
}
