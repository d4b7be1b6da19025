import { createRoute } from "@hono/zod-openapi";
import * as Practice from "@storybank/core/practice";
import { router } from "./router.ts";
import { IdParam, errors, jsonBody, jsonResponse, pageOf, security } from "./schemas.ts";

const tags = ["Practice"];
const PracticePage = pageOf(Practice.Info, "PracticePage");

export const practice = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/stories/{id}/practice",
      operationId: "recordPractice",
      tags,
      security,
      summary: "Record a timed telling of a story",
      description:
        "Adds an entry to the story's practice log and counts it in the story's progress (`practiceCount`, `lastPracticedAt`; a `refined` telling also sets `timedSeconds`).",
      request: { params: IdParam, body: jsonBody(Practice.RecordInput) },
      responses: {
        201: jsonResponse(Practice.Info, "The new entry"),
        400: errors[400],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const entry = await Practice.record(c.var.db, c.var.principal.owner, id, c.req.valid("json"));
      return c.json(entry, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/{id}/practice",
      operationId: "listPractice",
      tags,
      security,
      summary: "List a story's practice log, oldest first",
      request: { params: IdParam, query: Practice.ListQuery },
      responses: {
        200: jsonResponse(PracticePage, "A page of entries"),
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(
        await Practice.list(c.var.db, c.var.principal.owner, id, c.req.valid("query")),
        200,
      );
    },
  );
