import type { Db } from "../db/index.ts";
import * as Practice from "../practice/index.ts";
import * as Story from "../story/index.ts";
import * as Target from "../target/index.ts";
import { nowIso } from "../util/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { valueSetsOf } from "./import.ts";
import { toMarkdown } from "./markdown.ts";
import { type Bank, schemaUrl, version } from "./schema/index.ts";
import { contentOf } from "./write.ts";

/** The owner's whole bank as one versioned JSON document. */
export async function exportJson(db: Db, owner: string): Promise<Bank> {
  const [stories, valueSets, targets, practice] = await Promise.all([
    Story.all(db, owner),
    ValueSet.own(db, owner),
    Target.all(db, owner),
    Practice.all(db, owner),
  ]);
  return {
    $schema: schemaUrl,
    version,
    exportedAt: nowIso(),
    stories,
    valueSets,
    targets,
    practice,
  };
}

/** The owner's stories as a Markdown document that imports back to the same stories. */
export async function exportMarkdown(db: Db, owner: string): Promise<string> {
  const [stories, sets] = await Promise.all([Story.all(db, owner), valueSetsOf(db, owner)]);
  return toMarkdown(stories.map(contentOf), sets);
}
