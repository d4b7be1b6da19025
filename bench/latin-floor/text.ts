import { type Face, type Family, faceFor, joinsPrevious } from "./fonts.ts";

/**
 * Line breaking with the fonts' own advance widths. The sheet breaks its lines itself rather
 * than leaving it to pdfkit, so the fit step measures exactly what the PDF draws.
 */

export type Style = "regular" | "bold" | "italic";

export interface Run {
  text: string;
  style: Style;
  color?: string;
}

/** Text drawn without a break inside, in one face; widths are in em. */
export interface Token {
  text: string;
  face: Face;
  style: Style;
  color: string;
  width: number;
  space: boolean;
}

export interface Fragment {
  text: string;
  face: Face;
  style: Style;
  color: string;
  /** Offset from the line's start, in points. */
  x: number;
}

export interface Line {
  fragments: Fragment[];
  size: number;
}

export const ink = "#1a1a1a";

const isCjkBreak = (cp: number) => (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff);
const breaksAfter = (ch: string) => ch === "-" || ch === "/" || ch === "–" || ch === "—";

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

/** Splits runs into unbreakable tokens, each in the face that has its glyphs. */
export function tokenize(runs: Run[], family: Family): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const primary = family[run.style];
    const color = run.color ?? ink;
    let current: Token | undefined;
    let joinNext = false;
    const push = (token: Token) => {
      tokens.push(token);
      current = token;
    };
    for (const ch of printable(run.text)) {
      const cp = ch.codePointAt(0) as number;
      if (current && (joinNext || joinsPrevious(cp))) {
        current.text += ch;
        current.width += current.face.has(cp) ? current.face.advance(cp) : 0;
        joinNext = cp === 0x200d;
        continue;
      }
      joinNext = false;
      if (ch === " ") {
        push({
          text: " ",
          face: primary,
          style: run.style,
          color,
          width: primary.advance(32),
          space: true,
        });
        current = undefined;
        continue;
      }
      const face = faceFor(primary, cp, family.cjk);
      const alone = isCjkBreak(cp);
      if (
        !current ||
        current.space ||
        current.face !== face ||
        alone ||
        breaksAfter(current.text.slice(-1))
      ) {
        push({ text: ch, face, style: run.style, color, width: face.advance(cp), space: false });
        if (alone) current = undefined;
        continue;
      }
      current.text += ch;
      current.width += face.advance(cp);
    }
  }
  return tokens;
}

/** Splits a token wider than a line into pieces, each at most `room` em wide. */
function split(token: Token, room: number, full: number): Token[] {
  const pieces: Token[] = [];
  let piece = { ...token, text: "", width: 0 };
  let limit = room;
  for (const ch of token.text) {
    const cp = ch.codePointAt(0) as number;
    const width = token.face.has(cp) ? token.face.advance(cp) : 0;
    if (piece.text !== "" && piece.width + width > limit && !joinsPrevious(cp)) {
      pieces.push(piece);
      piece = { ...token, text: "", width: 0 };
      limit = full;
    }
    piece.text += ch;
    piece.width += width;
  }
  pieces.push(piece);
  return pieces;
}

/** Fills lines one token at a time; a class, so no closures are made per paragraph. */
class Filler {
  lines: Line[] = [];
  fragments: Fragment[] = [];
  /** Advance so far and space waiting before the next token, in em. */
  x = 0;
  pendingSpace = 0;
  indent = 0;

  constructor(
    readonly size: number,
    readonly width: number,
    readonly hang: number,
  ) {}

  room(): number {
    return (this.width - this.indent) / this.size;
  }

  newLine(): void {
    this.lines.push({ fragments: this.fragments, size: this.size });
    this.fragments = [];
    this.x = 0;
    this.pendingSpace = 0;
    this.indent = this.hang;
  }

  place(token: Token): void {
    const last = this.fragments[this.fragments.length - 1];
    const space = this.pendingSpace > 0;
    if (
      last &&
      last.face === token.face &&
      last.style === token.style &&
      last.color === token.color
    ) {
      last.text += space ? ` ${token.text}` : token.text;
    } else {
      if (last && space) last.text += " ";
      this.fragments.push({
        text: token.text,
        face: token.face,
        style: token.style,
        color: token.color,
        x: (this.x + this.pendingSpace) * this.size + this.indent,
      });
    }
    this.x += this.pendingSpace + token.width;
    this.pendingSpace = 0;
  }
}

/**
 * Greedy line filling. `width` is the line's measure in points; lines after the first start
 * `hang` points in. Spaces at either end of a line take no room.
 */
export function wrap(tokens: Token[], size: number, width: number, hang: number): Line[] {
  const fill = new Filler(size, width, hang);
  for (const token of tokens) {
    if (token.space) {
      if (fill.fragments.length > 0) fill.pendingSpace += token.width;
      continue;
    }
    if (fill.x + fill.pendingSpace + token.width <= fill.room()) {
      fill.place(token);
      continue;
    }
    if (fill.fragments.length > 0) fill.newLine();
    if (token.width <= fill.room()) {
      fill.place(token);
      continue;
    }
    const pieces = split(token, fill.room(), (width - hang) / size);
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) fill.newLine();
      fill.place(pieces[i] as Token);
    }
  }
  if (fill.fragments.length > 0 || fill.lines.length === 0) fill.newLine();
  return fill.lines;
}
