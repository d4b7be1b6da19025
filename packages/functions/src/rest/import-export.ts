import { createRoute, z } from "@hono/zod-openapi";
import * as Bank from "@storybank/core/bank/schema";
import { invalid } from "@storybank/core/error";
import { chargeExport } from "@storybank/core/ratelimit";
import { HTTPException } from "hono/http-exception";
import { needs } from "./auth.ts";
import { router } from "./router.ts";
import { Problem, errors, jsonResponse, security } from "./schemas.ts";
import { record } from "../observe/scope.ts";

const tags = ["Import and export"];
// An HTML document (a saved page, a Google Docs or Notion export) is read as the Markdown it means.
const markdownTypes = [
  "text/markdown",
  "text/x-markdown",
  "text/plain",
  "text/html",
  "application/xhtml+xml",
];

/** A story document for text/markdown, text/plain or text/html, the JSON bank for application/json. */
function formatOf(contentType: string | undefined): "markdown" | "json" {
  const [type = "", ...params] = (contentType ?? "").split(";").map((p) => p.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice(8)
    .replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    throw invalid("Documents are read as UTF-8 only.", [
      { path: "Content-Type", message: `charset=${charset} is not UTF-8: send UTF-8 text.` },
    ]);
  }
  if (type === "application/json") return "json";
  if (markdownTypes.includes(type)) return "markdown";
  throw new HTTPException(415, {
    message:
      "Send Markdown as text/markdown (or text/plain), HTML as text/html, or a JSON bank as application/json.",
  });
}

const ImportQuery = z.object({
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "`true`: report what the import would do and write nothing." }),
});

const ExportQuery = z.object({
  format: z.enum(["json", "markdown"]).default("json"),
});

// Markdown bodies are read raw, and JSON ones too so that a parse error can say where it is:
// the body schemas below document the formats without zod-openapi validating them.
const markdownBody = { schema: { type: "string" as const, description: "A story document." } };
const htmlBody = {
  schema: {
    type: "string" as const,
    description:
      "A story document saved as HTML (a web page, a Google Docs or Notion export, an e-mail): read as the Markdown it means, the report's first warning saying so.",
  },
  example:
    "<!DOCTYPE html>\n<html><body>\n<h2>Pushing back on a launch date</h2>\n<p><b>Situation:</b> Two weeks before launch, load tests showed checkout failing at 3x traffic.</p>\n<p><b>Task:</b> I owned the launch readiness review.</p>\n<p><b>Action:</b></p>\n<ul><li>I showed my director the failure curve and proposed a one-week slip</li></ul>\n<p><b>Result:</b> Launched one week late with zero checkout incidents.</p>\n</body></html>\n",
};

export const importExport = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/import",
      operationId: "importDocument",
      tags,
      security,
      summary: "Import a Markdown story document or a JSON bank (all of it or none)",
      description:
        "Markdown is read tolerantly into stories, with mis-decoded text repaired and a warning for each piece of text that has no place. A story matches an existing one by title (case, spacing and quote style aside): a match is updated, or left alone if nothing changed, so importing twice adds nothing.",
      request: {
        query: ImportQuery,
        body: {
          required: true,
          content: {
            "text/markdown": markdownBody,
            "text/plain": markdownBody,
            "text/html": htmlBody,
            "application/json": { schema: { $ref: "#/components/schemas/Bank" } },
          },
        },
      },
      responses: {
        200: jsonResponse(Bank.ImportResult, "What the import did, or would do in a dry run"),
        400: errors[400],
        409: errors[409],
        413: errors[413],
        415: {
          description: "Neither Markdown, HTML nor JSON",
          content: { "application/problem+json": { schema: Problem } },
        },
      },
    }),
    async (c) => {
      const format = formatOf(c.req.header("Content-Type"));
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) {
        throw invalid("The body is empty.", [{ path: "body", message: "Send a document" }]);
      }
      // Loaded here, not at the top: the Markdown parser and writer stay out of a cold start
      // that imports nothing.
      const [{ importDocument }, { decodeText }] = await Promise.all([
        import("@storybank/core/bank"),
        import("@storybank/core/importer"),
      ]);
      const result = await importDocument(c.var.db, c.var.principal.owner, {
        format,
        text: decodeText(bytes),
        dryRun: c.req.valid("query").dryRun === "true",
      });
      record("ImportStories", result.stories.length);
      record("ImportWarnings", result.warnings.length);
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/export",
      operationId: "exportBank",
      tags,
      security,
      summary: "Export the whole bank as JSON, or the stories as Markdown (needs the export scope)",
      middleware: [needs("export")] as const,
      request: { query: ExportQuery },
      responses: {
        200: {
          description: "The bank",
          content: {
            "application/json": { schema: Bank.Bank },
            "text/markdown": { schema: z.string() },
          },
        },
        400: errors[400],
        403: errors[403],
      },
    }),
    async (c) => {
      const { format } = c.req.valid("query");
      const { db, principal, limits } = c.var;
      // GET and HEAD alike: a HEAD does the same work, so it spends the same budget.
      await chargeExport(db, principal, limits);
      const { exportJson, exportMarkdown } = await import("@storybank/core/bank");
      const day = new Date().toISOString().slice(0, 10);
      c.header("Cache-Control", "private, no-store");
      if (format === "markdown") {
        const markdown = await exportMarkdown(db, principal.owner);
        return c.body(markdown, 200, {
          "Content-Type": "text/markdown; charset=utf-8",
          "Content-Disposition": `attachment; filename="storybank-${day}.md"`,
        });
      }
      c.header("Content-Disposition", `attachment; filename="storybank-${day}.json"`);
      return c.json(await exportJson(db, principal.owner), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/schema/bank.json",
      operationId: "getBankSchema",
      tags,
      security,
      summary: "The JSON Schema of the exported bank",
      responses: {
        200: jsonResponse(z.record(z.string(), z.unknown()), "A JSON Schema (draft 2020-12)"),
      },
    }),
    (c) => {
      c.header("Cache-Control", "private, max-age=3600");
      return c.json(Bank.jsonSchema(), 200);
    },
  );
