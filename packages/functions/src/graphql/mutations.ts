import * as ApiKey from "@storybank/core/apikey";
import * as Practice from "@storybank/core/practice";
import { countDaily } from "@storybank/core/ratelimit";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { type GraphQLFieldConfigMap, GraphQLID, GraphQLNonNull } from "graphql";
import type { Context } from "./context.ts";
import { idArg, rootField } from "./fields.ts";
import { nonNull, types } from "./types.ts";

const input = (schema: Parameters<typeof types.input>[0]) => ({
  type: new GraphQLNonNull(types.input(schema)),
});
const deleted = (what: string) => ({
  type: new GraphQLNonNull(GraphQLID),
  description: `Delete ${what}; answers its id.`,
});

type WithInput = { input: unknown };
type WithId = { id: string };

/** Every mutation needs the `write` scope; updates carry the version they read. */
export const mutations: GraphQLFieldConfigMap<unknown, Context> = {
  createStory: rootField<WithInput>("write", {
    type: nonNull(types.object(Story.Info)),
    description: "Create a story; only the title is required.",
    args: { input: input(Story.CreateInput) },
    resolve: (args, { db }, owner) => Story.create(db, owner, args.input),
  }),
  updateStory: rootField<WithId & WithInput>("write", {
    type: nonNull(types.object(Story.Info)),
    description: "Change a story, with the version you read (stale → CONFLICT).",
    args: { id: idArg, input: input(Story.PatchInput) },
    resolve: (args, { db }, owner) => Story.update(db, owner, args.id, args.input),
  }),
  deleteStory: rootField<WithId>("write", {
    ...deleted("a story"),
    args: { id: idArg },
    resolve: async ({ id }, { db }, owner) => (await Story.remove(db, owner, id), id),
  }),
  createValueSet: rootField<WithInput>("write", {
    type: nonNull(types.object(ValueSet.Info)),
    description: "Create your own value set.",
    args: { input: input(ValueSet.CreateInput) },
    resolve: (args, { db }, owner) => ValueSet.create(db, owner, args.input),
  }),
  updateValueSet: rootField<WithId & WithInput>("write", {
    type: nonNull(types.object(ValueSet.Info)),
    description: "Change one of your value sets, with the version you read.",
    args: { id: idArg, input: input(ValueSet.PatchInput) },
    resolve: (args, { db }, owner) => ValueSet.update(db, owner, args.id, args.input),
  }),
  deleteValueSet: rootField<WithId>("write", {
    ...deleted("one of your value sets"),
    description:
      "Delete one of your value sets; answers its id. A set that targets name is not deleted (CONFLICT, naming each target in `extensions.errors`): take it out of their valueSetIds first.",
    args: { id: idArg },
    resolve: async ({ id }, { db }, owner) => (await ValueSet.remove(db, owner, id), id),
  }),
  createTarget: rootField<WithInput>("write", {
    type: nonNull(types.object(Target.Info)),
    description: "Create a target; only the company is required.",
    args: { input: input(Target.CreateInput) },
    resolve: (args, { db }, owner) => Target.create(db, owner, args.input),
  }),
  updateTarget: rootField<WithId & WithInput>("write", {
    type: nonNull(types.object(Target.Info)),
    description: "Change a target, with the version you read (stale → CONFLICT).",
    args: { id: idArg, input: input(Target.PatchInput) },
    resolve: (args, { db }, owner) => Target.update(db, owner, args.id, args.input),
  }),
  deleteTarget: rootField<WithId>("write", {
    ...deleted("a target"),
    args: { id: idArg },
    resolve: async ({ id }, { db }, owner) => (await Target.remove(db, owner, id), id),
  }),
  logPractice: rootField<{ storyId: string } & WithInput>("write", {
    type: nonNull(types.object(Practice.Info)),
    description: "Record a timed telling; it counts in the story's progress.",
    args: { storyId: idArg, input: input(Practice.RecordInput) },
    resolve: (args, { db }, owner) => Practice.record(db, owner, args.storyId, args.input),
  }),
  createApiKey: rootField<WithInput>("write", {
    type: nonNull(types.object(ApiKey.Created)),
    description: "Create an API key (shown once) with scopes your own credential has.",
    args: { input: input(ApiKey.CreateInput) },
    resolve: async (args, { db, principal, limits }, owner) => {
      await countDaily(db, owner, "keys", limits);
      return ApiKey.create(db, owner, args.input, principal.scopes);
    },
  }),
  revokeApiKey: rootField<WithId>("write", {
    ...deleted("an API key"),
    description: "Revoke an API key; it stops working at once. Answers its id.",
    args: { id: idArg },
    resolve: async ({ id }, { db }, owner) => (await ApiKey.revoke(db, owner, id), id),
  }),
};
