import { createRoute, z } from "@hono/zod-openapi";
import { invalid } from "@storybank/core/error";
import * as ValueSet from "@storybank/core/valueset";
import { HTTPException } from "hono/http-exception";
import { router } from "./router.ts";
import { IdParam, Problem, errors, jsonBody, jsonResponse, pageOf, security } from "./schemas.ts";
import { changeIfMatch, deleteIfMatch, etagOf } from "./versioning.ts";

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
      operationId: "listValueSets",
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
      operationId: "getValueSet",
      tags,
      security,
      summary: "Read a value set",
      request: { params: IdParam },
      responses: { 200: jsonResponse(ValueSet.Info, "The value set"), 404: errors[404] },
    }),
    async (c) => {
      const set = await ValueSet.get(c.var.db, c.var.principal.owner, c.req.valid("param").id);
      c.header("ETag", etagOf(set.version));
      return c.json(set, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/value-sets",
      operationId: "createValueSet",
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
    async (c) => {
      const set = await ValueSet.create(c.var.db, c.var.principal.owner, c.req.valid("json"));
      c.header("Location", `/v1/value-sets/${set.id}`);
      c.header("ETag", etagOf(set.version));
      return c.json(set, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/value-sets/import",
      operationId: "importValueSet",
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
      if (!result.valueSet) return c.json(result, 200);
      c.header("Location", `/v1/value-sets/${result.valueSet.id}`);
      return c.json(result.valueSet, 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/value-sets/{id}",
      operationId: "updateValueSet",
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
      const body = c.req.valid("json");
      const set = await changeIfMatch(c, "The value set", body.version, () =>
        ValueSet.update(c.var.db, c.var.principal.owner, id, body),
      );
      c.header("ETag", etagOf(set.version));
      return c.json(set, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/value-sets/{id}",
      operationId: "deleteValueSet",
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
      const { db, principal } = c.var;
      const { id } = c.req.valid("param");
      await deleteIfMatch(
        c,
        "The value set",
        () => ValueSet.get(db, principal.owner, id),
        () => ValueSet.remove(db, principal.owner, id),
      );
      return c.body(null, 204);
    },
  );
