import type { Scope } from "@storybank/core/apikey";
import * as Check from "@storybank/core/check";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import type { ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import type { z } from "zod";
import type { ToolContext } from "./context.ts";
import * as In from "./inputs.ts";
import type { ToolOutput } from "./results.ts";
import { cheatSheet } from "./sheet.ts";

/**
 * One MCP tool: its arguments (a core schema), the scopes the caller must hold (as the REST route
 * demands them), and what it does, through the same core function as that route.
 */
export interface Tool<S extends z.ZodType = z.ZodType> {
  name: string;
  title: string;
  description: string;
  input: S;
  scopes: Scope[];
  annotations: ToolAnnotations;
  run(ctx: ToolContext, input: z.output<S>): Promise<ToolOutput>;
}

const tool = <S extends z.ZodType>(t: Tool<S>): Tool => t as unknown as Tool;

const json = async (value: Promise<object>): Promise<ToolOutput> => ({
  structured: (await value) as Record<string, unknown>,
});

const reads: ToolAnnotations = { readOnlyHint: true, openWorldHint: false };
const writes: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: false,
  openWorldHint: false,
};

/** Every tool, in the order an assistant meets them. */
export const tools: Tool[] = [
  tool({
    name: "search_stories",
    title: "Search stories",
    description:
      "List the bank's stories, oldest first, filtered by tag, kind, linked value (`valueKey` or `valueSetId:valueKey`) or free text `q`; `{ items, nextCursor }`, pass `cursor` for the next page.",
    input: In.SearchStories,
    scopes: ["read"],
    annotations: reads,
    run: ({ db, principal }, input) => json(Story.list(db, principal.owner, input)),
  }),
  tool({
    name: "get_story",
    title: "Read a story",
    description: "One story, every STAR field, with its `version` (send it back to update).",
    input: In.GetStory,
    scopes: ["read"],
    annotations: reads,
    run: ({ db, principal }, { id }) => json(Story.get(db, principal.owner, id)),
  }),
  tool({
    name: "create_story",
    title: "Create a story",
    description:
      "A new STAR story; only `title` is required. Answers the story with its id and version 1.",
    input: In.CreateStory,
    scopes: ["write"],
    annotations: writes,
    run: ({ db, principal }, input) => json(Story.create(db, principal.owner, input)),
  }),
  tool({
    name: "update_story",
    title: "Update a story",
    description:
      "Change a story: each named field is replaced (context, delivery and progress merge key by key). Send the `version` you read; a stale one fails with `version_conflict` (409): read it again.",
    input: In.UpdateStory,
    scopes: ["write"],
    annotations: { ...writes, idempotentHint: true },
    run: ({ db, principal }, { id, ...patch }) =>
      json(Story.update(db, principal.owner, id, patch)),
  }),
  tool({
    name: "import_document",
    title: "Import a story document",
    description:
      "Read a Markdown story document (STAR sections, question variants, refined story, practice notes …; one saved as HTML, such as a web page or a Google Docs export, is read as the Markdown it means) or a JSON bank into stories. By default a dry run: answers what it would create, update or leave alone, with warnings for text it could not place, and writes nothing; call again with `dryRun: false` to write it, all or none. A story matches an existing one by title, so importing twice adds nothing.",
    input: In.ImportDocument,
    scopes: ["write"],
    annotations: { ...writes, idempotentHint: true },
    run: async ({ db, principal }, { format, document, dryRun }) => {
      // Loaded here: the Markdown parser stays out of a start that imports nothing.
      const { importDocument } = await import("@storybank/core/bank");
      // As REST reads a body: a byte-order mark is not part of the document.
      const text = document.replace(/^\uFEFF/, "");
      return json(importDocument(db, principal.owner, { format, text, dryRun }));
    },
  }),
  tool({
    name: "list_value_sets",
    title: "List value sets",
    description:
      "The built-in value sets (Amazon's Leadership Principles, Netflix's culture, the Staff+ signals …), then your own, each with its values (key, name, description). Use their ids in a target's `valueSetIds`.",
    input: In.ListValueSets,
    scopes: ["read"],
    annotations: reads,
    run: ({ db, principal }, input) => json(ValueSet.list(db, principal.owner, input)),
  }),
  tool({
    name: "create_target",
    title: "Create a target",
    description:
      "What a cheat sheet is tailored for: a company (required), role, value set ids, interview date, questions to prepare and notes.",
    input: In.CreateTarget,
    scopes: ["write"],
    annotations: writes,
    run: ({ db, principal }, input) => json(Target.create(db, principal.owner, input)),
  }),
  tool({
    name: "list_targets",
    title: "List targets",
    description: "The targets, oldest first; `{ items, nextCursor }`.",
    input: In.ListTargets,
    scopes: ["read"],
    annotations: reads,
    run: ({ db, principal }, input) => json(Target.list(db, principal.owner, input)),
  }),
  tool({
    name: "get_target",
    title: "Read a target",
    description: "One target, with its value sets, questions and `told` log.",
    input: In.GetTarget,
    scopes: ["read"],
    annotations: reads,
    run: ({ db, principal }, { id }) => json(Target.get(db, principal.owner, id)),
  }),
  tool({
    name: "tailor",
    title: "Tailor the bank to a target",
    description:
      "Every story scored against every value of the target's value sets by meaning, with reasons naming the words on both sides: best and backup story per value, a covering set of stories (`selected`), the `gaps`, and a story for each of the target's questions.",
    input: In.Tailor,
    scopes: ["read"],
    annotations: reads,
    run: ({ db, principal }, { targetId, ...options }) =>
      json(Tailoring.forTarget(db, principal.owner, targetId, options)),
  }),
  tool({
    name: "check_story",
    title: "Check a story",
    description:
      "A story held against the craft rules (STAR section lengths, numbers in results, 45–60 s refined telling at `wpm`, “I” over “we”, placeholders, a lesson; with `targetId`, a connection to its company): findings with code, severity, field and message, and a readiness figure (0–100).",
    input: In.CheckStory,
    scopes: ["read"],
    annotations: reads,
    run: async ({ db, principal }, { id, wpm, targetId }) => {
      const [story, target] = await Promise.all([
        Story.get(db, principal.owner, id),
        targetId ? Target.get(db, principal.owner, targetId) : undefined,
      ]);
      return { structured: Check.checkStory(story, { wpm, target }) };
    },
  }),
  tool({
    name: "log_practice",
    title: "Log a practice telling",
    description:
      "Record a timed telling of a story (`seconds`; `variant` `refined` for the 45–60 s version, `full` for 3–5 minutes); it counts in the story's progress.",
    input: In.LogPractice,
    scopes: ["write"],
    annotations: writes,
    run: ({ db, principal }, { storyId, ...entry }) =>
      json(Practice.record(db, principal.owner, storyId, entry)),
  }),
  tool({
    name: "get_cheat_sheet",
    title: "Get the cheat sheet",
    description:
      "The one-page cheat sheet for a target (needs the export scope; counts against the daily export budget). `json` (default): the view model and how it fits each format, naming anything shrunk or left off. `pdf` or `docx`: the file as an embedded resource.",
    input: In.GetCheatSheet,
    scopes: ["read", "export"],
    annotations: reads,
    run: cheatSheet,
  }),
];
