import type { Heading, Paragraph } from "mdast";
import type { Block } from "./markdown.ts";

/**
 * A story heading made for a story whose start is not a Markdown heading (a "Q:" line, a ruled or
 * numbered title line, a list item, a "Story:" line): depth 6, the title as its text, placed at
 * the line it was read from, and `data.synthetic` naming what it was made from so the reader can
 * tell it from a heading the author wrote.
 */
export const storyHeading = (
  title: string,
  at: Block | Paragraph,
  synthetic: "list-item" | "question" | "ruled" | "story-line" | "aside",
): Heading => ({
  type: "heading",
  depth: 6,
  children: [{ type: "text", value: title }],
  position: { start: at.position!.start, end: at.position!.start },
  data: { synthetic } as Heading["data"],
});

/** A "**Label:** text" paragraph made at `at`'s lines, read as that label and its text. */
export const labelParagraph = (label: string, text: string, at: Block | Paragraph): Paragraph => ({
  type: "paragraph",
  children: [
    { type: "strong", children: [{ type: "text", value: `${label}:` }] },
    { type: "text", value: ` ${text}` },
  ],
  position: at.position,
});
