import { type Draft, isCountOnlyHeading } from "./draft.ts";
import type { Warning } from "./fields.ts";
import type { StoryPart } from "./segment.ts";

/**
 * Parts a document reads as stories that hold none: its own header (a title over whose document
 * it is) and blank templates or "story still missing" notes. Each is taken out and reported.
 */

/** Whether a draft holds any telling of a story: STAR text, points, a draft or a refined answer. */
const tells = (draft: Draft) =>
  Object.values(draft.text).some((parts) => parts?.some((part) => part.trim() !== "")) ||
  [...draft.actions, ...draft.results].some((section) =>
    section.points.some((point) => point.trim() !== ""),
  ) ||
  draft.analysis.some((entry) => entry.answer.trim() !== "");

/**
 * Takes out a document's header read as a first story: a title over a few short lines that say
 * whose document it is and what for ("**Candidate:** Joseph Oduya", "**Version:** 3.2", "I write
 * these in CAR form because…"), with no
 * part of a story under it, while stories follow under lower headings. It is reported with its
 * lines.
 */
export function dropDocumentHeader(drafts: Draft[], parts: StoryPart[], warnings: Warning[]) {
  const first = drafts[0];
  if (!first || drafts.length < 2 || first.questions.length > 0) return;
  // A header stands above the stories: its heading is higher than each of theirs.
  const depth = parts[0]?.heading?.depth;
  // A story matrix's rows stand under it too.
  const below = (part: StoryPart) => part.row !== undefined || (part.heading?.depth ?? 0) > depth!;
  if (depth === undefined || !parts.slice(1).every(below)) return;
  const { draft: own, ...told } = first.text;
  if ([...first.actions, ...first.results].length > 0 || first.analysis.length > 0) return;
  const words = (texts: string[] = []) =>
    texts
      .join(" ")
      .split(/\s+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  // "Aim: every row needs a number" beside the document's intro: its goal, not a story's task.
  const toldText = Object.values(told).flatMap((text) => text ?? []);
  const draft = [...(own ?? []), ...toldText];
  // "I write these in CAR form because the panels ask for it": a few lines on the document.
  const onDocument =
    words(draft) <= 60 &&
    /\b(these|this (doc|document|file|page|list|sheet)|stories|examples|answers|interviews?|star|car|par|soar|back to|see also|moc|tabs?|rows?)\b/i.test(
      draft.join(" "),
    );
  if (words(toldText) > 0 && (!onDocument || words(draft) > 40)) return;
  if ((words(draft) > 12 && !onDocument) || words(first.notes) > 40) return;
  if (words(draft) + words(first.notes) === 0 || !drafts.slice(1).some(tells)) return;
  warnings.push({
    line: first.line,
    endLine: first.endLine,
    message: `The part "${first.heading}" is the document's header, not a story; it was not imported.`,
    excerpt: first.heading,
  });
  drafts.splice(0, 1);
  parts.splice(0, 1);
}

/**
 * A template's blank to fill in ("(answer here)", "[your title]", "____"), or a writer's note
 * that the story is still missing ("(need a better story)", "(not a story — …)", "??? nothing
 * good yet", "(use peak 2022 - still need the numbers)").
 */
const placeholder =
  /\((?:placeholder|answer|write|add|fill|your|to (?:fill|write|add|do)|tbd|tbc|todo|not a story|no story|need (?:to (?:write|find|add|do)|a|an|another|one|better)|find (?:a|an|one)|nothing (?:good )?yet)\b[^)]*\)|\([^()]*\bstill (?:need|to (?:write|find|add|do|get))\b[^()]*\)|\[(?:your|insert|add|fill)\b[^\]]*\]|_{3,}|^\W*\?{3,}/i;

/** A figure left to fill in: "X%", "$X", "N", "[Date]". */
const variable = /^[-*+\s]*(?:\$?[XYN]{1,3}[%kKmM]?|\[(?:date|name|company|role|number|x)\])\s*$/;

/** A part's heading that calls it a template: "Blank card (copy me)", "SOAR card template", "Your turn". */
const templateHeading =
  /\b(?:templates?|blank|copy me|copy this|duplicate (?:me|this)|fill[- ]in|empty (?:card|block|story)|your turn|over to you|try it yourself|tu turno|à vous)\b/i;

/** Whether a draft's text holds a figure (a number, a date): a template's prompts hold none. */
function hasFigures(draft: Draft): boolean {
  const texts = [
    ...Object.values(draft.text).flatMap((parts) => parts ?? []),
    ...[...draft.actions, ...draft.results].flatMap((section) => section.points),
  ];
  return texts.some((text) => /\d/.test(text));
}

/** Whether every text a draft tells is a blank or a "still missing" note ("??? nothing yet"). */
function onlyPlaceholders(draft: Draft): boolean {
  const texts = [
    ...Object.values(draft.text).flatMap((parts) => parts ?? []),
    ...[...draft.actions, ...draft.results].flatMap((section) => section.points),
  ].filter((text) => /\p{L}/u.test(text)); // "1.\n2.\n3.": a list's numbers with nothing after them
  // "TODO — use the Kafka retention one? need to check dates first": a story still to write.
  // "TBC", "to do": the same, as British writers put it.
  // "Covered in pitch.md", "See the Kafka story above": the answer is kept somewhere else.
  const todo = (text: string) =>
    (/^\W*(?:todo|tbd|tbc|to do|to come)\b/i.test(text) ||
      /^\W*(?:covered|answered|see|same as|use)\b.*(?:\.md\b|\babove\b|\bbelow\b|\bpitch\b)/i.test(
        text,
      ) ||
      // "maybe the contracting thing? think about it.": a story still to choose.
      /^\W*(?:maybe|perhaps|possibly)\b[^.!]*\?/i.test(text)) &&
    text.split(/\s+/).length <= 20;
  const blank = (text: string) =>
    variable.test(text) ||
    todo(text) ||
    (placeholder.test(text) &&
      text
        .replace(placeholder, " ")
        .split(/\s+/)
        .filter((word) => /\p{L}/u.test(word)).length <= 5);
  return texts.every(blank);
}

/**
 * A writer's remark that the part is no story ("(not a story — my answer to “why us?”)",
 * "Honestly, I didn't have a great one for this").
 */
const declared =
  /(?:\(|^)(?:not a story|no story|never happened|no (?:real )?example)\b|^(?:\w+(?: \w+){0,3},\s+)?i (?:didn't|did not|don't|do not) have an? (?:great |good |real |proper |strong )?(?:one|example|story|answer)\b/i;

/**
 * Whether a draft says of itself that it is no story and tells little else: at most 60 words in
 * all (a short answer or advice kept beside the stories, not a story).
 */
function saysNoStory(draft: Draft): boolean {
  // "A. (not a story — just say: …)": the remark may stand alone, in the notes.
  const texts = [...Object.values(draft.text).flatMap((parts) => parts ?? []), ...draft.notes];
  if (!texts.some((text) => declared.test(text))) return false;
  const told = [...texts, ...[...draft.actions, ...draft.results].flatMap((s) => s.points)];
  return (
    told
      .join(" ")
      .split(/\s+/)
      .filter((word) => /\p{L}/u.test(word)).length <= 60
  );
}

/**
 * Whether a draft only holds one-line flashcards ("Why hospitality?::I like seeing the result…",
 * the Obsidian Spaced Repetition plugin's inline cards, "::" or ":::" between the two sides):
 * short answers drilled beside the stories, not a story.
 */
function onlyCards(draft: Draft): boolean {
  if ([...draft.actions, ...draft.results].some((section) => section.points.length > 0))
    return false;
  const lines = [...Object.values(draft.text).flatMap((parts) => parts ?? []), ...draft.notes]
    .flatMap((text) => text.split("\n"))
    .filter((line) => line.trim() !== "");
  return lines.length >= 2 && lines.every((line) => /^[^:\n]{3,200}\?\s*:{2,3}\s*\S/.test(line));
}

/**
 * Takes out the parts that hold no story text and show a template's blanks (a blank copy of the
 * template, "Story C (optional)" with only its prompts): each is reported with its lines, none is
 * imported. So are parts that say they are no story. A story with no telling and no blanks (a
 * title and tags) is kept.
 */
export function dropBlankTemplates(
  drafts: Draft[],
  parts: StoryPart[],
  warnings: Warning[],
  sourceLines: string[],
) {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const draft = drafts[i]!;
    if (drafts.length > 1 && saysNoStory(draft)) {
      warnings.push({
        line: draft.line,
        endLine: draft.endLine,
        message: `The part "${draft.heading}" says it is no story; it was not imported.`,
        excerpt: draft.heading,
      });
      drafts.splice(i, 1);
      parts.splice(i, 1);
      continue;
    }
    if (drafts.length > 1 && onlyCards(draft)) {
      warnings.push({
        line: draft.line,
        endLine: draft.endLine,
        message: `The part "${draft.heading}" holds flashcards (a question and a one-line answer each), not a story; it was not imported.`,
        excerpt: draft.heading,
      });
      drafts.splice(i, 1);
      parts.splice(i, 1);
      continue;
    }
    const own = sourceLines.slice(draft.line - 1, draft.endLine);
    // "Blank card (copy me)", "SOAR card template", "[[STAR template]]": a template by its name,
    // its prompts read as text.
    const template =
      templateHeading.test(draft.heading) &&
      (own.some((line) => placeholder.test(line)) || !hasFigures(draft));
    if (drafts.length === 1 || (tells(draft) && !onlyPlaceholders(draft) && !template)) continue;
    // "Q4) …" over "(need a better example)": the bracket named the part, and says it is missing.
    // "Story block D" over empty labels only: a block left to fill in.
    const named =
      !tells(draft) &&
      (placeholder.test(`(${draft.heading})`) || isCountOnlyHeading(draft.heading));
    // "A. TODO — use the Kafka one?": every text it tells says the story is still to write.
    const unwritten = tells(draft) && onlyPlaceholders(draft);
    if (!named && !template && !unwritten && !own.some((line) => placeholder.test(line))) continue;
    warnings.push({
      line: draft.line,
      endLine: draft.endLine,
      message: unwritten
        ? `The part "${draft.heading}" only notes a story still to write; it was not imported.`
        : `The part "${draft.heading}" holds no story text yet (a blank template); it was not imported.`,
      excerpt: draft.heading,
    });
    drafts.splice(i, 1);
    parts.splice(i, 1);
  }
}
