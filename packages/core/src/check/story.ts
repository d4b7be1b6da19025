import type { Info as Story } from "../story/index.ts";
import type { Info as Target } from "../target/index.ts";
import { figures } from "./measure.ts";
import { factsOf } from "./facts.ts";
import { readiness } from "./readiness.ts";
import { storyRules } from "./rules.ts";
import type { Finding, Severity, StoryCheck } from "./schema.ts";

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CheckOptions {
  wpm?: number;
  target?: Target;
}

/**
 * Holds one story against the craft rules (`storyRules`): findings, errors first, a readiness
 * figure (0–100) and the measures behind them, timed at `wpm` words a minute (150 by default).
 * With a target, a story without a connection for its company is flagged.
 */
export function checkStory(story: Story, { wpm = 150, target }: CheckOptions = {}): StoryCheck {
  const facts = factsOf(story, wpm, target);
  const findings: Finding[] = storyRules.flatMap((rule) => {
    const result = rule.test(facts);
    const places = result === true ? [{ field: rule.field }] : result === false ? [] : result;
    return places.map((place) => ({
      code: rule.code,
      severity: rule.severity,
      field: place.field,
      message: rule.message(facts, place),
    }));
  });
  findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const { coverage, resultText, resultNumbers, practiceCount } = facts;
  return {
    storyId: story.id,
    findings,
    readiness: readiness(findings, practiceCount),
    figures: {
      wpm,
      situationSentences: facts.situationSentences,
      taskSentences: facts.taskSentences,
      actionPoints: facts.actionPoints,
      resultPoints: facts.resultPoints,
      resultNumbers: resultText.trim()
        ? resultNumbers
        : figures(coverage.reading.result[0]?.text ?? ""),
      starWords: facts.starWords,
      situationWords: facts.situationWords,
      backgroundShare: facts.backgroundShare,
      fullSeconds: facts.fullSeconds,
      draftWords: facts.draftWords,
      refinedWords: facts.refinedWords,
      refinedSeconds: facts.refinedSeconds,
      iCount: facts.iCount,
      weCount: facts.weCount,
      placeholders: facts.blanks.reduce((sum, b) => sum + b.count, 0),
      timedSeconds: facts.timedSeconds,
      practiceCount,
    },
    star: coverage.star,
  };
}
