import type { Authenticator, Principal } from "@storybank/core/auth";
import type { Db } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import {
  countRequest,
  type FailureThrottle,
  failureThrottle,
  type Limits,
} from "@storybank/core/ratelimit";
import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin, shouldRenderGraphiQL } from "graphql-yoga";
import { armor, armorMessages, costModel, jsonLength, reckon } from "./armor.ts";
import type { Context } from "./context.ts";
import { logger, maskError, toGraphQLError, useErrorCodes } from "./errors.ts";
import type * as RenderGraphiQL from "@graphql-yoga/render-graphiql";
import { createLoaders } from "./loaders.ts";
import { schema } from "./schema.ts";

export interface GraphQLDeps {
  db: Db;
  authenticate: Authenticator;
  limits: Limits;
  /** Serve GraphiQL and answer introspection: the local server only. */
  graphiql?: boolean;
  /** Failed logins per client, shared with REST when both run in one app. */
  failures?: FailureThrottle;
}

export interface GraphQLServer {
  /** Answers one request; `client` is the caller's address, for throttling failed logins. */
  fetch(request: Request, client?: string): Promise<Response>;
}

export const endpoint = "/graphql";

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/**
 * The GraphQL endpoint: authenticates and counts the request as REST does, then hands it to
 * Yoga with the caller, the store and this request's loaders. Single operations over GET or
 * POST only (no batching); GraphiQL and introspection only when `graphiql` is on.
 */
export function createGraphQL({
  db,
  authenticate,
  limits,
  graphiql = false,
  failures = failureThrottle(limits.unauthenticatedPerMinute),
}: GraphQLDeps): GraphQLServer {
  const yoga = createYoga<Context>({
    schema,
    graphqlEndpoint: endpoint,
    graphiql: false,
    landingPage: false,
    batching: false,
    cors: false,
    maskedErrors: { maskError },
    logging: logger,
    plugins: [
      armor({ suggestions: graphiql }),
      useOperationCost,
      useErrorCodes({ suggestions: graphiql }),
      ...(graphiql ? [] : [noIntrospection]),
    ],
  });

  return {
    async fetch(request, client = "unknown") {
      if (graphiql && shouldRenderGraphiQL(request)) return await graphiqlPage();
      let principal: Principal;
      try {
        failures.check(client);
        try {
          principal = await authenticate(request.headers.get("authorization") ?? undefined);
        } catch (error) {
          if (error instanceof AppError && error.kind === "unauthorized") failures.fail(client);
          throw error;
        }
        await countRequest(db, principal.owner, principal.keyId, limits);
      } catch (error) {
        return privateAnswer(refusal(error));
      }
      const context: Context = {
        db,
        principal,
        limits,
        loaders: createLoaders(db, principal.owner),
      };
      return privateAnswer(await withErrorBody(await yoga.fetch(request, context)));
    },
  };
}

/** Every answer is the caller's own: no cache keeps it, and no client sniffs its type. */
function privateAnswer(response: Response): Response {
  try {
    response.headers.set("Cache-Control", "no-store");
    response.headers.set("X-Content-Type-Options", "nosniff");
    return response;
  } catch {
    // Read-only headers: answer a copy.
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}

const refusedAs = (message: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/**
 * The cost model above, applied as each operation runs: refused before anything runs when it
 * asks for too many fields or costly uses (HTTP 200 with a BAD_USER_INPUT error, as armor's
 * refusals); each costly use past the first spends one more request of the caller's minute
 * budget; an answer over `maxResponseChars` is replaced by an error before it is written.
 */
const useOperationCost: Plugin<Context> = {
  async onExecute({ args, setResultAndStopExecution }) {
    const reckoning = reckon(args.schema, args.document, args.operationName, args.variableValues);
    if (reckoning.fields > costModel.maxFieldsAnswered) {
      setResultAndStopExecution({ errors: [refusedAs(armorMessages.fieldsAnswered)] });
      return;
    }
    if (reckoning.costlyUses > costModel.maxCostlyUses) {
      setResultAndStopExecution({ errors: [refusedAs(armorMessages.costlyUses)] });
      return;
    }
    const ctx = args.contextValue as Context;
    try {
      for (let use = 1; use < reckoning.costlyUses; use++) {
        await countRequest(ctx.db, ctx.principal.owner, ctx.principal.keyId, ctx.limits);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      setResultAndStopExecution({ errors: [toGraphQLError(error)] });
      return;
    }
    return {
      onExecuteDone({ result, setResult }) {
        if (!("data" in result) || !result.data) return;
        if (jsonLength(result.data, costModel.maxResponseChars) === Infinity) {
          setResult({ errors: [refusedAs(armorMessages.response)] });
        }
      },
    };
  },
};

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...headers },
  });

const statusOf: Partial<Record<AppError["kind"], number>> = {
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
};

/** A request refused before any GraphQL ran: no or bad credentials, or over budget. */
function refusal(error: unknown): Response {
  if (!(error instanceof AppError)) {
    logger.error(error);
    const masked = new GraphQLError("Unexpected error.", {
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    return json({ errors: [masked.toJSON()] }, 500);
  }
  const { extensions, message } = toGraphQLError(error).toJSON();
  const headers: Record<string, string> = {};
  if (error.kind === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="storybank"';
  if (typeof extensions?.retryAfterSeconds === "number") {
    headers["Retry-After"] = String(extensions.retryAfterSeconds);
  }
  return json({ errors: [{ message, extensions }] }, statusOf[error.kind] ?? 400, headers);
}

const refusedRequests: Record<number, string> = {
  405: "GraphQL is served over GET and POST only.",
  406: "The response can only be JSON: accept application/json.",
  415: "Send the request as application/json (or a GET with ?query=).",
};

/** Yoga answers some malformed requests with an empty body; give them a GraphQL error. */
async function withErrorBody(response: Response): Promise<Response> {
  if (response.status < 400 || response.headers.get("Content-Type")?.includes("json")) {
    return response;
  }
  const message = refusedRequests[response.status] ?? "The request is not a GraphQL request.";
  await response.body?.cancel();
  return json({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] }, response.status);
}

/**
 * The renderer that inlines GraphiQL's script, styles and editor workers into the page (about
 * 9 MB), so the page needs no network beyond this server. Imported by a name the bundler does not
 * follow: only the local server turns GraphiQL on, and the Lambda bundles leave the 9 MB out.
 */
const graphiqlRenderer = "@graphql-yoga/render-graphiql";

let graphiqlHtml: Promise<string> | undefined;

/** GraphiQL, rendered once per process from local assets (no CDN: it works offline). */
async function graphiqlPage(): Promise<Response> {
  graphiqlHtml ??= (import(graphiqlRenderer) as Promise<typeof RenderGraphiQL>).then(
    ({ renderGraphiQL }) =>
      renderGraphiQL({
        endpoint,
        title: "Storybank GraphQL",
        headers: JSON.stringify({ Authorization: "Bearer <your API key>" }, null, 2),
      }),
    (error: unknown) => {
      graphiqlHtml = undefined;
      throw error;
    },
  );
  return new Response(await graphiqlHtml, {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}
