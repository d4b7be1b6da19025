import type { Severity } from "./schema.ts";

/**
 * The craft's numbers, in one place: the common STAR coaching rules (a situation in 2–3
 * sentences, a task in 1–2, 4–5 action points, 3–4 result points with numbers, a 150–200 word
 * draft, a 45–60 s spoken version and a 3–5 minute full telling). The rules of `rules.ts` apply
 * them, and the README's table of checks is generated from those rules.
 */
export const limits = {
  situationSentences: [2, 3],
  taskSentences: [1, 2],
  actionPoints: [4, 5],
  resultPoints: [3, 4],
  draftWords: [150, 200],
  refinedSeconds: [45, 60],
  fullSeconds: [180, 300],
  /** "About a quarter": flagged past this share. */
  backgroundShare: 0.3,
  /** Below this many STAR words the background share says nothing yet. */
  backgroundMinWords: 60,
  /** "We" is flagged from this many, when it outnumbers "I". */
  weFloor: 3,
  /** Tellings that earn full practice marks. */
  practiceTarget: 5,
} as const;

/** What a finding costs a story's readiness, by severity. */
export const penalty: Record<Severity, number> = { error: 20, warning: 8, info: 2 };
/** One kind of finding costs at most this many findings' worth, so one habit doesn't sink all. */
export const maxPenalized = 2;
