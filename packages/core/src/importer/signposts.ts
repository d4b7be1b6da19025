import type { Draft } from "./draft.ts";

type Part = "situation" | "task" | "actions" | "results" | "lessons";

/**
 * How a story told in prose opens each of its parts ("The situation was that…", "My job was…",
 * "So I…", "In the end…", "What I learned…"): the signposts STAR coaching teaches for telling a
 * story aloud.
 */
const signposts: [RegExp, Part][] = [
  [
    /^(?:the )?(?:situation|background|context|setting) (?:was|is)\b|^back in (?:\d{4}|early|late|the)\b/i,
    "situation",
  ],
  [
    /^(?:my|our) (?:job|task|role|goal|brief|remit|responsibility) (?:was|is)\b|^i (?:was asked|was tasked|needed) to\b/i,
    "task",
  ],
  [
    /^(?:so )?what i did\b|^so i\b|^(?:first|firstly),? i\b|^i started by\b|^my approach was\b/i,
    "actions",
  ],
  [
    /^in the end\b|^as a result\b|^the (?:result|outcome|upshot) (?:was|is)\b|^by the end of\b/i,
    "results",
  ],
  [
    /^(?:what )?i learn(?:ed|t)\b|^the (?:lesson|takeaway) (?:was|is|i took)\b|^looking back\b/i,
    "lessons",
  ],
];

/** The part a paragraph's signpost opens, after an answer's "A." or "A:" mark. */
const partOf = (paragraph: string): Part | undefined => {
  const text = paragraph.trim().replace(/^A[.:]\s+/, "");
  return signposts.find(([pattern]) => pattern.test(text))?.[1];
};

/**
 * Moves the paragraphs of a story told in prose (its `draft`) into the parts their signposts
 * open, each paragraph after a signposted one going with it, when at least three different parts
 * are signposted and the story has none of them under labels. Paragraphs before the first
 * signpost stay in the draft. The first signpost must open the situation. Nothing is dropped: every paragraph lands in one field.
 */
export function signpostedParts(draft: Draft): void {
  const paragraphs = draft.text.draft ?? [];
  const parts = paragraphs.map(partOf);
  // "The situation was…" opening the telling is what marks it as told by its parts; an answer
  // that only passes through "My job was…" and "In the end…" stays one telling.
  if (parts.find(Boolean) !== "situation" || new Set(parts.filter(Boolean)).size < 3) return;
  const labelled =
    draft.text.situation || draft.text.task || draft.actions.length > 0 || draft.results.length > 0;
  if (labelled) return;
  const kept: string[] = [];
  let current: Part | undefined;
  paragraphs.forEach((paragraph, index) => {
    current = parts[index] ?? current;
    if (current === undefined) return void kept.push(paragraph);
    if (current === "actions" || current === "results") {
      const sections = draft[current];
      if (sections.length === 0) sections.push({ points: [] });
      sections[0]!.points.push(paragraph);
    } else (draft.text[current] ??= []).push(paragraph);
  });
  draft.text.draft = kept.length > 0 ? kept : undefined;
}
