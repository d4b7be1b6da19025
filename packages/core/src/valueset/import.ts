import type { Db } from "../db/index.ts";
import { AppError, invalid } from "../error/index.ts";
import { parseWith } from "../util/index.ts";
import { create } from "./index.ts";
import { CreateInput } from "./schema.ts";
import { type ImportPlan, type ReadOptions, readLimits, readValueSet } from "./read.ts";

export interface ValueSetImportRequest extends ReadOptions {
  /** The pasted values, already decoded from UTF-8. */
  text: string;
  /** Read and report only; write nothing. */
  dryRun: boolean;
}

/**
 * Imports a company's values pasted as text (Markdown or plain) as a value set of the owner's:
 * one create, or nothing in a dry run. Answers the set as read, where each value came from and
 * a warning for each line that is not part of a value. Fails with 413 beyond `readLimits`, and
 * with 400 when the text holds control characters, no value, or a value set the schema refuses
 * (a blank company or name, an invalid `asOf` or `source`).
 */
export async function importValueSet(
  db: Db,
  owner: string,
  request: ValueSetImportRequest,
): Promise<ImportPlan> {
  const { text, dryRun, ...options } = request;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > readLimits.bytes) {
    throw new AppError(
      "too_large",
      "document_too_large",
      `The text is ${bytes} bytes; a value set import takes at most ${readLimits.bytes}.`,
    );
  }
  const lineCount = text.split(/\r\n|\r|\n/).length;
  if (lineCount > readLimits.lines) {
    throw new AppError(
      "too_large",
      "document_too_large",
      `The text has ${lineCount} lines; a value set import takes at most ${readLimits.lines}.`,
    );
  }
  const control = controlAt(text);
  if (control >= 0) {
    const line = text.slice(0, control).split("\n").length;
    throw invalid("The text holds control characters.", [
      { path: "body", message: `Control character on line ${line}.` },
    ]);
  }
  const read = readValueSet(text, options);
  if (read.input.values.length === 0) {
    throw invalid("The text holds no values.", [
      {
        path: "body",
        message:
          'No value found: paste one value per line ("Ownership — Leaders are owners…"), as bullets with bold names, or as headings over their descriptions.',
      },
    ]);
  }
  // Checked in a dry run too, so a dry run fails exactly where the import would.
  const plan = parseWith(CreateInput, read.input);
  const valueSet = dryRun ? null : await create(db, owner, plan);
  return { dryRun, valueSet, plan, lines: read.lines, warnings: read.warnings };
}

/** Where the first C0 control character other than tab, line feed, form feed or CR is. */
function controlAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return i;
  }
  return -1;
}
