import { createRoute } from "@hono/zod-openapi";
import { Check } from "@storybank/core/shapes";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import { router } from "./router.ts";
import { IdParam, errors, jsonResponse, security } from "./schemas.ts";

const tags = ["Story check"];

/** The check (and the tailoring lexicon it scores with), loaded by the first request that checks. */
const loadCheck = () => import("@storybank/core/check");

export const check = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/{id}/check",
      operationId: "checkStory",
      tags,
      security,
      summary: "Check a story against the craft rules",
      description:
        "Findings with a stable code, severity and field, a readiness figure (0–100) and the measures behind them. `wpm` sets the speaking pace (150 by default); `targetId` also checks for a connection to that target's company.",
      request: { params: IdParam, query: Check.Query },
      responses: {
        200: jsonResponse(Check.StoryCheck, "The story's check"),
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const { db, principal } = c.var;
      const { wpm, targetId } = c.req.valid("query");
      const [story, target] = await Promise.all([
        Story.get(db, principal.owner, c.req.valid("param").id),
        targetId ? Target.get(db, principal.owner, targetId) : undefined,
      ]);
      const { checkStory } = await loadCheck();
      return c.json(checkStory(story, { wpm, target }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/check",
      operationId: "checkBank",
      tags,
      security,
      summary: "Check the whole bank",
      description:
        "Readiness per story and for the bank; with `targetId`, the target's values that no ready story covers.",
      request: { query: Check.Query },
      responses: {
        200: jsonResponse(Check.BankCheck, "The bank's check"),
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const { checkBank } = await loadCheck();
      return c.json(await checkBank(c.var.db, c.var.principal.owner, c.req.valid("query")), 200);
    },
  );
