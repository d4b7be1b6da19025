import { type Slot, classify } from "./labels.ts";
import { fieldOf } from "./fieldtext.ts";

/**
 * The prompts of story forms and templates ("What was going on? (Situation) *", "What did you
 * actually do?", "Story name *", "Anything else?"), as Google Forms questions, GitHub issue-form
 * sections and spreadsheet column headers word them, read as the story labels they stand for.
 * A prompt the label table knows keeps its own words; the others are mapped by the label in
 * their brackets or by how such prompts are usually phrased.
 */

/** A prompt without its required-marker (" *"), trailing colon and emphasis. */
export function cleanPrompt(prompt: string): string {
  return prompt
    .replace(/^\s*(?:#{1,6}\s+)?(?:\*\*|__)?/, "")
    .replace(/(?:\*\*|__)?\s*$/, "")
    .replace(/\s*\*\s*$/, "")
    .replace(/\s*:\s*$/, "")
    .trim();
}

/**
 * Prompts for data about the response, not the story: when it was sent, by whom. Their answers
 * are reported, not stored.
 */
const metaPrompt =
  /^(?:timestamp|submitted(?: at| on)?|submission (?:date|time|id)|date submitted|e-?mail(?: address)?|your e-?mail|username|user name|respondent(?: name| id)?|your name|full name|score|total score|points|response id|created(?: at)?|last (?:updated|modified)(?: at)?)$/i;

/** Whether a prompt asks about the response itself (Timestamp, Email address, Score). */
export const isMetaPrompt = (prompt: string) => metaPrompt.test(cleanPrompt(prompt));

/** How prompts are usually phrased, and the label each stands for (first match wins). */
const phrasings: [RegExp, string][] = [
  [
    /^(?:story|example|project)?\s*(?:name|title)\b|\bstory(?:'s)? (?:name|title)\b|\b(?:short|working) (?:name|title)\b|\b(?:name|title) (?:of|for) (?:the|your|this) story\b|\bname (?:your|the|this) story\b|^what do you call/i,
    "Story",
  ],
  [
    /\b(?:which|what|list)\b.*\bquestions?\b|^(?:interview )?questions?\b|^asked (?:as|for|in)\b|\bquestions? (?:(?:does|could|would|can|will|might) (?:this|it)|it answers|this answers)/i,
    "Questions",
  ],
  [
    /^(?:anything else|other (?:notes|comments)|additional (?:notes|comments|context|info)|comments?\b|delivery notes|notes? (?:to self|for (?:me|delivery))|reminders?)/i,
    "Notes",
  ],
  [/\b(?:tags?|themes?|competenc(?:y|ies)|skills?|categor(?:y|ies)|topics?|keywords?)\b/i, "Tags"],
  [
    /\b(?:which|what) (?:company|employer|organi[sz]ation|team)\b|^(?:company|employer|org|organi[sz]ation|client|firm|where (?:was|did) (?:this|it|you))\b|\bwhere (?:were|did) you work|\bwho (?:were you working for|was your employer)/i,
    "Company",
  ],
  [/\b(?:your|what was your) (?:role|title|position)\b|^role\b/i, "Role"],
  [/^(?:when|what year|which year|year|date of|timeframe|time frame)\b/i, "When"],
  [
    /\bwhat (?:was|were) (?:going on|happening|the (?:context|situation|background|setting|problem|challenge))|\bset the scene|\bbackground\b|\bcontext\b/i,
    "Situation",
  ],
  [
    /\b(?:responsib|your (?:job|goal|task|mission)|were you (?:asked|expected|supposed)|what (?:did you|you) need(?:ed)? to|what had to (?:be done|happen))/i,
    "Task",
  ],
  [
    /\bwhat did you (?:actually |personally |specifically )?do\b|\bwhat (?:you|i|we) (?:actually )?did\b|\bhow did you\b|\bsteps? (?:i|we) took\b|^(?:the )?steps?(?: taken)?$|^what i did\b|\bsteps? (?:did )?you took|\byour actions?\b/i,
    "Action",
  ],
  [
    /\bwhat happened\b|\bwhat changed\b|\b(?:outcome|result|impact|end result)s?\b|\bhow did it (?:turn out|end|go)\b/i,
    "Result",
  ],
  [
    /\bwhat did you learn|\blearn(?:ed|ing|ings)?\b|\blessons?\b|\btakeaways?\b|\bdo differently\b/i,
    "Lessons",
  ],
];

/**
 * The story label a worksheet's or form's question asks for by its phrasing alone
 * ("Set the scene. What was going on?" → "Situation"), or undefined.
 */
export function phrasedLabel(question: string): string | undefined {
  for (const [pattern, label] of phrasings) if (pattern.test(question)) return label;
  return undefined;
}

/** Kinds of slot that say what part of the telling a label is. */
const isTelling = (slot: Slot | undefined) =>
  slot !== undefined && (slot.kind === "text" || slot.kind === "sections");

/**
 * The story label a prompt stands for: the prompt itself when the label table knows it, else
 * the label in its brackets ("(Situation)"), else the label its phrasing asks for, else the
 * cleaned prompt (an unknown label, whose answer goes to the notes under the prompt's words).
 */
export function promptLabel(prompt: string): string {
  const text = cleanPrompt(prompt);
  const bracketed = [...text.matchAll(/\(([^)]{1,40})\)/g)].map((m) => m[1]!.trim());
  const named = bracketed.find((inner) => isTelling(classify(inner, null)));
  const own = classify(text, null);
  // "What was going on? (Situation)": the part's name when the bracket names the same part.
  if (own !== undefined) {
    const same =
      named !== undefined && JSON.stringify(classify(named, null)) === JSON.stringify(own);
    return same ? named : text;
  }
  if (named) return named;
  const question = text.replace(/\([^)]*\)/g, " ").trim();
  for (const [pattern, label] of phrasings) if (pattern.test(question)) return label;
  const any = bracketed.find((inner) => classify(inner, null) !== undefined);
  return any ?? text;
}

/** The field a label's text goes to, as the report names it ("situation", "context.company"). */
export function fieldName(label: string): string {
  const slot = classify(label, null);
  if (!slot || slot.kind === "other") return "notes";
  if (slot.kind === "title") return "title";
  if (slot.kind === "contextField") return `context.${slot.key}`;
  return fieldOf(slot);
}

/**
 * A worksheet's prompt that names its part first: "4. SITUATION — What was going on? What was at
 * stake?", "Result - what happened, with numbers". The part and the prompt's words (which the
 * reader reports as a hint left out), or undefined.
 */
export function worksheetPrompt(label: string): { slot: Slot; prompt: string } | undefined {
  const named = /^\s*(?:\d{1,2}[.)]\s+)?[*_]*(\p{L}{3,})[*_]*\s*[–—-]\s*(\S.*)$/u.exec(label);
  if (!named || !(/\?/.test(named[2]!) || named[2]!.split(/\s+/).length >= 3)) return undefined;
  const slot = classify(named[1]!, null);
  if (slot?.kind !== "text" && slot?.kind !== "sections" && slot?.kind !== "context")
    return undefined;
  return { slot, prompt: named[2]!.trim() };
}
