import { createRoute } from "@hono/zod-openapi";
import { Tailoring } from "@storybank/core/shapes";
import * as Target from "@storybank/core/target";
import { router } from "./router.ts";
import { IdParam, errors, jsonBody, jsonResponse, pageOf, security } from "./schemas.ts";
import { changeIfMatch, deleteIfMatch, etagOf } from "./versioning.ts";
import { timed } from "../observe/scope.ts";

const tags = ["Targets"];
const TargetPage = pageOf(Target.Info, "TargetPage");

export const targets = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/targets",
      operationId: "createTarget",
      tags,
      security,
      summary: "Create a target",
      request: { body: jsonBody(Target.CreateInput) },
      responses: {
        201: jsonResponse(Target.Info, "The new target"),
        400: errors[400],
        413: errors[413],
      },
    }),
    async (c) => {
      const target = await Target.create(c.var.db, c.var.principal.owner, c.req.valid("json"));
      c.header("Location", `/v1/targets/${target.id}`);
      c.header("ETag", etagOf(target.version));
      return c.json(target, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/targets",
      operationId: "listTargets",
      tags,
      security,
      summary: "List targets, oldest first",
      request: { query: Target.ListQuery },
      responses: { 200: jsonResponse(TargetPage, "A page of targets"), 400: errors[400] },
    }),
    async (c) =>
      c.json(await Target.list(c.var.db, c.var.principal.owner, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/targets/{id}",
      operationId: "getTarget",
      tags,
      security,
      summary: "Read a target",
      request: { params: IdParam },
      responses: { 200: jsonResponse(Target.Info, "The target"), 404: errors[404] },
    }),
    async (c) => {
      const target = await Target.get(c.var.db, c.var.principal.owner, c.req.valid("param").id);
      c.header("ETag", etagOf(target.version));
      return c.json(target, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/targets/{id}",
      operationId: "updateTarget",
      tags,
      security,
      summary: "Change a target (with the version it read)",
      description:
        "Each named field is replaced whole; to log a telling, send the full `told` list.",
      request: { params: IdParam, body: jsonBody(Target.PatchInput) },
      responses: {
        200: jsonResponse(Target.Info, "The target as changed"),
        400: errors[400],
        404: errors[404],
        409: errors[409],
        413: errors[413],
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const target = await changeIfMatch(c, "The target", body.version, () =>
        Target.update(c.var.db, c.var.principal.owner, id, body),
      );
      c.header("ETag", etagOf(target.version));
      return c.json(target, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/targets/{id}",
      operationId: "deleteTarget",
      tags,
      security,
      summary: "Delete a target",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errors[404] },
    }),
    async (c) => {
      const { db, principal } = c.var;
      const { id } = c.req.valid("param");
      await deleteIfMatch(
        c,
        "The target",
        () => Target.get(db, principal.owner, id),
        () => Target.remove(db, principal.owner, id),
      );
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/targets/{id}/tailoring",
      operationId: "getTailoring",
      tags,
      security,
      summary: "Tailor the bank to a target",
      description:
        "Every story scored against every value of the target's value sets, with reasons; a covering set of stories; best and backup per value; the gaps; and a story for each question. Stories in the target's `told` log are left out unless `includeTold=true`.",
      request: { params: IdParam, query: Tailoring.Query },
      responses: {
        200: jsonResponse(Tailoring.Tailoring, "The tailoring"),
        400: errors[400],
        404: errors[404],
        413: { ...errors[413], description: "Over 300,000 stories × values to score" },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const options = Tailoring.fromQuery(c.req.valid("query"));
      const tailoring = await timed(
        "tailoring",
        async () => {
          // Loaded by the first request that tailors: the lexicon stays out of a cold start.
          const { forTarget } = await import("@storybank/core/tailoring");
          return forTarget(c.var.db, c.var.principal.owner, id, options);
        },
        "TailoringTime",
      );
      return c.json(tailoring, 200);
    },
  );
