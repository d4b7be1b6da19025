import { splitList } from "./draft.ts";
import { isQuestion } from "./question.ts";

/**
 * What a questions label ("Questions:", "Used for:", "Best for:") holds besides questions: a
 * remark, a record of where the story was told, a list of topics, a page's other properties.
 */

/** Two sentences or more, none of them a question: a remark under a questions label. */
export function saysNoQuestion(text: string): boolean {
  const sentences = text.split(/(?<=[.!])\s+/).filter((sentence) => /\p{L}/u.test(sentence));
  return sentences.length >= 2 && !text.includes("?") && !sentences.some(isQuestion);
}

/**
 * "Used for: SEO Policy Adviser, DRT (Jan 2024) – scored 6/7 at sift", "not used yet": where and
 * when the story was told, dated or never, rather than the questions it answers.
 */
export function usageRecord(text: string): boolean {
  return (
    !text.includes("?") &&
    !isQuestion(text) &&
    (/\b(?:19|20)\d\d\b/.test(text) || /^(?:not|never) (?:yet )?used\b/i.test(text.trim()))
  );
}

/** "outage, pressure, “worst day at work” questions": a line of short topics, none a question. */
export function isTopicList(text: string): boolean {
  const items = splitList(text);
  return (
    !text.includes("\n") &&
    !text.includes("?") &&
    !isQuestion(text) &&
    items.length >= 2 &&
    // "Good for: "leading people you didn't hire", "training someone quickly"": quoted, as
    // questions are.
    !items.every((item) => /^["“'‘].*["”'’]$/.test(item.trim())) &&
    items.every((item) => item.split(/\s+/).length <= 6 && !isQuestion(item))
  );
}

/** "Status: Ready ✅", "Time (sec): 95": another property of the page, under its questions. */
export function isPropertyLine(line: string): boolean {
  const pair = /^(\p{L}[\p{L} ()]{1,25}):\s+(\S.*)$/u.exec(line.trim());
  return pair !== null && !isQuestion(pair[2]!) && !isQuestion(line);
}
