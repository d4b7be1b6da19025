import { sameCompany } from "../identity/index.ts";
import type { Info as Story } from "../story/index.ts";
import type { Info as Target } from "../target/index.ts";
import { actionBullets, pointCount, sectionText, spoken, texts } from "./fields.ts";
import { figures, impliedI, placeholders, pronouns, sentences, words } from "./measure.ts";
import { readiness } from "./readiness.ts";
import { spokenLimit, spokenSeconds, spokenSize } from "./speech.ts";
import {
  coverageOf,
  headlineIdea,
  missingMessage,
  refinedMissingMessage,
  tellingFindings,
} from "./telling.ts";
import { rules } from "./rules.ts";
import { counted } from "./wording.ts";
import type { Finding, Severity, StoryCheck } from "./schema.ts";

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const outside = (n: number, [lo, hi]: readonly [number, number]) => n < lo || n > hi;

export interface CheckOptions {
  wpm?: number;
  target?: Target;
}

/** Holds one story against the craft rules: findings, a readiness figure and the measures. */
export function checkStory(story: Story, { wpm = 150, target }: CheckOptions = {}): StoryCheck {
  const findings: Finding[] = [];
  const add = (code: string, severity: Severity, field: string, message: string) =>
    findings.push({ code, severity, field, message });

  const coverage = coverageOf(story, target ? [target.company] : []);
  const { star } = coverage;
  const situationSentences = sentences(story.situation);
  const taskSentences = sentences(story.task);
  const actionPoints = pointCount(story.actions);
  const resultPoints = pointCount(story.results);
  const resultText = sectionText(story.results).join("\n");
  const resultNumbers = figures(resultText);
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
  const draftWords = words(story.draft);
  const refinedWords = words(story.refined);
  const refinedSeconds = spokenSeconds(story.refined, wpm);
  const starText = [
    story.situation,
    story.task,
    ...sectionText(story.actions),
    ...sectionText(story.results),
  ].join("\n");
  const fullSeconds = spokenSeconds(starText, wpm);
  const { timedSeconds, practiceCount } = story.progress;

  const r = rules;
  if (!story.situation.trim()) {
    if (star.situation === null) {
      add("situation_missing", "warning", "situation", missingMessage("situation", star.shape));
    }
  } else if (outside(situationSentences, r.situationSentences)) {
    add(
      "situation_length",
      "info",
      "situation",
      `The situation runs ${counted(situationSentences, "sentence")}; 2–3 set the stakes.`,
    );
  }
  if (!story.task.trim()) {
    if (star.task === null)
      add("task_missing", "warning", "task", missingMessage("task", star.shape));
  } else if (outside(taskSentences, r.taskSentences)) {
    add(
      "task_length",
      "info",
      "task",
      `The task runs ${counted(taskSentences, "sentence")}; 1–2 say what was yours.`,
    );
  }
  if (story.actions.every((s) => s.points.length === 0)) {
    if (star.actions === null) {
      add("actions_missing", "warning", "actions", missingMessage("actions", star.shape));
    }
  } else if (outside(actionPoints, r.actionPoints)) {
    add(
      "actions_count",
      "info",
      "actions",
      `${counted(actionPoints, "action point")}; 4–5 grouped points tell it best.`,
    );
  }
  if (story.results.every((s) => s.points.length === 0)) {
    if (star.results === null) {
      add("results_missing", "warning", "results", missingMessage("results", star.shape));
    }
  } else {
    if (outside(resultPoints, r.resultPoints)) {
      add(
        "results_count",
        "info",
        "results",
        `${counted(resultPoints, "result point")}; 3–4 land best.`,
      );
    }
    if (resultNumbers === 0) {
      add(
        "results_no_numbers",
        "warning",
        "results",
        "The result has no numbers: add $, %, counts or time a skeptic could check.",
      );
    }
  }
  if (!story.headline.trim()) {
    const idea = headlineIdea(story, coverage.reading);
    add(
      "headline_missing",
      "info",
      "headline",
      `No headline: one line that leads with the result's number${idea ? `, such as “${idea}”` : ""}.`,
    );
  } else if (figures(story.headline) === 0) {
    add(
      "headline_no_number",
      "info",
      "headline",
      "The headline has no number; lead with the result's figure.",
    );
  }
  if (!story.draft.trim()) {
    add(
      "draft_missing",
      "info",
      "draft",
      "No draft: write it the way you'd tell a friend, 150–200 words.",
    );
  } else if (outside(draftWords, r.draftWords)) {
    add(
      "draft_length",
      "info",
      "draft",
      `The draft is ${counted(draftWords, "word")}; aim for 150–200.`,
    );
  }
  const [refinedMin, refinedMax] = r.refinedSeconds;
  if (!story.refined.trim()) {
    add("refined_missing", "warning", "refined", refinedMissingMessage(story, star.shape, wpm));
  } else if (refinedSeconds > refinedMax) {
    add(
      "refined_too_long",
      "warning",
      "refined",
      `The refined version is ${spokenSize(story.refined)}, about ${refinedSeconds} s at ${wpm} wpm; cut it to 45–60 s (${spokenLimit(story.refined, refinedMax, wpm)} at most).`,
    );
  } else if (refinedSeconds < refinedMin) {
    add(
      "refined_too_short",
      "info",
      "refined",
      `The refined version is about ${refinedSeconds} s at ${wpm} wpm; 45–60 s leaves room for the result.`,
    );
  }
  if (starWords > 0 && outside(fullSeconds, r.fullSeconds)) {
    const long = fullSeconds > r.fullSeconds[1];
    add(
      long ? "full_too_long" : "full_too_short",
      long ? "warning" : "info",
      "story",
      `The full STAR telling is about ${Math.round(fullSeconds / 6) / 10} minutes at ${wpm} wpm; 3–5 minutes is the range.`,
    );
  }
  if (starWords >= r.backgroundMinWords && backgroundShare > r.backgroundShare) {
    add(
      "background_heavy",
      "warning",
      "situation",
      `The situation is ${Math.round(backgroundShare * 100)}% of the story; keep background to about a quarter.`,
    );
  }

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
  if (weCount >= r.weFloor && weCount > iCount) {
    add(
      "we_over_i",
      "warning",
      weField || "story",
      `"We" ${weCount} times, "I" ${iCount}: say what you did yourself.`,
    );
  }

  let placeholderCount = 0;
  for (const [field, text] of texts(story)) {
    const found = placeholders(text);
    if (found.length === 0) continue;
    placeholderCount += found.length;
    const list = [...new Set(found)].map((p) => `"${p}"`).join(", ");
    add("placeholder", "error", field, `Template blank left in: ${list}.`);
  }

  tellingFindings(story, coverage, add);
  if (star.lessons === null) {
    add(
      "lesson_missing",
      "warning",
      "lessons",
      "No lesson: say what you learned or would do differently.",
    );
  }
  if (target && !story.connections.some((c) => sameCompany(c.company, target.company))) {
    add(
      "connection_missing",
      "warning",
      "connections",
      `No connection to ${target.company}: one line on why this story matters there.`,
    );
  }
  if (timedSeconds !== null && timedSeconds > refinedMax) {
    add(
      "timed_too_long",
      "warning",
      "progress.timedSeconds",
      `The last timed telling took ${timedSeconds} s; bring it under ${refinedMax} s.`,
    );
  }
  if (practiceCount === 0) {
    add(
      "not_practiced",
      "info",
      "progress.practiceCount",
      "Not practiced yet: time the refined version out loud.",
    );
  }

  findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  return {
    storyId: story.id,
    findings,
    readiness: readiness(findings, practiceCount),
    figures: {
      wpm,
      situationSentences,
      taskSentences,
      actionPoints,
      resultPoints,
      resultNumbers: resultText.trim()
        ? resultNumbers
        : figures(coverage.reading.result[0]?.text ?? ""),
      starWords,
      situationWords,
      backgroundShare,
      fullSeconds,
      draftWords,
      refinedWords,
      refinedSeconds,
      iCount,
      weCount,
      placeholders: placeholderCount,
      timedSeconds,
      practiceCount,
    },
    star,
  };
}
