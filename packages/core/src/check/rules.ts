import { sameCompany } from "../identity/index.ts";
import { amounts } from "../telling/index.ts";
import type { Facts } from "./facts.ts";
import { limits } from "./limits.ts";
import { figures } from "./measure.ts";
import type { Severity } from "./schema.ts";
import { spokenLimit, spokenSize } from "./speech.ts";
import {
  blank,
  headlineIdea,
  missingMessage,
  numberedResult,
  refinedMissingMessage,
  refinedNumberMessage,
  toldMessage,
} from "./telling.ts";
import { counted } from "./wording.ts";

/** Where a finding points when it is not the rule's own field, and what was found there. */
export interface Place {
  field: string;
  found?: string[];
}

/**
 * One rule of the story check. `test` says whether a story breaks it: `true` for one finding at
 * `field`, a list of places for one finding each, `false` or an empty list for none. `message`
 * words the finding for the story at hand; `when` says in a line when the rule applies (the
 * README's table of checks is generated from it). Rules sharing a code share its severity.
 */
export interface Rule {
  code: string;
  severity: Severity;
  /** The story field the finding is about, or, where it varies, which one in words. */
  field: string;
  when: string;
  test: (facts: Facts) => boolean | Place[];
  message: (facts: Facts, place: Place) => string;
}

const outside = (n: number, [lo, hi]: readonly [number, number]) => n < lo || n > hi;
const range = ([lo, hi]: readonly [number, number]) => `${lo}–${hi}`;
const empty = (sections: Facts["story"]["actions"]) => sections.every((s) => s.points.length === 0);
const [refinedMin, refinedMax] = limits.refinedSeconds;
const [fullMin, fullMax] = limits.fullSeconds;
const percent = (share: number) => `${Math.round(share * 100)}%`;

const blankKinds = '`___`, `[Date]`, `X%`, `$X`, "or whatever is true", TODO/TBD';
const noNumbers = "The result has no numbers: add $, %, counts or time a skeptic could check.";

/**
 * The story check, one rule per finding, in the order findings are made (they are then listed
 * errors first). The numbers come from `limits`; the messages say them for the story at hand.
 */
export const storyRules: readonly Rule[] = [
  {
    code: "situation_missing",
    severity: "warning",
    field: "situation",
    when: "No situation, and the telling or the analysis sets no scene either",
    test: ({ story, coverage }) => blank(story.situation) && coverage.star.situation === null,
    message: ({ coverage }) => missingMessage("situation", coverage.star.shape),
  },
  {
    code: "situation_length",
    severity: "info",
    field: "situation",
    when: `The situation is outside ${range(limits.situationSentences)} sentences`,
    test: ({ story, situationSentences }) =>
      !blank(story.situation) && outside(situationSentences, limits.situationSentences),
    message: ({ situationSentences }) =>
      `The situation runs ${counted(situationSentences, "sentence")}; 2–3 set the stakes.`,
  },
  {
    code: "task_missing",
    severity: "warning",
    field: "task",
    when: "No task, and the telling or the analysis says nothing of what was yours",
    test: ({ story, coverage }) => blank(story.task) && coverage.star.task === null,
    message: ({ coverage }) => missingMessage("task", coverage.star.shape),
  },
  {
    code: "task_length",
    severity: "info",
    field: "task",
    when: `The task is outside ${range(limits.taskSentences)} sentences`,
    test: ({ story, taskSentences }) =>
      !blank(story.task) && outside(taskSentences, limits.taskSentences),
    message: ({ taskSentences }) =>
      `The task runs ${counted(taskSentences, "sentence")}; 1–2 say what was yours.`,
  },
  {
    code: "actions_missing",
    severity: "warning",
    field: "actions",
    when: "No action points, and the telling or the analysis tells no move of yours",
    test: ({ story, coverage }) => empty(story.actions) && coverage.star.actions === null,
    message: ({ coverage }) => missingMessage("actions", coverage.star.shape),
  },
  {
    code: "actions_count",
    severity: "info",
    field: "actions",
    when: `Outside ${range(limits.actionPoints)} action points (several headed groups count one each)`,
    test: ({ story, actionPoints }) =>
      !empty(story.actions) && outside(actionPoints, limits.actionPoints),
    message: ({ actionPoints }) =>
      `${counted(actionPoints, "action point")}; 4–5 grouped points tell it best.`,
  },
  {
    code: "results_missing",
    severity: "warning",
    field: "results",
    when: "No result points, and the telling or the analysis says nothing of what changed",
    test: ({ story, coverage }) => empty(story.results) && coverage.star.results === null,
    message: ({ coverage }) => missingMessage("results", coverage.star.shape),
  },
  {
    code: "results_count",
    severity: "info",
    field: "results",
    when: `Outside ${range(limits.resultPoints)} result points`,
    test: ({ story, resultPoints }) =>
      !empty(story.results) && outside(resultPoints, limits.resultPoints),
    message: ({ resultPoints }) => `${counted(resultPoints, "result point")}; 3–4 land best.`,
  },
  {
    code: "results_no_numbers",
    severity: "warning",
    field: "results",
    when: "No $, %, count, time or number word in the result points",
    test: ({ story, resultNumbers }) => !empty(story.results) && resultNumbers === 0,
    message: () => noNumbers,
  },
  {
    code: "headline_missing",
    severity: "info",
    field: "headline",
    when: "No headline: the one line that leads with the result",
    test: ({ story }) => blank(story.headline),
    message: ({ story, coverage }) => {
      const idea = headlineIdea(story, coverage.reading);
      return `No headline: one line that leads with the result's number${idea ? `, such as “${idea}”` : ""}.`;
    },
  },
  {
    code: "headline_no_number",
    severity: "info",
    field: "headline",
    when: "The headline has no number",
    test: ({ story }) => !blank(story.headline) && figures(story.headline) === 0,
    message: () => "The headline has no number; lead with the result's figure.",
  },
  {
    code: "draft_missing",
    severity: "info",
    field: "draft",
    when: "No draft",
    test: ({ story }) => blank(story.draft),
    message: () => "No draft: write it the way you'd tell a friend, 150–200 words.",
  },
  {
    code: "draft_length",
    severity: "info",
    field: "draft",
    when: `The draft is outside ${range(limits.draftWords)} words`,
    test: ({ story, draftWords }) => !blank(story.draft) && outside(draftWords, limits.draftWords),
    message: ({ draftWords }) => `The draft is ${counted(draftWords, "word")}; aim for 150–200.`,
  },
  {
    code: "refined_missing",
    severity: "warning",
    field: "refined",
    when: "No refined version, the spoken one",
    test: ({ story }) => blank(story.refined),
    message: ({ story, coverage, wpm }) => refinedMissingMessage(story, coverage.star.shape, wpm),
  },
  {
    code: "refined_too_long",
    severity: "warning",
    field: "refined",
    when: `The refined version runs over ${refinedMax} s at the pace`,
    test: ({ story, refinedSeconds }) => !blank(story.refined) && refinedSeconds > refinedMax,
    message: ({ story, refinedSeconds, wpm }) =>
      `The refined version is ${spokenSize(story.refined)}, about ${refinedSeconds} s at ${wpm} wpm; cut it to 45–60 s (${spokenLimit(story.refined, refinedMax, wpm)} at most).`,
  },
  {
    code: "refined_too_short",
    severity: "info",
    field: "refined",
    when: `The refined version runs under ${refinedMin} s at the pace`,
    test: ({ story, refinedSeconds }) => !blank(story.refined) && refinedSeconds < refinedMin,
    message: ({ refinedSeconds, wpm }) =>
      `The refined version is about ${refinedSeconds} s at ${wpm} wpm; 45–60 s leaves room for the result.`,
  },
  {
    code: "full_too_long",
    severity: "warning",
    field: "story",
    when: `The STAR telling runs over ${fullMax / 60} minutes at the pace`,
    test: ({ starWords, fullSeconds }) => starWords > 0 && fullSeconds > fullMax,
    message: (facts) => fullMessage(facts),
  },
  {
    code: "full_too_short",
    severity: "info",
    field: "story",
    when: `The STAR telling runs under ${fullMin / 60} minutes at the pace`,
    test: ({ starWords, fullSeconds }) => starWords > 0 && fullSeconds < fullMin,
    message: (facts) => fullMessage(facts),
  },
  {
    code: "background_heavy",
    severity: "warning",
    field: "situation",
    when: `The situation is over ${percent(limits.backgroundShare)} of the STAR words (from ${limits.backgroundMinWords} words on)`,
    test: ({ starWords, backgroundShare }) =>
      starWords >= limits.backgroundMinWords && backgroundShare > limits.backgroundShare,
    message: ({ backgroundShare }) =>
      `The situation is ${percent(backgroundShare)} of the story; keep background to about a quarter.`,
  },
  {
    code: "we_over_i",
    severity: "warning",
    field: "the spoken part where “we” leads most",
    when: `"We" (${limits.weFloor} or more) outnumbers "I" (action points that start with a past-tense verb count as "I")`,
    test: ({ weCount, iCount, weField }) =>
      weCount >= limits.weFloor && weCount > iCount ? [{ field: weField || "story" }] : false,
    message: ({ weCount, iCount }) =>
      `"We" ${weCount} times, "I" ${iCount}: say what you did yourself.`,
  },
  {
    code: "placeholder",
    severity: "error",
    field: "each field with a blank",
    when: `A template blank in a field: ${blankKinds}`,
    test: ({ blanks }) => blanks,
    message: (_, { found = [] }) =>
      `Template blank left in: ${found.map((p) => `"${p}"`).join(", ")}.`,
  },
  {
    code: "star_from_telling",
    severity: "info",
    field: "story",
    when: "A STAR part or the lesson is read from the refined version, the draft or the analysis rather than its own section",
    test: ({ coverage }) => coverage.told.length > 0,
    message: ({ coverage }) => toldMessage(coverage),
  },
  {
    code: "results_no_numbers",
    severity: "warning",
    field: "the telling or answer the result was read from",
    when: "or the result read from a telling has no figure",
    test: ({ coverage }) =>
      coverage.told.includes("results") && !numberedResult(coverage)
        ? [{ field: coverage.star.results as string }]
        : false,
    message: () => noNumbers,
  },
  {
    code: "refined_no_numbers",
    severity: "info",
    field: "refined",
    when: "The refined version says no number, though the result read from the draft or the analysis has one",
    test: ({ story, coverage }) =>
      coverage.told.includes("results") &&
      numberedResult(coverage) !== undefined &&
      !blank(story.refined) &&
      amounts(story.refined).length === 0,
    message: ({ coverage }) => refinedNumberMessage(numberedResult(coverage)!),
  },
  {
    code: "background_heavy",
    severity: "warning",
    field: "the telling (`refined` or `draft`)",
    when: `or, told without STAR sections, over ${percent(limits.backgroundShare)} of the telling comes before the speaker's first move`,
    test: ({ coverage: { star, reading } }) => {
      const background = reading.background;
      if (star.shape === "star" || !background) return false;
      if (background.total < limits.backgroundMinWords) return false;
      return background.words / background.total > limits.backgroundShare
        ? [{ field: background.field }]
        : false;
    },
    message: ({ coverage }, { field }) => {
      const { words: before, total } = coverage.reading.background!;
      return `The ${field === "draft" ? "draft" : "refined version"} spends ${percent(before / total)} on background before your first move; keep it to about a quarter.`;
    },
  },
  {
    code: "lesson_missing",
    severity: "warning",
    field: "lessons",
    when: `No lesson, "what I'd do differently" or takeaway, in a section or read from the telling`,
    test: ({ coverage }) => coverage.star.lessons === null,
    message: () => "No lesson: say what you learned or would do differently.",
  },
  {
    code: "connection_missing",
    severity: "warning",
    field: "connections",
    when: "With a target: no connection for its company (the same company by the identity rules)",
    test: ({ story, target }) =>
      target !== undefined &&
      !story.connections.some((c) => sameCompany(c.company, target.company)),
    message: ({ target }) =>
      `No connection to ${target!.company}: one line on why this story matters there.`,
  },
  {
    code: "timed_too_long",
    severity: "warning",
    field: "progress.timedSeconds",
    when: `The last timed refined telling took over ${refinedMax} s`,
    test: ({ timedSeconds }) => timedSeconds !== null && timedSeconds > refinedMax,
    message: ({ timedSeconds }) =>
      `The last timed telling took ${timedSeconds} s; bring it under ${refinedMax} s.`,
  },
  {
    code: "not_practiced",
    severity: "info",
    field: "progress.practiceCount",
    when: "No practice recorded",
    test: ({ practiceCount }) => practiceCount === 0,
    message: () => "Not practiced yet: time the refined version out loud.",
  },
];

function fullMessage({ fullSeconds, wpm }: Facts): string {
  return `The full STAR telling is about ${Math.round(fullSeconds / 6) / 10} minutes at ${wpm} wpm; 3–5 minutes is the range.`;
}
