import type { Heading, List, Paragraph } from "mdast";
import type { Draft } from "./draft.ts";
import { classify } from "./labels.ts";
import { type Block, blockText, inlineText, splitLines, tidy } from "./markdown.ts";
import { type Warning } from "./fields.ts";
import { warningFor } from "./report.ts";
import { headingText } from "./segment.ts";
import { storiesNamed } from "./tables.ts";

// Parts after the stories that speak of them by name: a section of spoken versions, one per
// story under its title, and a list of notes that mention the stories they are about.

/** Whether a heading titles a section of spoken versions ("60-second versions", "Talk tracks"). */
function spokenSection(block: Block): boolean {
  if (block.type !== "heading") return false;
  const slot = classify(headingText(block), null);
  return slot?.kind === "text" && slot.key === "refined";
}

/** A paragraph opened by a bold line that names one story, and the text under that line. */
function titled(block: Block, drafts: Draft[], titles: string[]) {
  if (block.type !== "paragraph") return undefined;
  const [first] = block.children;
  if (first?.type !== "strong") return undefined;
  const start = block.position?.start.line ?? 0;
  const [head, body] = splitLines(block as Paragraph, (_line, at) => at === start + 1);
  if (!head || !body) return undefined;
  const name = tidy(inlineText(head.children)).replace(/[:.]$/, "");
  const named = storiesNamed(name, drafts, titles);
  return named.length === 1
    ? { draft: named[0]!, text: tidy(inlineText(body.children)) }
    : undefined;
}

/**
 * The spoken versions a section after the stories gives ("## 60-second versions" over
 * "**Vaccine clinic surge**\nIn October 2022…"): each becomes the refined telling of the story
 * its bold title names, when that story has none. Returns the indexes of the blocks placed.
 */
export function spokenVersions(
  blocks: Block[],
  taken: boolean[],
  drafts: Draft[],
  titles: string[],
  warnings: Warning[],
): Set<number> {
  const placed = new Set<number>();
  blocks.forEach((block, index) => {
    if (taken[index] || !spokenSection(block)) return;
    const depth = block.type === "heading" ? block.depth : 6;
    let used = 0;
    for (let i = index + 1; i < blocks.length; i++) {
      const next = blocks[i]!;
      if (next.type === "heading" && next.depth <= depth) break;
      const version = taken[i] ? undefined : titled(next, drafts, titles);
      if (!version || version.draft.text.refined !== undefined) continue;
      version.draft.text.refined = [version.text];
      const { start, end } = next.position!;
      version.draft.lines.push({ from: start.line, to: end.line, field: "refined" });
      placed.add(i);
      used += 1;
    }
    if (used > 0) {
      placed.add(index);
      warnings.push(
        warningFor(
          block,
          `The heading "${headingText(block as Heading)}" names the spoken versions under it; it was not stored.`,
        ),
      );
    }
  });
  return placed;
}

/** Labels over a list of notes about the stories: "Notes", "Reminders", "Caveats". */
const notesLabel = /^(?:my |general )?(?:notes?|reminders?|to remember|remember|caveats?|tips?)$/i;

/**
 * A list of notes under a "Notes" label, some of whose items mention one story by its number or
 * title ("Story 3 is thin on the why"): each such item joins that story's notes. Items that name
 * no story, or several, are left for the report. Undefined when no item names a story.
 */
export function mentionedNotes(
  list: List,
  label: string | undefined,
  drafts: Draft[],
  titles: string[],
): { draft: Draft; text: string; item: Block }[] | undefined {
  if (label === undefined || !notesLabel.test(label.trim())) return undefined;
  const notes = list.children.flatMap((item) => {
    const text = tidy(blockText(item as unknown as Block));
    const mention = /\bstor(?:y|ies)\s*#?\s*\d+/i.test(text)
      ? storiesNamed(text, drafts, titles)
      : drafts.filter((_, n) => titles[n] && text.includes(titles[n]!));
    return mention.length === 1
      ? [{ draft: mention[0]!, text, item: item as unknown as Block }]
      : [];
  });
  return notes.length > 0 ? notes : undefined;
}

/**
 * Parts written under one story for another ("60 sec version of story 1:" sent after story 2,
 * see `Draft.moves`): each goes to the story it names when that story has no such part yet.
 */
export function movedParts(drafts: Draft[], titles: string[]): void {
  for (const draft of drafts) {
    for (const move of [...draft.moves].reverse()) {
      const [named] = storiesNamed(move.story, drafts, titles);
      const texts = draft.text[move.key];
      if (!named || named === draft || !texts || named.text[move.key] !== undefined) continue;
      named.text[move.key] = texts.splice(move.from);
      if (texts.length === 0) delete draft.text[move.key];
    }
  }
}
