import { isQuestion } from "./question.ts";
/**
 * Notes a writer leaves beside a story rather than in it: a coach's comment, a tip, a reminder to
 * self ("> 💡 **Tip:** …", "> ⚠️ Pour moi : …", "> 💬 **Comentario de la coach:** …",
 * "<aside>💡 Don't name the union rep.</aside>", "!! say “I” not “we”", "*Note to self: …*").
 * Such text goes to the story's notes, never into the Result or Action above it.
 */

/**
 * Signs that open a remark: warning, tip, comment, memo, pin, a clock, exclamation marks, a to-do
 * (an outliner's task states: Logseq's TODO, DOING, DONE, LATER, NOW, WAITING).
 */
const sign =
  /^(?:[⚠❗❕‼💡💬🗨📝📌👉🔔✏☝🚨⛔⏱⏲⌛⏳\u{1F550}-\u{1F567}]\uFE0F?|!{2,}|\{\{(?:\[\[)?(?:TODO|DONE)(?:\]\])?\}\}|TODO:|(?:TODO|DOING|DONE|LATER|NOW|WAITING)(?=\s+\p{Ll}|\s*[–—-]\s))\s*/u;

/** Labels of remarks in the languages of `vocabulary.ts`. */
const remarkLabel =
  /^(?:note to (?:self|myself)|notes? for me|reminder(?: to (?:self|myself|me))?|remember|tip|pro tip|careful|caution|warning|heads up|nb|n\.b|pour moi|à retenir|attention|ojo|nota|recuerda|consejo|hinweis|achtung|merke|tipp|let op)$|\b(?:coach|comment|comentario|commentaire|kommentar|feedback from)\b|^(?:instructor|teacher|tutor|trainer|mentor|reviewer|peer)(?:'?s)? (?:feedback|notes?)$/i;

/** Whether a label names a remark ("Note to self", "Tip", "Coach's comment"). */
export const isRemarkLabel = (label: string) => remarkLabel.test(label.trim());

const labelOf = (text: string) => /^([^:\n]{1,40}?)\s*:/.exec(text)?.[1]?.trim();

/**
 * The remark a text makes, without its sign ("Tip: Interviewers love…"), when it opens with a
 * remark's sign or label; undefined for any other text.
 */
export function remark(text: string, signOnly = false): string | undefined {
  const trimmed = text.trim();
  // "[My note: went 3:40 on this one.]", "(no CAR for this one yet)": a whole paragraph in
  // brackets is an aside.
  const bracketed = /^\[([^[\]]{3,600})\]$|^\(([^()]{3,300})\)$/.exec(trimmed);
  if (bracketed) return (bracketed[1] ?? bracketed[2])!.trim();
  // "[DV: great one…]\n[PN: fair, will rewrite A]": a thread of bracketed comments.
  const thread = trimmed.split("\n").map((line) => /^\[([^[\]]{3,600})\]$/.exec(line.trim())?.[1]);
  if (thread.length > 1 && thread.every((line) => line !== undefined))
    return thread.map((line) => line!.trim()).join("\n");
  const signed = sign.exec(trimmed);
  const body = signed ? trimmed.slice(signed[0].length).trim() : trimmed;
  if (body === "") return undefined;
  // "TODO tighten the result": the word says what the note is, so it stays.
  // "DONE send the reference", "LATER ask Mr Okonjo": an outliner's task, its state kept too.
  if (signed) return /^(?:TODO|DOING|DONE|LATER|NOW|WAITING)\s/.test(signed[0]) ? trimmed : body;
  if (signOnly) return undefined;
  const label = labelOf(body);
  return label !== undefined && remarkLabel.test(label) ? body : undefined;
}

/** Words a remark naming questions says besides them ("use it for … or …"). */
const connectors = new Set(
  "for and or use used using it this to the a questions question asked answers answer".split(" "),
);

/**
 * The questions a remark names in quotes: `(planning to use for "tell me about a time you
 * improved quality" and "a time you took initiative")`, `(for "a mistake" / "a time you
 * failed")`. None unless the remark says what the story is for and, out of quotes, says little
 * else; `saysMore` when it says anything besides them ("planning").
 */
export function quotedQuestions(remark: string): { questions: string[]; saysMore: boolean } {
  const quoted = [...remark.matchAll(/["“]([^"“”]{3,200})["”]/g)].map((m) => m[1]!.trim());
  const rest = remark.replace(/["“][^"“”]{3,200}["”]/g, " ");
  const named =
    quoted.length > 0 &&
    /\b(for|answers?|questions?|ask(?:s|ed)?|phrased|worded|wording|variants?|versions?)\b/i.test(
      rest,
    ) &&
    rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= 8;
  const said = rest
    .replace(/[^\p{L}\s]/gu, " ")
    .split(/\s+/)
    .filter((word) => word && !connectors.has(word.toLowerCase()));
  return { questions: named ? quoted : [], saysMore: said.length > 0 };
}

/**
 * The speaker's note an HTML comment holds ("<!-- keep the background under 30 sec -->"), or
 * undefined for an empty comment or a tool's directive ("<!-- _class: lead -->",
 * "<!-- prettier-ignore -->").
 */
export function speakerNote(comment: string): string | undefined {
  const note = comment
    .trim()
    .replace(/^<!--|-->$/g, "")
    .trim();
  const directive =
    /^_?[\w-]+(?:\s*:\s*\S+)?$/.test(note) ||
    /^(prettier|markdownlint|eslint|toc|more)\b/i.test(note);
  return note === "" || directive ? undefined : note;
}

/**
 * An italic line that is a remark of the writer's rather than a template's prompt: one in lower
 * case that asks or instructs nothing ("*needs a real number for the QA bugs*"), or a label of the
 * writer's own over a figure ("*Time: ~90 sec*"); a template's prompts hold no figures.
 */
export function isRemarkLine(text: string): boolean {
  const asks =
    isQuestion(text) ||
    /^(e\.g\.|eg\b|describe|write|list|add|explain|include|what|how|why|who|when|where|which)\b/i.test(
      text,
    );
  // "*Notes only — to write up properly.*": where the writing of the story stands.
  const state = /^(?:rough notes|notes only|just notes|draft|wip|unfinished)\b/i.test(text);
  return (/^\p{Ll}/u.test(text) && !asks) || state || /^[^:\n]{1,30}:\s*\S[^\n]*\d/.test(text);
}

const todo = /^(?:todo|to do|to-do|fixme|tbd)\b[:\s-]*/i;

/**
 * "- [ ] TODO find the real numbers": a list of the writer's open to-dos on the story, each as a
 * note ("TODO: find the real numbers"); undefined when any item is something else.
 */
export function todoNotes(
  items: { checked?: boolean | null; text: string }[],
): string[] | undefined {
  if (!items.every((item) => item.checked === false && todo.test(item.text))) return undefined;
  return items.map((item) => item.text.replace(todo, "TODO: "));
}
