import * as ApiKey from "@storybank/core/apikey";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring/schema";
import * as Target from "@storybank/core/target";
import { parseWith } from "@storybank/core/util";
import * as ValueSet from "@storybank/core/valueset";
import type { GraphQLFieldConfigMap } from "graphql";
import type { Context } from "./context.ts";
import { idArg, page, pagingNames, present, rootField } from "./fields.ts";
import { connectionOf } from "./connection.ts";
import { nonNull, types } from "./types.ts";

const StoryType = types.object(Story.Info);
const ValueSetType = types.object(ValueSet.Info);
const TargetType = types.object(Target.Info);

/** Every query needs the `read` scope; each resolves with one call into core. */
export const queries: GraphQLFieldConfigMap<unknown, Context> = {
  stories: rootField("read", {
    type: nonNull(connectionOf(StoryType)),
    description: "Your stories, oldest first, with REST's filters.",
    args: types.args(Story.ListQuery, "Stories", pagingNames),
    resolve: (args, { db }, owner) => page(args, (query) => Story.list(db, owner, query)),
  }),
  story: rootField<{ id: string }>("read", {
    type: nonNull(StoryType),
    description: "One story.",
    args: { id: idArg },
    resolve: ({ id }, { db }, owner) => Story.get(db, owner, id),
  }),
  valueSets: rootField("read", {
    type: nonNull(connectionOf(ValueSetType)),
    description: "The built-in value sets, then your own.",
    args: types.args(ValueSet.ListQuery, "ValueSets", pagingNames),
    resolve: (args, { db }, owner) => page(args, (query) => ValueSet.list(db, owner, query)),
  }),
  valueSet: rootField<{ id: string }>("read", {
    type: nonNull(ValueSetType),
    description: "One value set, built-in or your own.",
    args: { id: idArg },
    resolve: ({ id }, { db }, owner) => ValueSet.get(db, owner, id),
  }),
  targets: rootField("read", {
    type: nonNull(connectionOf(TargetType)),
    description: "Your targets, oldest first.",
    args: types.args(Target.ListQuery, "Targets", pagingNames),
    resolve: (args, { db }, owner) => page(args, (query) => Target.list(db, owner, query)),
  }),
  target: rootField<{ id: string }>("read", {
    type: nonNull(TargetType),
    description: "One target.",
    args: { id: idArg },
    resolve: ({ id }, { db }, owner) => Target.get(db, owner, id),
  }),
  tailoring: rootField<{ targetId: string }>("read", {
    type: nonNull(types.object(Tailoring.Tailoring)),
    description: "Your stories matched to the target's values.",
    args: { targetId: idArg, ...types.args(Tailoring.Options, "Tailoring") },
    resolve: async ({ targetId, ...options }, { db }, owner) => {
      const parsed = parseWith(Tailoring.Options, present(options));
      // The tailoring and its lexicon are read on the first tailoring, not at start.
      const { forTarget } = await import("@storybank/core/tailoring");
      return forTarget(db, owner, targetId, parsed);
    },
  }),
  practiceLog: rootField<{ storyId: string }>("read", {
    type: nonNull(connectionOf(types.object(Practice.Info))),
    description: "A story's timed tellings, oldest first.",
    args: { storyId: idArg, ...types.args(Practice.ListQuery, "PracticeLog", pagingNames) },
    resolve: ({ storyId, ...args }, { db }, owner) =>
      page(args, (query) => Practice.list(db, owner, storyId, query)),
  }),
  apiKeys: rootField("read", {
    type: nonNull(connectionOf(types.object(ApiKey.Info))),
    description: "Your API keys (never the keys themselves).",
    args: types.args(ApiKey.ListQuery, "ApiKeys", pagingNames),
    resolve: (args, { db }, owner) => page(args, (query) => ApiKey.list(db, owner, query)),
  }),
};
