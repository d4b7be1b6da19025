import type { Code, Root } from "mdast";
import { StoryContent } from "../story/schema.ts";
import type { ImportedStory } from "./document.ts";
import { type Warning, excerptOf } from "./reader.ts";

/**
 * Verbatim fields: a fenced code block whose info string is `storybank-text <field>` or
 * `storybank-json <field>` gives one field of the story it stands in, exactly. The Markdown
 * export writes one where a field's text cannot be carried by prose (runs of blank lines,
 * leading or trailing spaces, control characters, text that would read as a label):
 *
 * ````markdown
 * **Situation:**
 *
 * ```storybank-text situation
 *   Indented, with a trailing space
 *
 *
 * and two blank lines kept.
 * ```
 * ````
 *
 * `storybank-text` takes the block's content as the field's string; `storybank-json` takes it as
 * the field's JSON value (any field: `tags`, `followUps`, `progress`, …). The block belongs to
 * the story whose heading comes last before it and replaces whatever the story's prose gave that
 * field. A block that names no field, names a field the wrong way or holds invalid JSON is left
 * in the document as ordinary text.
 */

export const verbatimLang = { text: "storybank-text", json: "storybank-json" } as const;

export interface VerbatimField {
  /** The line where the block starts (1-based). */
  line: number;
  endLine: number;
  field: keyof StoryContent;
  value: unknown;
}

const fieldSchemas = StoryContent.shape;
const isField = (name: string): name is keyof StoryContent => Object.hasOwn(fieldSchemas, name);

/** The field a block gives, or undefined when it is not a well-formed verbatim block. */
function fieldOf(code: Code): VerbatimField | undefined {
  const name = code.meta?.trim() ?? "";
  if (!isField(name)) return undefined;
  let value: unknown;
  if (code.lang === verbatimLang.text) value = code.value;
  else if (code.lang === verbatimLang.json) {
    try {
      value = JSON.parse(code.value);
    } catch {
      return undefined;
    }
  } else return undefined;
  if (!fieldSchemas[name].safeParse(value).success) return undefined;
  return {
    line: code.position?.start.line ?? 0,
    endLine: code.position?.end.line ?? 0,
    field: name,
    value,
  };
}

/**
 * Takes the verbatim blocks out of a parsed document (top-level blocks only), so the story
 * reader never sees them as text. Returns them in document order.
 */
export function takeVerbatim(root: Root): VerbatimField[] {
  const taken: VerbatimField[] = [];
  root.children = root.children.filter((block) => {
    if (block.type !== "code" || !block.lang?.startsWith("storybank-")) return true;
    const field = fieldOf(block);
    if (field) taken.push(field);
    return field === undefined;
  });
  return taken;
}

/**
 * Gives each story the verbatim fields written under it (after its heading line and before the
 * next story's). A block before the first story is reported as a warning.
 */
export function applyVerbatim(
  stories: ImportedStory[],
  fields: VerbatimField[],
  warnings: Warning[],
): void {
  for (const field of fields) {
    const story = stories.findLast((s) => s.line <= field.line);
    if (!story) {
      warnings.push({
        line: field.line,
        endLine: field.endLine,
        message: `The verbatim ${field.field} block comes before any story.`,
        excerpt: excerptOf(JSON.stringify(field.value)),
      });
      continue;
    }
    (story.input as Record<string, unknown>)[field.field] = field.value;
    story.endLine = Math.max(story.endLine, field.endLine);
  }
}
