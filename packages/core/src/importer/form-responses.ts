import { classify } from "./labels.ts";
import { cleanPrompt, isMetaPrompt, promptLabel } from "./prompts.ts";
import {
  type Finder,
  type Found,
  answerText,
  isPlaceholder,
  linesWarning,
  mappingNotice,
} from "./structured.ts";
import { type RecordCell, type StoryRecord, recordTable } from "./table-stories.ts";

/**
 * A form's responses copied as text, as the "individual responses" view of Google Forms (and
 * Microsoft Forms, Typeform, Jotform) shows them: a "Response 1 of 3" line opens each response,
 * then each question on a line of its own (" *" marks a required one) and its answer on the
 * lines under it; an unanswered question may say "(blank)". Each response is one story: "Story
 * name" gives its title, "What did you actually do?" its actions, and so on (see `promptLabel`).
 * Questions are told from answers by the required mark, by prompts the label table knows, by a
 * line that every response has, and, in a single response, by a line that asks; the line right
 * under a question is always its answer.
 */

/** "Response 1 of 2", "**Response 2 / 5**", "## Submission #3", "Entry 4". */
const separator =
  /^(?:response|submission|entry|respondent|respuesta|réponse|antwort)\s*#?\s*(\d+)(?:\s*(?:of|\/|de|sur|von)\s*(\d+))?\s*:?$/i;

/** A line without heading marks and the emphasis around it. */
const plain = (line: string) =>
  line
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/^(\*\*|__|\*|_)(.+)\1$/, "$2")
    .trim();

/** Lines of the form's own page above the first response: its title, the response count. */
const formHead =
  /^(?:.*\((?:responses|antworten|respuestas|réponses)\)|\d+\s+(?:responses?|antworten|respuestas|réponses)|(?:summary|questions?|individual|responses|settings)(?:\s+(?:summary|questions?|individual|responses|settings))*|[-*_=]{3,})$/i;

const isRule = (line: string) => /^\s*(?:[-*_=]\s*){3,}$/.test(line);

interface Line {
  /** 0-based index in the document. */
  at: number;
  text: string;
  /** Opens a paragraph (after a blank line, a rule or the response's start). */
  first: boolean;
  /** A line of the same paragraph follows it. */
  followed: boolean;
}

function responseLines(lines: string[], from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let at = from; at <= to; at++) {
    const text = lines[at]!.trim();
    if (text === "" || isRule(text)) continue;
    const before = at === from ? "" : lines[at - 1]!;
    const after = at === to ? "" : lines[at + 1]!;
    out.push({
      at,
      text,
      first: before.trim() === "" || isRule(before),
      followed: after.trim() !== "" && !isRule(after),
    });
  }
  return out;
}

/** A prompt the label table or the prompt phrasings know, short enough to be a question. */
function knownPrompt(text: string, single: boolean): boolean {
  const clean = cleanPrompt(text);
  const words = clean.split(/\s+/).length;
  if (words > 14 || /[.!]$/.test(clean)) return false;
  if (isMetaPrompt(clean) || classify(clean, null) !== undefined) return true;
  const asks = /[?:)]$/.test(clean) || words <= (single ? 8 : 4);
  return asks && promptLabel(clean) !== clean;
}

/** Which lines of each response are questions (see the module comment). */
function promptsOf(responses: Line[][]): Set<number> {
  const prompts = new Set<number>();
  // A line every response has is a question: the answers differ ("(blank)" is no question).
  const seen = new Map<string, number>();
  for (const response of responses) {
    for (const text of new Set(response.map((l) => l.text)))
      seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  const single = responses.length === 1;
  for (const response of responses) {
    let after = false;
    for (const line of response) {
      const required = /\s\*$/.test(line.text) && line.text.length <= 200;
      const recurring =
        !single &&
        line.followed &&
        !isPlaceholder(line.text) &&
        seen.get(line.text) === responses.length;
      const asks =
        single && line.followed && /[?:)]$/.test(line.text) && line.text.split(/\s+/).length <= 20;
      // The line right under a question is its answer, whatever it says.
      const prompt: boolean =
        required || (!after && (knownPrompt(line.text, single) || recurring || asks));
      if (prompt) prompts.add(line.at);
      after = prompt;
    }
  }
  // A question found in one response is a question in the others too.
  const texts = new Set([...prompts].map((at) => cleanPrompt(findText(responses, at))));
  for (const response of responses) {
    let after = false;
    for (const line of response) {
      if (!after && texts.has(cleanPrompt(line.text))) prompts.add(line.at);
      after = prompts.has(line.at);
    }
  }
  return prompts;
}

const findText = (responses: Line[][], at: number) =>
  responses.flat().find((line) => line.at === at)?.text ?? "";

/** Finds form responses copied as text. */
export const formResponses: Finder = (lines, free) => {
  const starts = lines.flatMap((line, at) =>
    free(at + 1) && separator.test(plain(line)) ? [at] : [],
  );
  if (starts.length === 0) return [];
  const spans = starts.map((start, k) => {
    let to = (starts[k + 1] ?? lines.length) - 1;
    while (to > start && (lines[to]!.trim() === "" || isRule(lines[to]!))) to--;
    return { start, to };
  });
  const responses = spans.map(({ start, to }) => responseLines(lines, start + 1, to));
  const prompts = promptsOf(responses);
  // A form has questions: at least two in a response.
  if (!responses.some((response) => response.filter((l) => prompts.has(l.at)).length >= 2))
    return [];

  const warnings = [];
  const records: StoryRecord[] = [];
  const asked: { prompt: string; label: string | undefined }[] = [];
  // The form's title and response count above the first response.
  let head = starts[0]!;
  while (
    head > 0 &&
    free(head) &&
    (lines[head - 1]!.trim() === "" || formHead.test(plain(lines[head - 1]!)))
  )
    head--;
  while (head < starts[0]! && lines[head]!.trim() === "") head++;
  if (
    head < starts[0]! &&
    lines.slice(head, starts[0]).some((line) => line.trim() !== "" && !isRule(line))
  )
    warnings.push(
      linesWarning(lines, head + 1, starts[0]!, "The form's title and response count; not stored."),
    );

  responses.forEach((response, r) => {
    const cells: RecordCell[] = [];
    const { start, to } = spans[r]!;
    const opens = response.findIndex((line) => prompts.has(line.at));
    const before = opens < 0 ? response : response.slice(0, opens);
    if (before.length > 0)
      warnings.push(
        linesWarning(
          lines,
          before[0]!.at + 1,
          before.at(-1)!.at + 1,
          "This text comes before the response's first question; it was not stored.",
        ),
      );
    response.forEach((line, i) => {
      if (!prompts.has(line.at)) return;
      const next = response.slice(i + 1).find((l) => prompts.has(l.at));
      const end = next ? next.at - 1 : to;
      const answerLines = lines.slice(line.at + 1, end + 1);
      const text = answerText(answerLines, false);
      const last = response.filter((l) => l.at > line.at && l.at <= end).at(-1)?.at ?? line.at;
      const prompt = cleanPrompt(line.text);
      const label = isMetaPrompt(prompt) ? undefined : promptLabel(prompt);
      asked.push({ prompt: line.text, label });
      if (label === undefined) {
        if (text !== "")
          warnings.push(
            linesWarning(
              lines,
              line.at + 1,
              last + 1,
              `"${prompt}" says who sent the response or when; it was not stored.`,
            ),
          );
        return;
      }
      if (isPlaceholder(text)) {
        warnings.push(
          linesWarning(lines, line.at + 1, last + 1, `"${prompt}" has no answer ("${text}").`),
        );
        return;
      }
      if (text !== "") cells.push({ label, text, line: line.at + 1, endLine: last + 1 });
    });
    records.push({ line: start + 1, endLine: to + 1, cells });
  });

  const first = plain(lines[starts[0]!]!);
  const count = `${records.length} form response${records.length === 1 ? "" : "s"}`;
  warnings.push(
    mappingNotice(
      starts[0]! + 1,
      spans.at(-1)!.to + 1,
      `Read as ${count} ("${first}"${records.length > 1 ? " …" : ""}), one story each.`,
      asked,
    ),
  );
  const found: Found = {
    from: Math.min(head, starts[0]!) + 1,
    to: spans.at(-1)!.to + 1,
    tables: records.map((record) => recordTable([record], record.line)),
    warnings,
  };
  return [found];
};
