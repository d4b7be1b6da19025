import { fencedLines } from "./plain.ts";

/**
 * Flashcards written for spaced repetition (the Obsidian Spaced Repetition plugin's multi-line
 * cards: the front, a line holding only "?", the back; "??" for a card both ways): the front is
 * the question the story answers, so it is rewritten in place as a "**Question:**" line and the
 * separator as a blank line. Line numbers stay those of the source. Source: the plugin's
 * documentation, "Flashcards" (https://www.stephenmwangi.com/obsidian-spaced-repetition/flashcards/).
 */
export function fromFlashcards(text: string): string {
  const lines = text.split("\n");
  const fenced = fencedLines(lines.map((line) => line.replace(/\r$/, "")));
  const blank = (index: number) => (lines[index] ?? "").trim() === "";
  let cards = 0;
  const out = [...lines];
  for (let i = 1; i < lines.length - 1; i++) {
    if (fenced.has(i) || !/^\s*\?{1,2}\s*$/.test(lines[i]!)) continue;
    if (blank(i - 1) || blank(i + 1)) continue;
    const front = lines[i - 1]!.replace(/\r$/, "");
    const end = lines[i - 1]!.endsWith("\r") ? "\r" : "";
    // A front that is already labelled, a list item or a heading is left as written.
    if (/^\s*(?:[-*+#>|]|\d+[.)]\s)|^\s*\*\*[^*]+:\*\*/.test(front)) continue;
    out[i - 1] = `**Question:** ${front.trim()}${end}`;
    out[i] = lines[i]!.endsWith("\r") ? "\r" : "";
    cards += 1;
  }
  return cards > 0 ? out.join("\n") : text;
}
