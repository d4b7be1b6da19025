import type { List } from "mdast";
import type { Draft } from "./draft.ts";
import { type Block, blockText, inlineText, itemText, tidy } from "./markdown.ts";
import { isQuestion } from "./question.ts";
import { storiesNamed } from "./tables.ts";

/** One note for one story, from a list that addresses the stories by name or number. */
export interface AddressedNote {
  draft: Draft;
  text: string;
}

/**
 * A list outside the stories whose every item names one story before a colon or a dash: "- Story
 * 1: bring the screenshots", "- S2 — say the standard's name", "- Checkout redesign: slow down". Each item
 * is a note for the story it names (its text after the colon). Undefined when an item names no
 * story, or more than one, or the list has no item.
 */
export function addressedNotes(
  list: List,
  drafts: Draft[],
  titles: string[],
): AddressedNote[] | undefined {
  if (list.children.length === 0) return undefined;
  const notes: AddressedNote[] = [];
  for (const item of list.children) {
    const text = tidy(blockText(item as unknown as Block));
    const split = /^([^:\n]{1,80}?)(?:\s*:|\s+[—–-])\s+(\S[\s\S]*)$/.exec(text);
    if (!split) return undefined;
    const named = storiesNamed(split[1]!, drafts, titles);
    if (named.length !== 1) return undefined;
    notes.push({ draft: named[0]!, text: split[2]!.trim() });
  }
  return notes;
}

/** One question of a map, for the stories it names, at its source line. */
export interface MappedQuestion {
  question: string;
  drafts: Draft[];
  line: number;
}

/**
 * A list outside the stories whose every item is a question, an arrow and the stories that
 * answer it: "- Tell me about a time you had to deliver quickly → Prevention backlog", and the
 * items that name no story yet ("→ ???"). Undefined when an item is no question or names an
 * unknown story.
 */
export function questionMap(
  list: List,
  drafts: Draft[],
  titles: string[],
): { map: MappedQuestion[]; open: Block[] } | undefined {
  const map: MappedQuestion[] = [];
  const open: Block[] = [];
  for (const item of list.children) {
    const line = /^(.*\S)\s*(?:→|->|=>)\s*(\S.*)$/.exec(itemText(item));
    if (!line || !isQuestion(line[1]!)) return undefined;
    const named = storiesNamed(line[2]!, drafts, titles);
    // "… → ??? (need a new one)": a question still without a story, for the report.
    if (named.length === 0 && /^(?:\?{2,}|tbd|todo|none|nothing|need\b|\()/i.test(line[2]!)) {
      open.push(item as unknown as Block);
      continue;
    }
    if (named.length === 0) return undefined;
    map.push({ question: line[1]!, drafts: named, line: item.position!.start.line });
  }
  return map.length > 0 ? { map, open } : undefined;
}

/**
 * The label over such a list, when the block before it is only a short one: "**Reminders**",
 * "Notes for the day:". Undefined for any other block.
 */
export function listLabel(block: Block | undefined): string | undefined {
  if (block?.type !== "paragraph") return undefined;
  const text = tidy(inlineText(block.children)).replace(/\s*:$/, "");
  return text !== "" && !/[.!?\n]/.test(text) && text.split(/\s+/).length <= 4 ? text : undefined;
}

/**
 * A note a list addresses to one story: "- **Crane:** *Why not accept the delay?* → LDs were £10k
 * a week" is a follow-up ready for that story; any other text is a note, after the list's label.
 */
export function addressTo(draft: Draft, text: string, label: string | undefined): void {
  const asked = /^(.{3,300}?\?)\s*(?:→|->|=>|—|–|-(?=\s))\s*(\S.*)$/su.exec(text);
  if (asked) draft.followUps.push({ question: asked[1]!.trim(), answer: asked[2]!.trim() });
  else draft.notes.push(label ? `${label}: ${text}` : text);
}
