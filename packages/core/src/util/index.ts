import { monotonicFactory } from "ulidx";
import { z } from "zod";
import { fromZod, invalid } from "../error/index.ts";

const ulid = monotonicFactory();

/** Prefixes of every id the server makes, so an id says what it names. */
export const idPrefixes = {
  story: "sty",
  target: "tgt",
  valueSet: "vst",
  apiKey: "key",
  practice: "prc",
} as const;

/** A new, time-sortable id such as `sty_01J…`: items of one kind list in creation order. */
export function createId(kind: keyof typeof idPrefixes): string {
  return `${idPrefixes[kind]}_${ulid().toLowerCase()}`;
}

/**
 * Paths of strings in `value` that are not well-formed Unicode (lone surrogates): such text
 * cannot be stored as UTF-8 unchanged, so it is refused rather than silently altered.
 */
export function malformedText(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === "string") {
    if (!value.isWellFormed()) found.push(path.join("."));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => malformedText(item, [...path, String(i)], found));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) malformedText(item, [...path, key], found);
  }
  return found;
}

/** Parses input with a schema, failing as the domain's validation error. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const malformed = malformedText(input);
  if (malformed.length > 0) {
    throw invalid(
      "Text must be well-formed Unicode (no lone surrogates).",
      malformed.map((path) => ({ path, message: "Contains a lone surrogate" })),
    );
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}

/**
 * `schema`, which a client may leave out, taking `fallback()` when it does. The default is
 * applied here, in core, at parse time, so the JSON Schema a client reads (OpenAPI, MCP) shows
 * the field as optional with no `default` keyword, which generators would read as "always
 * present" and so required in what a client sends.
 */
export const withDefault = <T extends z.ZodType>(schema: T, fallback: () => z.output<T>) =>
  schema.optional().transform((value) => (value === undefined ? fallback() : value));

export const nowIso = () => new Date().toISOString();

/**
 * A whole number with its thousands set off by commas, as English writes it ("1,000,000").
 * Plain string work: `toLocaleString` would load ICU's locale data, several milliseconds of a
 * Lambda cold start when a module builds its messages at import.
 */
export const groupDigits = (value: number): string =>
  String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The fields the server owns on every versioned entity. */
export interface Stamp {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A new entity: a fresh id, version 1, created and updated now. */
export function firstVersion<T extends object>(
  kind: keyof typeof idPrefixes,
  content: T,
): T & Stamp {
  const now = nowIso();
  return { id: createId(kind), ...content, version: 1, createdAt: now, updatedAt: now };
}

/** Splits an entity into the server's stamp and the content a client wrote. */
export function unstamp<T extends Stamp>({ id, version, createdAt, updatedAt, ...content }: T) {
  return { stamp: { id, version, createdAt, updatedAt } as Stamp, content };
}

/** The entity's next version with new content: same id and creation time, updated now. */
export function nextVersion<T extends object>(stamp: Stamp, content: T): T & Stamp {
  return {
    id: stamp.id,
    ...content,
    version: stamp.version + 1,
    createdAt: stamp.createdAt,
    updatedAt: nowIso(),
  };
}

/** Text that must say something: kept exactly as written, refused when blank. */
export const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => text.trim().length > 0, "Must not be blank");
