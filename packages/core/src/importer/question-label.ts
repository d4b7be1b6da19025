import { splitList } from "./draft.ts";
import { classify } from "./labels.ts";
import { questionsOf, splitLabelText } from "./fieldtext.ts";
import { unquote } from "./markdown.ts";
import { isInterviewQuestion as isPrompt, isQuestion, questionText } from "./question.ts";
import { quotedQuestions } from "./reminders.ts";
import { mainPrompt } from "./transcript.ts";

/**
 * What a questions label ("Questions:", "Used for:", "Best for:") holds besides questions: a
 * remark, a record of where the story was told, a list of topics, a page's other properties.
 */

/** Two sentences or more, none of them a question: a remark under a questions label. */
export function saysNoQuestion(text: string): boolean {
  const sentences = text.split(/(?<=[.!])\s+/).filter((sentence) => /\p{L}/u.test(sentence));
  // "This one's short but it's the one interviewers ask follow-ups about most.": one remark.
  const remark =
    sentences.length === 1 &&
    /[.!]$/.test(text.trim()) &&
    text.split(/\s+/).length >= 8 &&
    !isPrompt(text.replace(/\s+/g, " "));
  return (sentences.length >= 2 || remark) && !text.includes("?") && !sentences.some(isQuestion);
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

/**
 * The topics of a list: "outage, pressure", "crisis / pressure / ownership" (single words apart
 * by slashes; "crisis / managing risk" is one prompt).
 */
export const topicItems = (text: string) =>
  splitList(text).flatMap((item) => {
    const parts = item.split(/\s+[/·]\s+/).filter((part) => part !== "");
    return parts.every((part) => !/\s/.test(part)) ? parts : [item];
  });

/** "outage, pressure, “worst day at work” questions": a line of short topics, none a question. */
export function isTopicList(text: string): boolean {
  const items = topicItems(text);
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

/** A quoted question and a bracket naming another it was used for. */
const alsoAsked = /^(["“][^"“”\n]{8,300}["”])\s*\(([^()\n]*["“][^"“”\n]{8,300}["”][^()\n]*)\)$/u;

/** A quoted question, then a few words naming other quoted questions ("Also works for …"). */
const alsoWorks = /^(["“][^"“”\n]{8,300}["”])\s+(\p{L}[^"“”\n]{0,60}["“][^\n]+)$/u;

/** A competency's name, a dash, and the question it is asked as, in quotes. */
const competencyQuestion = /^([\p{L}][\p{L} &'’-]{1,40}?)\s+[–—-]\s+(["“][^\n]+["”])$/u;

/** A quoted question and a remark in lower case after a dash, on one line. */
const questionRemark = /^(["“][^"“”\n]{8,300}["”])\s*(?:[—–]|\s-)\s+(\p{Ll}[^\n]*)$/u;

/**
 * The questions a questions label's text asks, and what it says besides them: the notes (a
 * remark, a page's property, a lead-in before the prompt) and the tags (a competency named before
 * its question).
 */
export function questionsIn(text: string): {
  questions: string[];
  notes: string[];
  tags: string[];
} {
  const line = text.trim();
  // '"Describe a time you pushed back." (I also used it for "Tell me about an ethical
  // dilemma.")', '"Tell me about a mistake." Also works for "How do you handle a crisis?"': the
  // question, and the others the bracket or the words after it name.
  for (const also of [alsoAsked.exec(line), alsoWorks.exec(line)]) {
    const named = also ? quotedQuestions(also[2]!) : undefined;
    if (also && named && named.questions.length > 0)
      return {
        questions: [unquote(also[1]!), ...named.questions],
        notes: named.saysMore ? [also[2]!] : [],
        tags: [],
      };
  }
  // '"Tell me about a time you mentored someone", "…grow" (also worked for the leadership ones)':
  // the quoted questions, and the writer's remark in the bracket after them for the notes.
  const bracketed = /^(["“].*["”])\s*\(([^()"“”]{3,200})\)$/u.exec(line);
  if (bracketed) {
    const quoted = questionsIn(bracketed[1]!);
    if (quoted.questions.every((question) => !/["“”]/u.test(question)))
      return { ...quoted, notes: [...quoted.notes, bracketed[2]!.trim()] };
  }
  // "Tell me about a time you influenced peers. It also covers Describe a time you improved a
  // process.": two questions, the second named after a few words.
  const covers =
    /^(.{8,300}?[.?])\s+(?:it |this(?: one)? )?(?:also )?(?:covers|works for|fits|answers)\s+(\S.{7,300})$/iu.exec(
      line,
    );
  if (covers && isQuestion(covers[1]!) && isQuestion(covers[2]!))
    return { questions: [covers[1]!, covers[2]!].map(questionText), notes: [], tags: [] };
  // 'Financial management – "Give an example of when you identified savings."': the
  // competency (a tag), then the question.
  const competency = competencyQuestion.exec(line);
  if (competency)
    return { questions: questionsOf(competency[2]!), notes: [], tags: [competency[1]!.trim()] };
  // '"Tell me about a time you put safety first" — careful, keep it short': the quoted
  // question, and the writer's remark on it for the notes.
  const remark = questionRemark.exec(line);
  if (remark) return { questions: [unquote(remark[1]!)], notes: [remark[2]!], tags: [] };
  // "Status: Ready ✅", "Time (sec): 95": a page's other properties under its questions.
  // "(not sure this one is strong enough…)" under them: a remark in brackets, a note.
  const lines = text.split("\n");
  const aside = (entry: string) => isPropertyLine(entry) || /^\s*\([^()]{3,300}\)\s*$/.test(entry);
  const asked = lines.filter((entry) => !aside(entry));
  const notes: string[] = [];
  // "Let's start. Tell me about a time…": the lead-in before the prompt, for the notes.
  const main = asked.length === 1 ? mainPrompt(asked[0]!.trim()) : undefined;
  const before = main ? asked[0]!.trim().slice(0, -main.asked.length).trim() : "";
  if (
    main &&
    before !== "" &&
    main.asked !== "" &&
    !before.includes("?") &&
    before.split(/\s+/).length <= 8
  ) {
    notes.push(`Before the question: ${before}`);
    asked[0] = main.asked;
  }
  if (asked.length < lines.length)
    notes.push(...lines.filter(aside).map((entry) => entry.trim().replace(/^\((.*)\)$/, "$1")));
  return { questions: questionsOf(asked.join("\n")), notes, tags: [] };
}

/**
 * "If asked about the eleventh team, they had …", "If asked what could have gone wrong → …": a
 * follow-up's topic, a comma or an arrow, its answer.
 */
export const ifAskedText =
  /^(if (?:they |anyone )?ask(?:s|ed)? (?:about|why|how|what)\b[^,:;→]{2,120}?)\s*(?:,|→|->|=>)\s*(\S[\s\S]*)$/i;

/** Whether a note's text is a follow-up: "If they ask about X: …", "If asked why, …". */
export function isFollowUpText(text: string): boolean {
  const split = splitLabelText(text);
  return (
    (split !== undefined && classify(split.label, null)?.kind === "followUp") ||
    ifAskedText.test(text)
  );
}

/**
 * A question on the first line and the story told on the lines under it (30 words or more that
 * ask nothing): "Question: Tell me about a conflict\nTwo of my shift leads…".
 */
export const answeredBelow = (text: string) => {
  const [asked, ...told] = text.split("\n");
  return told.length > 0 && isQuestion(asked!.trim()) && isTold(told.join("\n"));
};

/** A paragraph that tells rather than asks: 30 words or more, and no question. */
export const isTold = (text: string) =>
  text.split(/\s+/).length >= 30 && !text.split("\n").some((line) => isQuestion(line));

/**
 * The interview questions an introduction quotes ("the failure question … “Tell me about a time
 * you failed.”"), in order, once each: a post about one story names the question it answers.
 */
export function introQuestions(text: string): string[] {
  const quoted = [...text.matchAll(/[“"‘]([^“”"‘’\n]{12,200}?)[”"’]/g)].map((m) => m[1]!.trim());
  return [...new Set(quoted.filter(isInterviewQuestion).map(questionText))];
}

/** A question an interviewer asks ("Tell me about a time…", "Describe…?"), not any sentence. */
const isInterviewQuestion = (text: string) =>
  isQuestion(text) &&
  /^(tell me|describe|give (me )?an example|walk me|what|how|when|why|have you)\b/i.test(text);

/**
 * A follow-up and its answer written on one line, or undefined: "**What about cost?** It fell
 * 40%.", "How did you pick $80? — It was…", "If asked about the eleventh team, they had…",
 * "Cost: it fell 40%", or a question alone, to prepare an answer for.
 */
export function followUpOf(text: string): { question: string; answer: string } | undefined {
  // Up to the "?"; "why not autoscale? (answer: Redis wasn't the bottleneck)": the answer in
  // its bracket.
  const asked = /^(.{3,300}?\?)["”]?\s*(?:(?:[—–-]|→|->|=>)\s*)?(\S[\s\S]*)$/.exec(text);
  if (asked) {
    const question = asked[1]!.trim().replace(/^["“](?=[^"“”]+$)/, "");
    const answer = asked[2]!.trim().replace(/^\((?:answer|a|ans)\s*[:—–-]\s*([^()]+)\)$/i, "$1");
    return { question, answer: unquote(answer) };
  }
  // The topic after "If asked about", then the answer.
  const ifAsked = ifAskedText.exec(text);
  if (ifAsked) return { question: ifAsked[1]!.trim(), answer: ifAsked[2]!.trim() };
  const split = splitLabelText(text);
  // "- How did you adapt your message?" under "Possible follow-ups".
  if (!split) return isQuestion(text) ? { question: text, answer: "" } : undefined;
  return { question: split.label.replace(/^[.…\s]+/u, ""), answer: unquote(split.rest) };
}
