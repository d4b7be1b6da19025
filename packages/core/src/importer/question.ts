import { isCompanyName } from "./headingmeta.ts";
import { unquote } from "./markdown.ts";

/**
 * Interview questions as people write them above their answers ("Tell me about a time you…",
 * "Who was your most difficult customer?", "Q: Describe a conflict"), and the short title a
 * story answering one gets when nothing else names it.
 */

/** The imperative openers of a question, in the languages of `vocabulary.ts`. */
const imperative =
  /^(tell (me|us)|describe|give (me |us )?(an? |one )?(example|time|situation|instance)|walk (me|us) through|share (an? |one )?(example|time|story)|talk (me |us )?(about|through)|erzähl(en sie|e|t)?( mir| uns)?|beschreiben sie|schildern sie|nennen sie( mir| uns)? ein|cuént(ame|eme|anos|enos)|háblame|háblenos|dame un ejemplo|parlez-moi|racontez(-moi)?|raconte-moi|décrivez|donnez(-moi)? un exemple|conte(-me)?|fale( sobre| de)|descreva|raccontami|parlami|descrivi|vertel|beschrijf)\b/i;

/** The question itself, without quotes, a "Q:" / "Question 3:" / "Prompt 1:" prefix or bold. */
export function questionText(text: string): string {
  return unquote(
    text
      .trim()
      .replace(/^(\*\*|__)(.*)\1$/s, "$2")
      .replace(/^[^\p{L}\p{N}"“]+/u, "")
      // "1. “Tell me about…”", "3 · How do you…": a numbered question.
      .replace(/^\d{1,3}\s*(?:[.):]|\s[·|–—-])\s+(?=\S)/u, "")
      .replace(/^(q\d*|question\s*\d*|prompt\s*\d*)\s*[:.)\-–—]\s*/i, "")
      // "Tell me about a time you failed ✅": the writer's mark that it is rehearsed.
      .replace(/\s*(?:[✅✔☑]\uFE0F?)+$/u, "")
      .trim()
      // "Describe a conflict. (Dale on nights)", "… → Reno cutover": the story's name after it.
      .replace(trailingName, "$1"),
  );
}

const trailingName = /([?.])\s*(?:\(([^()]{1,60})\)|(?:→|->|=>)\s*([^()?→]{1,60}))$/u;

/**
 * The name a writer put in brackets after a question for the story that answers it:
 * "1) Tell me about an unpopular rule. (forklift phones)" → "forklift phones"; also after an
 * arrow ("… deadline. → Reno cross-dock cutover"). A bracket that reads as an organisation's name
 * ("(Garrick & Hale Consulting)") is the story's company instead.
 */
export function questionAside(text: string): { name?: string; company?: string } | undefined {
  const trimmed = text.trim().replace(/^(\*\*|__)(.*)\1$/s, "$2");
  const match = trailingName.exec(trimmed);
  const name = (match?.[2] ?? match?.[3])?.trim();
  if (!name || !isQuestion(trimmed)) return undefined;
  // "… works. (Garrick & Hale Consulting)": where it happened, not what the story is called.
  return match?.[2] && isCompanyName(name, true) && organisation.test(name)
    ? { company: name }
    : { name };
}

/** A name that says it is an organisation: "&" in it, or a word such names end with. */
const organisation =
  /&|\b(inc|ltd|llc|plc|gmbh|group|consulting|partners|bank|health|hospital|trust|council|university|college|school|academy|labs?|technolog(y|ies)|software|systems|solutions|services|logistics|freight|foods|media|studios?|capital|insurance|telecom|energy|airlines?|motors|retail|corp(oration)?|company|co)\.?$/i;

/**
 * Whether a line (a heading, a bullet, a paragraph) is an interview question: it ends with "?",
 * or it is one sentence starting the way questions start ("Tell me about…", "Describe…").
 */
export function isQuestion(text: string): boolean {
  const q = questionText(text);
  if (q === "" || q.length > 300 || q.includes("\n")) return false;
  // "I have a panel next week and I keep blanking. What stories worked for you?": a post asking
  // for advice, its writer's own situation first, is no interview question.
  if (/^(?:I|I'm|I've|I'd|My|We|We're)\s[^.!?]{20,}[.!]\s+\S/u.test(q)) return false;
  // "What behavioral stories did you use for your ICU interviews?", "What is the STAR method?":
  // a question about preparing for interviews, asked of readers.
  if (aboutInterviews.test(q)) return false;
  if (/\?["”']?$/.test(q)) return true;
  // "How do you handle an angry customer? / Tell me about a complaint you turned around.": two.
  const both = q.split(/\s+\/\s+/);
  if (both.length === 2 && both.every(isQuestion)) return true;
  // Without a question mark only the imperative openers count ("Tell me about…", "Describe…").
  const sentences = q.split(/[.!]\s+(?=\S)/).length;
  if (sentences === 1 && promptFragment.test(q) && q.split(/\s+/).length <= 14) return true;
  return sentences === 1 && imperative.test(q) && q.split(/\s+/).length >= 4;
}

/**
 * A prompt written as the rest of "Tell me about…": "time you went beyond your role", "a
 * situation where you had to adapt", "most challenging bug you've fixed", "biggest mistake you
 * made". It says "you" after a time or a superlative, so a story's own title does not read as one.
 */
const promptFragment =
  /^(?:(?:an?|one|the)\s+)?(?:(?:time|situation|moment|occasion|instance|example)\s+(?:when\s+|where\s+|in which\s+|that\s+)?you\b|(?:most|least|biggest|hardest|toughest|greatest|best|worst|proudest)\b(?:\s+[\p{L}'-]+){1,5}\s+you(?:'ve|'d|\s+have|\s+had)?\s+\p{L}+)/iu;

const aboutInterviews =
  /\b(?:(?:your|my|an?|the|panel|onsite|on-site|phone|final|next|upcoming|job|behaviou?ral)\s+(?:\S+\s+){0,2}?interviews?\b(?!\s+(?:a|the|with)\b)|(?:star|car|soar|par)\s+(?:answers?|stories|method|format|examples?)|behaviou?ral\s+(?:stories|questions|answers))/i;

/**
 * The interview question a heading about answering it quotes: 'Good STAR answers for "Tell me
 * about a time you failed"?' → "Tell me about a time you failed"; undefined when it quotes none.
 */
export function quotedPrompt(text: string): string | undefined {
  if (!aboutInterviews.test(text)) return undefined;
  const quoted = [...text.matchAll(/["“]([^"“”]{8,200})["”]/g)].map((m) => m[1]!.trim());
  return quoted.length === 1 && isInterviewQuestion(quoted[0]!) ? quoted[0] : undefined;
}

/** Second-person words: an interview question asks about "you" ("What's your biggest failure?"). */
const addressed =
  /\b(you|your|yours|yourself|du|dich|dir|dein|deine|sie|ihr|ihre|usted|tú|tu|te|vous|votre|você|voce|jij|je|jouw|u|uw)\b/i;

/**
 * Whether a question is one an interviewer asks the candidate: it says "you" or opens the way
 * interview prompts do, unlike an article's own rhetorical headings ("How long should a story be?").
 */
export function isInterviewQuestion(text: string): boolean {
  if (!isQuestion(text)) return false;
  const q = questionText(text);
  return imperative.test(q) || addressed.test(q);
}

/** Whether a sentence opens the way an interviewer's prompt does ("Tell me about…", "Describe…"). */
export const opensPrompt = (text: string) => imperative.test(questionText(text));

const leadIns = [
  /^(tell (me|us)|talk( to me| to us)?|share|give (me|us)( an?)?( example of| time)?)\s+(about\s+)?/i,
  /^(describe|explain|walk (me|us) through)\s+/i,
  /^(what|who|which|how)\s+(was|were|is|are|do|did|would|have)\s+(you|your|the)\s+/i,
  /^(an? )?(time|situation|example|instance)\s+(when\s+|where\s+|in which\s+|that\s+)?(you\s+)?/i,
];

/**
 * A story's title from the question it answers: the question itself when it is short enough to
 * read as a title (120 characters), else its gist ("Tell me about a time you failed…" → "Failed…").
 */
export function shortTitle(question: string): string {
  const whole = questionText(question);
  if (whole.length <= 120) return whole;
  let title = questionText(question)
    .replace(/[?.!:]+$/, "")
    .trim();
  for (const lead of leadIns) title = title.replace(lead, "");
  title = title.replace(/^(a|an|the)\s+(time|situation)\s+(when\s+)?(you\s+)?/i, "").trim();
  if (title === "") title = questionText(question);
  const words = title.split(/\s+/);
  const short = words.length > 10 ? `${words.slice(0, 10).join(" ")}…` : title;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/**
 * A title named in a story's first short line ("It's the Harbour Tower project" → "Harbour
 * Tower project"), or undefined when the line reads as the answer itself.
 */
export function titleFromLine(line: string): string | undefined {
  // "→ Culvert risk on the Wexford Road scheme (Garrick & Hale)": the story the answer tells.
  const arrow = /^\s*(?:→|->|=>|⟶)\s*(\S.{0,150})$/u.exec(line);
  // "→ story: *Spring Refill launch* (Ostara Cosmetics)": the arrow, then a note naming it.
  if (arrow && !arrow[1]!.includes("\n")) return titleFromLine(arrow[1]!) ?? arrow[1]!.trim();
  const text = line.trim().replace(/[.!]$/, "");
  if (text.includes("\n")) return undefined;
  // "story: the reach-truck near miss", "Example I use: the methotrexate labelling error at
  // Harlow Road Pharmacy", "story:: The indemnity clause" (an Obsidian field), "Story I use →
  // The 40th birthday booking (Copperpot Kitchens)": a note naming
  // the story.
  const labelled =
    /^(?:(?:my )?story|(?:the |my )?example(?: i(?:'d| would)? use)?|story i(?:'d| would)? (?:use|tell))\s*(?:::?|→|->|=>|\s[–—-](?=\s))\s*(\S[^.!?;:]*)$/i.exec(
      text,
    );
  if (labelled && labelled[1]!.split(/\s+/).length <= 16) return labelled[1]!.trim();
  if (text.split(/\s+/).length > 10) return undefined;
  if (/[.!?;:]/.test(text)) return undefined;
  const named =
    /^(?:it(?:'|’)s|it is|it was|this is|that was|that's|the story of|my story:?|story:?)\s+(?:the|my|our)?\s*(.+)$/i.exec(
      text,
    );
  return named ? named[1]!.trim() : undefined;
}

/** A question line holding several questions joined by "/" ('"A?" / "B?"', "A? / B."), each alone. */
export function askedQuestions(text: string): string[] {
  const parts = text.split(/(?<=["”])\s*\/\s*(?=["“])/u).map((part) => unquote(part.trim()));
  if (parts.length > 1 && parts.every((part) => part !== "")) return parts;
  // "How do you handle an angry customer? / Tell me about a complaint you turned around."
  const plain = text.split(/\s+\/\s+/).map((part) => part.trim());
  return plain.length > 1 && plain.every(isQuestion) ? plain.map(questionText) : [text];
}
