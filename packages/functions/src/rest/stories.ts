import { createRoute } from "@hono/zod-openapi";
import * as Story from "@storybank/core/story";
import { router } from "./router.ts";
import { IdParam, errors, jsonBody, jsonResponse, pageOf, security } from "./schemas.ts";
import { changeIfMatch, deleteIfMatch, etagOf } from "./versioning.ts";

const tags = ["Stories"];
const StoryPage = pageOf(Story.Info, "StoryPage");

export const stories = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/stories",
      operationId: "createStory",
      tags,
      security,
      summary: "Create a story",
      request: { body: jsonBody(Story.CreateInput) },
      responses: {
        201: jsonResponse(Story.Info, "The new story"),
        400: errors[400],
        413: errors[413],
      },
    }),
    async (c) => {
      const story = await Story.create(c.var.db, c.var.principal.owner, c.req.valid("json"));
      c.header("Location", `/v1/stories/${story.id}`);
      c.header("ETag", etagOf(story.version));
      return c.json(story, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories",
      operationId: "listStories",
      tags,
      security,
      summary: "List stories, oldest first, with filters",
      request: { query: Story.ListQuery },
      responses: { 200: jsonResponse(StoryPage, "A page of stories"), 400: errors[400] },
    }),
    async (c) =>
      c.json(await Story.list(c.var.db, c.var.principal.owner, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/{id}",
      operationId: "getStory",
      tags,
      security,
      summary: "Read a story",
      request: { params: IdParam },
      responses: { 200: jsonResponse(Story.Info, "The story"), 404: errors[404] },
    }),
    async (c) => {
      const story = await Story.get(c.var.db, c.var.principal.owner, c.req.valid("param").id);
      c.header("ETag", etagOf(story.version));
      return c.json(story, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/stories/{id}",
      operationId: "updateStory",
      tags,
      security,
      summary: "Change a story (with the version it read)",
      request: { params: IdParam, body: jsonBody(Story.PatchInput) },
      responses: {
        200: jsonResponse(Story.Info, "The story as changed"),
        400: errors[400],
        404: errors[404],
        409: errors[409],
        413: errors[413],
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const story = await changeIfMatch(c, "The story", body.version, () =>
        Story.update(c.var.db, c.var.principal.owner, id, body),
      );
      c.header("ETag", etagOf(story.version));
      return c.json(story, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/stories/{id}",
      operationId: "deleteStory",
      tags,
      security,
      summary: "Delete a story",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errors[404] },
    }),
    async (c) => {
      const { db, principal } = c.var;
      const { id } = c.req.valid("param");
      await deleteIfMatch(
        c,
        "The story",
        () => Story.get(db, principal.owner, id),
        () => Story.remove(db, principal.owner, id),
      );
      return c.body(null, 204);
    },
  );
