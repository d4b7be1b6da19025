import { isUtf8 } from "node:buffer";

/**
 * Repairs UTF-8 text that was once decoded as Mac Roman or Windows-1252 and saved again
 * ("‚Äô" or "â€™" for "’", "üí∞" for "💰"). Each run of non-ASCII characters is mapped back to
 * the bytes it came from in the suspected code page and decoded as strict UTF-8; the result is
 * taken only when it is valid and plausible. UTF-8's multi-byte sequences never contain ASCII
 * bytes, so the repair never touches ASCII (Markdown syntax, line breaks) and keeps line numbers.
 */

/** Bytes 0x80–0xFF as Mac Roman shows them (0xDB is "€" since Mac OS 8.5; "¤" before). */
const macRoman =
  "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø" +
  "¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/**
 * Bytes 0x80–0x9F as Windows-1252 shows them; the five bytes it leaves undefined pass through as
 * C1 controls, as Windows and browsers decode them. 0xA0–0xFF are Latin-1.
 */
const windows1252Low = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

interface CodePage {
  name: string;
  byteOf: Map<string, number>;
}

function codePage(name: string, high: string, aliases: [string, number][] = []): CodePage {
  const byteOf = new Map<string, number>(aliases);
  Array.from(high).forEach((char, index) => byteOf.set(char, 0x80 + index));
  return { name, byteOf };
}

const latin1High = Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join("");
/** Text read as Latin-1 shows 0x80–0x9F as C1 controls: those map back too. */
const c1Controls = Array.from(
  { length: 0x20 },
  (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i] as [string, number],
);

const codePages: CodePage[] = [
  codePage("mac-roman", macRoman, [["¤", 0xdb]]),
  codePage("windows-1252", windows1252Low + latin1High, c1Controls),
];

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The UTF-8 text the characters' bytes in `page` spell, or undefined if they spell none. Checked
 * with `isUtf8` before decoding: a decoder that throws on bad bytes costs an exception per try,
 * and the repair tries every 3- and 4-character piece of a run that does not decode whole.
 */
function decodeAs(
  chars: string[],
  page: CodePage,
  from = 0,
  to = chars.length,
): string | undefined {
  // Most runs of correct text fail on their first character: no UTF-8 sequence starts there.
  const lead = page.byteOf.get(chars[from]!);
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return undefined;
  const bytes = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    const byte = page.byteOf.get(chars[i]!);
    if (byte === undefined) return undefined;
    bytes[i - from] = byte;
  }
  return isUtf8(bytes) ? utf8.decode(bytes) : undefined;
}

const unlikely = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}]/u;
const startsWithMark = /^\p{M}/u;
const asciiLetter = /[A-Za-z]/;
const nonLatinLetter = (char: string) =>
  /\p{L}/u.test(char) && !/[\p{Script=Latin}\p{Script=Common}]/u.test(char);

/**
 * Whether a decoding reads as text: no controls, unassigned or private characters, no
 * combining mark without a base, and no letter of another script glued to a Latin word (a
 * correctly typed "—é" would otherwise read as Cyrillic "ю").
 */
function plausible(decoded: string, before: string, after: string): boolean {
  if (unlikely.test(decoded) || startsWithMark.test(decoded)) return false;
  const glued = asciiLetter.test(before) || asciiLetter.test(after);
  return !(glued && Array.from(decoded).some(nonLatinLetter));
}

/** A decoding is strong evidence when it holds a 3- or 4-byte sequence (U+0800 and up). */
const strong = (decoded: string) => Array.from(decoded).some((c) => c.codePointAt(0)! >= 0x800);

/** Text mis-decoded twice still holds C1 controls after one undoing: undo once more. */
const c1 = /[\u0080-\u009f]/;

function decodeRun(run: Run, page: CodePage): string | undefined {
  let result = decodeAs(charsOf(run), page);
  for (let depth = 0; result !== undefined && c1.test(result) && depth < 2; depth++) {
    result = decodeAs(Array.from(result), page);
  }
  return result !== undefined && plausible(result, run.before, run.after) ? result : undefined;
}

interface Run {
  start: number;
  text: string;
  before: string;
  after: string;
  /** The run with whether letters touch it on each side: what its decoding depends on. */
  key: string;
  /** The run's characters, split when it is first decoded (most runs recur, and are cached). */
  split?: string[];
}

const charsOf = (run: Run) => (run.split ??= Array.from(run.text));

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  const nonAscii = /[^\p{ASCII}]+/gu;
  for (let match = nonAscii.exec(text); match; match = nonAscii.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const glued =
      (start > 0 && isAsciiLetter(text.charCodeAt(start - 1)) ? "L" : "-") +
      (end < text.length && isAsciiLetter(text.charCodeAt(end)) ? "L" : "-");
    runs.push({
      start,
      text: match[0],
      before: text[start - 1] ?? "",
      after: text[end] ?? "",
      key: glued + match[0],
    });
  }
  return runs;
}

/**
 * The one character that `length` (3 or 4) characters at `from` spell as a UTF-8 sequence in
 * `page`, or undefined: decoded by hand, without allocating, since the repair tries every
 * position of a run that does not decode whole. Overlong forms and surrogates are refused, as a
 * strict decoder refuses them.
 */
function decodeSequence(
  chars: string[],
  page: CodePage,
  from: number,
  length: 3 | 4,
): string | undefined {
  if (from + length > chars.length) return undefined;
  const lead = page.byteOf.get(chars[from]!);
  if (lead === undefined || (length === 3 ? lead >> 4 !== 0xe : lead < 0xf0 || lead > 0xf4)) {
    return undefined;
  }
  let code = length === 3 ? lead & 0x0f : lead & 0x07;
  for (let k = 1; k < length; k++) {
    const byte = page.byteOf.get(chars[from + k]!);
    if (byte === undefined || byte >> 6 !== 0b10) return undefined;
    code = (code << 6) | (byte & 0x3f);
  }
  const min = length === 3 ? 0x800 : 0x10000;
  if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/**
 * Within a run that does not decode whole (correct text next to mis-decoded text), the 3- and
 * 4-byte sequences that decode on their own.
 */
function repairPieces(run: Run, page: CodePage): string | undefined {
  const chars = charsOf(run);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < chars.length;) {
    let taken = 0;
    for (const length of [4, 3] as const) {
      const decoded = decodeSequence(chars, page, i, length);
      const before = i === 0 ? run.before : chars[i - 1]!;
      const after = chars[i + length] ?? run.after;
      if (decoded !== undefined) {
        if (plausible(decoded, before, after)) {
          out.push(decoded);
          taken = length;
          break;
        }
      }
    }
    if (taken > 0) {
      changed = true;
      i += taken;
    } else {
      out.push(chars[i]!);
      i += 1;
    }
  }
  return changed ? out.join("") : undefined;
}

/** One pass over the text: each run repaired in the code page that explains most runs. */
function repairOnce(text: string): string {
  const runs = runsOf(text);
  if (runs.length === 0) return text;
  const votes = codePages.map((page) => {
    // The same mis-decoded run ("â€™") recurs all through a document: decode each once.
    const seen = new Map<string, string | undefined>();
    const decoded = runs.map((run) => {
      const key = run.key;
      if (!seen.has(key)) seen.set(key, decodeRun(run, page));
      return seen.get(key);
    });
    const explained = decoded.filter((d) => d !== undefined).length;
    return { page, decoded, explained };
  });
  votes.sort((a, b) => b.explained - a.explained);
  let out = "";
  let last = 0;
  const pieces = votes.map(() => new Map<string, string | undefined>());
  runs.forEach((run, index) => {
    let replacement: string | undefined;
    for (const [rank, { page, decoded, explained }] of votes.entries()) {
      const whole = decoded[index];
      // Two-byte decodings ("Ã©" → "é") are only trusted when most runs of the text decode
      // this way; a lone "“É" in correct French must stay as typed.
      const trusted = whole !== undefined && (strong(whole) || explained > runs.length / 2);
      if (trusted) replacement = whole;
      else {
        const key = run.key;
        if (!pieces[rank]!.has(key)) pieces[rank]!.set(key, repairPieces(run, page));
        replacement = pieces[rank]!.get(key);
      }
      if (replacement !== undefined) break;
    }
    if (replacement === undefined) return;
    out += text.slice(last, run.start) + replacement;
    last = run.start + run.text.length;
  });
  return out + text.slice(last);
}

/**
 * The text with mis-decoded runs repaired; text that is fine comes back unchanged. Repeats
 * while it changes (at most three times) to undo text mis-decoded twice.
 */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = repairOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
