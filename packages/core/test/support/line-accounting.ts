import type { MarkdownImport } from "@storybank/core/importer";

/**
 * The lines of a source document that an import lost: a non-blank line is accounted for when a
 * warning's line range covers it, or when every word of it (three letters or more, label and
 * document-structure words aside) is in some stored field of some story. Front matter is
 * metadata. Returns the lost lines as "N: text".
 */
export function unaccountedLines(source: string, result: MarkdownImport): string[] {
  const stored = new Set<string>();
  for (const story of result.stories)
    for (const text of strings(story.input)) wordsOf(text).forEach((w) => stored.add(w));
  const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source)?.[0].split("\n").length ?? 0;
  const lost: string[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    const number = index + 1;
    if (line.trim() === "" || number < front) return;
    if (result.warnings.some((w) => number >= w.line && number <= w.endLine)) return;
    const missing = wordsOf(line).filter((word) => !structure.has(word) && !stored.has(word));
    if (missing.length > 0) lost.push(`${number}: ${line.trim()} [${missing.join(", ")}]`);
  });
  return lost;
}

/** Every string inside a value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);

/** Label names and the words of document titles, which are structure rather than story text. */
const structure = new Set(
  (
    "situation task action actions result results story stories star tags tag competency maps " +
    "example examples question questions best used for summary quick details click expand " +
    "template the and with notes note behavioral behavioural interview pattern project projects " +
    "real used example context challenge problem obstacle learning lessons map progress " +
    // Words too common to say whether a line was kept.
    "its was this that are our you your has had"
  ).split(" "),
);
