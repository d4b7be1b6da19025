import { authenticator } from "@storybank/core/auth";
import { createDb } from "@storybank/core/db";
import { handle } from "hono/aws-lambda";
import { graphqlRoute } from "../graphql/mount.ts";
import { createGraphQL } from "../graphql/server.ts";
import { DEFAULT_LIMITS } from "@storybank/core/ratelimit";
import { lambdaConfig } from "./config.ts";

/** The same body limit as REST's /v1 (rest/app.ts), so both faces take the same requests. */
const MAX_BODY_BYTES = 1024 * 1024;

// This function serves only /graphql, so the schema and Yoga are built at import, once per
// container, rather than on the first request as in the REST app.
const config = lambdaConfig();
const db = createDb({ table: config.table, region: config.region, endpoint: config.endpoint });
const server = createGraphQL({
  db,
  authenticate: authenticator(db, config.jwt),
  limits: DEFAULT_LIMITS,
});

/** GraphQL behind API Gateway (HTTP API, payload format 2.0), on its own function. */
export const handler = handle(graphqlRoute(() => Promise.resolve(server), MAX_BODY_BYTES));
