import * as Sheet from "@storybank/core/cheatsheet";
import { chargeExport } from "@storybank/core/ratelimit";
import type { z } from "zod";
import type { ToolContext } from "./context.ts";
import type { GetCheatSheet } from "./inputs.ts";
import type { ToolOutput } from "./results.ts";

/** A sheet's URI: the target, the format and the options it was made with. */
export function sheetUri(
  targetId: string,
  format: string,
  { paper, size, includeTold }: { paper: string; size?: number; includeTold?: boolean },
): string {
  const query = new URLSearchParams({ paper });
  if (size !== undefined) query.set("size", String(size));
  if (includeTold) query.set("includeTold", "true");
  return `storybank://targets/${encodeURIComponent(targetId)}/cheat-sheet.${format}?${query}`;
}

/** What `sheetUri` makes: the target id (encoded), the format, the query. */
export const sheetPattern =
  /^storybank:\/\/targets\/([^/?#]+)\/cheat-sheet\.(pdf|docx|json)(?:\?([^#]*))?$/;

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
  const uri = sheetUri(targetId, format, { paper, ...options });
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
