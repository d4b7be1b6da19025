import type { Paper } from "@storybank/core/cheatsheet";
import type { Family } from "./fonts.ts";
import { type Line, type Run, type Token, tokenize, wrap } from "./text.ts";

/** A paragraph of the sheet. Sizes and spaces are relative to the body size. */
export interface Para {
  runs: Run[];
  scale: number;
  /** Continuation lines start this many em (of the body size) in. */
  hang: number;
  /** Space above, in em of the body size. */
  before: number;
  /** Paragraphs with the same keep id stay in one column when they can. */
  keep: number;
}

export interface Section {
  columns: 1 | 2;
  paras: Para[];
}

export interface PageBox {
  width: number;
  height: number;
  margin: number;
  gap: number;
}

const points: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

export const pageBox = (paper: Paper, margin: number): PageBox => ({
  ...points[paper],
  margin,
  gap: 16,
});

/** How one renderer's text is measured. */
export interface Profile {
  family: Family;
  /** Line height as a multiple of the font size. */
  leading: number;
  /** Share of the column width a line may fill, to absorb kerning and font substitution. */
  fill: number;
  /** Whether space above a paragraph counts at the top of a column. */
  topSpace: boolean;
  /** Space between the header and the columns, in em of the body size. */
  headerGap: number;
}

export interface Placed {
  x: number;
  /** Top of the line box. */
  y: number;
  line: Line;
  height: number;
}

export interface Layout {
  fits: boolean;
  lines: Placed[];
  /** Where the header ends: the body's columns start below it. */
  headerBottom: number;
}

/**
 * What one fit measures once: a paragraph's tokens do not depend on the size, and its lines
 * depend only on the size and the measure, which most attempts share.
 */
export class MeasureCache {
  readonly tokens = new Map<string, Token[]>();
  readonly lines = new Map<string, Line[]>();
  readonly keys = new WeakMap<Run[], string>();
}

function linesOf(para: Para, body: number, width: number, profile: Profile, cache: MeasureCache) {
  let key = cache.keys.get(para.runs);
  if (key === undefined) {
    key = "";
    for (const run of para.runs) key += `${run.style}${run.color ?? ""}\u0001${run.text}\u0002`;
    cache.keys.set(para.runs, key);
  }
  const size = body * para.scale;
  const sized = `${size}\u0003${width}\u0003${para.hang}\u0003${key}`;
  const known = cache.lines.get(sized);
  if (known) return known;
  let tokens = cache.tokens.get(key);
  if (!tokens) cache.tokens.set(key, (tokens = tokenize(para.runs, profile.family)));
  const lines = wrap(tokens, size, width * profile.fill, para.hang * body);
  cache.lines.set(sized, lines);
  return lines;
}

/** Height of measured paragraphs, with or without the first one's space above. */
function heightOf(
  measured: { para: Para; lines: Line[] }[],
  body: number,
  leading: number,
  skipFirstSpace: boolean,
) {
  let sum = 0;
  for (let i = 0; i < measured.length; i++) {
    const { para, lines } = measured[i] as { para: Para; lines: Line[] };
    if (i > 0 || !skipFirstSpace) sum += para.before * body;
    for (const line of lines) sum += line.size * leading;
  }
  return sum;
}

/** Consecutive paragraphs sharing a keep id. */
function chunks(paras: Para[]): Para[][] {
  const out: Para[][] = [];
  for (const para of paras) {
    const last = out[out.length - 1];
    if (last && last[0]?.keep === para.keep) last.push(para);
    else out.push([para]);
  }
  return out;
}

/**
 * Lays the sections out top to bottom at one body size; two-column sections fill the left
 * column first, down to `columnHeight` if given. A keep group that does not fit what is left of
 * a column starts the next one, unless it is taller than a whole column, in which case it
 * breaks between lines.
 */
export function layout(
  sections: Section[],
  page: PageBox,
  body: number,
  profile: Profile,
  cache: MeasureCache,
  columnHeight = Infinity,
): Layout {
  const placed: Placed[] = [];
  const pageBottom = page.height - page.margin;
  let bottom = pageBottom;
  const inner = page.width - 2 * page.margin;
  let top = page.margin;
  let headerBottom = top;
  let fits = true;

  sections.forEach((section, index) => {
    if (index > 0 && sections[index - 1]?.columns === 1) {
      headerBottom = top;
      top += profile.headerGap * body;
    }
    const width = section.columns === 1 ? inner : (inner - page.gap) / 2;
    bottom = section.columns === 2 ? Math.min(pageBottom, top + columnHeight) : pageBottom;
    let column = 0;
    let y = top;
    let lowest = top;
    const x = () => page.margin + column * (width + page.gap);
    const atTop = () => y === top;
    const spaceOf = (para: Para) => (atTop() && !profile.topSpace ? 0 : para.before * body);
    const nextColumn = () => {
      if (column + 1 >= section.columns) return false;
      column += 1;
      y = top;
      return true;
    };

    for (const chunk of chunks(section.paras)) {
      const measured = [];
      for (const para of chunk) {
        measured.push({ para, lines: linesOf(para, body, width, profile, cache) });
      }
      const skip = !profile.topSpace;
      const here = heightOf(measured, body, profile.leading, atTop() && skip);
      const whole = heightOf(measured, body, profile.leading, skip);
      // Only a group taller than a whole page column breaks; a shortened (balanced) column
      // that cannot take it does not fit.
      if (y + here > bottom && !atTop() && whole <= pageBottom - top) {
        if (!nextColumn()) fits = false;
      }
      for (const { para, lines } of measured) {
        y += spaceOf(para);
        for (const line of lines) {
          const h = line.size * profile.leading;
          if (y + h > bottom && !(atTop() && h > bottom - top)) {
            if (!nextColumn()) fits = false;
          }
          placed.push({ x: x(), y, line, height: h });
          y += h;
          lowest = Math.max(lowest, y);
        }
      }
    }
    top = Math.max(lowest, y);
  });
  if (top > pageBottom) fits = false;
  return { fits, lines: placed, headerBottom };
}
