import { monotonicFactory } from "ulidx";
import type { z } from "zod";
import { fromZod } from "../error/index.ts";

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

/** Parses input with a schema, failing as the domain's validation error. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}

export const nowIso = () => new Date().toISOString();
