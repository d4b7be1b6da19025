/**
 * A story table's row and the write-up of the same story below it ("Quick reference table first,
 * detailed write-ups below"): one story. The write-up's text stands; the row fills what it lacks
 * and adds its questions and tags, and a row's cell the write-up already tells stays in the
 * story's notes, so no word of either is lost.
 */

import type { Draft } from "./draft.ts";
import type { StoryPart } from "./segment.ts";

type TextKey = keyof Draft["text"];

/** The words of a title, for matching a row to its write-up. */
const words = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const named: Record<string, string> = {
  situation: "Situation",
  task: "Task",
  lessons: "Lessons",
  differently: "Differently",
  takeaway: "Takeaway",
  draft: "Draft",
  refined: "Refined",
};

/**
 * Merges each table row's story into the story told under a heading with the same title, in
 * place: the merged story keeps the row's place in `drafts` and `parts`; the write-up's entry
 * is removed. `titles` are the drafts' titles, in the same order.
 */
export function mergeRowWriteups(parts: StoryPart[], drafts: Draft[], titles: string[]): void {
  for (let row = 0; row < drafts.length; row++) {
    if (!parts[row]?.row) continue;
    const at = drafts.findIndex(
      (_, index) =>
        index !== row && !parts[index]?.row && words(titles[index]!) === words(titles[row]!),
    );
    if (at < 0) continue;
    drafts[row] = merged(drafts[at]!, drafts[row]!);
    drafts.splice(at, 1);
    parts.splice(at, 1);
    titles.splice(at, 1);
    if (at < row) row--;
  }
}

/** The write-up, with what the row adds. */
function merged(told: Draft, row: Draft): Draft {
  const notes: string[] = [];
  for (const key of Object.keys(row.text) as TextKey[]) {
    const text = row.text[key] ?? [];
    if (text.length === 0) continue;
    if ((told.text[key] ?? []).length === 0) told.text[key] = text;
    else notes.push(`${named[key] ?? key} (table): ${text.join(" ")}`);
  }
  for (const key of ["actions", "results"] as const) {
    const points = row[key].flatMap((section) => section.points);
    if (points.length === 0) continue;
    if (told[key].length === 0) told[key] = row[key];
    else notes.push(`${key === "actions" ? "Action" : "Result"} (table): ${points.join(" ")}`);
  }
  const fresh = <T>(mine: T[], theirs: T[]) => theirs.filter((item) => !mine.includes(item));
  told.questions.push(...fresh(told.questions, row.questions));
  told.tags.push(...fresh(told.tags, row.tags));
  told.notes.push(...row.notes, ...notes);
  told.context = { ...row.context, ...told.context };
  told.lines.push(...row.lines);
  told.line = Math.min(told.line, row.line);
  return told;
}
