import {
  architecture,
  copyFiles,
  nodejs,
  runtime,
  sstHandler,
} from "../packages/functions/scripts/lambda-bundle.ts";
import { secrets } from "./secrets.ts";
import { table } from "./storage.ts";

/** What every handler shares: runtime, bundling, and what it is linked to. */
const functionArgs: Omit<sst.aws.FunctionArgs, "handler"> = {
  runtime,
  architecture,
  memory: "1024 MB",
  timeout: "20 seconds",
  link: [table, secrets.jwtIssuer, secrets.jwtAudience, secrets.jwtKey],
  nodejs: { ...nodejs, install: [...nodejs.install] },
  copyFiles,
  logging: { retention: "1 month" },
};

/** The HTTP API: the REST app answers every path (/v1, /health, /openapi.json, /docs). */
export const api = new sst.aws.ApiGatewayV2("Api");
api.route("$default", { ...functionArgs, handler: sstHandler("rest") });
