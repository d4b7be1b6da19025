import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { clientAddress } from "../rest/limits.ts";
import type { GraphQLDeps, GraphQLServer } from "./server.ts";

const tooLarge = (maxBytes: number) => ({
  errors: [
    {
      message: `The body is over ${maxBytes} bytes.`,
      extensions: { code: "BAD_USER_INPUT" },
    },
  ],
});

/** `/graphql` as a Hono route, under the same body limit as REST's /v1. */
export function graphqlRoute(server: () => Promise<GraphQLServer>, maxBodyBytes: number) {
  return new Hono().all(
    "/graphql",
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json(tooLarge(maxBodyBytes), 413) }),
    async (c) => (await server()).fetch(c.req.raw, clientAddress(c)),
  );
}

/**
 * The route with the GraphQL code loaded on its first request, not at start: a cold start that
 * serves REST never pays for graphql-js and Yoga (the bundle keeps them in their own chunk).
 */
export function lazyGraphqlRoute(deps: GraphQLDeps & { maxBodyBytes: number }) {
  let server: Promise<GraphQLServer> | undefined;
  const load = () =>
    (server ??= import("./server.ts").then(
      (module) => module.createGraphQL(deps),
      (error: unknown) => {
        server = undefined;
        throw error;
      },
    ));
  return graphqlRoute(load, deps.maxBodyBytes);
}
