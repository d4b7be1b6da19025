import { createRoute, z } from "@hono/zod-openapi";
import { invalid } from "@storybank/core/error";
import * as ValueSet from "@storybank/core/valueset";
import { HTTPException } from "hono/http-exception";
import { router } from "./router.ts";
import { IdParam, Problem, errors, jsonBody, jsonResponse, pageOf, security } from "./schemas.ts";

const tags = ["Value sets"];
const ValueSetPage = pageOf(ValueSet.Info, "ValueSetPage");

const ImportQuery = z.object({
  company: z.string().min(1).max(200).openapi({ description: "Whose values these are." }),
  name: z.string().min(1).max(200).optional().openapi({
    description: 'The set\'s name; by default the title over the values, else "<company> values".',
  }),
  source: z
    .string()
    .max(2_000)
    .optional()
    .openapi({ description: "Where the values were copied from (a URL)." }),
  asOf: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: "When they were copied (YYYY-MM-DD)." }),
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "`true`: answer what the text reads as (200) and write nothing." }),
});

const textTypes = ["text/markdown", "text/x-markdown", "text/plain"];
const textBody = {
  schema: {
    type: "string" as const,
    description: "A company's values as copied: Markdown or plain text.",
  },
};

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
      responses: {
        201: jsonResponse(ValueSet.Info, "The new value set"),
        400: errors[400],
        413: errors[413],
      },
    }),
    async (c) =>
      c.json(await ValueSet.create(c.var.db, c.var.principal.owner, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/value-sets/import",
      tags,
      security,
      summary: "Create your own value set from values pasted as text",
      description:
        'Reads a company\'s values as copied from a careers page or a memo: headings over paragraphs, bullets or numbered items with bold names, "Name — description" or "Name: description" lines, or plain text (a name line, then its paragraph). Every line that is not part of a value comes back as a warning with its line. A dry run answers the plan (200) and writes nothing; otherwise the new set (201).',
      request: {
        query: ImportQuery,
        body: { required: true, content: { "text/markdown": textBody, "text/plain": textBody } },
      },
      responses: {
        200: jsonResponse(ValueSet.ImportPlan, "Dry run: the set the text reads as, line by line"),
        201: jsonResponse(ValueSet.Info, "The new value set"),
        400: errors[400],
        413: errors[413],
        415: {
          description: "Not text",
          content: { "application/problem+json": { schema: Problem } },
        },
      },
    }),
    async (c) => {
      const type = c.req.header("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
      if (!textTypes.includes(type)) {
        throw new HTTPException(415, {
          message: "Send the values as text/markdown or text/plain.",
        });
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) {
        throw invalid("The body is empty.", [{ path: "body", message: "Paste the values" }]);
      }
      const { decodeText } = await import("@storybank/core/importer");
      const { dryRun, company, name, source, asOf } = c.req.valid("query");
      const result = await ValueSet.importValueSet(c.var.db, c.var.principal.owner, {
        text: decodeText(bytes),
        dryRun: dryRun === "true",
        company,
        name,
        source: source ?? null,
        asOf: asOf ?? null,
      });
      return result.valueSet ? c.json(result.valueSet, 201) : c.json(result, 200);
    },
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
        413: errors[413],
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
      summary: "Delete one of your value sets (not while a target names it)",
      description:
        "A value set that targets name is not deleted: the answer is 409, naming each target in the message and in `errors[]`. Take the set out of those targets' `valueSetIds` (or delete the targets) first.",
      request: { params: IdParam },
      responses: {
        204: { description: "Deleted" },
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      await ValueSet.remove(c.var.db, c.var.principal.owner, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
