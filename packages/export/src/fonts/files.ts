/**
 * The fonts the sheets are set in, each from a well-kept npm package (TTF, or WOFF where the
 * package ships no TTF: pdfkit cannot read WOFF2). Each script font ships its regular and bold
 * (700) weights, so bold text in any script is set in a real bold face. None of the Noto
 * families for Hebrew, Arabic, the Indic scripts, Thai, CJK or emoji has an italic: italic text
 * in those scripts stays upright in the regular face (no slant is faked). Sizes are the files'
 * own.
 */
export const files = {
  /** DejaVu Sans Condensed: the PDF's text face for Latin, Greek and Cyrillic (0.67 MB). */
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
  /** Monochrome emoji with ZWJ, skin-tone, keycap and flag ligatures (0.9 MB). */
  emoji: "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf",
  emojiBold: "@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf",
  /** Simplified Chinese, the default for Han (10.6 MB). */
  cjk: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  /** Simplified Chinese bold (10.6 MB). */
  cjkBold: "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
  /** Traditional Chinese: Han the SC font lacks (7.1 MB). */
  tc: "@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf",
  tcBold: "@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf",
  /** Japanese: kana, and Han in a text with kana (5.5 MB). */
  jp: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  jpBold: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
  /** Korean: Hangul, and Han in a text with Hangul (6.2 MB). */
  kr: "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf",
  krBold: "@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf",
  /** Arabic, shaped (joining forms, lam-alef) by fontkit (0.19 MB). */
  arabic: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  arabicBold: "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
  hebrew: "@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff",
  hebrewBold: "@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff",
  /** Devanagari, with conjuncts and vowel signs shaped by fontkit (0.22 MB). */
  devanagari:
    "@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf",
  devanagariBold: "@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf",
  bengali: "@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff",
  bengaliBold: "@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff",
  tamil: "@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-400-normal.woff",
  tamilBold: "@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-700-normal.woff",
  thai: "@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf",
  thaiBold: "@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf",
} as const;

export type FaceName = keyof typeof files;

/** A script face of regular weight: what `scriptFaces` names. */
export type ScriptFace =
  | "emoji"
  | "cjk"
  | "tc"
  | "jp"
  | "kr"
  | "arabic"
  | "hebrew"
  | "devanagari"
  | "bengali"
  | "tamil"
  | "thai";

/** The bold (700) face of each script face, from the same package. */
export const boldOf: Record<ScriptFace, FaceName> = {
  emoji: "emojiBold",
  cjk: "cjkBold",
  tc: "tcBold",
  jp: "jpBold",
  kr: "krBold",
  arabic: "arabicBold",
  hebrew: "hebrewBold",
  devanagari: "devanagariBold",
  bengali: "bengaliBold",
  tamil: "tamilBold",
  thai: "thaiBold",
};

/** The Chinese, Japanese and Korean faces: large files, measured without parsing for DOCX. */
export const cjkFaces: readonly FaceName[] = [
  "cjk",
  "tc",
  "jp",
  "kr",
  "cjkBold",
  "tcBold",
  "jpBold",
  "krBold",
];

const inRange = (cp: number, ranges: readonly (readonly [number, number])[]) =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

const hangul = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
] as const;
const kana = [
  [0x3040, 0x30ff],
  [0x31f0, 0x31ff],
  [0xff66, 0xff9f],
] as const;
const han = [
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0x3190, 0x31ef],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3ffff],
] as const;

/** Whether a code point is Chinese, Japanese or Korean (ideographs, kana, Hangul, full width). */
export const isCjk = (cp: number) => inRange(cp, han) || inRange(cp, kana) || inRange(cp, hangul);

/** Which CJK face Han characters take in a text: Japanese beside kana, Korean beside Hangul. */
export type HanHint = "cjk" | "jp" | "kr";

export function hanHint(text: string): HanHint {
  if (/[\u3040-\u30ff]/u.test(text)) return "jp";
  if (/[\uac00-\ud7af\u1100-\u11ff]/u.test(text)) return "kr";
  return "cjk";
}

/**
 * The script faces to try for a code point, best first; empty for scripts the text face
 * draws. Ranges from the Unicode code charts (Blocks.txt).
 */
export function scriptFaces(cp: number, hint: HanHint = "cjk"): readonly ScriptFace[] {
  if (cp < 0x0590) return [];
  if (cp <= 0x05ff || (cp >= 0xfb1d && cp <= 0xfb4f)) return ["hebrew"];
  if (
    cp <= 0x06ff ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  )
    return ["arabic"];
  if ((cp >= 0x0900 && cp <= 0x097f) || (cp >= 0xa8e0 && cp <= 0xa8ff)) return ["devanagari"];
  if (cp >= 0x0980 && cp <= 0x09ff) return ["bengali"];
  if (cp >= 0x0b80 && cp <= 0x0bff) return ["tamil"];
  if (cp >= 0x0e00 && cp <= 0x0e7f) return ["thai"];
  if (inRange(cp, hangul)) return ["kr"];
  if (inRange(cp, kana)) return ["jp", "cjk"];
  if (inRange(cp, han)) {
    if (hint === "jp") return ["jp", "cjk", "tc", "kr"];
    if (hint === "kr") return ["kr", "cjk", "tc", "jp"];
    return ["cjk", "tc", "jp", "kr"];
  }
  return [];
}
