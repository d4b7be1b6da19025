import * as Check from "@storybank/core/check/schema";
import * as Sheet from "@storybank/core/cheatsheet/schema";
import { chargeExport } from "@storybank/core/ratelimit";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring/schema";
import * as Target from "@storybank/core/target";
import { parseWith } from "@storybank/core/util";
import type { GraphQLFieldConfigMap } from "graphql";
import { z } from "zod";
import type { Context } from "./context.ts";
import { idArg, present, rootField } from "./fields.ts";
import { formats, nonNull, types } from "./types.ts";

/**
 * The checks and the sheet's code (with the tailoring lexicon), read by the first request that
 * runs them rather than at start: the schema needs only their shapes.
 */
const checkCode = () => import("@storybank/core/check");
const sheetCode = () => import("@storybank/core/cheatsheet");

/** A sheet's options: the tailoring's, and the paper. The format is GraphQL's own (JSON). */
const SheetArgs = z.strictObject({
  ...Tailoring.Options.shape,
  paper: Sheet.SheetQuery.shape.paper,
});

/** Where REST serves the same sheet as a file, with the same options. */
export function downloadPath(
  targetId: string,
  { paper, size, includeTold }: z.output<typeof SheetArgs>,
) {
  return Object.fromEntries(
    formats.map((format) => {
      const query = new URLSearchParams({ format, paper });
      if (size !== undefined) query.set("size", String(size));
      if (includeTold) query.set("includeTold", "true");
      return [format, `/v1/targets/${encodeURIComponent(targetId)}/cheat-sheet?${query}`];
    }),
  );
}

/** The checks and the sheet: what REST serves under /check and /cheat-sheet. */
export const sheetQueries: GraphQLFieldConfigMap<unknown, Context> = {
  storyCheck: rootField<{ id: string }>("read", {
    type: nonNull(types.object(Check.StoryCheck)),
    description: "A story held against the craft rules.",
    args: { id: idArg, ...types.args(Check.Query, "StoryCheck") },
    resolve: async ({ id, ...args }, { db }, owner) => {
      const { wpm, targetId } = parseWith(Check.Query, present(args));
      const [story, target] = await Promise.all([
        Story.get(db, owner, id),
        targetId ? Target.get(db, owner, targetId) : undefined,
      ]);
      const { checkStory } = await checkCode();
      return checkStory(story, { wpm, target });
    },
  }),
  bankCheck: rootField("read", {
    type: nonNull(types.object(Check.BankCheck)),
    description: "Readiness per story and for the bank; with a target, its uncovered values.",
    args: types.args(Check.Query, "BankCheck"),
    resolve: async (args, { db }, owner) => {
      const query = parseWith(Check.Query, present(args));
      const { checkBank } = await checkCode();
      return checkBank(db, owner, query);
    },
  }),
  cheatSheet: rootField<{ targetId: string }>(["read", "export"], {
    type: nonNull(types.object(Sheet.SheetView)),
    description: "The one-page sheet for a target: its view model, how it fits, and its files.",
    args: { targetId: idArg, ...types.args(SheetArgs, "CheatSheet") },
    resolve: async ({ targetId, ...args }, { db, limits, principal }, owner) => {
      const { paper, ...options } = parseWith(SheetArgs, present(args));
      await chargeExport(db, principal, limits);
      const { forTarget } = await sheetCode();
      const sheet = await forTarget(db, owner, targetId, options);
      // Loaded on the first sheet, not at start: the fit measures text with the sheet's fonts.
      const { fitReports } = await import("@storybank/export/cheatsheet");
      return {
        sheet,
        fit: fitReports(sheet, paper),
        downloads: downloadPath(targetId, { paper, ...options }),
      };
    },
  }),
};
