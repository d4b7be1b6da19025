import { classify } from "./labels.ts";
import { fencedLines } from "./plain.ts";
import { isQuestion } from "./question.ts";

/** One emoji (with its variation selector or skin tone) or a keycap. */
const emoji =
  "(?:\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?|[#*0-9]\\uFE0F?\\u20E3)";

/** "📍 situation · 🎯 my task · 🛠 what I did": an emoji, then the words it stands for. */
const entry = new RegExp(
  `(${emoji})\\s*([\\p{L}][\\p{L}'’ ]{0,30}?)\\s*(?=[·|,;/]|$|${emoji})`,
  "gu",
);

/**
 * The marks a key defines: each line (outside code) naming three marks or more with words the
 * importer knows as labels ("📍 situation · 🎯 my task · 🛠 what I did"), mark → words. `keep`
 * leaves out marks that need no key.
 */
function keyIn(
  lines: string[],
  fenced: Set<number>,
  pattern: RegExp,
  keep = (_mark: string) => true,
) {
  const key = new Map<string, string>();
  for (const [index, line] of lines.entries()) {
    if (fenced.has(index)) continue;
    const found = [...line.matchAll(pattern)].filter(([, , words]) =>
      classify(words!.trim(), null),
    );
    if (found.length < 3) continue;
    for (const [, mark, words] of found) if (keep(mark!)) key.set(mark!, words!.trim());
  }
  return key;
}

/** Each line `opening` matches with a mark of `key`, as that label: "**situation:** …". */
function applyKey(lines: string[], fenced: Set<number>, opening: RegExp, key: Map<string, string>) {
  return lines.map((line, index) => {
    const mark = fenced.has(index) ? null : opening.exec(line);
    const label = mark && key.get(mark[2]!);
    return mark && label ? `${mark[1]}**${label}:** ${line.slice(mark[0].length)}` : line;
  });
}

/**
 * A key a writer gives for the emoji that mark their lines ("Key: 📍 situation · 🎯 my task · 🛠
 * what I did · 🏁 result · 💡 lesson · 💬 if they push"), applied: each line that opens with one
 * of those emoji is rewritten as that label ("**situation:** …"), line for line, so line numbers
 * stay those of the source. Read only when a line of the key names three labels or more that the
 * importer knows; the key itself is left as it is (it is reported as a key to the labels). A line
 * opening with "❓" and asking a question is a question, key or none.
 */
export function fromEmojiKey(text: string): string {
  const lines = text.split("\n");
  const fenced = fencedLines(lines);
  const key = keyIn(lines, fenced, entry);
  // "❓ Tell me about a time…": a question, marked as one, wherever it stands.
  const asked = /^(\s*(?:[-*+]\s+)?)[❓❔]\uFE0F?\s+(?=\S)/u;
  // "❓ Used for: “…”": the line's own label says what the questions are for.
  const labelled = (rest: string) => {
    const label = /^([^:"“?\n]{1,30}):\s/.exec(rest)?.[1];
    return label !== undefined && classify(label, null) !== undefined;
  };
  const questions = lines.map((line, index) => {
    const rest = line.replace(asked, "");
    return !fenced.has(index) && asked.test(line) && isQuestion(rest) && !labelled(rest)
      ? line.replace(asked, "$1**Question:** ")
      : line;
  });
  // The key's own line stays as it is.
  const keyLines = new Set(
    lines.flatMap((line, index) => ([...line.matchAll(entry)].length >= 3 ? [index] : [])),
  );
  const opening = new RegExp(`^(\\s*(?:[-*+]\\s+)?)(${emoji})\\s+(?=\\S)`, "u");
  const out = applyKey(questions, new Set([...fenced, ...keyLines]), opening, key);
  return out.some((line, i) => line !== lines[i]) ? out.join("\n") : text;
}

/** "S = situation, B = background": a letter, "=", and the part's name. */
const letterEntry =
  /(?:^|[,;·|(]\s*)([A-Z])\s*=\s*([\p{L}][\p{L}'’ ]{1,30}?)(?=\s*(?:[,;·|.)]|$))/gu;

/**
 * A key for the letters that open lines ("S = situation, B = background, A = what I did"),
 * applied to the letters the importer does not know by themselves: "B: 79F, admitted…" is read
 * as "background: …". Read only when the key names three known parts or more; line for line.
 */
export function fromLetterKey(text: string): string {
  const lines = text.split("\n");
  const fenced = fencedLines(lines);
  const key = keyIn(lines, fenced, letterEntry, (letter) => !classify(letter, null));
  if (key.size === 0) return text;
  return applyKey(lines, fenced, /^(\s*(?:[-*+]\s+)?)([A-Z])\s*:\s+(?=\S)/, key).join("\n");
}
