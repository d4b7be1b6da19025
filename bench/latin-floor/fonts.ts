import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";

/**
 * The TrueType fonts the sheets are set in, shipped through npm. Each file is parsed once per
 * process and the parsed font is handed to every document: fontkit's parse of a font is most of
 * the cost of a small PDF. pdfkit's standard fonts are never used.
 */
const files = {
  /** DejaVu Sans Condensed: the PDF's text face, dense and wide in coverage. */
  condensed: "dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf",
  condensedBold: "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf",
  condensedItalic: "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Oblique.ttf",
  /**
   * Arimo has Arial's metrics (as Liberation Sans does): DOCX names Arial, and this measures
   * the lines Word or LibreOffice will set.
   */
  arial: "@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf",
  arialBold: "@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf",
  arialItalic: "@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf",
  /** Monochrome emoji (about 0.9 MB), loaded the first time a text needs it. */
  emoji: "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf",
  /** Chinese and Japanese (about 10 MB), loaded the first time a text needs it. */
  cjk: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
} as const;

export type FaceName = keyof typeof files;

export interface Face {
  name: FaceName;
  font: fontkit.Font;
  /** Advance width of a code point, in em. */
  advance(codePoint: number): number;
  has(codePoint: number): boolean;
  /** Ascent and (negative) descent, in em. */
  ascent: number;
  descent: number;
}

const require = createRequire(import.meta.url);
const parsed = new Map<FaceName, Face>();

export const fontFile = (name: FaceName) => require.resolve(files[name]);

/** The face of that name, parsed on first use and kept for the life of the process. */
export function face(name: FaceName): Face {
  const known = parsed.get(name);
  if (known) return known;
  const font = fontkit.create(readFileSync(fontFile(name)));
  const em = font.unitsPerEm;
  const widths = new Map<number, number>();
  const coverage = new Map<number, boolean>();
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

/** Which faces this process has parsed so far. */
export const loadedFaces = (): FaceName[] => [...parsed.keys()];

const isCjk = (cp: number) =>
  (cp >= 0x2e80 && cp <= 0x9fff) ||
  (cp >= 0xac00 && cp <= 0xd7af) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xffef) ||
  (cp >= 0x20000 && cp <= 0x3ffff);

/** Marks that belong to the character before them: joiners, variation selectors, skin tones. */
export const joinsPrevious = (cp: number) =>
  cp === 0x200d ||
  cp === 0x20e3 ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  (cp >= 0xe0020 && cp <= 0xe007f) ||
  (cp >= 0x0300 && cp <= 0x036f);

const fallbackCache = new WeakMap<Face, Map<number, Face>>();

/**
 * The face that draws a code point: the primary face when it has the glyph, else the CJK face
 * for CJK code points and the emoji face for the rest (each loaded only when first reached),
 * else the primary face's placeholder glyph.
 */
export function faceFor(primary: Face, cp: number, cjk: () => Face = () => face("cjk")): Face {
  if (primary.has(cp)) return primary;
  let cache = fallbackCache.get(primary);
  if (!cache) fallbackCache.set(primary, (cache = new Map()));
  const known = cache.get(cp);
  if (known) return known;
  const fallback = isCjk(cp) ? cjk() : face("emoji");
  const chosen = fallback.has(cp) ? fallback : primary;
  cache.set(cp, chosen);
  return chosen;
}

export interface Family {
  regular: Face;
  bold: Face;
  italic: Face;
  /** The face that measures CJK text, when it is not the CJK font itself. */
  cjk?: () => Face;
}

/**
 * CJK advances without the 10 MB font: ideographs, kana and full-width forms are one em in
 * every CJK font, which is all a word processor's line breaking needs from us. Only measures.
 */
const cjkMetrics: Face = {
  name: "cjk",
  get font(): never {
    throw new Error("CJK metrics measure text; they cannot draw it.");
  },
  advance: () => 1,
  has: isCjk,
  ascent: 0.88,
  descent: -0.12,
};

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
  cjk: () => cjkMetrics,
});
