import { AppError, type ErrorKind, fromZod } from "@storybank/core/error";
import { RateLimited } from "@storybank/core/ratelimit";
import { GraphQLError } from "graphql";
import { maskError as yogaMaskError, type Plugin, type YogaLogger } from "graphql-yoga";
import { ZodError } from "zod";
import { armorMessages } from "./armor.ts";

/**
 * Expected errors carry `extensions.code` (and REST's problem `type`, field `errors[]` and
 * `retryAfterSeconds` where they apply); anything unexpected is masked as INTERNAL_SERVER_ERROR
 * and logged. Everything GraphQL itself refuses (syntax, validation, variable coercion, the
 * armor limits, a malformed request) is the client's doing: BAD_USER_INPUT.
 */

export const codeOf: Record<ErrorKind, string> = {
  validation: "BAD_USER_INPUT",
  unauthorized: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  too_large: "BAD_USER_INPUT",
  rate_limited: "RATE_LIMITED",
};

const expectedCodes = new Set([...Object.values(codeOf), "INTERNAL_SERVER_ERROR"]);

/** The domain's error, if `error` is one or wraps one. */
function appErrorIn(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return fromZod(error);
  if (error instanceof GraphQLError) return appErrorIn(error.originalError);
  return undefined;
}

export function toGraphQLError(error: AppError, at?: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: at?.nodes,
    path: at?.path,
    extensions: {
      code: codeOf[error.kind],
      type: `urn:storybank:problem:${error.code}`,
      ...(error.errors.length > 0 ? { errors: error.errors } : {}),
      ...(error instanceof RateLimited ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    },
  });
}

/** Rethrows a domain error as its GraphQL error, so it is shown rather than masked. */
export function rethrow(error: unknown): never {
  const app = appErrorIn(error);
  throw app ? toGraphQLError(app) : error;
}

/** Yoga's mask, after the domain's errors are let through with their codes. */
export function maskError(error: unknown, message: string): Error {
  const app = appErrorIn(error);
  if (app) return toGraphQLError(app, error instanceof GraphQLError ? error : undefined);
  return yogaMaskError(error, message, false);
}

/** Armor prefixes its refusals with "Syntax Error: ", which they are not. */
const armorRefusals = new Set<string>(
  Object.values(armorMessages).map((message) => `Syntax Error: ${message}`),
);

/**
 * graphql-js's hints at names the caller did not write ("Did you mean "title"?", "Did you mean
 * the enum value …?"), for fields, arguments, types, enum values and variables' input fields.
 */
const suggestion = /\s*Did you mean [^?]*\?/g;

function asClientError(error: GraphQLError, suggestions: boolean): GraphQLError {
  const code = error.extensions?.code;
  if (typeof code === "string" && expectedCodes.has(code)) {
    if (suggestions || !error.message.includes("Did you mean")) return error;
  }
  const { http } = error.extensions ?? {};
  let message = armorRefusals.has(error.message)
    ? error.message.slice("Syntax Error: ".length)
    : error.message;
  if (!suggestions) message = message.replace(suggestion, "");
  return new GraphQLError(message, {
    nodes: error.nodes,
    path: error.path,
    extensions:
      typeof code === "string" && expectedCodes.has(code)
        ? error.extensions
        : { code: "BAD_USER_INPUT", ...(http ? { http } : {}) },
  });
}

/**
 * Gives every error that reaches the client a code from the list above and, unless `suggestions`
 * is on (the local server), takes graphql-js's "Did you mean …?" hints out of every message: they
 * would spell out the schema that introspection keeps hidden.
 */
export const useErrorCodes = ({ suggestions }: { suggestions: boolean }): Plugin => ({
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result) || !("errors" in result) || !result.errors) return;
    setResult({
      ...result,
      errors: result.errors.map((e) => asClientError(e as GraphQLError, suggestions)),
    });
  },
});

/** Yoga's log lines in the same JSON shape as the REST app's. */
export const logger: YogaLogger = {
  debug: () => {},
  info: () => {},
  warn: (...args) => console.warn(JSON.stringify({ level: "warn", msg: args.map(describe) })),
  error: (...args) =>
    console.error(JSON.stringify({ level: "error", msg: "unhandled", error: args.map(describe) })),
};

const describe = (value: unknown) =>
  value instanceof Error ? String(value.stack ?? value) : String(value);
