import { type Face, type Family, faceFor, hanHint } from "../fonts/index.ts";
import { levelsOf, visualOrder } from "../text/bidi.ts";
import { breakOpportunities, clusters } from "../text/breaks.ts";

/**
 * Line breaking with the fonts' own (shaped) widths. The sheet breaks its lines itself rather
 * than leaving it to pdfkit, so the fit step measures exactly what the PDF draws: breaks by
 * UAX #14 (see `breakOpportunities`), grapheme clusters never split, soft hyphens shown when a
 * line breaks at one, and right-to-left runs put in visual order line by line (UAX #9).
 */

export type Style = "regular" | "bold" | "italic";

export interface Run {
  text: string;
  style: Style;
  color?: string;
  /** A label the sheet adds ("S", a card number): it does not set the paragraph's direction. */
  label?: boolean;
}

/** Text drawn in one face at one bidi level, without a break inside; widths are in em. */
export interface Token {
  text: string;
  face: Face;
  style: Style;
  color: string;
  width: number;
  space: boolean;
  /** Bidi embedding level: odd is right to left. */
  level: number;
}

/** Text between two break opportunities, and the space that follows it. */
export interface Word {
  tokens: Token[];
  /** Width of the tokens, in em. */
  width: number;
  /** The space after the word, which takes no room at the end of a line. */
  trail: Token | null;
  /** The visible hyphen a soft hyphen at the word's end adds when a line breaks there. */
  hyphen: Token | null;
}

/** A paragraph measured once, for any size and measure. */
export interface Measured {
  words: Word[];
  /** The paragraph's direction: 1 when its first strong character is right to left. */
  base: 0 | 1;
  /** Grapheme clusters no shipped font draws: left out of the drawing and reported. */
  missing: string[];
}

export interface Fragment {
  text: string;
  face: Face;
  style: Style;
  color: string;
  /** Offset from the line's start, in points. */
  x: number;
  /** Drawn right to left: the renderer mirrors paired characters. */
  rtl: boolean;
}

export interface Line {
  fragments: Fragment[];
  size: number;
  /** The line's text in logical (reading) order, as written. */
  text: string;
  /**
   * The line's text as a left-to-right reader meets it (right-to-left runs reversed), which PDF
   * text extractors turn back into reading order.
   */
  visual: string;
}

export const ink = "#1a1a1a";

/** Control characters, U+FFFE, U+FFFF and lone surrogates: not text, and not allowed in XML. */
export const unprintable = (cp: number) =>
  cp < 0x20 ||
  (cp >= 0x7f && cp <= 0x9f) ||
  cp === 0xfffe ||
  cp === 0xffff ||
  (cp >= 0xd800 && cp <= 0xdfff);

/** Text as one printed line: whitespace of any kind becomes a space, unprintables go. */
export function printable(text: string): string {
  let out = "";
  for (const ch of text.replace(/[\s\u0085\u2028\u2029]+/gu, " ")) {
    if (!unprintable(ch.codePointAt(0) as number)) out += ch;
  }
  return out;
}

/** Break points that take no room and draw nothing: zero-width space, word joiner, BOM. */
const invisible = new Set(["\u200b", "\u2060", "\ufeff"]);
const softHyphen = "\u00ad";

/**
 * Measures a paragraph: its words between UAX #14 break opportunities, each word's tokens in
 * the face that draws them (see `faceFor`), with their bidi levels.
 */
export function measureRuns(runs: Run[], family: Family): Measured {
  const texts = runs.map((run) => printable(run.text));
  const full = texts.join("");
  const content = runs.some((run) => run.label)
    ? texts.filter((_, i) => !runs[i]?.label).join("")
    : full;
  const { levels, base } = levelsOf(full, content);
  const hint = hanHint(full);
  const list = clusters(full);
  const breaks = breakOpportunities(full, list);
  const words: Word[] = [];
  const missing: string[] = [];
  let word: Word = { tokens: [], width: 0, trail: null, hyphen: null };
  let runIndex = 0;
  let runEnd = texts[0]?.length ?? 0;
  const close = () => {
    for (const token of word.tokens) {
      if (!token.space) token.width = token.face.measure(token.text);
      word.width += token.width;
    }
    words.push(word);
    word = { tokens: [], width: 0, trail: null, hyphen: null };
  };

  for (const cluster of list) {
    while (cluster.index >= runEnd && runIndex < runs.length - 1) {
      runIndex += 1;
      runEnd += (texts[runIndex] as string).length;
    }
    const run = runs[runIndex] as Run;
    const primary = family[run.style];
    const color = run.color ?? ink;
    const level = levels ? (levels[cluster.index] as number) : 0;
    if (breaks.has(cluster.index) && (word.tokens.length > 0 || word.trail)) close();
    if (cluster.text === " ") {
      if (word.trail) word.tokens.push(word.trail);
      const width = primary.advance(32);
      word.trail = { text: " ", face: primary, style: run.style, color, width, space: true, level };
      continue;
    }
    if (word.trail) {
      // A space with no break after it ("a !"): it stays inside the word.
      word.tokens.push(word.trail);
      word.trail = null;
    }
    if (invisible.has(cluster.text)) continue;
    const last = word.tokens[word.tokens.length - 1];
    if (cluster.text === softHyphen) {
      const face = last && !last.space ? last.face : primary;
      const hyphen = face.has(0x2d) ? face : primary;
      word.hyphen = {
        text: "-",
        face: hyphen,
        style: run.style,
        color,
        width: hyphen.advance(0x2d),
        space: false,
        level: last?.level ?? level,
      };
      continue;
    }
    const face = faceFor(primary, cluster.text, family, hint);
    if (!face) {
      missing.push(cluster.text);
      continue;
    }
    word.hyphen = null;
    if (
      last &&
      !last.space &&
      last.face === face &&
      last.style === run.style &&
      last.color === color &&
      last.level === level
    ) {
      last.text += cluster.text;
    } else {
      word.tokens.push({
        text: cluster.text,
        face,
        style: run.style,
        color,
        width: 0,
        space: false,
        level,
      });
    }
  }
  if (word.tokens.length > 0 || word.trail) close();
  return { words, base, missing };
}

/** A token cut into grapheme clusters, each measured alone: the last resort for a long word. */
function graphemes(token: Token): Token[] {
  return clusters(token.text).map(({ text }) => ({
    ...token,
    text,
    width: token.space ? token.width : token.face.measure(text),
  }));
}

/** Code points in reverse, as text extractors reverse a right-to-left run back. */
const reversed = (text: string) => [...text].reverse().join("");

/** One line of tokens in logical order, set out in visual order as fragments. */
function finish(
  tokens: Token[],
  hyphen: Token | null,
  size: number,
  indent: number,
  width: number,
  base: 0 | 1,
): Line {
  let end = tokens.length;
  while (end > 0 && (tokens[end - 1] as Token).space) end--;
  const logical = tokens.slice(0, end);
  if (hyphen) logical.push(hyphen);
  const visual = base === 0 && !logical.some((t) => t.level > 0) ? logical : visualOrder(logical);
  const fragments: Fragment[] = [];
  let x = 0;
  let last: Fragment | undefined;
  let lastEnd = -1;
  for (const token of visual) {
    const rtl = token.level % 2 === 1;
    if (token.space) {
      if (last && !last.rtl && !rtl && last.face === token.face && lastEnd === x) {
        last.text += " ";
        lastEnd = x + token.width;
      }
      x += token.width;
      continue;
    }
    if (
      last &&
      !last.rtl &&
      !rtl &&
      lastEnd === x &&
      last.face === token.face &&
      last.style === token.style &&
      last.color === token.color
    ) {
      last.text += token.text;
    } else {
      last = {
        text: token.text,
        face: token.face,
        style: token.style,
        color: token.color,
        x: x * size,
        rtl,
      };
      fragments.push(last);
    }
    x += token.width;
    lastEnd = x;
  }
  const shift = base === 1 ? width - indent - x * size : indent;
  for (const fragment of fragments) fragment.x += shift;
  let text = "";
  for (const token of logical) text += token.text;
  let seen = text;
  if (visual !== logical) {
    seen = "";
    for (const token of visual) {
      seen += token.level % 2 === 1 && !token.space ? reversed(token.text) : token.text;
    }
  }
  return { fragments, size, text, visual: seen };
}

/**
 * A line as the wrap leaves it: its tokens, set out as fragments (and its text read) only when
 * something asks. The fit wraps every paragraph at several sizes to count lines; only the lines
 * of the layout it keeps are ever drawn.
 */
class WrappedLine implements Line {
  private set: Line | undefined;

  constructor(
    private readonly tokens: Token[],
    private readonly hyphen: Token | null,
    readonly size: number,
    private readonly indent: number,
    private readonly width: number,
    private readonly base: 0 | 1,
  ) {}

  private done(): Line {
    return (this.set ??= finish(
      this.tokens,
      this.hyphen,
      this.size,
      this.indent,
      this.width,
      this.base,
    ));
  }

  get fragments(): Fragment[] {
    return this.done().fragments;
  }

  get text(): string {
    return this.done().text;
  }

  get visual(): string {
    return this.done().visual;
  }
}

/** Fills lines one token at a time; a class, so no closures are made per paragraph. */
class Filler {
  lines: Line[] = [];
  tokens: Token[] = [];
  /** Advance so far, in em. */
  x = 0;
  indent = 0;
  /** The space after the last word, placed only if another word follows on the line. */
  pending: Token | null = null;
  hyphen: Token | null = null;

  constructor(
    readonly size: number,
    readonly width: number,
    readonly hang: number,
    readonly base: 0 | 1,
  ) {}

  room(): number {
    return (this.width - this.indent) / this.size;
  }

  newLine(): void {
    this.lines.push(
      new WrappedLine(this.tokens, this.hyphen, this.size, this.indent, this.width, this.base),
    );
    this.tokens = [];
    this.x = 0;
    this.pending = null;
    this.hyphen = null;
    this.indent = this.hang;
  }

  put(token: Token): void {
    if (this.pending && this.tokens.length > 0) {
      this.tokens.push(this.pending);
      this.x += this.pending.width;
    }
    this.pending = null;
    this.tokens.push(token);
    this.x += token.width;
  }

  /** A word wider than a whole line: its tokens, cut between grapheme clusters where needed. */
  putLong(word: Word): void {
    for (const token of word.tokens) {
      for (const piece of token.width + this.x <= this.room() ? [token] : graphemes(token)) {
        if (this.x + piece.width > this.room() && this.tokens.length > 0) this.newLine();
        this.put(piece);
      }
    }
  }
}

/**
 * Greedy line filling over break opportunities. `width` is the line's measure in points; lines
 * after the first start `hang` points in (on the right for a right-to-left paragraph). Spaces
 * at either end of a line take no room. A word wider than a whole line is broken between
 * grapheme clusters, so nothing runs past the measure.
 */
export function wrap(measured: Measured, size: number, width: number, hang: number): Line[] {
  const fill = new Filler(size, width, hang, measured.base);
  for (const word of measured.words) {
    const need = word.width + (word.hyphen ? word.hyphen.width : 0);
    if (fill.tokens.length > 0) {
      const space = fill.pending ? fill.pending.width : 0;
      if (fill.x + space + need > fill.room()) fill.newLine();
    }
    if (fill.tokens.length === 0 && need > fill.room()) fill.putLong(word);
    else for (const token of word.tokens) fill.put(token);
    fill.pending = word.trail;
    fill.hyphen = word.hyphen;
  }
  fill.hyphen = null;
  if (fill.tokens.length > 0 || fill.lines.length === 0) fill.newLine();
  return fill.lines;
}
