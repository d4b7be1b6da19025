import * as Sheet from "@storybank/core/cheatsheet";
import { chargeExport } from "@storybank/core/ratelimit";
import type { z } from "zod";
import type { ToolContext } from "./context.ts";
import type { GetCheatSheet } from "./inputs.ts";
import type { ToolOutput } from "./results.ts";

/** Where a rendered sheet is named in the embedded resource: the target, the format, the paper. */
export const sheetUri = (targetId: string, format: string, paper: string) =>
  `storybank://targets/${encodeURIComponent(targetId)}/cheat-sheet.${format}?paper=${paper}`;

/**
 * The one-page sheet for a target, spending one of the owner's daily exports as REST does.
 * `json`: `{ sheet, fit }`, REST's JSON view (the view model, and per format what was shrunk or
 * left off). `pdf`/`docx`: a summary (file name, media type, size in bytes, fit) and the file
 * as an embedded resource (base64 `blob`).
 */
export async function cheatSheet(
  { db, principal, limits }: ToolContext,
  { targetId, format, paper, ...options }: z.output<typeof GetCheatSheet>,
): Promise<ToolOutput> {
  await chargeExport(db, principal, limits);
  const sheet = await Sheet.forTarget(db, principal.owner, targetId, options);
  // Loaded on the first sheet: the renderers and fonts stay out of a start that serves none.
  const exporter = await import("@storybank/export/cheatsheet");
  if (format === "json") return { structured: { sheet, fit: exporter.fitReports(sheet, paper) } };
  const rendered = await exporter.render(sheet, { format, paper });
  const uri = sheetUri(targetId, format, paper);
  return {
    structured: {
      targetId,
      format,
      paper,
      uri,
      filename: rendered.filename,
      mimeType: rendered.contentType,
      bytes: rendered.bytes.length,
      fit: rendered.fit,
    },
    content: [
      {
        type: "resource",
        resource: {
          uri,
          mimeType: rendered.contentType,
          blob: rendered.bytes.toString("base64"),
        },
      },
    ],
  };
}
