import {
  CORS_ALLOW_HEADERS,
  CORS_ALLOW_METHODS,
  CORS_EXPOSE_HEADERS,
  CORS_MAX_AGE_SECONDS,
  CORS_ORIGINS_VARIABLE,
  parseCorsOrigins,
} from "../packages/functions/src/rest/cors-origins.ts";

/** Stages that hold real users' data: their resources outlive `sst remove` and mistakes. */
export const productionStages = ["prod", "production"];

export const isProduction = (stage: string | undefined) =>
  stage !== undefined && productionStages.includes(stage);

/** The app settings that depend on the stage (sst.config.ts `app`). */
export function appSettings(stage: string | undefined) {
  const production = isProduction(stage);
  return {
    name: "storybank",
    home: "aws" as const,
    removal: production ? ("retain" as const) : ("remove" as const),
    protect: production,
  };
}

/** Origins a stage that is not production allows when none are set: a tool under development. */
export const developmentCorsOrigins = [
  "http://localhost:3000",
  "http://127.0.0.1:3000",
  "http://localhost:5173",
];

/**
 * The stage's CORS setting for the HTTP API (API Gateway answers preflights itself, before any
 * function runs): the origins in `STORYBANK_CORS_ORIGINS` at deploy time; when unset, none on a
 * production stage (`false`: no cross-origin access) and localhost on any other. Credentials are
 * never allowed (the API takes bearer tokens). Throws an Error for an origin API Gateway cannot
 * match (`host:*`).
 */
export function corsSettings(stage: string | undefined, env: NodeJS.ProcessEnv = process.env) {
  const setting = env[CORS_ORIGINS_VARIABLE]?.trim();
  const allowOrigins = setting
    ? parseCorsOrigins(setting)
    : isProduction(stage)
      ? []
      : developmentCorsOrigins;
  const anyPort = allowOrigins.find((origin) => origin.endsWith(":*"));
  if (anyPort) {
    throw new Error(`${CORS_ORIGINS_VARIABLE}: API Gateway needs exact origins, not "${anyPort}".`);
  }
  if (allowOrigins.length === 0) return false as const;
  return {
    allowOrigins,
    allowMethods: [...CORS_ALLOW_METHODS],
    allowHeaders: CORS_ALLOW_HEADERS,
    exposeHeaders: CORS_EXPOSE_HEADERS,
    maxAge: `${CORS_MAX_AGE_SECONDS} seconds` as const,
    allowCredentials: false,
  };
}
