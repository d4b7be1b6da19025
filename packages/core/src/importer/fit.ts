import { CreateInput, limits } from "../story/schema.ts";
import type * as Story from "../story/index.ts";
import { groupDigits } from "../util/index.ts";

type Section = NonNullable<Story.CreateInput["actions"]>[number];
import type { Draft } from "./draft.ts";
import { type Warning, excerptOf, splitLong } from "./fields.ts";

/**
 * Makes a story read from a document fit the story limits without refusing the document: a
 * section point that is too long is split at sentence ends, a section with too many points
 * continues in another section, and whatever still does not fit (a field, list item or list tail)
 * moves to the story's notes. What cannot fit even there is left out and reported with the
 * story's lines, so the rest of the document still imports.
 */
export function fitStory(input: Story.CreateInput, draft: Draft, warnings: Warning[]) {
  const fitted = structuredClone(input) as Record<string, unknown> & Story.CreateInput;
  for (const key of ["actions", "results"] as const) {
    if (fitted[key]) fitted[key] = fitSections(fitted[key]);
  }
  const moved: string[] = [];
  for (let round = 0; round < 5; round++) {
    const parsed = CreateInput.safeParse(fitted);
    if (parsed.success) break;
    for (const issue of parsed.error.issues)
      moveOut(fitted, issue.path as (string | number)[], moved);
    for (const [key, value] of Object.entries(fitted)) {
      if (Array.isArray(value)) fitted[key] = value.filter((item) => item !== removed);
    }
  }
  if (moved.length > 0) {
    const notes = [fitted.notes, ...moved].filter(Boolean).join("\n\n");
    if (notes.length <= limits.notes) fitted.notes = notes;
    else {
      fitted.notes = notes.slice(0, limits.notes);
      warnings.push(
        storyWarning(
          draft,
          `Story "${fitted.title}": text beyond the notes' ${groupDigits(limits.notes)} characters was left out.`,
          notes.slice(limits.notes),
        ),
      );
    }
    warnings.push(
      storyWarning(
        draft,
        `Story "${fitted.title}": ${moved.length} part(s) over the story limits were moved to its notes.`,
        moved.join(" "),
      ),
    );
  }
  const final = CreateInput.safeParse(fitted);
  if (!final.success) {
    // Last resort: drop the fields still at fault, and say so.
    for (const issue of final.error.issues) {
      const key = String(issue.path[0]);
      if (key === "title") continue;
      warnings.push(
        storyWarning(draft, `Story "${fitted.title}": ${key} was left out: ${issue.message}.`, ""),
      );
      delete fitted[key];
    }
  }
  return fitted as Story.CreateInput;
}

/** Points split to fit; sections with too many points continue in the next section. */
function fitSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => {
    const points = section.points.flatMap((point) => splitLong(point, limits.sectionPoint));
    const chunks: Section[] = [];
    for (let i = 0; i < points.length || chunks.length === 0; i += limits.sectionPoints) {
      const chunk = points.slice(i, i + limits.sectionPoints);
      chunks.push(
        i === 0 && section.heading !== undefined
          ? { heading: section.heading, points: chunk }
          : { points: chunk },
      );
    }
    return chunks;
  });
}

const removed = Symbol("removed");

/** Takes the value at `path` out of the story into `moved`, as "Field: text". */
function moveOut(story: Record<string, unknown>, path: (string | number)[], moved: string[]) {
  const [key, index] = path;
  if (typeof key !== "string" || key === "title") return;
  const value = story[key];
  if (typeof value === "string") {
    moved.push(`${label(key)}: ${value}`);
    delete story[key];
  } else if (Array.isArray(value)) {
    if (typeof index === "number") {
      if (value[index] === removed) return;
      moved.push(`${label(key)}: ${asText(value[index])}`);
      value[index] = removed;
    } else {
      const max = (limits as Record<string, number>)[key] ?? value.length;
      moved.push(...value.splice(max).map((item) => `${label(key)}: ${asText(item)}`));
    }
  } else if (value && typeof value === "object") {
    moved.push(`${label(key)}: ${asText(value)}`);
    delete story[key];
  }
}

const label = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

function asText(item: unknown): string {
  if (typeof item === "string") return item;
  if (item && typeof item === "object") {
    return Object.values(item)
      .map((v) => (Array.isArray(v) ? v.join("\n") : String(v ?? "")))
      .filter(Boolean)
      .join("\n");
  }
  return String(item);
}

const storyWarning = (draft: Draft, message: string, text: string): Warning => ({
  line: draft.line,
  endLine: draft.endLine,
  message,
  excerpt: excerptOf(text),
});
