import { createRoute, z } from "@hono/zod-openapi";
import { Sheet, Tailoring } from "@storybank/core/shapes";
import { chargeExport } from "@storybank/core/ratelimit";
import { record, timed } from "../observe/scope.ts";
import { needs } from "./auth.ts";
import { router } from "./router.ts";
import { IdParam, errors, security } from "./schemas.ts";

const mediaTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  json: "application/json",
} as const;

type Format = keyof typeof mediaTypes;

/**
 * The format an Accept header asks for, best quality first. PDF is the sheet's own form, so it
 * answers wildcards, a missing header and media types the sheet does not come in.
 */
export function formatFor(accept: string | undefined): Format {
  const wanted = (accept ?? "")
    .split(",")
    .map((part, order) => {
      const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = Number(params.find((p) => p.startsWith("q="))?.slice(2) ?? 1);
      return { type, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { type } of wanted) {
    const format = (Object.keys(mediaTypes) as Format[]).find((f) => mediaTypes[f] === type);
    if (format) return format;
    if (type === "*/*" || type === "application/*") return "pdf";
  }
  return "pdf";
}

const binary = z.string().openapi({ format: "binary" });

export const cheatSheet = router().openapi(
  createRoute({
    method: "get",
    path: "/targets/{id}/cheat-sheet",
    operationId: "getCheatSheet",
    tags: ["Targets"],
    security,
    summary: "The one-page cheat sheet for a target (needs the export scope)",
    description:
      "PDF, DOCX, or JSON (the view model and how it fits each format), by `format` or `Accept`. Always one page: the type shrinks to a 7 pt floor, then the lowest-priority parts are left off and listed in the fit report.",
    middleware: [needs("export")] as const,
    request: { params: IdParam, query: Sheet.SheetQuery },
    responses: {
      200: {
        description: "The sheet",
        content: {
          [mediaTypes.pdf]: { schema: binary },
          [mediaTypes.docx]: { schema: binary },
          [mediaTypes.json]: { schema: Sheet.SheetView },
        },
      },
      400: errors[400],
      403: errors[403],
      404: errors[404],
      413: { ...errors[413], description: "Over 300,000 stories × values to score" },
    },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    const format = query.format ?? formatFor(c.req.header("Accept"));
    // GET and HEAD alike: a HEAD does the same work, so it spends the same budget.
    await chargeExport(c.var.db, c.var.principal, c.var.limits);
    const { forTarget } = await import("@storybank/core/cheatsheet");
    const sheet = await forTarget(c.var.db, c.var.principal.owner, id, Tailoring.fromQuery(query));
    // Loaded here, not at the top: a cold start that serves no sheet never reads pdfkit or docx.
    const exporter = await import("@storybank/export/cheatsheet");
    c.header("Cache-Control", "private, no-store");
    c.header("Vary", "Accept");
    if (format === "json") {
      return c.json({ sheet, fit: exporter.fitReports(sheet, query.paper) }, 200);
    }
    const rendered = await timed(
      "render",
      () => exporter.render(sheet, { format, paper: query.paper }),
      "SheetRenderTime",
    );
    record("SheetFitDrops", rendered.fit.dropped.length);
    return c.body(new Uint8Array(rendered.bytes), 200, {
      "Content-Type": rendered.contentType,
      "Content-Disposition": `attachment; filename="${rendered.filename}"`,
      "X-Content-Type-Options": "nosniff",
    });
  },
);
