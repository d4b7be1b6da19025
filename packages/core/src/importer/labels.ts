/**
 * The labels a story document uses ("**Situation:**", "### Refined Story (45-60 seconds):",
 * "**Stripe Values:**") and where each one's text goes. Spellings vary, so labels are compared
 * in a normal form: lower case, straight apostrophes, no numbering, emoji or parentheticals;
 * spellings in other languages and English variants are looked up in `vocabulary.ts`.
 */

import { cueSlot } from "./label-cues.ts";
import { misspeltPart } from "./misspelt.ts";
import { labelSynonyms } from "./vocabulary.ts";
import { worksheetPrompt } from "./prompts.ts";

export type TextKey =
  | "situation"
  | "task"
  | "lessons"
  | "differently"
  | "takeaway"
  | "draft"
  | "refined"
  | "headline"
  | "kind";
export type ListKey = "questions" | "hooks" | "coachingNotes" | "tags" | "keyWords";
export type ContextKey = "company" | "role" | "period" | "teamSize";
export type Container = "star" | "analysis" | "practice";

/** Where a label sends the text after it: a slot of the story being read. */
export type Slot =
  /** `story`: "60 sec version of story 1 (Snowstorm)" is that part of the story it names. */
  | { kind: "text"; key: TextKey; story?: string }
  | { kind: "sections"; key: "actions" | "results" }
  | { kind: "list"; key: ListKey }
  /** `company` is set for a "<Company> Connection" section ("" when it says just "Company"). */
  | { kind: "analysis"; section: string; company?: string }
  | { kind: "followUps" }
  | { kind: "followUp"; question: string }
  | { kind: "delivery" }
  | { kind: "pacing" }
  | { kind: "tone" }
  | { kind: "context" }
  | { kind: "connections" }
  | { kind: "values"; company: string; setId?: string }
  | { kind: "valueLinks" }
  /** "Maps to", "Competency", "Leadership Principles": value names, or tags for unknown ones. */
  | { kind: "meta" }
  /** "Notes": kept verbatim in the story's notes. */
  | { kind: "notes" }
  /** A label no field takes ("Use carefully:"): its text goes to notes as "Label: text". */
  | { kind: "other"; label: string }
  /** "Company:", "Role:", "When:", "Team size:" outside a Context block. */
  | { kind: "contextField"; key: ContextKey }
  /** "Story: Title" inside a story's text: the story's title (or a new story, see segment.ts). */
  | { kind: "title" }
  | { kind: "container"; container: Container };

export function normalizeLabel(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      // "What I actually did": an adverb changes no label.
      .replace(/\b(?:actually|really|exactly|personally|specifically|basically)\s+/g, "")
      // "Q5. What did you learn?": a worksheet's numbered prompt.
      .replace(/^q?\d{1,2}[a-z]?[.)]\s+(?=\S)/, "")
      .replace(/\([^)]*\)/g, " ")
      // "The 60-second version", "my 2–3 minute answer": the figure goes, as at the start.
      .replace(/\b\d+(?:[-–]\d+)?[-\s]?(?=(?:second|sec|minute|min)s?\b)/g, "")
      // "60s version", "90s take": seconds, written short.
      .replace(/\b\d+(?:[-–]\d+)?\s?s\b(?=\s)/g, "second")
      .replace(/^(?:[^\p{L}]|\p{Extended_Pictographic})+/u, "")
      .replace(/[\s:.\-–—]+$/u, "")
      // "Situation/Task", "Result/Impact": two parts' names, as "Situation / Task" is.
      .replace(/(\p{L}{2,})\/(?=\p{L}{2,})/gu, "$1 / ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

const text = (key: TextKey): Slot => ({ kind: "text", key });
const list = (key: ListKey): Slot => ({ kind: "list", key });
const container = (name: Container): Slot => ({ kind: "container", container: name });

/** Labels whose meaning does not depend on where they stand, tried in order. */
const fixed: [RegExp, Slot][] = [
  // STAR and its cousins: CAR (Challenge/Context), SOAR (Obstacle), PAR (Problem), STARL.
  [/^(the )?situation$|^background$|^s$|^(the )?(challenge|problem)$|^[cp]$/, text("situation")],
  [
    /^(the |my |your )?task$|^objective$|^t$|^(the )?obstacles?$|^o$|^(the |my |your )?(goal|aim|mission|brief|assignment)$|^what (was|fell) (on|to) (me|my plate)$|^what was on my plate$|^what was mine( to do)?$/,
    text("task"),
  ],
  [
    /^(the )?actions?( taken)?$|^what (i|you) did$|^a$|^(the |my )?evidence$/,
    { kind: "sections", key: "actions" },
  ],
  [
    /^(the )?results?$|^outcomes?$|^r$|^what happened( next| after(wards)?| then)?$/,
    { kind: "sections", key: "results" },
  ],
  [
    /^question (variants|variations)$|^(likely |sample |example |related |possible |typical |common )qs$|^(likely |interview |sample |example |related |possible |typical |common )?questions?( they (might |may |will |could )?ask(ed)?| possibles| asked| i (got|was asked))?$|^variants$|^(best )?used (it |this )?for$|^(i )?(used|use|told|tell) (it|this)( one)? for$|^(best |good )?for questions (about|on)$|^good for questions( about| on)?$|^usable for( questions about)?$|^use (it |this )?(for|when)$|^good for$|^answers questions about$|^qs?$|^best for$|^(q|questions?) (i )?(used|use|tell|told) (it |this )?(for|when asked)$|^(the )?(interview )?questions? (it|this (story|example)) answers$|^answers$|^((likely|sample|example|possible|typical|common|interview) )?prompts?$|^covers( questions)?$|^fits( questions)?$|^(it )?(could|can|would) (also )?answer( questions)?$|^(they|interviewers?|the interviewer|you) (might|may|will|could|would|'ll|are likely to) (ask|get asked)( me)?( about)?$|^(they'll|they’ll) ask$|^(might|may|could) (be asked|get asked|ask)$|^(the )?(interview |behaviou?ral )?questions? (you are|you're|i am|i'm) (preparing|practi[sc]ing|getting ready) for$/,
    list("questions"),
  ],
  // "Likely asked as", "Often asked as", "Comes up as": the questions it answers.
  [
    /^(likely |often |usually |also |typically |(could|might|may|can|would|will) (also )?be )?(asked|phrased|worded) (as|for)$|^comes up as$/,
    list("questions"),
  ],
  // "Which interview question does this story answer?" (a form's field).
  [
    /^which (interview )?questions? (does|do|would|could|can|will) (this|it) (story )?(answer|cover)\??$/,
    list("questions"),
  ],
  // "Questions I expect", "Expected questions", "Questions they'll likely ask" (not "Questions to ask them").
  [
    /^(the )?(expected |anticipated |target |matching |relevant |practice |possible |likely |probable |typical |sample )?(competency |behaviou?ral )?(questions?|qs?|q's)( (i|they|you|we|interviewers?|it|this|he|she)('\w+)?( [\w']+){0,3})?$/,
    list("questions"),
  ],
  // "Preguntas que responde", "Fragen, die sie beantwortet", "Perguntas que ela responde".
  [
    /^(preguntas|perguntas|fragen|domande|vragen|questions)\b(?!.*\b(para|an|à|aux?|per|voor|to ask)\b).{0,40}$/,
    list("questions"),
  ],
  // A mock-interview transcript: the interviewer asks, the candidate answers.
  [/^(the )?interviewer( asks| asked| question)?$/, list("questions")],
  [/^(me|candidate|(my |the )?(answer|response)|i said)$/, text("draft")],
  [/^tags?$|^themes?$|^categor(y|ies)$|^labels$|^hashtags$/, list("tags")],
  [
    /^headline( number| metric| figure)?$|^(the )?number( to (say|quote|lead with|remember|open with))?$|^(the )?(key|big|one|headline) (number|#|metric|figure|stat|result)$|^(quick |one[- ]line |short )?summary$|^one[- ]liner$|^tl;? ?dr$/,
    text("headline"),
  ],
  [/^(story )?(kind|type)$/, text("kind")],
  [
    /^maps? to$|^(leadership )?(competenc(y|ies)|values?|principles?|lps?|signals?|skills?|behaviou?rs?)( (that )?(this|it|the) ?(example|story)? ?(shows|demonstrates|covers|hits|maps to|touches|tests|targets|evidences))?( (demonstrated|shown|covered|hit|targeted|tested|evidenced|coverage))?$/,
    { kind: "meta" },
  ],
  [
    /^company$|^employer$|^organi[sz]ation$|^org$|^firm$|^workplace$|^where$|^where ?(\/|&|and) ?when$|^when ?(\/|&|and) ?where$|^lab(oratory)?$|^institut(e|ion)$|^studio$|^agency$|^school$|^hospital$|^clinic$|^facility$|^store$|^branch$|^hotel$|^restaurant$|^property$|^venue$|^pharmacy$|^employer at the time$|^(story|example) from$|^(company|employer|organi[sz]ation|workplace)( and (your|my) (role|position|job))?( at the time)?$/,
    { kind: "contextField", key: "company" },
  ],
  [/^(my )?role$|^position$/, { kind: "contextField", key: "role" }],
  [/^when$|^period$|^time ?frame$|^year$|^dates$/, { kind: "contextField", key: "period" }],
  [/^team( size)?$/, { kind: "contextField", key: "teamSize" }],
  [
    /^(key )?lessons?( learned)?$|^what (i|you) learned$|^(key )?learnings?$|^l$|^reflections?$|^what (it|this|that) taught me$/,
    text("lessons"),
  ],
  [
    /^what (i|i'd|i would|would i) (do|say|change|have done|have said) different(ly)?$|^(i'd |i would |would )?(do )?differently( next time)?$|^in hindsight$|^next time$|^if i did it again$|^(i )?would change$|^what i('d| would) change( next time)?$/,
    text("differently"),
  ],
  [/^(key )?takeaway$|^bottom line$/, text("takeaway")],
  [/^write your story first$|^free[- ]?write$|^(first |story )?draft$/, text("draft")],
  // "60-second version", "2-minute version" (the figure is gone by now), "Out-loud version",
  // "The 60-second version I actually said".
  [
    /^(the )?refined( story| version)?$|^spoken$|^(spoken|verbal|out[- ]loud|said[- ]aloud|interview) (version|telling)$|^(the |my )?(second|sec|minute|min) (spoken )?(versions?|tellings?|answers?|pitch|take|script)( (that )?i (actually |really )?(said|say|use|used|gave|give|told|tell)( in the (room|interview))?)?$|^spoken versions$|^talk ?tracks$|^elevator (pitch|version)$|^(the |my )?talk ?track$|^(the )?(short|shorter|spoken|tight|polished|final) (answer|script|version)$|^(the )?script$|^(now )?(say|tell) it (out loud |aloud )?in( \d+)? (seconds?|secs?|minutes?|mins?)$|^how i('d| would)? (say|tell) it( out loud| aloud| in the room| in (the )?interviews?)?$|^(the )?version i (say|use|tell|give)( out loud| aloud| in (the )?interviews?)?$|^(said|told) (out loud|aloud)$|^(now )?write (out )?(the|your) (spoken|verbal|out[- ]loud) version$|^say it in (one|a|two) (minute|breath)$/,
    text("refined"),
  ],
  [/^(story )?analysis\b|extract key elements|^extraction( questions)?$/, container("analysis")],
  [/^practice( notes)?$/, container("practice")],
  // "## STAR" over its parts; "## Versions" over "### 60-second version" and "### Long version".
  // "Broken down in STAR", "The STAR breakdown": the story told above, once more in its parts.
  [
    /^star( answer| story)?$|^(the |my )?(versions|tellings)$|^(broken down|breaking it down|laid out) (in|into|as) star$|^(the |my )?star (breakdown|version|form)$|^in star (form|format|terms)$/,
    container("star"),
  ],
  [
    /^(opening )?hooks?( options| i (use|rotate|like|open with|try))?$|^opening hook options$|^opening lines?( to try)?$|^openers?( to try)?$/,
    list("hooks"),
  ],
  [/^delivery( guidance| notes)?$/, { kind: "delivery" }],
  [/^pac(ing|e)$/, { kind: "pacing" }],
  [/^tone$/, { kind: "tone" }],
  [/^key ?words$|^key phrases$/, list("keyWords")],
  [
    /^(likely |possible |expected )?(interview )?(follow[- ]?ups?|probing questions|probes)( qs)?( responses| questions| answers| to (expect|prepare|practi[cs]e|rehearse)| (they|the panel|the interviewers?|interviewers?|the hiring manager)(('ll| will| might| may| could)? ask| asked( me)?)| i (expect|might get|may get|could get)| i('ve| have) (been asked|had)| q ?& ?a| q and a| questions and answers)?$/,
    { kind: "followUps" },
  ],
  [/^(story )?coaching( notes)?$/, list("coachingNotes")],
  [/^value links$/, { kind: "valueLinks" }],
  [/^(company )?connections$/, { kind: "connections" }],
  [/^(additional |other |my )?notes?$|^comments?$|^remarks$/, { kind: "notes" }],
  [
    /^(my |the )?story( title| name)?$|^(the )?story i('d| would)? (use|used|tell|told|pick|picked|chose|gave)( for (it|this|this one))?$|^(working )?title$|^name of (the )?story$|^(the )?story i('d| would)? (use|used|tell|told|pick|picked|chose|gave)$|^story (used|told|picked|chosen)$|^project$|^example$|^give (your|the|this) (example|story) an? ((short|brief|memorable|catchy|snappy|quick|working),? )*(name|title)$|^name (your|the|this) (example|story)$|^(example|story) (name|title)$/,
    { kind: "title" },
  ],
];

/**
 * A worksheet's prompts ("What was the situation?", "What actions did YOU take?", "Which
 * interview questions could this story answer?") and the field each asks for.
 */
const prompts: [RegExp, Slot][] = [
  [
    /^what (was|were|is) (the|your) (situation|context|background|challenge|problem)\b/,
    text("situation"),
  ],
  [
    /^what (was|were|is) (the|your) (specific )?(task|goal|objective|responsibilit\w*)\b|^what (were|are) (you|u) (responsible|accountable) for\b|^what (were|was) (you|u) asked to do\b/,
    text("task"),
  ],
  [
    /^what (specific )?(actions?|steps) did (you|u) take\b|^what did (you|u|i) (actually |specifically |personally )?do\b(?! (when|if|after|once|with|differently|next)\b)/,
    { kind: "sections", key: "actions" },
  ],
  [/^what (was|were) the (results?|outcomes?|impact)\b/, { kind: "sections", key: "results" }],
  [/^what did (you|u) learn\b|^what would (you|u) do differently\b/, text("lessons")],
  [
    /^(which|what) (interview )?questions? (could|can|does|would|might|will) (this|it|the) (story )?answer\b|^(which|what) (interview )?questions? (is|was) (this|it|the story) (for|about)\b/,
    list("questions"),
  ],
  [/^where did (this|it) (happen|take place)\b/, { kind: "contextField", key: "company" }],
  [/^when did (this|it) (happen|take place)\b/, { kind: "contextField", key: "period" }],
];

/** The field a worksheet's prompt asks for; a short hint may follow ("List at least three."). */
function promptSlot(normal: string): Slot | undefined {
  const asked = /^([^?]{3,100}\?)\s*(.*)$/.exec(normal);
  if (!asked || asked[2]!.includes("?") || asked[2]!.split(/\s+/).length > 8) return undefined;
  for (const [pattern, slot] of prompts) if (pattern.test(asked[1]!)) return slot;
  return undefined;
}

/**
 * The STAR part a label names in everyday words when no fixed spelling matched: "The setup",
 * "What was going on", "How it turned out", "The ask", "What was needed", "My part", "Key takeaways", "Looking back", "What I took from it", "How I handled it", "What changed".
 * A leading "the", "my", "our", "key" or "main" is dropped first. Words that also name a step
 * inside an action list ("Fix:", "Response:") are left out.
 */
const heads: [RegExp, Slot][] = [
  [
    /^(set ?-?up|scene|setting|back ?story|premise|starting point|circumstances?|where (things|we|i) (stood|were|was)|what was (going on|happening))$/,
    text("situation"),
  ],
  [
    /^(responsibilit(y|ies)|remit|ask|what i (owned|had to do|needed to do|was asked to do)|what was (needed|asked( of me)?)|(my )?part)$/,
    text("task"),
  ],
  [
    /^(steps|moves|steps i took|what (i|we) did( about it| next)?|how (i|we) (handled|tackled|approached|solved|fixed|did) (it|this|that))$/,
    { kind: "sections", key: "actions" },
  ],
  [
    /^(impacts|pay ?off|upshot|what changed|what came (of|out of) it|end state|where (it|we|things) (landed|ended( up)?)|how (it|things|that) (turned out|ended|played out|went))$/,
    { kind: "sections", key: "results" },
  ],
  [
    /^(takeaways?|take ?-?aways?|insights?|reflections?|lessons?|learnings?|looking back|in retrospect|what (i|we) (took|learned|learnt|gained)( away)?( from (it|this|that))?|what stuck( with me)?|what i('d| would) keep( doing)?|what i('d| would) (tell|say to) (myself|my younger self|someone else)|advice to (myself|my younger self))$/,
    text("lessons"),
  ],
];

function headSlot(normal: string): Slot | undefined {
  // "What was going on?": the same label asked as a worksheet's question.
  const core = normal
    .replace(/\s*\?$/, "")
    .replace(/^(the|my|our|key|main|big|short|quick|final|overall)\s+/, "");
  // "The lesson I give in interviews", "The takeaway I use": a lesson named by what the writer
  // does with it.
  if (/^(lessons?|takeaways?|learnings?) (i|we) \p{L}+( \p{L}+){0,3}$/u.test(core))
    return text("lessons");
  for (const [pattern, slot] of heads) if (pattern.test(core)) return slot;
  return cueSlot(core);
}

/** "Stripe Values:" or "Stripe Values (stripe-2025):" names a company's value set. */
const valuesLabel = /^(.*?)\s*values\s*(?:\(([^()]*)\))?$/i;
const connectionLabel = /^(.+?)\s+connection$/i;
const genericCompany = /^(company|role|target|the company)$/;

/** Labels over the steps of a story: a designer's "Process", an incident's "Timeline". */
const stepsLabel =
  /^(?:(?:my|the|our|design|research)\s+)?(?:process|timeline|sequence of events)$/;

/** Where a label's text goes, or undefined for a label this reader does not know. */
export function classify(label: string, inside: Container | null): Slot | undefined {
  // "S – Situation", "A - Vorgehen": the letter before the dash restates the word after it.
  const lettered = /^\s*[*_]*(\p{L})[*_]*\s*[–—-]\s*(\p{L}.*)$/u.exec(label);
  if (lettered) {
    const word = classify(lettered[2]!, inside);
    if (word && word.kind !== "other") return word;
    // "S — Set the scene. Where were you?", "R — What happened? (Numbers!)": a worksheet's prompt
    // after the letter, which names the part.
    const prompt = /\?|^\p{Lu}\S*(?:\s+\S+){2,}/u.test(lettered[2]!);
    const letter =
      prompt && /^[STARL]$/.test(lettered[1]!) ? classify(lettered[1]!, inside) : undefined;
    if (letter) return letter;
  }
  // "4. SITUATION — What was going on? (2–3 sentences)": the part's name, then the prompt.
  const prompted = worksheetPrompt(label);
  if (prompted) return prompted.slot;
  const written = normalizeLabel(label);
  const normal = labelSynonyms[written] ?? written;
  if (normal === "") return undefined;
  const step = stepsLabel.exec(normal);
  if (step) {
    // "Process" or "Timeline" over a story's steps; in upper case, a line like "PROCESS" beside
    // "PEOPLE" and "SAFETY" names a group of stories in a prep list instead.
    return label.trim() === label.trim().toUpperCase()
      ? undefined
      : { kind: "sections", key: "actions" };
  }
  // "Also answers", "Also good for": the same list as without "also".
  if (/^also /.test(normal)) return classify(normal.slice(5), inside);
  if (inside === "analysis" && /^(context|impact)$/.test(normal)) {
    return { kind: "analysis", section: label.trim() };
  }
  if (normal === "context") return { kind: "context" };
  if (normal === "impact") return { kind: "sections", key: "results" };
  for (const [pattern, target] of fixed) if (pattern.test(normal)) return target;
  if (inside !== "analysis" && normal.includes("?")) {
    const prompt = promptSlot(normal);
    // "What was going on?", "How did it turn out?": a part's everyday name, asked.
    if (prompt || !/^[^?]+\?$/.test(normal)) return prompt;
  }
  const head = headSlot(normal);
  if (head) return head;
  // "What I added when they asked what I'd change": a longer label that ends naming the part.
  const tail = /\b(?:asked|ask)\s+(?:me\s+)?(what i(?:'d| would) (?:change|do differently))$/.exec(
    normal,
  );
  if (tail && !/^if\b/.test(normal)) return classify(tail[1]!, inside);
  // "Now say it in 60 seconds. Write the spoken version.": a prompt of two or three sentences,
  // each of which names the same part.
  const sentences = label
    .trim()
    .replace(/^\d{1,2}[.)]\s+/, "")
    .split(/(?<=[.!?])\s+(?=\S)/);
  const sentence = (text: string) => text.split(/\s+/).length >= 3;
  if (sentences.length >= 2 && sentences.length <= 3 && sentences.every(sentence)) {
    const slots = sentences.flatMap((sentence) => classify(sentence, inside) ?? []);
    const [first] = slots;
    const same = slots.every((slot) => JSON.stringify(slot) === JSON.stringify(first));
    if (first && slots.length === sentences.length && same) return first;
  }
  // "If asked why…", "If they push on “why warn-only”": a follow-up and the answer ready for it.
  // "**If they ask…**" over a list of "…what the VP thought: He was…": the follow-ups.
  if (/^if (asked|they (ask|push|probe|press|dig|challenge))[\s.…:]*$/.test(normal))
    return { kind: "followUps" };
  if (/^if (asked|they (ask|push|probe|press|dig|challenge))\b/.test(normal))
    return { kind: "followUp", question: label.trim() };
  // "Interviewer might push: did it hurt you? → yes…": what they may ask next, and the answer.
  if (
    /^(?:the )?(?:interviewers?|panel|they|hiring manager|hm)(?:'ll| will| might| may| could| would)? (?:push|probe|press|dig|challenge|follow up|ask)(?: on| about| back)?$/.test(
      normal,
    )
  )
    return { kind: "followUps" };
  // "Follow-up if asked about blame": the same, under its part's name.
  const named = /^follow[- ]?ups?[:,]?\s+((?:if|when) (?:asked|they)\b.*)$/i.exec(label.trim());
  if (named) return { kind: "followUp", question: named[1]! };
  const values = valuesLabel.exec(label.trim());
  if (values && !/\bvalues\b.*\bvalues\b/i.test(label)) {
    const company = values[1]!.trim();
    const setId = values[2]?.trim();
    return { kind: "values", company, ...(setId ? { setId } : {}) };
  }
  // "Competency / question it answers": two labels for one part; the one this reader knows.
  if (/\s\/\s/.test(label)) {
    const halves = label.split(/\s+\/\s+/).map((half) => classify(half, inside));
    const known = halves.filter((slot) => slot !== undefined && slot.kind !== "other");
    const asked = known.find((slot) => slot.kind === "list" && slot.key === "questions");
    if (known.length > 0) return asked ?? known[0];
  }
  // "Sitaution", "Taks": a part's name, mistyped.
  const misspelt = misspeltPart(normal);
  if (misspelt) return classify(misspelt, inside);
  const connection = connectionLabel.exec(label.trim());
  if (connection) {
    const company = connection[1]!.replace(/^[^\p{L}\d]+/u, "").trim();
    return {
      kind: "analysis",
      section: label.trim(),
      company: genericCompany.test(company.toLowerCase()) ? "" : company,
    };
  }
  return undefined;
}

/** Whether a label starts one of the STAR parts (used to recognise unnumbered story headings). */
export function isStarLabel(label: string): boolean {
  const target = classify(label, null);
  return (
    target !== undefined &&
    (target.kind === "sections" ||
      (target.kind === "text" && (target.key === "situation" || target.key === "task")))
  );
}
