import { parseWith } from "@storybank/core/util";
import * as ValueSet from "@storybank/core/valueset";
import type { GraphQLFieldConfigMap } from "graphql";
import { z } from "zod";
import type { Context } from "./context.ts";
import { present, rootField } from "./fields.ts";
import { nonNull, types } from "./types.ts";

/** What REST's POST /v1/value-sets/import takes as its query and text body, as arguments. */
const ImportValueSetArgs = z.strictObject({
  company: z.string().min(1).max(200).meta({ description: "Whose values these are." }),
  name: z.string().min(1).max(200).optional().meta({
    description: 'The set\'s name; by default the title over the values, else "<company> values".',
  }),
  source: z
    .string()
    .max(2_000)
    .optional()
    .meta({ description: "Where the values were copied from (a URL)." }),
  asOf: z.string().max(10).optional().meta({ description: "When they were copied (YYYY-MM-DD)." }),
  document: z
    .string()
    .min(1)
    .meta({ description: "The values as copied: Markdown or plain text." }),
  dryRun: z
    .boolean()
    .default(false)
    .meta({ description: "Answer what the text reads as, and write nothing." }),
});

export const valueSetImportMutations: GraphQLFieldConfigMap<unknown, Context> = {
  importValueSet: rootField("write", {
    type: nonNull(types.object(ValueSet.ImportPlan)),
    description:
      "Create your own value set from a company's values pasted as text (a careers page, a memo): `valueSet` is the new set, null in a dry run; `plan`, `lines` and `warnings` say how the text was read.",
    args: types.args(ImportValueSetArgs, "ImportValueSet"),
    resolve: (args, { db }, owner) => {
      const { document, dryRun, company, name, source, asOf } = parseWith(
        ImportValueSetArgs,
        present(args),
      );
      // As REST reads a body: a byte-order mark is not part of the text.
      return ValueSet.importValueSet(db, owner, {
        text: document.replace(/^\uFEFF/, ""),
        dryRun,
        company,
        name,
        source: source ?? null,
        asOf: asOf ?? null,
      });
    },
  }),
};
