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
 * One concept from its cues written as a comma-separated list (line breaks allowed between
 * cues); blank entries and repeats are dropped, the first spelling kept.
 */
export const concept = (
  id: string,
  label: string,
  kinds: StoryKind[],
  cues: string,
): ConceptDef => ({
  id,
  label,
  kinds,
  cues: [
    ...new Set(
      cues
        .split(",")
        .map((cue) => cue.trim().replace(/\s+/g, " "))
        .filter((cue) => cue.length > 0),
    ),
  ],
});
