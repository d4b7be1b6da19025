import * as Bank from "@storybank/core/bank/schema";
import { chargeExport } from "@storybank/core/ratelimit";
import { parseWith } from "@storybank/core/util";
import { type GraphQLFieldConfigMap, GraphQLString } from "graphql";
import { z } from "zod";
import type { Context } from "./context.ts";
import { present, rootField } from "./fields.ts";
import { nonNull, types } from "./types.ts";

/** The importer and exporter, read on the first import or export rather than at start. */
const bankCode = () => import("@storybank/core/bank");

/** The bank's two document formats, as import reports them. */
const Format = Bank.ImportResult.shape.format;

/** What REST's POST /v1/import takes as a body and `?dryRun`, as arguments. */
const ImportArgs = z.strictObject({
  format: Format,
  document: z
    .string()
    .min(1)
    .meta({ description: "The Markdown story document or the JSON bank, as text." }),
  dryRun: z
    .boolean()
    .default(false)
    .meta({ description: "Report what the import would do, and write nothing." }),
});

const ExportArgs = z.strictObject({ format: Format.default("json") });

export const bankQueries: GraphQLFieldConfigMap<unknown, Context> = {
  exportBank: rootField(["read", "export"], {
    type: nonNull(GraphQLString),
    description:
      "The whole bank as a document: the portable JSON bank (with its `$schema`), or the stories as Markdown that imports back to them.",
    args: types.args(ExportArgs, "ExportBank"),
    resolve: async (args, { db, limits, principal }, owner) => {
      const { format } = parseWith(ExportArgs, present(args));
      await chargeExport(db, principal, limits);
      const { exportJson, exportMarkdown } = await bankCode();
      return format === "markdown"
        ? exportMarkdown(db, owner)
        : JSON.stringify(await exportJson(db, owner));
    },
  }),
};

export const bankMutations: GraphQLFieldConfigMap<unknown, Context> = {
  importDocument: rootField("write", {
    type: nonNull(types.object(Bank.ImportResult)),
    description:
      "Import a Markdown story document or a JSON bank, all of it or none; a story matches an existing one by title.",
    args: types.args(ImportArgs, "ImportDocument"),
    resolve: async (args, { db }, owner) => {
      const { format, document, dryRun } = parseWith(ImportArgs, present(args));
      const { importDocument } = await bankCode();
      // As REST reads a body: a byte-order mark is not part of the document.
      return importDocument(db, owner, {
        format,
        text: document.replace(/^\uFEFF/, ""),
        dryRun,
      });
    },
  }),
};
