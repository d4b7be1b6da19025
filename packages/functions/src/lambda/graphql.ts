import { authenticator } from "@storybank/core/auth";
import { createDb } from "@storybank/core/db";
import { DEFAULT_LIMITS } from "@storybank/core/ratelimit";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { graphqlRoute } from "../graphql/mount.ts";
import { createGraphQL } from "../graphql/server.ts";
import { type ObservedEnv, observeRequests } from "../observe/middleware.ts";
import { lambdaTelemetry } from "../observe/telemetry.ts";
import { lambdaConfig } from "./config.ts";
import { observedHandler, tracingIfActive } from "./observed.ts";

/** The same body limit as REST's /v1 (rest/app.ts), so both faces take the same requests. */
const MAX_BODY_BYTES = 1024 * 1024;

// This function serves only /graphql, so the schema and Yoga are built at import, once per
// container, rather than on the first request as in the REST app.
const tracing = await tracingIfActive("graphql");
const telemetry = lambdaTelemetry("graphql", tracing?.span);
const config = lambdaConfig();
const db = createDb({ table: config.table, region: config.region, endpoint: config.endpoint });
tracing?.traceClient(db.doc);
const server = createGraphQL({
  db,
  authenticate: authenticator(db, config.jwt),
  limits: DEFAULT_LIMITS,
});

const app = new Hono<ObservedEnv>().use(observeRequests(telemetry)).route(
  "/",
  graphqlRoute(() => Promise.resolve(server), MAX_BODY_BYTES),
);

/** GraphQL behind API Gateway (HTTP API, payload format 2.0), on its own function. */
export const handler = observedHandler(handle(app), telemetry, tracing?.tracer);
