import { recoverBatches } from "../db/batch.ts";
import type { Db } from "../db/index.ts";
import { readMarkdown } from "../importer/index.ts";
import * as Story from "../story/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { capErrors } from "./json.ts";
import { restoreBank } from "./restore.ts";
import type { ImportResult } from "./schema/index.ts";
import { planStories, writeStories } from "./write.ts";

export type ImportFormat = "markdown" | "json";

export interface ImportRequest {
  format: ImportFormat;
  /** The document, already decoded from UTF-8. */
  text: string;
  /** Plan and report only; write nothing. */
  dryRun: boolean;
}

/** The value sets a document's "<Company> Values:" line can name: built-ins, then the owner's. */
export async function valueSetsOf(db: Db, owner: string): Promise<ValueSet.Info[]> {
  return [...ValueSet.builtIns, ...(await ValueSet.own(db, owner))];
}

/**
 * Imports a Markdown story document or a JSON bank into the owner's bank: all of it or none of
 * it, even across a crash (see `writeAllOrNone`). Stories are matched to the owner's existing
 * ones by title (see `titleKey`), so importing the same document twice changes nothing the
 * second time. An earlier import of the owner's that died part-way is undone first.
 */
export async function importDocument(
  db: Db,
  owner: string,
  request: ImportRequest,
): Promise<ImportResult> {
  await recoverBatches(db, owner);
  try {
    return await importText(db, owner, request);
  } catch (error) {
    throw capErrors(error);
  }
}

async function importText(db: Db, owner: string, request: ImportRequest): Promise<ImportResult> {
  if (request.format === "json") return restoreBank(db, owner, request.text, request.dryRun);
  const { stories, warnings } = readMarkdown(request.text, await valueSetsOf(db, owner));
  const plans = planStories(
    await Story.all(db, owner),
    stories.map((story) => ({ input: story.input, line: story.line })),
  );
  const written = request.dryRun
    ? plans.map((plan) => plan.current)
    : await writeStories(db, owner, plans);
  return {
    format: "markdown",
    dryRun: request.dryRun,
    stories: plans.map((plan, index) => ({
      action: plan.action,
      id: written[index]?.id ?? null,
      line: plan.line,
      story: plan.content,
      lines: stories[index]!.lines,
    })),
    valueSets: [],
    targets: [],
    practice: { created: 0, unchanged: 0 },
    warnings,
  };
}
