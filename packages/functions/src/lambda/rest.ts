import { authenticator } from "@storybank/core/auth";
import { createDb } from "@storybank/core/db";
import { handle } from "hono/aws-lambda";
import { createApp } from "../rest/app.ts";
import { lambdaConfig } from "./config.ts";

// Built once per container, at import: warm invocations reuse the client, its connections and
// the verified JWT key.
const config = lambdaConfig();
const db = createDb({ table: config.table, region: config.region, endpoint: config.endpoint });

/** The REST API behind API Gateway (HTTP API, payload format 2.0). */
export const handler = handle(createApp({ db, authenticate: authenticator(db, config.jwt) }));
