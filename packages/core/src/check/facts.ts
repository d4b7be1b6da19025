import type { Info as Story } from "../story/index.ts";
import type { Info as Target } from "../target/index.ts";
import { actionBullets, pointCount, sectionText, spoken, texts } from "./fields.ts";
import { figures, impliedI, placeholders, pronouns, sentences, words } from "./measure.ts";
import { spokenSeconds } from "./speech.ts";
import { type Coverage, coverageOf } from "./telling.ts";

/** Template blanks found in one field of a story, each blank once. */
export interface Blanks {
  field: string;
  found: string[];
  /** Every blank of the field, repeats included (the figure counts them all). */
  count: number;
}

/**
 * What the rules of the story check look at, measured once per story: the story and the check's
 * options, where each STAR part is told, and the counts, words and seconds of each part. Times are
 * in seconds at `wpm` words a minute; shares are 0–1, rounded to two places.
 */
export interface Facts {
  story: Story;
  target: Target | undefined;
  wpm: number;
  coverage: Coverage;
  situationSentences: number;
  taskSentences: number;
  actionPoints: number;
  resultPoints: number;
  /** The results' headings and points, one a line. */
  resultText: string;
  /** Figures in `resultText`. */
  resultNumbers: number;
  situationWords: number;
  /** Words of situation, task, actions and results. */
  starWords: number;
  backgroundShare: number;
  draftWords: number;
  refinedWords: number;
  refinedSeconds: number;
  fullSeconds: number;
  timedSeconds: number | null;
  practiceCount: number;
  /** "I" said or implied (an action point starting with a past-tense verb), and "we". */
  iCount: number;
  weCount: number;
  /** The spoken part where "we" most outnumbers "I"; "" when it never does. */
  weField: string;
  blanks: Blanks[];
}

/** Measures a story for the check; `target` brings its company into the reading of a telling. */
export function factsOf(story: Story, wpm: number, target: Target | undefined): Facts {
  const coverage = coverageOf(story, target ? [target.company] : []);
  const resultText = sectionText(story.results).join("\n");
  const situationWords = words(story.situation);
  const starWords =
    situationWords +
    words(story.task) +
    words(sectionText(story.actions).join("\n")) +
    words(resultText);
  const background = coverage.reading.background;
  const backgroundShare =
    starWords > 0
      ? Math.round((situationWords / starWords) * 100) / 100
      : background && background.total > 0
        ? Math.round((background.words / background.total) * 100) / 100
        : 0;
  const starText = [
    story.situation,
    story.task,
    ...sectionText(story.actions),
    ...sectionText(story.results),
  ].join("\n");
  return {
    story,
    target,
    wpm,
    coverage,
    situationSentences: sentences(story.situation),
    taskSentences: sentences(story.task),
    actionPoints: pointCount(story.actions),
    resultPoints: pointCount(story.results),
    resultText,
    resultNumbers: figures(resultText),
    situationWords,
    starWords,
    backgroundShare,
    draftWords: words(story.draft),
    refinedWords: words(story.refined),
    refinedSeconds: spokenSeconds(story.refined, wpm),
    fullSeconds: spokenSeconds(starText, wpm),
    timedSeconds: story.progress.timedSeconds,
    practiceCount: story.progress.practiceCount,
    ...voices(story),
    blanks: texts(story).flatMap(([field, text]) => {
      const found = placeholders(text);
      return found.length > 0 ? [{ field, found: [...new Set(found)], count: found.length }] : [];
    }),
  };
}

/** "I" against "we" over what the speaker says, and where "we" leads most. */
function voices(story: Story): Pick<Facts, "iCount" | "weCount" | "weField"> {
  let iCount = 0;
  let weCount = 0;
  let weField = "";
  let weLead = 0;
  for (const [field, text] of spoken(story)) {
    const { i: stated, we } = pronouns(text);
    const implied = field === "actions" ? actionBullets(story).filter(impliedI).length : 0;
    const i = stated + implied;
    iCount += i;
    weCount += we;
    if (we - i > weLead) [weField, weLead] = [field, we - i];
  }
  return { iCount, weCount, weField };
}
