import { createRoute } from "@hono/zod-openapi";
import * as ValueSet from "@storybank/core/valueset";
import { router } from "./router.ts";
import { IdParam, errors, jsonBody, jsonResponse, pageOf, security } from "./schemas.ts";

const tags = ["Value sets"];
const ValueSetPage = pageOf(ValueSet.Info, "ValueSetPage");

export const valueSets = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/value-sets",
      tags,
      security,
      summary: "List the built-in value sets, then your own",
      request: { query: ValueSet.ListQuery },
      responses: { 200: jsonResponse(ValueSetPage, "A page of value sets"), 400: errors[400] },
    }),
    async (c) =>
      c.json(await ValueSet.list(c.var.db, c.var.principal.owner, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/value-sets/{id}",
      tags,
      security,
      summary: "Read a value set",
      request: { params: IdParam },
      responses: { 200: jsonResponse(ValueSet.Info, "The value set"), 404: errors[404] },
    }),
    async (c) =>
      c.json(await ValueSet.get(c.var.db, c.var.principal.owner, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/value-sets",
      tags,
      security,
      summary: "Create your own value set",
      request: { body: jsonBody(ValueSet.CreateInput) },
      responses: { 201: jsonResponse(ValueSet.Info, "The new value set"), 400: errors[400] },
    }),
    async (c) =>
      c.json(await ValueSet.create(c.var.db, c.var.principal.owner, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/value-sets/{id}",
      tags,
      security,
      summary: "Change one of your value sets (with the version it read)",
      request: { params: IdParam, body: jsonBody(ValueSet.PatchInput) },
      responses: {
        200: jsonResponse(ValueSet.Info, "The value set as changed"),
        400: errors[400],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(
        await ValueSet.update(c.var.db, c.var.principal.owner, id, c.req.valid("json")),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/value-sets/{id}",
      tags,
      security,
      summary: "Delete one of your value sets",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 403: errors[403], 404: errors[404] },
    }),
    async (c) => {
      await ValueSet.remove(c.var.db, c.var.principal.owner, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
