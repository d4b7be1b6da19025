import type { CheatSheet, DropKind, FitReport, Paper } from "@storybank/core/cheatsheet";
import { docxFamily, pdfFamily } from "./fonts.ts";
import { sections } from "./blocks.ts";
import { dropItems, dropped, without } from "./drops.ts";
import {
  type Layout,
  type PageBox,
  type Profile,
  type Section,
  layout,
  MeasureCache,
  pageBox,
} from "./layout.ts";

/** Body sizes in points: the fit starts at `max` and never goes below `floor`. */
export const bodySize = { max: 10, floor: 7, step: 0.25 } as const;

export type Format = "pdf" | "docx";

/**
 * PDF text is measured in the very font it is drawn in. DOCX text is set by the reader's word
 * processor in Arial (or its metric twin Liberation Sans), so it is measured in Arial's metrics
 * on a slightly shorter line, counting every paragraph's space even at the top of a column.
 */
function profile(format: Format): { profile: Profile; margin: number } {
  return format === "pdf"
    ? {
        profile: { family: pdfFamily(), leading: 1.2, fill: 0.995, topSpace: false, headerGap: 1 },
        margin: 30,
      }
    : {
        profile: { family: docxFamily(), leading: 1.2, fill: 0.97, topSpace: true, headerGap: 2 },
        margin: 30,
      };
}

export interface Fitted {
  /** The sheet as printed: the view model less what was dropped. */
  shown: CheatSheet;
  sections: Section[];
  layout: Layout;
  page: PageBox;
  profile: Profile;
  report: FitReport;
}

/**
 * Fits the sheet onto one page: the largest body size that fits, and only at the floor size
 * drops the fewest pieces in `fitOrder` that make it fit.
 */
export function fit(sheet: CheatSheet, format: Format, paper: Paper): Fitted {
  const { profile: measure, margin } = profile(format);
  const page = pageBox(paper, margin);
  const cache = new MeasureCache();
  const attempt = (shown: CheatSheet, size: number, leftOff: DropKind[] = []) => {
    const parts = sections(shown, leftOff);
    return { shown, sections: parts, layout: layout(parts, page, size, measure, cache), size };
  };
  const done = (result: ReturnType<typeof attempt>, drops: ReturnType<typeof dropItems>) => ({
    shown: result.shown,
    sections: result.sections,
    layout: format === "pdf" ? balanced(result.sections, result.size) : result.layout,
    page,
    profile: measure,
    report: {
      format,
      paper,
      fontSize: result.size,
      floor: bodySize.floor,
      pages: 1 as const,
      dropped: drops.map(dropped),
      unprinted: [],
    },
  });

  /** The PDF's columns end level, as low as they must: a short sheet reads as one piece. */
  const balanced = (parts: Section[], size: number) => {
    let lo = 0;
    let hi = page.height;
    let best = layout(parts, page, size, measure, cache);
    while (hi - lo > 1) {
      const mid = (lo + hi) / 2;
      const tried = layout(parts, page, size, measure, cache, mid);
      if (tried.fits) {
        best = tried;
        hi = mid;
      } else lo = mid;
    }
    return best;
  };

  const steps = Math.round((bodySize.max - bodySize.floor) / bodySize.step);
  const sizeAt = (i: number) => bodySize.max - i * bodySize.step;
  const atFloor = attempt(sheet, bodySize.floor);
  if (atFloor.layout.fits) {
    let lo = 0;
    let hi = steps;
    let best = atFloor;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const tried = attempt(sheet, sizeAt(mid));
      if (tried.layout.fits) {
        best = tried;
        hi = mid;
      } else lo = mid + 1;
    }
    return done(lo === steps ? atFloor : best, []);
  }

  const items = dropItems(sheet);
  let lo = 1;
  let hi = items.length;
  let best: ReturnType<typeof attempt> | undefined;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const leftOff = items.slice(0, mid).map((item) => item.kind);
    const tried = attempt(without(sheet, items, mid), bodySize.floor, leftOff);
    if (tried.layout.fits) {
      best = tried;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (!best)
    throw new Error("The sheet does not fit one page even with every droppable part left off.");
  return done(best, items.slice(0, lo));
}
