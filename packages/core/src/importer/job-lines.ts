import { combinedContext } from "./context-field.ts";
import { splitLabelText } from "./fieldtext.ts";
import { type ContextKey, classify } from "./labels.ts";
import { type Block, inlineText, lineOf, tidy } from "./markdown.ts";

/** One context field as a line gives it: "Role: Branch Manager" is `{ key: "role", text }`. */
export interface ContextField {
  key: ContextKey;
  text: string;
}

/**
 * The lines between a group's heading (at `index`) and its first story (at line `first`) when
 * they only describe the job the stories come from: "Role / Dates: Branch Manager, Leith Walk /
 * Apr 2020 – present", "Team: 9". Returns the fields in order, the blocks that hold them and
 * their line spans; undefined when there are none or when any line says something else.
 */
export function jobLines(
  blocks: Block[],
  index: number,
  first: number,
  taken: boolean[],
):
  | {
      fields: ContextField[];
      blocks: number[];
      lines: { from: number; to: number; field: "context" }[];
    }
  | undefined {
  const fields: ContextField[] = [];
  const at: number[] = [];
  const lines: { from: number; to: number; field: "context" }[] = [];
  for (let i = index + 1; i < blocks.length && lineOf(blocks[i]!) < first; i++) {
    const block = blocks[i]!;
    const read = block.type === "paragraph" ? fieldsOf(inlineText(block.children)) : undefined;
    // A block a story already holds is its own, whatever it says; one that holds job lines
    // still shows that the heading names an employer.
    if (taken[i]) {
      fields.push(...(read ?? []));
      continue;
    }
    if (!read) return undefined;
    fields.push(...read);
    at.push(i);
    lines.push({
      from: lineOf(block),
      to: block.position?.end.line ?? lineOf(block),
      field: "context",
    });
  }
  return fields.length > 0 ? { fields, blocks: at, lines } : undefined;
}

/** The fields of a paragraph whose every line is a context label line; undefined otherwise. */
function fieldsOf(text: string): ContextField[] | undefined {
  const fields: ContextField[] = [];
  for (const line of text.split("\n")) {
    const split = splitLabelText(tidy(line));
    if (!split || split.rest === "") return undefined;
    const slot = classify(split.label, null);
    const several = combinedContext(split.label, split.rest);
    if (several) fields.push(...several);
    else if (slot?.kind === "contextField") fields.push({ key: slot.key, text: split.rest });
    else return undefined;
  }
  return fields;
}
