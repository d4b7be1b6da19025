import type { List, Paragraph, PhrasingContent } from "mdast";
import { classify } from "./labels.ts";
import { type Labelled, arrows, inlineText, itemText, tidy } from "./markdown.ts";
import { isQuestion } from "./question.ts";

/** Line-level tests the story reader applies: properties, hashtags, badges, bare labels, code. */

/** Languages of code cells (notebooks, READMEs): their code is never story text. */
const programs =
  /^(python\d?|py|ipython\d?|r|julia|js|javascript|ts|typescript|sql|bash|sh|shell|console|java|go|ruby|rust|c|cpp|c\+\+|csharp|kotlin|scala|swift|php|matlab|octave)$/i;

export const isProgram = (lang: string | null | undefined) => !!lang && programs.test(lang.trim());

/** "Status: Ready ✅", "Time: 2:10": a property line of a few words before a colon. */
export const propertyLine = /^[\p{L}][\p{L}\p{N} '’&/-]{0,30}?\s?:\s*\S/u;
export const emptyProperty = /^[\p{L}][\p{L}\p{N} '’&/-]{0,30}?\s?:\s*$/u;

/** A line of hashtags only: "#ops #pressure", "#story/leadership". */
export const hashtagLine = /^(?:#[\p{L}\p{N}][\p{L}\p{N}_\-/&+]*\s*)+$/u;

/** Hashtags, then a dash or a dot and a short remark: "#ownership — ⏱ ~2 min". */
export const hashtagLead = /^((?:#[\p{L}\p{N}][\p{L}\p{N}_\-/&+]*\s*)+)[—–·|-]\s*([^\n]{1,80})$/u;

/**
 * A plain "Talking time: 50 seconds" line read as a label no field takes: a few capitalised
 * words before the colon, on a paragraph of one line.
 */
export function isPlainLabel(label: string, text: string): boolean {
  const words = label.replace(/^[^\p{L}\p{N}]+/u, "").split(/\s+/);
  return (
    !text.includes("\n") &&
    words.length <= 3 &&
    // "6Cs: competence, courage": a number with letters names a list; "At 10:" is a time.
    /^(?:\p{Lu}|\d+\p{L})/u.test(words[0] ?? "") &&
    !/\d(?!\d*\p{L})/u.test(label)
  );
}

export const isQuestionItem = (item: List["children"][number]) => isQuestion(itemText(item));

/**
 * A label written without a colon on a line of its own, followed by its text on the next lines:
 * "**SITUATION**\nThe index was corrupted", "Situation\n…". Only labels of a known field.
 */
export function bareLabel(text: string): Labelled | undefined {
  const [first, ...rest] = text.split("\n");
  const label = first!.replace(/\*\*|__/g, "").trim();
  if (label === "" || label.length > 40) return undefined;
  const target = classify(label, null);
  if (!target || target.kind === "other" || target.kind === "title") return undefined;
  // A lone word like "A" or "S" on a line is a label only when text follows it.
  if (label.length <= 1 && rest.length === 0) return undefined;
  return { label, rest: rest.join("\n").trim(), bold: /^\*\*|^__/.test(first!.trim()) };
}

/** A paragraph of short code spans and nothing else ("`ownership` `migration`"). */
export const isBadgeLine = (paragraph: Paragraph) =>
  paragraph.children.some((child) => child.type === "inlineCode") &&
  paragraph.children.every(
    (child) =>
      (child.type === "inlineCode" && child.value.trim().length <= 30) ||
      (child.type === "text" && /^[\s·,|]*$/.test(child.value)),
  );

/**
 * A line opening with a short bold label and its text on the same line ("**Talking time** about
 * 3 min", "**Use carefully** — the VP…"): the label (at most four words, no question) and the
 * text after it, a colon or dash between them dropped.
 */
export function boldLead(line: PhrasingContent[]): Labelled | undefined {
  const [first, ...rest] = line;
  if (first?.type !== "strong") return undefined;
  const label = tidy(inlineText(first.children))
    .replace(new RegExp(`\\s*${arrows}\\uFE0F?$`, "u"), "")
    .replace(/\s*[:.—–-]+$/u, "");
  const text = tidy(inlineText(rest)).replace(
    new RegExp(`^(?:[:.—–-]+|${arrows}\\uFE0F?)\\s*`, "u"),
    "",
  );
  if (label === "" || label.split(/\s+/).length > 4 || label.endsWith("?") || text === "")
    return undefined;
  return { label, rest: text, bold: true };
}

/**
 * A list whose last item ends in a line of hashtags ("#people #safety" under the last bullet, a
 * lazy continuation line to Markdown): the list without that line, and the hashtags.
 */
export function trailingHashtags(list: List): { list: List; tags: string } | undefined {
  const item = list.children.at(-1);
  const paragraph = item?.children.at(-1);
  if (!item || paragraph?.type !== "paragraph") return undefined;
  const last = paragraph.children.at(-1);
  if (last?.type !== "text") return undefined;
  const cut = last.value.lastIndexOf("\n");
  const tags = last.value.slice(cut + 1).trim();
  if (cut < 0 || !hashtagLine.test(tags)) return undefined;
  const kept: Paragraph = {
    ...paragraph,
    children: [...paragraph.children.slice(0, -1), { ...last, value: last.value.slice(0, cut) }],
  };
  const lastItem = { ...item, children: [...item.children.slice(0, -1), kept] };
  return { list: { ...list, children: [...list.children.slice(0, -1), lastItem] }, tags };
}

/**
 * A key to the labels rather than a story's text: "**C** = Context / challenge **A** = Action
 * **R** = Result", "S = Situation, T = Task, A = Action, R = Result". At least two letters, each
 * followed by "=" and a word that is a label.
 */
export function isLegend(text: string): boolean {
  if (text.length > 240) return false;
  // "situation → task → action → result → lesson. Aim for 2 min each.": the order of the parts.
  const chain = text.split("\n")[0]!.split(/\s*(?:→|->|=>|>)\s*|\s+[–—]\s+/);
  const last = chain.at(-1)!.replace(/[.;:].*$/, "");
  if (
    chain.length >= 3 &&
    [...chain.slice(0, -1), last].every(
      (part) => part.length <= 20 && classify(part, null) !== undefined,
    )
  )
    return true;
  const pairs = [...text.matchAll(/(?:^|[\s,;|·])(\p{Lu}{1,4})\s*=\s*(\p{L}+)/gu)];
  const known = pairs.filter((pair) => classify(pair[2]!, null) !== undefined);
  return known.length >= 2 && known.length === pairs.length;
}

/**
 * "talking time - 2 min max": a short lower-case label of the writer's own and its text after a
 * dash, in a block whose other lines open with known labels the same way ("situation - …").
 */
export const dashLabel = /^(\p{Ll}[\p{L}'’]*(?: [\p{L}'’]+){0,2})\s+[—–-]\s+(\S.*)$/u;

/**
 * "Talking time — about 50 seconds", "Use carefully – the VP was in the room": a short label of
 * the writer's own on telling the story, an em or en dash, and its text.
 */
export function deliveryNote(line: string): { label: string; rest: string } | undefined {
  const match = /^(\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2})\s+[—–]\s+(\S.*)$/u.exec(line);
  if (!match) return undefined;
  const cue =
    /\b(time|timing|length|duration|delivery|carefully|careful|tip|reminder|watch|warning|caution|rehearsed|practi[sc]ed|pace|tone|avoid|remember|note|use|pitch)\b/i;
  return cue.test(match[1]!) ? { label: match[1]!, rest: match[2]! } : undefined;
}

/** "**Talking time**" or "WATCH OUT" alone on a line: a short label in bold or capitals, closed by nothing. */
export function ownBoldLabel(line: Paragraph): string | undefined {
  const bold = line.children.every(
    (child) => child.type === "strong" || (child.type === "text" && child.value.trim() === ""),
  );
  const text = tidy(inlineText(line.children)).replace(/:$/, "");
  // "NUMBERS TO REMEMBER" among "SITUATION", "ACTION" lines: capitals stand for bold.
  const capitals = /^\p{Lu}[\p{Lu}&'’/ -]*\p{Lu}$/u.test(text);
  if (!(bold || capitals) || text === "" || /[.!?;,]$/.test(text) || text.split(/\s+/).length > 4)
    return undefined;
  return text;
}

/** "Watch out: …", "Use carefully: …": a short label of the writer's own, capitalised, a colon. */
export const ownColonLabel = /^(\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}):[ \t]+(\S.*)$/u;

/**
 * An issue tracker's comment header ("Me commented · 10 Feb 2024", "Dana replied 2d ago") or a
 * chat message's ("Tom Reyes 12:12 PM", "Priya [09:14]"): who wrote the lines under it, and when.
 */
export const commentAuthor =
  /^(?!(?:I|We|He|She|They|You|It)\s)\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?\s+(?:(?:commented|replied|wrote|added a comment|left a comment)(?:\s*(?:[·•|—–-]|\bon\b|\bat\b)[^.!?\n]{0,40})?|\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?)(?:\n|$)/u;

/** A line of an Org-mode property drawer, or a planning line above it. */
export const orgDrawerLine = /^(?::[\w-]+:(?:\s.*)?|(?:CLOSED|SCHEDULED|DEADLINE):\s.*)$/;
