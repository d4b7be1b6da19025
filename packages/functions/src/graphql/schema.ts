import { GraphQLObjectType, GraphQLSchema } from "graphql";
import { bankMutations, bankQueries } from "./bank.ts";
import type { Context } from "./context.ts";
import { mutations } from "./mutations.ts";
import { queries } from "./queries.ts";
import { sheetQueries } from "./sheet.ts";
import { types } from "./types.ts";
import { valueSetImportMutations } from "./value-set-import.ts";

/** The whole schema, built once per process: its types come from core's zod schemas. */
export const schema = new GraphQLSchema({
  query: new GraphQLObjectType<unknown, Context>({
    name: "Query",
    fields: { ...queries, ...sheetQueries, ...bankQueries },
  }),
  mutation: new GraphQLObjectType<unknown, Context>({
    name: "Mutation",
    fields: { ...mutations, ...bankMutations, ...valueSetImportMutations },
  }),
  types: types.all(),
});
