import { authenticator } from "@storybank/core/auth";
import { createDb } from "@storybank/core/db";
import { handle } from "hono/aws-lambda";
import { Resource } from "sst";
import { lambdaTelemetry } from "../observe/telemetry.ts";
import { createApp } from "../rest/app.ts";
import { webAuthFromLinks } from "../web/auth/lambda.ts";
import { lambdaConfig } from "./config.ts";
import { observedHandler, tracingIfActive } from "./observed.ts";

// Built once per container, at import: warm invocations reuse the client, its connections and
// the verified JWT key. Every DynamoDB call is traced (X-Ray), every request logged and measured.
const tracing = await tracingIfActive("rest");
const telemetry = lambdaTelemetry("rest", tracing?.span);
const config = lambdaConfig();
const db = createDb({ table: config.table, region: config.region, endpoint: config.endpoint });
tracing?.traceClient(db.doc);

/** The REST API behind API Gateway (HTTP API, payload format 2.0). */
export const handler = observedHandler(
  handle(
    createApp({
      db,
      authenticate: authenticator(db, config.jwt),
      telemetry,
      // The web app at / and /app; a stage without sign-in settings answers its pages 503.
      web: { auth: webAuthFromLinks(Resource, config.jwt) },
    }),
  ),
  telemetry,
  tracing?.tracer,
);
