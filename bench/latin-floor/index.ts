/**
 * The Latin-only floor of the cheat-sheet benchmark: the PDF renderer as it stood before the
 * sheet set text in every script (export at commit 6fdfdf4), kept unchanged but for its imports.
 * Text is split into tokens code point by code point, lines are broken at spaces, and a
 * character the text face lacks falls back to the CJK or emoji face: no grapheme clusters, no
 * UAX #14, no bidi, no shaping by script. The benchmark renders the same Latin sheet with it and
 * with the package, so the ratio is what the multi-script text costs a Latin sheet.
 */
import type { CheatSheet, Paper } from "@storybank/core/cheatsheet";
import { fit } from "./fit.ts";
import { renderPdf } from "./pdf.ts";

/** The sheet as a PDF (bytes), fitted and drawn as before every script was set. */
export function renderLatinFloor(sheet: CheatSheet, paper: Paper): Promise<Buffer> {
  const { company, role } = sheet.header;
  const title = `Cheat sheet: ${[company, role].filter(Boolean).join(", ")}`;
  return renderPdf(fit(sheet, "pdf", paper), title);
}
