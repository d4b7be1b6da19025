import * as Bank from "@storybank/core/bank/schema";
import * as Check from "@storybank/core/check";
import * as Sheet from "@storybank/core/cheatsheet";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { z } from "zod";
import { IdParam } from "../rest/schemas.ts";

/**
 * The tools' arguments: core's schemas as REST takes them, with the path's ids (1–100 characters,
 * as REST checks them) and query options beside the body's fields in one object.
 */

const id = (description: string) => IdParam.shape.id.meta({ description });

const storyId = id("The story's id (`sty_…`).");
const targetId = id("The target's id (`tgt_…`).");

export const SearchStories = Story.ListQuery;

export const GetStory = z.strictObject({ id: storyId });

export const CreateStory = Story.CreateInput;

export const UpdateStory = Story.PatchInput.extend({ id: storyId });

export const ImportDocument = z.strictObject({
  format: Bank.ImportResult.shape.format
    .default("markdown")
    .meta({ description: "`markdown` for a story document, `json` for an exported bank." }),
  document: z
    .string()
    .min(1)
    .meta({ description: "The Markdown story document or the JSON bank, as text." }),
  dryRun: z.boolean().default(true).meta({
    description:
      "Report what the import would do and write nothing (the default); `false` to write it, all or none.",
  }),
});

export const ListValueSets = ValueSet.ListQuery;

export const CreateTarget = Target.CreateInput;

export const ListTargets = Target.ListQuery;

export const GetTarget = z.strictObject({ id: targetId });

export const Tailor = Tailoring.Options.extend({ targetId });

export const CheckStory = Check.Query.extend({ id: storyId });

export const LogPractice = Practice.RecordInput.extend({ storyId });

export const GetCheatSheet = Tailoring.Options.extend({
  targetId,
  format: Sheet.SheetFormat.default("json").meta({
    description:
      "`json`: the view model and how it fits (what was shrunk or left off); `pdf` or `docx`: the file, as an embedded resource.",
  }),
  paper: Sheet.SheetQuery.shape.paper,
});
