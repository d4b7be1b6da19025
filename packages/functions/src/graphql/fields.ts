import type { Scope } from "@storybank/core/apikey";
import { requireScope } from "@storybank/core/auth";
import type { Page } from "@storybank/core/db";
import { AppError } from "@storybank/core/error";
import { parseWith } from "@storybank/core/util";
import {
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
  GraphQLID,
  GraphQLNonNull,
  type GraphQLOutputType,
} from "graphql";
import { z } from "zod";
import type { Context } from "./context.ts";
import { rethrow } from "./errors.ts";
import { type Connection, readAfter, toConnection } from "./connection.ts";

/** Ids as REST takes them in a path: 1–100 characters. */
const Id = z.string().min(1).max(100);

/** A required id argument; checked like REST's path ids before core sees it. */
export const idArg = { type: new GraphQLNonNull(GraphQLID) };

type Args = Record<string, unknown>;

interface RootField<A extends Args> {
  type: GraphQLOutputType;
  description: string;
  args?: GraphQLFieldConfigArgumentMap;
  resolve: (args: A, ctx: Context, owner: string) => unknown;
}

/**
 * A Query or Mutation field: the caller must hold `scopes` (read for queries, write for
 * mutations, read and export for a sheet, as REST demands), id arguments are checked like REST's
 * path ids, and the domain's errors leave with their codes.
 */
export function rootField<A extends Args>(
  scopes: Scope | Scope[],
  { resolve, ...config }: RootField<A>,
): GraphQLFieldConfig<unknown, Context, A> {
  const needed = ([] as Scope[]).concat(scopes);
  const ids = Object.keys(config.args ?? {}).filter((name) => config.args?.[name] === idArg);
  const IdArgs = z.strictObject(Object.fromEntries(ids.map((name) => [name, Id])));
  return {
    ...config,
    resolve: async (_source, args, ctx) => {
      try {
        for (const scope of needed) requireScope(ctx.principal, scope);
        const owner = ctx.principal.owner;
        if (ids.length > 0) parseWith(IdArgs, Object.fromEntries(ids.map((n) => [n, args[n]])));
        return await resolve(args, ctx, owner);
      } catch (error) {
        rethrow(error);
      }
    },
  };
}

/** GraphQL names for a list's paging arguments, as REST's query names them. */
export const pagingNames = { limit: "first", cursor: "after" } as const;
const restNames = { first: "limit", after: "cursor" } as const;

/**
 * Reads one page with REST's query (`first` → `limit`, `after` → `cursor`; arguments left out or
 * null are not sent) and answers as a Relay connection. `after` may be core's cursor or an edge's
 * cursor (see `connection.ts`): from an edge, the rest of its page is skipped first, with the
 * same filters. Validation errors name the GraphQL arguments.
 */
export async function page<T>(
  args: Args,
  read: (query: Args) => Promise<Page<T>>,
): Promise<Connection<T>> {
  const { after, ...rest } = present(args);
  const readPage = async (cursor: string | undefined, limit?: number) => {
    const named = { ...rest, ...(limit === undefined ? {} : { first: limit }), after: cursor };
    const query = Object.fromEntries(
      Object.entries(present(named)).map(([name, value]) => [
        restNames[name as keyof typeof restNames] ?? name,
        value,
      ]),
    );
    return read(query);
  };
  try {
    const { skip, ...start } = readAfter(after as string | undefined);
    let cursor = start.cursor;
    if (skip > 0) {
      cursor = (await readPage(cursor, skip)).nextCursor ?? undefined;
      if (cursor === undefined) {
        return toConnection({ items: [], nextCursor: null }, after as string);
      }
    }
    return toConnection(await readPage(cursor), cursor);
  } catch (error) {
    if (!(error instanceof AppError) || error.kind !== "validation") throw error;
    const errors = error.errors.map((e) => {
      const [head, ...path] = e.path.split(".");
      const renamed = pagingNames[head as keyof typeof pagingNames] ?? head;
      return { ...e, path: [renamed, ...path].join(".") };
    });
    throw new AppError(error.kind, error.code, error.message, errors);
  }
}

/** Arguments left out or null, as absent: core's defaults then apply. */
export function present(args: Args): Args {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== null && v !== undefined));
}
