import type { CheatSheet, FitReport, Paper } from "@storybank/core/cheatsheet";
import { renderDocx } from "./docx.ts";
import { type Format, fit } from "./fit.ts";
import { renderPdf } from "./pdf.ts";

export { weakLegend, weakMark } from "./blocks.ts";
export { bodySize, fit, type Fitted, type Format } from "./fit.ts";
export { type Line, measureRuns, printable, unprintable, wrap } from "./text.ts";

export interface Rendered {
  bytes: Buffer;
  contentType: string;
  filename: string;
  fit: FitReport;
}

export const contentTypes: Record<Format, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_-]+/g, "-")
    .toLowerCase()
    .slice(0, 60) || "sheet";

/** Fits the sheet onto one page and renders it; the renderers see only the view model. */
export async function render(
  sheet: CheatSheet,
  { format, paper }: { format: Format; paper: Paper },
): Promise<Rendered> {
  const fitted = fit(sheet, format, paper);
  const { company, role } = sheet.header;
  const title = `Cheat sheet: ${[company, role].filter(Boolean).join(", ")}`;
  const bytes = format === "pdf" ? await renderPdf(fitted, title) : await renderDocx(fitted, title);
  return {
    bytes,
    contentType: contentTypes[format],
    filename: `cheat-sheet-${slug(company)}.${format}`,
    fit: fitted.report,
  };
}

/** How the sheet fits in each format, without rendering it. */
export function fitReports(sheet: CheatSheet, paper: Paper): Record<Format, FitReport> {
  return { pdf: fit(sheet, "pdf", paper).report, docx: fit(sheet, "docx", paper).report };
}
