import { createRoute } from "@hono/zod-openapi";
import * as ApiKey from "@storybank/core/apikey";
import { forbidden } from "@storybank/core/auth";
import { countDaily } from "@storybank/core/ratelimit";
import { router } from "./router.ts";
import { IdParam, errors, jsonBody, jsonResponse, pageOf, security } from "./schemas.ts";

const tags = ["API keys"];
const ApiKeyPage = pageOf(ApiKey.Info, "ApiKeyPage");

export const apiKeys = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/api-keys",
      operationId: "createApiKey",
      tags,
      security,
      summary: "Create an API key (shown once)",
      description:
        "A key can be given only scopes the calling credential has itself. With an `Idempotency-Key`, a retry makes no second key, and since the key is never kept it answers 409 naming the key made (revoke it and make another if its secret was lost).",
      request: { body: jsonBody(ApiKey.CreateInput) },
      responses: {
        201: jsonResponse(ApiKey.Created, "The new key"),
        400: errors[400],
        403: errors[403],
        409: {
          ...errors[409],
          description: "A retry with the same Idempotency-Key: the key was shown once",
        },
      },
    }),
    async (c) => {
      const { db, principal, limits } = c.var;
      const input = c.req.valid("json");
      // Authorized before the daily budget is spent: a refused request costs nothing.
      const beyond = input.scopes.find((scope) => !principal.scopes.includes(scope));
      if (beyond) throw forbidden(beyond);
      await countDaily(db, principal.owner, "keys", limits);
      const created = await ApiKey.create(db, principal.owner, input, principal.scopes);
      c.header("Location", `/v1/api-keys/${created.id}`);
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/api-keys",
      operationId: "listApiKeys",
      tags,
      security,
      summary: "List your API keys (never the keys themselves)",
      request: { query: ApiKey.ListQuery },
      responses: { 200: jsonResponse(ApiKeyPage, "A page of keys"), 400: errors[400] },
    }),
    async (c) =>
      c.json(await ApiKey.list(c.var.db, c.var.principal.owner, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/api-keys/{id}",
      operationId: "revokeApiKey",
      tags,
      security,
      summary: "Revoke an API key; it stops working at once",
      request: { params: IdParam },
      responses: { 204: { description: "Revoked" }, 404: errors[404] },
    }),
    async (c) => {
      await ApiKey.revoke(c.var.db, c.var.principal.owner, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
