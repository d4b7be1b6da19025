/** The parts of `linebreak` and `bidi-js` this package uses; neither ships types. */
declare module "linebreak" {
  interface Break {
    /** The break falls before this UTF-16 index. */
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}

declare module "bidi-js" {
  interface EmbeddingLevels {
    /** One level per UTF-16 code unit: odd is right-to-left. */
    levels: Uint8Array;
    paragraphs: { start: number; end: number; level: number }[];
  }
  interface Bidi {
    getEmbeddingLevels(text: string, direction?: "ltr" | "rtl" | "auto"): EmbeddingLevels;
    getMirroredCharacter(char: string): string | null;
  }
  export default function bidiFactory(): Bidi;
}
