import type {
  BlockContent,
  Code,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
} from "mdast";
import { classify, normalizeLabel } from "../importer/labels.ts";
import { quote, unquote } from "../importer/index.ts";
import { verbatimLang } from "../importer/verbatim.ts";
import * as Story from "../story/index.ts";

/**
 * The pieces a story is written with in Markdown: syntax-tree nodes, prose escaped so that no
 * line reads as a label, and verbatim blocks for fields whose prose would not read back the same.
 */

export type Field = keyof Story.StoryContent;
/** How a field is written: as prose (absent), as verbatim text or JSON, or as escaped JSON. */
export type Mode = "text" | "json" | "armored";
export type Modes = Partial<Record<Field, Mode>>;

export const fields = Object.keys(Story.StoryContent.shape) as Field[];

export const t = (value: string): PhrasingContent => ({ type: "text", value });
export const strong = (value: string): PhrasingContent => ({
  type: "strong",
  children: [t(value)],
});
export const para = (...children: PhrasingContent[]): Paragraph => ({
  type: "paragraph",
  children,
});
export const label = (name: string, rest?: string) =>
  para(strong(`${name}:`), ...(rest ? [escaped(` ${rest}`)] : []).flat());
export const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: "heading",
  depth,
  children: [t(value)],
});
export const item = (...children: BlockContent[]): ListItem => ({
  type: "listItem",
  spread: false,
  children,
});
export const bullets = (texts: string[]): List => ({
  type: "list",
  ordered: false,
  spread: false,
  children: texts.map((text) => item(para(...escaped(text)))),
});

/**
 * Whether a line of prose would read as a label: "Task: …", "S: …", "Situation" alone, or any
 * short "Words:" lead-in, which a reader may take for a label it does not know.
 */
export function labelLike(line: string): boolean {
  const trimmed = line.trim();
  if (!/^[\p{L}\p{N}]/u.test(trimmed)) return false;
  const colon = trimmed.indexOf(":");
  if (colon > 0 && colon <= 80 && trimmed.slice(0, colon).trim().split(/\s+/).length <= 6) {
    return true;
  }
  return (
    trimmed.length <= 80 &&
    (classify(trimmed, null) !== undefined ||
      classify(trimmed, "analysis") !== undefined ||
      /^(star|car|soar|par)\b/.test(normalizeLabel(trimmed)))
  );
}

/** Inline content for text: lines that would read as labels begin with a character reference. */
export function escaped(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  text.split("\n").forEach((line, index) => {
    const lead = index === 0 ? "" : "\n";
    const first = line.codePointAt(0);
    if (first !== undefined && labelLike(line)) {
      const char = String.fromCodePoint(first);
      out.push({ type: "html", value: `${lead}&#${first};` }, t(line.slice(char.length)));
    } else out.push(t(lead + line));
  });
  return out;
}

/** Prose as paragraphs, and as lists where every line of a block is a "- " or "1. " line. */
export function prose(text: string): RootContent[] {
  return text
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== "")
    .map((block): RootContent => {
      const lines = block.split("\n");
      const numbered = lines.map((line) => /^(\d+)\. (\S.*)$/.exec(line));
      const start = Number(numbered[0]?.[1]);
      if (numbered.every((m, i) => m && Number(m[1]) === start + i)) {
        return {
          type: "list",
          ordered: true,
          start,
          spread: false,
          children: numbered.map((m) => item(para(...escaped(m![2]!)))),
        };
      }
      if (lines.every((line) => /^- \S/.test(line))) return bullets(lines.map((l) => l.slice(2)));
      return para(...escaped(block));
    });
}

/** Text as written, in quotes only when its own quotes would otherwise be read as decoration. */
export const keepQuotes = (text: string) => (unquote(text) === text ? text : quote(text));

/** The label a verbatim block of a field stands under, for a reader of the document. */
export const fieldLabels: Partial<Record<Field, string>> = {
  headline: "Headline",
  kind: "Kind",
  tags: "Tags",
  context: "Context",
  questions: "Question Variants",
  situation: "Situation",
  task: "Task",
  actions: "Action",
  results: "Result",
  lessons: "Lessons Learned",
  differently: "What I'd Do Differently",
  takeaway: "Key Takeaway",
  draft: "Draft",
  refined: "Refined Story",
  hooks: "Opening Hook Options",
  followUps: "Follow-up Responses",
  delivery: "Delivery Guidance",
  coachingNotes: "Story Coaching Notes",
  notes: "Notes",
};

/**
 * JSON on one line with every character outside printable ASCII, and every mark a Markdown
 * guard counts (`*`, `_`, `~`, backticks, brackets), written as `\uXXXX` inside strings: text
 * that no reading of the document (mojibake repair, emphasis bounds) can change.
 */
export function armoredJson(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value).replace(
      /[^\x20-\x7e]|[*_~`[\]]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  }
  if (Array.isArray(value)) return `[${value.map(armoredJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${armoredJson(k)}:${armoredJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A field as a verbatim block under its label. */
export function verbatim(story: Story.StoryContent, field: Field, mode: Mode): RootContent[] {
  const value = story[field];
  let code: Code;
  if (mode === "text" && typeof value === "string") {
    code = { type: "code", lang: verbatimLang.text, meta: field, value };
  } else {
    const json = mode === "armored" ? armoredJson(value) : JSON.stringify(value, null, 2);
    code = { type: "code", lang: verbatimLang.json, meta: field, value: json };
  }
  const name = fieldLabels[field];
  return [...(name ? [label(name)] : []), code];
}

/** A point that, written as a paragraph, would not read as a label. */
export const plainPoint = (point: string) => !labelLike(point);
