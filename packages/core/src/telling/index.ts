export { amounts, figureMarks } from "./figures.ts";
export { readStar, type Piece, type Role, type StarReading, type TellingInput } from "./read.ts";
export { clausesOf, sentencesOf } from "./sentences.ts";
