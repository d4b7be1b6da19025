import { z } from "zod";
import { repairMojibake } from "../importer/mojibake.ts";
import { type Content, Info, Value, limits } from "./schema.ts";
import { plainInline, type Token, tokensOf } from "./tokens.ts";

/**
 * Reads a company's values as people paste them from a careers page or a culture memo: a list
 * of names with a sentence or two each, in Markdown or plain text. Shapes read:
 *
 * - headings over paragraphs (`## Customer Obsession` then its text);
 * - bullets or numbered items with the name in bold (`- **Ownership** — Leaders are owners…`),
 *   or before a dash or a colon (`1. Ownership: Leaders are owners…`), with the text on the same
 *   line, on the lines under it, or in nested bullets;
 * - plain text: a short name line, then its paragraph (with or without a blank line between);
 * - table rows (`| Ownership | Leaders are owners… |`).
 *
 * A title over the values ("# Our values"), an introduction or a closing line is not a value:
 * it is reported, with its lines, as a warning. No line of the text is dropped without one.
 * Keys are slugs of the names (`customer-obsession`), made unique within the set; aliases,
 * keywords and questions are left empty for the owner to fill.
 */

export const ReadWarning = z
  .strictObject({
    line: z.number().int().meta({ description: "Where the text starts (1-based)." }),
    endLine: z.number().int(),
    message: z.string(),
    excerpt: z.string(),
  })
  .meta({ id: "ValueSetImportWarning", description: "Text the import did not read as a value." });
export type ReadWarning = z.infer<typeof ReadWarning>;

export const ReadValue = z
  .strictObject({
    key: z.string(),
    name: z.string(),
    line: z.number().int().meta({ description: "The line of the value's name (1-based)." }),
    endLine: z.number().int().meta({ description: "The last line of its description." }),
  })
  .meta({ id: "ValueSetImportLine", description: "Where in the text a value was read from." });

export const ImportPlan = z
  .strictObject({
    dryRun: z.boolean(),
    valueSet: Info.nullable().meta({ description: "The set as stored; null in a dry run." }),
    plan: z
      .strictObject({
        company: z.string(),
        name: z.string(),
        asOf: z.string().nullable(),
        source: z.string().nullable(),
        values: z.array(Value),
      })
      .meta({ id: "ValueSetImportPlan", description: "The value set the text reads as." }),
    lines: z.array(ReadValue),
    warnings: z.array(ReadWarning),
  })
  .meta({
    id: "ValueSetImport",
    description: "A value set read from pasted text: what was (or would be) created, line by line.",
  });
export type ImportPlan = z.infer<typeof ImportPlan>;

export interface ReadOptions {
  company: string;
  /** The set's name; by default the title over the values, else "<company> values". */
  name?: string;
  asOf?: string | null;
  source?: string | null;
}

export interface ReadResult {
  input: Content;
  lines: z.infer<typeof ReadValue>[];
  warnings: ReadWarning[];
  /** A title found over the values ("Our Values"), if any. */
  title?: string;
}

/** Bounds on pasted text: a long culture memo is a few thousand words. */
export const readLimits = { bytes: 128 * 1024, lines: 3_000 } as const;

/** A name without decoration: leading emoji, symbols and numbering; trailing colons. */
const cleanName = (name: string) =>
  plainInline(name)
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/^\d{1,3}[.)]\s+/, "")
    .replace(/(?:[\s\p{So}\p{Sk}:.\-–—]|\uFE0F|\u200D)+$/u, "")
    .trim();

const linkOnly = (text: string) => /^\s*!?\[[^\]]*\]\([^)]*\)\s*$/.test(text);

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A careers page's or memo's sign-off ("Thanks for reading — join us!", "Learn more at
 * acme.com/careers", "We're hiring"): a call to the reader or a web address, never a value.
 */
const closing =
  /^(?:thanks|thank you|join us|join the team|learn more|read more|find out|see (?:our|all|the)|we(?:'|’)?re hiring|we are hiring|apply|follow us|questions\?|cheers|come (?:work|build))\b|https?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|io|dev|example|co|net)\/\S*/i;

/** Whether text reads as a value's name: short, no sentence, not a continued line. */
function nameLike(text: string): boolean {
  if (linkOnly(text) || closing.test(cleanName(text))) return false;
  const plain = cleanName(text);
  if (plain === "" || plain.length > 80 || wordCount(plain) > 8) return false;
  if (/^\p{Ll}/u.test(plain) && !/\p{Lu}/u.test(plain)) return false;
  return !/[.,;]$/.test(plainInline(text));
}

/** "**Name** — text", "Name: text", "Name — text": a name and its text on one line. */
function splitEntry(text: string): { name: string; text: string } | undefined {
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:.\-–—|]?\s*(.*)$/.exec(text);
  if (bold && nameLike(bold[1]!.replace(/[:.]$/, ""))) return { name: bold[1]!, text: bold[2]! };
  const dash = /^(.+?)\s+[—–-]\s+(\S.*)$/.exec(text) ?? /^([^—–]+?)\s*[—–]\s*(\S.*)$/.exec(text);
  if (dash && nameLike(dash[1]!)) return { name: dash[1]!, text: dash[2]! };
  const colon = /^([^:]+?):\s+(\S.*)$/.exec(text);
  if (colon && nameLike(colon[1]!) && !/^https?$/i.test(colon[1]!)) {
    return { name: colon[1]!, text: colon[2]! };
  }
  return undefined;
}

interface Draft {
  name: string;
  /** Paragraphs and points of the description. */
  parts: string[];
  line: number;
  endLine: number;
  raw: string;
  source: Token;
  /** How the value was written: its name on a line of its own or before its text. */
  form: string;
}

const excerptOf = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/**
 * Reads pasted values into a value set's create input, with each value's lines and a warning
 * for every line that is not part of a value. Throws nothing: a text with no values gives an
 * input with none (the caller refuses it).
 */
export function readValueSet(text: string, options: ReadOptions): ReadResult {
  const tokens = tokensOf(repairMojibake(text.replace(/^\uFEFF/, "")));
  const drafts: Draft[] = [];
  const loose: Token[] = [];
  let open: Draft | undefined;
  let previous: Token | undefined;

  const start = (token: Token, name: string, first?: string) => {
    const form =
      token.kind === "heading"
        ? `heading ${token.depth}`
        : token.kind === "item"
          ? `item ${token.depth}`
          : token.kind === "row"
            ? "row"
            : first === undefined
              ? "name"
              : "entry";
    open = {
      form,
      name: cleanName(name),
      parts: first ? [plainInline(first)] : [],
      line: token.n,
      endLine: token.n,
      raw: token.raw,
      source: token,
    };
    drafts.push(open);
  };
  const add = (token: Token, body: string, join: boolean) => {
    if (!open) return void loose.push(token);
    const plain = plainInline(body);
    if (join && open.parts.length > 0) open.parts[open.parts.length - 1] += ` ${plain}`;
    else open.parts.push(plain);
    open.endLine = token.n;
  };

  for (const token of tokens) {
    const continued =
      !token.afterBlank &&
      previous !== undefined &&
      previous.kind !== "heading" &&
      (token.kind === "plain" || (token.kind === "item" && token.depth > previous.depth));
    const deeper =
      open?.source.kind === "item" && token.kind !== "heading" && token.depth > open.source.depth;
    if (token.kind !== "heading" && token.afterBlank && closing.test(cleanName(token.text))) {
      // A sign-off ends the values; it is reported, never added to the last one.
      open = undefined;
      loose.push(token);
    } else if (token.kind === "heading") {
      const entry = splitEntry(token.text);
      if (entry && wordCount(cleanName(token.text)) > 8) start(token, entry.name, entry.text);
      else start(token, token.text);
    } else if (token.kind === "row" && !token.header) {
      const cells = token.text
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim());
      if (cells.length >= 2 && nameLike(cells[0]!) && cells.slice(1).join("").trim() !== "") {
        start(token, cells[0]!, cells.slice(1).filter(Boolean).join(" "));
      } else loose.push(token);
    } else if (token.kind === "row" || (token.afterBlank && linkOnly(token.text))) {
      loose.push(token);
    } else if (deeper || (continued && token.kind === "plain" && !startsValue(token, previous))) {
      add(token, token.text, token.kind === "plain" && previous?.kind === "plain" && !deeper);
    } else if (token.kind === "plain" && token.afterBlank && endsList(open, token)) {
      // A paragraph after a list, or after one-paragraph values, is not part of the last value.
      open = undefined;
      const entry = splitEntry(token.text);
      if (entry) start(token, entry.name, entry.text);
      else if (nameLike(token.text)) start(token, token.text);
      else loose.push(token);
    } else {
      const entry = splitEntry(token.text);
      if (entry) start(token, entry.name, entry.text);
      else if (nameLike(token.text)) start(token, token.text);
      else add(token, token.text, false);
    }
    previous = token;
  }
  return finish(drafts, loose, options);
}

/**
 * A plain line right under another one starts a value when it reads "Name — text" (or bold)
 * and the line above ended a sentence or was such a line itself.
 */
const startsValue = (token: Token, previous: Token | undefined) =>
  previous !== undefined &&
  splitEntry(token.text) !== undefined &&
  (/[.!?…"”)]$/.test(previous.text) || splitEntry(previous.text) !== undefined);

/** Whether a paragraph after a blank line closes the value open above it. */
const endsList = (open: Draft | undefined, token: Token) =>
  open !== undefined &&
  ((open.source.kind === "item" && token.depth <= open.source.depth) || open.form === "entry");

function finish(drafts: Draft[], loose: Token[], options: ReadOptions): ReadResult {
  const warnings: ReadWarning[] = loose.map((token) => ({
    line: token.n,
    endLine: token.n,
    message: "This line is not part of a value (an introduction or a note?).",
    excerpt: excerptOf(token.raw.trim()),
  }));
  // The way most described values are written; a name written another way with no text of
  // its own, or a heading above the values' headings, titles the values or is a note.
  const counts = new Map<string, number>();
  for (const d of drafts) if (d.parts.length > 0) counts.set(d.form, (counts.get(d.form) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const usualLevel = usual?.startsWith("heading") ? Number(usual.split(" ")[1]) : undefined;
  const notValues = new Set<Draft>();
  drafts.forEach((draft, index) => {
    const level = draft.source.kind === "heading" ? draft.source.depth : undefined;
    const above = usualLevel !== undefined && level !== undefined && level < usualLevel;
    const bare = draft.parts.length === 0;
    const odd = bare && usual !== undefined && draft.form !== usual;
    const first = bare && index === 0 && drafts.length > 1 && usual !== undefined;
    const over =
      bare &&
      level !== undefined &&
      drafts[index + 1] !== undefined &&
      (drafts[index + 1]!.source.kind !== "heading" || drafts[index + 1]!.source.depth > level);
    if (above || odd || first || over) notValues.add(draft);
  });
  const firstValue = drafts.findIndex((d) => !notValues.has(d));
  const titled = drafts
    .slice(0, firstValue < 0 ? 0 : firstValue)
    .filter((d) => d.form !== "entry" && d.form !== "row");
  const title = titled.at(-1)?.name;
  for (const draft of notValues) {
    warnings.push({
      line: draft.line,
      endLine: draft.endLine,
      message: titled.includes(draft)
        ? "Read as a title over the values, not a value."
        : "Not read as a value: it is written unlike the values around it.",
      excerpt: excerptOf([draft.raw.trim(), ...draft.parts].join(" ")),
    });
  }
  for (const draft of drafts) {
    if (draft.name === "" && !notValues.has(draft)) {
      notValues.add(draft);
      warnings.push({
        line: draft.line,
        endLine: draft.endLine,
        message: "Not read as a value: it has no name.",
        excerpt: excerptOf([draft.raw.trim(), ...draft.parts].join(" ")),
      });
    }
  }
  const values = drafts.filter((draft) => !notValues.has(draft));
  const kept = values.slice(0, limits.values);
  for (const extra of values.slice(limits.values)) {
    warnings.push({
      line: extra.line,
      endLine: extra.endLine,
      message: `A value set holds at most ${limits.values} values; this one was left out.`,
      excerpt: excerptOf(extra.name),
    });
  }
  const keys = new Set<string>();
  const lines: ReadResult["lines"] = [];
  const read = kept.map((draft) => {
    const key = uniqueKey(slug(draft.name) || `value-${lines.length + 1}`, keys);
    let description = draft.parts.join("\n");
    if (description.length > limits.description) {
      warnings.push({
        line: draft.line,
        endLine: draft.endLine,
        message: `A description holds at most ${limits.description} characters; the rest was cut.`,
        excerpt: excerptOf(description.slice(limits.description)),
      });
      description = description.slice(0, limits.description);
    }
    const name = draft.name.slice(0, limits.name);
    lines.push({ key, name, line: draft.line, endLine: draft.endLine });
    return { key, name, aliases: [], description, keywords: [], questions: [] };
  });
  warnings.sort((a, b) => a.line - b.line);
  return {
    input: {
      company: options.company,
      name: options.name ?? title ?? `${options.company} values`,
      asOf: options.asOf ?? null,
      source: options.source ?? null,
      values: read,
    },
    lines,
    warnings,
    ...(title ? { title } : {}),
  };
}

/** "Customer Obsession" → "customer-obsession": lower-case ASCII letters, digits and dashes. */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, limits.key)
    .replace(/-+$/, "");
}

function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) {
    const suffix = `-${n}`;
    key = `${base.slice(0, limits.key - suffix.length)}${suffix}`;
  }
  taken.add(key);
  return key;
}
