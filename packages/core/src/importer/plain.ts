import { emojify } from "node-emoji";
import { classify } from "./labels.ts";
/**
 * Story documents written as plain text or in a forum's habits rather than in Markdown, each
 * line rewritten in place as the Markdown it means, so line numbers stay those of the source:
 *
 * - `#1  FORKLIFT NEAR-MISS` (a hash and a story number, no space between) is a story heading,
 *   as a Notepad file numbers its stories; Markdown would read it as text.
 * - `[S] At Veloxa …`, `[Action] …`: a bracketed STAR marker opening a line is that part's label,
 *   as forum posts mark their paragraphs.
 * - `sit: …`, `lrn: …`, `did -`: the shorthand people type in notes to themselves, as labels.
 * - `==========` after a blank line: a rule between parts.
 * - `→ walked the route…` on two or more lines in a row: notes jotted with arrows, as bullets;
 *   right after bullets, what came of them (the first a `Result:` line).
 * - `S  After the floods…`, `A\tMapped the process…`: a STAR letter set apart by two spaces or a
 *   tab, where lines open so with three different letters or more.
 * - `2.1.2 Situation. A 14 kg child…`: a part's label under an outline's section number, closed by
 *   a full stop, where two lines or more open so.
 * - A line between two rules of `=` or `-` (a banner, "=====\n1. PEAK WEEK\n=====") is a story
 *   heading; the rules are markup.
 *
 * Lines inside fenced code blocks are left alone.
 */

/** `#1  Title`, `#12. Title`: a story number after the hash, then the title. */
const numberedHash = /^#(\d{1,3})[.):]?[ \t]+(\S.{0,119})$/;

/** `[S]`, `[T]`, `[A]`, `[R]`, `[L]` or the word in brackets, opening a line. */
const bracketMarker =
  /^(\s*)\[(Q|S|T|A|R|L|Questions?|Situation|Task|Actions?|Results?|Lessons?|Learning)\](?!\()[ \t]*(?=\S)/i;

const markerLabel: Record<string, string> = {
  q: "Question",
  s: "Situation",
  t: "Task",
  a: "Action",
  r: "Result",
  l: "Lesson",
};

/**
 * Shorthand labels (in any case, at a line's start, before a colon) and the labels they stand
 * for: "sit:", "Res:", "lrn:", "Did:" as typed on a phone. Only read where at least two different
 * ones open lines, so a lone "res:" in prose stays prose.
 */
export const shorthand: Readonly<Record<string, string>> = {
  sit: "Situation",
  situ: "Situation",
  ctx: "Context",
  bg: "Situation",
  tsk: "Task",
  did: "Action",
  act: "Action",
  acts: "Action",
  res: "Result",
  rslt: "Result",
  outc: "Result",
  lrn: "Lessons",
  lrnd: "Lessons",
  lesson: "Lessons",
  co: "Company",
  q: "Questions",
  qs: "Questions",
};

const shorthandLine = /^(\s*(?:[-*+][ \t]+)?)([a-z]{1,6})(?::|[ \t]+-(?=[ \t]|\r?$))[ \t]*/i;

/** An arrow opening a line, where notes use it as a bullet ("→ pushed for pedestrian aisles"). */
const arrowBullet = /^([ \t]*)(?:→|->|=>|⟶|➔|➜)[ \t]+(?=\S)/u;

/** "IV. What I did", a Roman-numbered section of an outline, and its "   B. …" points. */
const romanSection = /^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+([^\n.]{2,60})$/;
const romanPoint = /^\s+[A-H]\.\s+(?=\S)/;

/** "(a) Placed a hold…", "(ii) Spoke to…": a point lettered or numbered in Roman in brackets. */
const letteredPoint = /^([ \t]*)\((?:[a-h]|i{1,3}|iv|v|vi{0,3})\)[ \t]+(?=\S)/;

/** A banner's rule: ten or more "=" or "-" alone on a line. */
const bannerRule = /^\s*(?:={10,}|-{10,})\s*\r?$/;

/** "2.1.2 Situation. …", "3.4 Lessons learned." : a section number, a label, a full stop. */
const outlineLabel = /^(\s*)\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(\p{Lu}[\p{L}' ]{1,30}?)\.(?:\s+|$)/u;

/** "S  After the floods…": a STAR letter, then two spaces or a tab before its text. */
const spacedLetter = /^(\s*)([STARL])(?: {2,}|\t[ \t]*)(?=\S)/;

/** Emoji shortcodes opening a line: ":round_pushpin: ", ":dart::dart: ". */
const emojiCode = /^\s*(?::[a-z0-9_+-]{1,40}:\s*)+/;

/** The document as Markdown, line for line; lines in none of these habits are unchanged. */
export function fromPlainText(text: string): string {
  const lines = text.split("\n");
  const fenced = fencedLines(lines);
  const shorthandKinds = new Set<string>();
  lines.forEach((line, index) => {
    const word = shorthandLine.exec(line)?.[2]?.toLowerCase();
    if (!fenced.has(index) && word && shorthand[word] && shorthand[word] !== "Company")
      shorthandKinds.add(shorthand[word]);
  });
  const useShorthand = shorthandKinds.size >= 2;
  const letters = new Set(
    lines.flatMap((line, index) => (fenced.has(index) ? [] : (spacedLetter.exec(line)?.[2] ?? []))),
  );
  const useLetters = letters.size >= 3;
  const outlined = (line: string) => {
    const label = outlineLabel.exec(line);
    return label && classify(label[2]!, null) !== undefined ? label : null;
  };
  const useOutline =
    lines.filter((line, index) => !fenced.has(index) && outlined(line)).length >= 2;
  // A speech outline in Roman numerals ("II. Situation" over "   A. January 2019, …"): its
  // sections are labels when two or more name STAR parts, and its lettered points are bullets.
  const roman = lines.map((line, index) => (fenced.has(index) ? null : romanSection.exec(line)));
  const useRoman =
    roman.filter((match) => match && classify(match[2]!, null)?.kind === "sections").length +
      roman.filter((match) => match && classify(match[2]!, null)?.kind === "text").length >=
    2;
  // A chat export's emoji shortcodes before its labels (":dart: *Task:* …"), as the emoji they
  // name, which a label may carry in front of it.
  const coded = (line: string) => emojiCode.test(line) && emojify(line) !== line;
  const useEmoji = lines.filter((line, index) => !fenced.has(index) && coded(line)).length >= 2;
  const arrowed = (index: number) => !fenced.has(index) && arrowBullet.test(lines[index] ?? "");
  const lettered = (index: number) => !fenced.has(index) && letteredPoint.test(lines[index] ?? "");
  let changed = false;
  const ruleLine = (index: number) => !fenced.has(index) && bannerRule.test(lines[index] ?? "");
  const bannered = (index: number) =>
    ruleLine(index - 1) &&
    ruleLine(index + 1) &&
    /\p{L}/u.test(lines[index]!) &&
    lines[index - 1]!.trim()[0] === lines[index + 1]!.trim()[0];
  const out = lines.map((line, index) => {
    if (fenced.has(index)) return line;
    if (bannered(index)) {
      changed = true;
      return `## ${line.trim()}`;
    }
    if (ruleLine(index) && (bannered(index - 1) || bannered(index + 1))) {
      changed = true;
      return line.endsWith("\r") ? "\r" : "";
    }
    const body = line.replace(/\r$/, "");
    const end = line.slice(body.length);
    // "==========" after a blank line, over "questions for them": a rule between parts, where
    // Markdown would read the line as text of the paragraph under it.
    if (/^\s*={10,}\s*$/.test(body) && index > 0 && lines[index - 1]!.trim() === "") {
      changed = true;
      return `***${end}`;
    }
    const hash = numberedHash.exec(body);
    if (hash && (index === 0 || /^[\s=_*-]*$/.test(lines[index - 1]!))) {
      changed = true;
      return `## ${hash[2]!.trim()}${end}`;
    }
    const marker = bracketMarker.exec(body);
    if (marker) {
      changed = true;
      const word = marker[2]!;
      const label = markerLabel[word.toLowerCase()] ?? word[0]!.toUpperCase() + word.slice(1);
      return `${marker[1]}**${label}:** ${body.slice(marker[0].length)}${end}`;
    }
    if (useRoman && roman[index]) {
      changed = true;
      return `**${roman[index]![2]!.trim()}:**${end}`;
    }
    if (useRoman && romanPoint.test(body)) {
      changed = true;
      return body.replace(romanPoint, "- ") + end;
    }
    if (useEmoji && coded(body)) {
      changed = true;
      const code = emojiCode.exec(body)![0];
      return `${emojify(code)}${body.slice(code.length)}${end}`;
    }
    // "**Situation: **During my PhD…": a word processor's bold label with the space inside it.
    const spaced = /^(\s*(?:[-*+]\s+)?)\*\*([^*\n]{1,40}?:)\s+\*\*(?!\*)/.exec(body);
    if (spaced) {
      changed = true;
      const rest = body.slice(spaced[0].length).trimStart();
      return `${spaced[1]}**${spaced[2]}**${rest === "" ? "" : ` ${rest}`}${end}`;
    }
    // "(a) Placed a hold…", "(b) Spoke to…": lettered points on lines in a row, as bullets.
    if (lettered(index) && (lettered(index - 1) || lettered(index + 1))) {
      changed = true;
      return body.replace(letteredPoint, "$1- ") + end;
    }
    if (arrowed(index) && (arrowed(index - 1) || arrowed(index + 1))) {
      changed = true;
      // "- stayed with the patient" then "→ home on day 11": arrows after the bullets of what
      // was done say what came of it.
      const afterBullets =
        !arrowed(index - 1) && /^[ \t]*[-*+][ \t]+\S/.test(lines[index - 1] ?? "");
      return body.replace(arrowBullet, afterBullets ? "$1Result: " : "$1- ") + end;
    }
    const section = useOutline ? outlined(body) : null;
    if (section) {
      changed = true;
      const rest = body.slice(section[0].length);
      return `${section[1]}**${section[2]}:**${rest === "" ? "" : ` ${rest}`}${end}`;
    }
    const letter = useLetters ? spacedLetter.exec(body) : null;
    if (letter) {
      changed = true;
      return `${letter[1]}${letter[2]}: ${body.slice(letter[0].length)}${end}`;
    }
    if (useShorthand) {
      const short = shorthandLine.exec(body);
      const label = short && shorthand[short[2]!.toLowerCase()];
      if (short && label) {
        changed = true;
        return `${short[1]}**${label}:** ${body.slice(short[0].length).replace(/^[-*+•][ \t]+/, "")}${end}`;
      }
    }
    return line;
  });
  return changed ? out.join("\n") : text;
}

/** Indexes of lines inside (or opening or closing) a fenced code block. */
export function fencedLines(lines: string[]): Set<number> {
  const inside = new Set<number>();
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      inside.add(index);
      if (open && open[1]!.startsWith(fence)) fence = undefined;
    } else if (open) {
      fence = open[1]!;
      inside.add(index);
    }
  });
  return inside;
}
