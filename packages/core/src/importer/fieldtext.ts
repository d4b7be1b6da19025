import { type LineField, splitList } from "./draft.ts";
import type { Slot } from "./labels.ts";
import { unquote } from "./markdown.ts";
import { isQuestion } from "./question.ts";

/**
 * Small text helpers of the story reader: warnings, tag and question lists as people write them,
 * "•" bullets, over-long points split at sentence ends, and "Label: rest" splitting.
 */

export interface Warning {
  line: number;
  endLine: number;
  message: string;
  excerpt: string;
  /** The whole source text of the lines (filled in once the document is read). */
  text?: string;
}

export const excerptOf = (text: string) =>
  text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text;

/** The story field a slot writes to, for the line map. */
export function fieldOf(target: Slot | undefined): LineField {
  if (!target) return "draft";
  switch (target.kind) {
    case "text":
    case "sections":
    case "list":
      return target.key === "keyWords" ? "delivery" : target.key;
    case "analysis":
      return target.company === undefined ? "analysis" : "connections";
    case "followUps":
    case "followUp":
      return "followUps";
    case "delivery":
    case "pacing":
    case "tone":
      return "delivery";
    case "context":
    case "contextField":
      return "context";
    case "connections":
      return "connections";
    case "values":
    case "valueLinks":
    case "meta":
      return "values";
    case "notes":
    case "other":
    case "container":
      return "notes";
    case "title":
      return "title";
  }
}

/** A point longer than a section point may be: split at sentence ends into points that fit. */
export function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const sentences = text.match(/[^.!?。！？]+(?:[.!?。！？]+["”’)]*\s*|$)/gu) ?? [text];
  const points: string[] = [];
  let current = "";
  for (const sentence of sentences) {
    if (current !== "" && (current + sentence).trimEnd().length > max) {
      points.push(current.trim());
      current = "";
    }
    current += sentence;
    while (current.length > max) {
      const cut = current.lastIndexOf(" ", max);
      const at = cut > max / 2 ? cut : max;
      points.push(current.slice(0, at).trim());
      current = current.slice(at);
    }
  }
  if (current.trim() !== "") points.push(current.trim());
  return points;
}

/** "#growth #initiative" → ["growth", "initiative"]; otherwise a comma- or semicolon-list. */
export function tagsOf(text: string): string[] {
  // "#[[cross-functional]]", "#[[in progress]]": Roam and Logseq tags of several words.
  const bracketed = [...text.matchAll(/#\[\[([^\]]+)\]\]/g)].map((m) => m[1]!.trim());
  text = text.replace(/#\[\[([^\]]+)\]\]/g, " ");
  if (
    (bracketed.length > 0 && text.trim() === "") ||
    (/(^|\s)#[\p{L}\p{N}]/u.test(text) && !/[,;]/.test(text.replace(/#[^\s,;]+/gu, "")))
  ) {
    return [
      ...bracketed,
      ...[...text.matchAll(/#([\p{L}\p{N}][\p{L}\p{N}_\-/&+]*)/gu)].map((m) => m[1]!),
    ];
  }
  if (bracketed.length > 0) return [...bracketed, ...splitList(text)];
  return splitList(text).map((tag) => tag.replace(/^#(?=\S)/, ""));
}

/** Lines pasted with "•" bullets, one point each (lines without a bullet join the one above). */
/** A line's bullet as people type or paste it: "•", "◦", "→", "✅", "✔", "➤" … */
/** A line's bullet: a mark, or "- " and "* " kept as text (a Google Docs export escapes them). */
const bulletMark = /^\s*(?:[•◦▪‣●→➡➜➤▶►✓✔☑⁃]|✅|[a-h]\)(?=\s)|[-*](?=\s))\uFE0F?\s*(.*)$/u;

export function bulletPoints(text: string): string[] {
  const lines = text.split("\n");
  if (!lines.some((line) => bulletMark.test(line))) return [text];
  const points: string[] = [];
  for (const line of lines) {
    const bullet = bulletMark.exec(line);
    if (bullet || points.length === 0) points.push((bullet ? bullet[1]! : line).trim());
    else points[points.length - 1] += ` ${line.trim()}`;
  }
  return points.filter((point) => point !== "");
}

/**
 * Lines of a text wrapped at a fixed width (pandoc's 72 columns), joined again: a line whose
 * quote is still open, or that ends mid-sentence before one in lower case, goes on in the next.
 */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const previous = out.at(-1);
    const carries =
      previous !== undefined &&
      (open || (!/[.?!:;"”)]\s*$/.test(previous) && /^\s*\p{Ll}/u.test(line)));
    if (carries) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line);
    const last = out.at(-1)!;
    const straight = (last.match(/"/g) ?? []).length;
    open = straight % 2 === 1 || (last.match(/“/g) ?? []).length > (last.match(/”/g) ?? []).length;
  }
  return out;
}

/** Questions as listed after "Best used for:" or "Example question:": one per line, unquoted. */
export function questionsOf(text: string): string[] {
  return unwrap(text.split("\n"))
    .map((line) => line.replace(/^\s*(?:[-*+•]|\d+[.)]|\(?[a-h]\))(?:\s+|$)/, "").trim())
    .flatMap(splitQuestions)
    .map((line) => unquote(line.trim()))
    .filter((line) => line !== "");
}

/**
 * Several questions written on one line, separated by " / ", " | ", " · " or ";" ("Tell me about a
 * change you led. / Describe a risky migration.", "“…” · “…”"): one each, when every part reads as a question
 * of three words or more.
 */
function splitQuestions(line: string): string[] {
  // "“Tell me about a process you changed”, “How do you handle incidents?”": quoted, with commas.
  const quoted = line.match(/"[^"]+"|“[^”]+”/g);
  // Between them only separators: "“…” — “…”", "“…” ; “…”", "“…” and “…”".
  const between = /"[^"]+"|“[^”]+”|[\s,;/|·•+–—-]|\b(?:or|and|later|also|then|sometimes)\b/g;
  if (quoted && quoted.length >= 2 && line.replace(between, "") === "") return quoted;
  // "negotiation / “a time you saved the company money”", "crisis / managing risk": a slash
  // between spaces separates the questions or topics of a list of them.
  const slashed = line.split(/\s+\/\s+/).map((part) => part.trim());
  // "tell me about coaching someone / developing a team member": one question, two ways to end it.
  const lead =
    /^(?:tell me about|describe|give (?:me )?an example of|talk (?:me )?(?:about|through))\b/i;
  if (
    slashed.length >= 2 &&
    lead.test(slashed[0]!) &&
    slashed
      .slice(1)
      .every(
        (part) =>
          !lead.test(part) &&
          !isQuestion(part) &&
          !/^["“]|^(?:a|an|the) (?:time|example|moment|situation)\b/i.test(part),
      )
  )
    return [line];
  if (
    slashed.length >= 2 &&
    slashed.every((part) => part !== "") &&
    slashed.every((part) => part.split(/\s+/).length <= 6 || /^["“].*["”]$/.test(part))
  )
    return slashed;
  // "Tell me about a time you used data., Describe a time you led…": a comma after a sentence.
  for (const separator of [
    /\s+\/\s+/,
    /\s*;\s+/,
    /\s+\|\s+/,
    /\s+[·•]\s+/,
    /(?<=[.?!])\s*,\s+(?=\p{Lu})/u,
    // "Tell me about a disagreement. It also works for Describe a time…": one more it answers.
    /(?<=[.?!])\s+(?:it |this one |this )?also (?:works|fits|good) for:?\s+(?=\p{Lu})/iu,
    // "Tell me about an incident, Describe a time you fixed something": a comma before an opener.
    /,\s+(?=(?:Tell|Describe|Give|Walk|Share|Talk|How|What|Why|When|Have|Can)\b)/u,
  ]) {
    const parts = line.split(separator).map((part) => part.trim());
    if (parts.length < 2) continue;
    const asks = parts.filter((part) => /\?["”']?$/.test(part) || isQuestion(part));
    if (parts.every((part) => part.split(/\s+/).length >= 3) && asks.length >= parts.length - 1)
      return parts;
  }
  // "Tell me about the worst risk you managed and Describe a time you stopped work": two
  // questions joined by "and" before a capital that opens the second.
  const joined = line.split(/\s+and\s+(?=\p{Lu})/u).map((part) => part.trim());
  if (
    joined.length >= 2 &&
    joined.every((part) => isQuestion(part) && part.split(/\s+/).length >= 4)
  )
    return joined;
  // "Tell me about a risk you managed. Describe a time the plan slipped.": sentences, each a question;
  // "Describe a time a metric looked wrong. What did you do?" asks one, its follow-on after it.
  const sentences = line.split(/(?<=[.?!])\s+(?=\p{Lu})/u).map((part) => part.trim());
  const followOn =
    /^(?:what|how|why) (?:did|do|would) you (?:do|handle it|learn)(?: next| about it)?\?$/i;
  if (
    sentences.length >= 2 &&
    sentences.every((part) => isQuestion(part) && part.split(/\s+/).length >= 4) &&
    !sentences.slice(1).some((part) => followOn.test(part))
  )
    return sentences;
  return [line];
}

/** "Label: rest" in plain text (the label at most 120 characters). */
export function splitLabelText(text: string): { label: string; rest: string } | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 120) return undefined;
  return { label: text.slice(0, colon).trim(), rest: text.slice(colon + 1).trim() };
}

export function splitQuestion(text: string): { question: string; answer: string } {
  const newline = text.indexOf("\n");
  if (newline > 0) {
    return { question: text.slice(0, newline).trim(), answer: text.slice(newline + 1).trim() };
  }
  const asked = /^(.+?\?)\s+(\S[\s\S]*)$/.exec(text);
  if (asked) return { question: asked[1]!.trim(), answer: asked[2]!.trim() };
  return { question: text, answer: "" };
}
