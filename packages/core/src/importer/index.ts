import { AppError, invalid } from "../error/index.ts";
import { type ImportedStory, readDocument } from "./document.ts";
import { introQuestions } from "./question-label.ts";
import { fromEmojiKey, fromLetterKey } from "./emoji-key.ts";
import { frontMatterEmployer, frontMatterOfStory, stripFrontMatter } from "./frontmatter.ts";
import { fromWikiMarkup } from "./wiki.ts";
import { guardMarkdown } from "./guard.ts";
import { fromLightweightMarkup } from "./lightweight.ts";
import { fromChatExport } from "./chat.ts";
import { fromFlashcards } from "./flashcards.ts";
import { fromGridTables } from "./grid-tables.ts";
import { fromPlainText } from "./plain.ts";
import { htmlToMarkdown, isHtml } from "./html.ts";
import { htmlReport } from "./html-lines.ts";
import type { Root, RootContent } from "mdast";
import { splitLines } from "./markdown.ts";
import { parseMarkdown } from "./parse.ts";
import { repairMojibake } from "./mojibake.ts";
import { readStructured, spliceTables, withWarnings } from "./structured.ts";
import { applyVerbatim, takeVerbatim } from "./verbatim.ts";
import type { Warning } from "./reader.ts";
import type { ValueSetRef } from "./values.ts";

export { repairMojibake } from "./mojibake.ts";
export { decodeText } from "./text.ts";
export { guardLimits } from "./guard.ts";
export { htmlToMarkdown, isHtml } from "./html.ts";
export { htmlLimits } from "./html-guard.ts";
export { nameOf, resolveValues, type ValueLink, type ValueSetRef } from "./values.ts";
export { quote, unquote } from "./markdown.ts";
export type { ImportedStory } from "./document.ts";
export type { Warning } from "./reader.ts";

export const limits = {
  /** Stories one document may hold. */
  stories: 200,
} as const;

export interface MarkdownImport {
  stories: ImportedStory[];
  warnings: Warning[];
}

/**
 * Reads a story document: repairs mis-decoded text, sets YAML front matter aside, parses the
 * Markdown and places each part of each story, with a line map per story. Any text is read as at
 * least one story. A document in HTML (see `isHtml`) is first converted to Markdown, and the
 * first warning says so. Fails (400) when the document is blank or marked up beyond the guard's
 * bounds, and (413) when it is too large or holds too many stories.
 */
export function readMarkdown(input: string, sets: ValueSetRef[]): MarkdownImport {
  const html = isHtml(input) ? htmlToMarkdown(input) : undefined;
  const text = html?.markdown ?? input;
  guardMarkdown(text);
  const binary = controlCharacterAt(text);
  if (binary >= 0) {
    const line = text.slice(0, binary).split("\n").length;
    throw invalid("The document is not text: it holds control characters.", [
      { path: "body", message: `Control character U+${hex(text[binary]!)} on line ${line}.` },
    ]);
  }
  // A lone carriage return (classic Mac OS) ends a line for the Markdown parser: it ends one for
  // the line map too, so both count the same lines.
  // "𝗖𝗵𝗮𝗹𝗹𝗲𝗻𝗴𝗲:" (a LinkedIn post's "bold"): styled letters read as the letters they style.
  const repaired = repairMojibake(
    text
      .replace(/^\uFEFF/, "")
      .replace(/\r(?!\n)/g, "\n")
      .replace(/[\u{1D400}-\u{1D7FF}]/gu, (letter) => letter.normalize("NFKC"))
      // "1️⃣ The Black Friday till queue": a keycap number opens a numbered line.
      .replace(/^([ \t]*)(\d)\uFE0F?\u20E3[ \t]*/gmu, "$1$2. ")
      // "[Question:]{.underline}": a pandoc span (the Pandoc User's Guide, "Bracketed spans")
      // reads as its text.
      .replace(/(?<!\\)\[([^[\]\n]*)(?<!\\)\]\{(?:[#.][^{}\n]*|[\w-]+=[^{}\n]*)\}/g, "$1"),
  );
  const { text: stripped, data: frontMatter } = stripFrontMatter(repaired);
  // Records pasted as text (a spreadsheet range, form responses, `gh issue view`): story tables.
  const markup = fromLightweightMarkup(fromWikiMarkup(stripped));
  const records = readStructured(markup.text);
  const chat = fromChatExport(records.text);
  const body = fromLetterKey(
    fromEmojiKey(fromPlainText(fromGridTables(fromFlashcards(chat.text)))),
  );
  const root = spliceTables(messagesApart(parseMarkdown(body), chat.starts), records.tables);
  const verbatim = takeVerbatim(root);
  const read = readDocument(root, sets, records.restore(body), {
    employer: frontMatterEmployer(frontMatter),
  });
  const { stories } = read;
  // An Obsidian or Jekyll note of one story: its front matter's tags and role are the story's.
  if (stories.length === 1) {
    const [{ input, line }] = stories as [ImportedStory];
    frontMatterOfStory(input, frontMatter);
    // A post about one story: the question its introduction quotes is the one it answers.
    if (!input.questions?.length) {
      const asked = introQuestions(
        body
          .split("\n")
          .slice(0, line - 1)
          .join("\n"),
      );
      if (asked.length > 0) input.questions = asked.slice(0, 3);
    }
  }
  const warnings = withWarnings(read.warnings, [
    ...markup.warnings,
    ...records.warnings,
    ...chat.warnings,
  ]);
  applyVerbatim(stories, verbatim, warnings);
  if (stories.length === 0) {
    // Any text at all is read as at least one story; only a blank document holds none.
    throw invalid("The document is empty.", [
      { path: "body", message: "The document holds no text to read stories from." },
    ]);
  }
  if (stories.length > limits.stories) {
    throw new AppError(
      "too_large",
      "too_many_stories",
      `The document holds ${stories.length} stories; one import takes at most ${limits.stories}.`,
    );
  }
  return html ? htmlReport(html, { stories, warnings }) : { stories, warnings };
}

/** Where the first C0 control character other than tab, line feed, form feed or return is. */
function controlCharacterAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return i;
  }
  return -1;
}

const hex = (char: string) => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** Each chat message a paragraph of its own, though no blank line stood between them. */
function messagesApart(root: Root, starts: Set<number>): Root {
  if (starts.size === 0) return root;
  const children = root.children.flatMap((block): RootContent[] =>
    block.type === "paragraph" ? splitLines(block, (_line, at) => starts.has(at)) : [block],
  );
  return { ...root, children };
}
