import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import {
  boldOf,
  cjkFaces,
  type FaceName,
  files,
  type HanHint,
  isCjk,
  type ScriptFace,
  scriptFaces,
} from "./files.ts";
import { unwrapWoff } from "./woff.ts";

export { type FaceName, files, hanHint, type HanHint, isCjk } from "./files.ts";

/**
 * The fonts the sheets are set in, shipped through npm (see `files`). Each file is parsed once
 * per process, the first time a text needs it, and the parsed font is handed to every
 * document: fontkit's parse of a font is most of the cost of a small PDF. pdfkit's standard
 * fonts are never used.
 */
export interface Face {
  name: FaceName;
  font: fontkit.Font;
  /** Advance width of a code point, in em. */
  advance(codePoint: number): number;
  /** Width of a text set in this face, shaped as pdfkit sets it (ligatures, joining), in em. */
  measure(text: string): number;
  has(codePoint: number): boolean;
  /** Ascent and (negative) descent, in em. */
  ascent: number;
  descent: number;
}

const require = createRequire(import.meta.url);
const parsed = new Map<FaceName, Face>();

export const fontFile = (name: FaceName) => require.resolve(files[name]);

/**
 * Text made only of code points below U+0300, dashes, quotes, bullets, currency signs, arrows,
 * mathematical and other symbols (U+2010–U+2027, U+2030–U+205E, U+2070–U+20CF,
 * U+2100–U+2BFF: no combining marks, joiners or format characters) sets as the sum of its
 * advances: no shaping rule of a text face joins or reorders them.
 */
function simple(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue;
    if (
      (c >= 0x2010 && c <= 0x2027) ||
      (c >= 0x2030 && c <= 0x205e) ||
      (c >= 0x2070 && c <= 0x20cf) ||
      (c >= 0x2100 && c <= 0x2bff)
    )
      continue;
    return false;
  }
  return true;
}
/** Shaped widths kept per face; the map starts afresh past this many texts. */
const shapedPerFace = 20_000;

/** The face of that name, parsed on first use and kept for the life of the process. */
export function face(name: FaceName): Face {
  const known = parsed.get(name);
  if (known) return known;
  const font = fontkit.create(unwrapWoff(readFileSync(fontFile(name))));
  const em = font.unitsPerEm;
  const widths = new Map<number, number>();
  const coverage = new Map<number, boolean>();
  let shaped = new Map<string, number>();
  const made: Face = {
    name,
    font,
    ascent: font.ascent / em,
    descent: font.descent / em,
    advance(codePoint) {
      let width = widths.get(codePoint);
      if (width === undefined) {
        width = font.glyphForCodePoint(codePoint).advanceWidth / em;
        widths.set(codePoint, width);
      }
      return width;
    },
    measure(text) {
      if (simple(text)) {
        let sum = 0;
        for (let i = 0; i < text.length; i++) sum += made.advance(text.charCodeAt(i));
        return sum;
      }
      let width = shaped.get(text);
      if (width === undefined) {
        width = font.layout(text).advanceWidth / em;
        if (shaped.size >= shapedPerFace) shaped = new Map();
        shaped.set(text, width);
      }
      return width;
    },
    has(codePoint) {
      let has = coverage.get(codePoint);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(codePoint);
        coverage.set(codePoint, has);
      }
      return has;
    },
  };
  parsed.set(name, made);
  return made;
}

const missingFiles = new Set<FaceName>();

/**
 * A script face, or null when its file is not there (a package that ships only some fonts): its
 * characters are then reported as unprinted rather than failing the sheet.
 */
function available(name: FaceName): Face | null {
  if (missingFiles.has(name)) return null;
  try {
    return face(name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    missingFiles.add(name);
    return null;
  }
}

/** Every font file the sheets may read, as paths under node_modules: what a package ships. */
export const fontFiles = (): string[] => Object.values(files).map((f) => `node_modules/${f}`);

/** Which faces this process has parsed so far. */
export const loadedFaces = (): FaceName[] => [...parsed.keys()];

/** Keycaps, ZWJ sequences, skin tones, flags, tags and emoji presentation: drawn as emoji. */
const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const emojiStyle =
  /\ufe0f|\u200d|\u20e3|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}]|\p{Regional_Indicator}/u;
const emojiPresentation = /^\p{Emoji_Presentation}/u;

export const isEmoji = (cluster: string) =>
  pictographic.test(cluster) && (emojiStyle.test(cluster) || emojiPresentation.test(cluster));

/** Code points that only modify the one before them and need no glyph of their own. */
const modifier = (cp: number) =>
  cp === 0x200d ||
  cp === 0x200c ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xe0100 && cp <= 0xe01ef);

export interface Family {
  regular: Face;
  bold: Face;
  italic: Face;
  /** The face that stands in for a script face, when it is only measured (DOCX). */
  stand?: (name: FaceName) => Face | null;
}

const fallbackCache = new WeakMap<Face, Map<string, Face | null>>();

/**
 * The face that draws a grapheme cluster, or null when no shipped font covers it: emoji
 * sequences in the emoji face; scripts with a face of their own (Hebrew, Arabic, Indic, Thai,
 * CJK) in that face, loaded the first time it is reached; everything else in `primary`. When
 * `primary` is the family's bold face, script faces are their bold weight (the regular weight
 * only for a character the bold lacks); italic has no script face of its own and stays upright.
 */
export function faceFor(
  primary: Face,
  cluster: string,
  family?: Pick<Family, "stand"> & Partial<Pick<Family, "bold">>,
  hint: HanHint = "cjk",
): Face | null {
  const base = cluster.codePointAt(0) as number;
  if (cluster.length === 1 && base < 0x0590 && primary.has(base)) return primary;
  let cache = fallbackCache.get(primary);
  if (!cache) fallbackCache.set(primary, (cache = new Map()));
  const key = `${hint}\u0000${cluster}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const load = (name: FaceName) => family?.stand?.(name) ?? available(name);
  const bold = family?.bold !== undefined && primary === family.bold;
  const script = (name: ScriptFace): (() => Face | null)[] =>
    bold ? [() => load(boldOf[name]), () => load(name)] : [() => load(name)];
  const covers = (f: Face) => {
    for (const ch of cluster) {
      const cp = ch.codePointAt(0) as number;
      if (!modifier(cp) && !f.has(cp)) return false;
    }
    return true;
  };
  let chosen: Face | null = null;
  const candidates: (() => Face | null)[] = [];
  if (isEmoji(cluster)) candidates.push(...script("emoji"));
  for (const name of scriptFaces(base, hint)) candidates.push(...script(name));
  candidates.push(() => primary, ...script("emoji"));
  for (const candidate of candidates) {
    const f = candidate();
    if (f && covers(f)) {
      chosen = f;
      break;
    }
  }
  cache.set(key, chosen);
  return chosen;
}

/**
 * CJK advances without the large fonts: ideographs, kana, Hangul and full-width forms are one
 * em in every CJK font, which is all a word processor's line breaking needs from us. Only
 * measures.
 */
const cjkMetrics = (name: FaceName): Face => ({
  name,
  get font(): never {
    throw new Error("CJK metrics measure text; they cannot draw it.");
  },
  advance: (cp) => (isCjk(cp) ? 1 : 0.55),
  measure(text) {
    let sum = 0;
    for (const ch of text) sum += this.advance(ch.codePointAt(0) as number);
    return sum;
  },
  has: isCjk,
  ascent: 0.88,
  descent: -0.12,
});
const cjkStandIns = new Map<FaceName, Face>();

/** The condensed family the PDF is set in. */
export const pdfFamily = (): Family => ({
  regular: face("condensed"),
  bold: face("condensedBold"),
  italic: face("condensedItalic"),
});

/** The Arial-metric family DOCX text is measured with. */
export const docxFamily = (): Family => ({
  regular: face("arial"),
  bold: face("arialBold"),
  italic: face("arialItalic"),
  stand: (name) => {
    if (!cjkFaces.includes(name)) return available(name);
    let known = cjkStandIns.get(name);
    if (!known) cjkStandIns.set(name, (known = cjkMetrics(name)));
    return known;
  },
});
