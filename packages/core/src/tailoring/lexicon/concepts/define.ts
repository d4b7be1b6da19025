import type { Info as Story } from "../../../story/index.ts";

export type StoryKind = Story["kind"];

export interface ConceptDef {
  id: string;
  /** How a reason names it. */
  label: string;
  /** The story kinds that usually show it, for inferring a story's kind from its text. */
  kinds: StoryKind[];
  cues: string[];
}

/**
 * Cues written as a comma-separated list (line breaks allowed between cues), trimmed, with
 * inner runs of space made one; blank entries are dropped.
 */
export const cueList = (cues: string): string[] =>
  cues
    .split(",")
    .map((cue) => cue.trim().replace(/\s+/g, " "))
    .filter((cue) => cue.length > 0);

/**
 * One concept from its cues written as a comma-separated list (line breaks allowed between
 * cues); blank entries and repeats are dropped, the first spelling kept.
 */
export const concept = (
  id: string,
  label: string,
  kinds: StoryKind[],
  cues: string,
): ConceptDef => ({ id, label, kinds, cues: [...new Set(cueList(cues))] });

/**
 * How one line of work says the lexicon's concepts: concept id → cues, comma-separated as in
 * `concept`. Merged into the concepts by `withFieldCues`.
 */
export type FieldCues = Record<string, string>;

/** A field of work and the cues it adds, for the lexicon's counts and its tests. */
export interface Field {
  id: string;
  /** Who talks this way, for a reader of the data. */
  label: string;
  cues: FieldCues;
}

/**
 * The concepts with every field's cues appended in field order, repeats dropped (the first
 * spelling kept). Throws when a field names a concept that does not exist, so a misspelt id
 * fails on load rather than being silently ignored.
 */
export function withFieldCues(concepts: ConceptDef[], fields: Field[]): ConceptDef[] {
  const ids = new Set(concepts.map((def) => def.id));
  for (const field of fields) {
    for (const id of Object.keys(field.cues)) {
      if (!ids.has(id)) throw new Error(`lexicon field ${field.id} names unknown concept ${id}`);
    }
  }
  return concepts.map((def) => {
    const extra = fields.flatMap((field) => cueList(field.cues[def.id] ?? ""));
    return extra.length === 0 ? def : { ...def, cues: [...new Set([...def.cues, ...extra])] };
  });
}
