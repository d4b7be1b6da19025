import type { Slot } from "./labels.ts";

/**
 * Words that name one STAR part wherever they stand in a short label ("Setting the scene",
 * "My job", "Where it all ended up", "What I'd change next time" keep none of the spellings above).
 */
const cues: [Set<string>, Slot][] = [
  [
    new Set(
      "situation background context setting scene setup backdrop backstory circumstances premise picture".split(
        " ",
      ),
    ),
    { kind: "text", key: "situation" },
  ],
  [
    new Set(
      "task tasks goal goals aim aims objective objectives job role responsibility responsibilities responsible accountable remit brief mission mandate assignment duty".split(
        " ",
      ),
    ),
    { kind: "text", key: "task" },
  ],
  [
    new Set("action actions steps moves approach handled tackled response solution".split(" ")),
    { kind: "sections", key: "actions" },
  ],
  [
    new Set(
      "result results outcome outcomes impact impacts effect effects turned ended landed payoff difference".split(
        " ",
      ),
    ),
    { kind: "sections", key: "results" },
  ],
  [
    new Set(
      "lesson lessons learned learnt learning learnings takeaway takeaways reflection reflections differently hindsight retrospect insight insights".split(
        " ",
      ),
    ),
    { kind: "text", key: "lessons" },
  ],
];

/** Words a label may hold besides its cue: "the", "what", "I'd", "all", "up", "next time". */
const labelFiller = new Set(
  "the a an my our your what how where when why i i'd we we'd it it's this that was were is are be been had has have do would will did to of on in for with about at from by then so up out all next time key main and or i'm".split(
    " ",
  ),
);

/** The part a short label names by its words alone: at least one cue, of one part, the rest filler. */
export function cueSlot(normal: string): Slot | undefined {
  const words = normal.split(/[\s/&,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  let found: Slot | undefined;
  // "Situation/Task", "Situation & task": two parts told together go to the first one named.
  const joined = words.length <= 4 && /\/|&|\band\b/.test(normal);
  for (const word of words) {
    if (labelFiller.has(word)) continue;
    const slot = cues.find(([set]) => set.has(word))?.[1];
    if (found && slot && found !== slot && joined) return found;
    if (!slot || (found && found !== slot)) return undefined;
    found = slot;
  }
  return found;
}
