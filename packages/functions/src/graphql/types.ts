// Schemas only: the bank, checks, sheet and tailoring code is read by the resolvers that run it.
import * as Bank from "@storybank/core/bank/schema";
import * as Check from "@storybank/core/check/schema";
import * as Sheet from "@storybank/core/cheatsheet/schema";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring/schema";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import {
  type GraphQLFieldConfig,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLString,
} from "graphql";
import type { z } from "zod";
import { type Context, ownerWith } from "./context.ts";
import { rethrow } from "./errors.ts";
import { type Extras, ZodTypes } from "./zod.ts";

export const nonNull = <T extends GraphQLOutputType>(type: T) => new GraphQLNonNull(type);
export const listOf = <T extends GraphQLOutputType>(type: T) =>
  new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));

/**
 * A relation GraphQL resolves beyond the stored shape, read through the request's loaders.
 * Reading it is reading: it needs the `read` scope, as the REST route to the same data does.
 */
function relation<T>(
  type: GraphQLOutputType,
  description: string,
  resolve: (source: T, ctx: Context) => unknown,
): GraphQLFieldConfig<unknown, Context> {
  return {
    type,
    description,
    resolve: async (source, _args, ctx) => {
      try {
        ownerWith(ctx, "read");
        return await resolve(source as T, ctx);
      } catch (error) {
        rethrow(error);
      }
    },
  };
}

type Link = z.infer<typeof Story.ValueLink>;

export const formats = ["pdf", "docx"] as const;

const Downloads = new GraphQLObjectType({
  name: "CheatSheetDownloads",
  description: "Paths under this API of the sheet as files; they need the export scope.",
  fields: Object.fromEntries(formats.map((format) => [format, { type: nonNull(GraphQLString) }])),
});

const extras: Map<z.ZodType, Extras> = new Map<z.ZodType, Extras>([
  [
    Story.ValueLink,
    () => ({
      valueSet: relation<Link>(
        types.object(ValueSet.Info),
        "The linked value set; null if it is gone.",
        (link, ctx) => ctx.loaders.valueSet.load(link.valueSetId),
      ),
      value: relation<Link>(
        types.object(ValueSet.Value),
        "The linked value; null if it is gone.",
        async (link, ctx) =>
          (await ctx.loaders.valueSet.load(link.valueSetId))?.values.find(
            (value) => value.key === link.valueKey,
          ) ?? null,
      ),
    }),
  ],
  [
    Target.Told,
    () => ({
      story: relation<Target.Told>(
        types.object(Story.Info),
        "The story told; null if it is gone.",
        (told, ctx) => ctx.loaders.story.load(told.storyId),
      ),
    }),
  ],
  [
    Target.Info,
    () => ({
      valueSets: relation<Target.Info>(
        listOf(types.object(ValueSet.Info)),
        "The target's value sets, in order; any that are gone are left out.",
        async (target, ctx) =>
          (await ctx.loaders.valueSet.loadMany(target.valueSetIds)).filter(
            (set): set is ValueSet.Info => set !== null && !(set instanceof Error),
          ),
      ),
    }),
  ],
  [
    Sheet.SheetView,
    () => ({
      downloads: {
        type: nonNull(Downloads),
        description: "The same sheet as files, from the REST API.",
      },
    }),
  ],
  [
    Tailoring.StoryMatch,
    () => ({
      story: relation<Tailoring.StoryMatch>(
        types.object(Story.Info),
        "The matched story.",
        (match, ctx) => ctx.loaders.story.load(match.storyId),
      ),
    }),
  ],
]);

/** Names for schemas zod leaves unnamed, where the name of their place would mislead. */
const names = new Map<z.ZodType, string>([
  // Story inputs take partial delivery and progress objects.
  [Story.CreateInput.shape.delivery.unwrap(), "Delivery"],
  [Story.CreateInput.shape.progress.unwrap(), "Progress"],
  [Check.BankCheck.shape.valuesWithoutReadyStory.element, "UncoveredValue"],
  [Story.StoryContent, "StoryContent"],
  [Bank.ImportResult.shape.format, "BankFormat"],
]);

export const types: ZodTypes = new ZodTypes(extras, names);
