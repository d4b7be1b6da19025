import {
  getNamedType,
  type GraphQLNamedType,
  isLeafType,
  isObjectType,
  type GraphQLObjectType,
} from "graphql";
import { expect } from "vitest";
import type { User } from "../../../tests/support/harness.ts";
import { schema } from "../src/graphql/schema.ts";

export interface GraphQLResult<T = any> {
  status: number;
  data: T;
  errors: { message: string; path?: string[]; extensions: Record<string, any> }[] | undefined;
  res: Response;
}

/** Posts one operation to /graphql as the user. */
export async function gql<T = any>(
  user: Pick<User, "json">,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  const { status, body, res } = await user.json("POST", "/graphql", { query, variables });
  return { status, data: body?.data, errors: body?.errors, res };
}

/** The data of an operation that must succeed. */
export async function ok<T = any>(
  user: Pick<User, "json">,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await gql<T>(user, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data;
}

/** The codes of an operation's errors. */
export const codes = (result: GraphQLResult) => result.errors?.map((e) => e.extensions.code);

/**
 * Fields GraphQL resolves beyond the stored shape: left out of a full selection, so that what
 * comes back is exactly the stored resource.
 */
export const relations: Record<string, string[]> = {
  ValueLink: ["valueSet", "value"],
  ToldEntry: ["story"],
  Target: ["valueSets"],
  StoryMatch: ["story"],
  CheatSheetView: ["downloads"],
};

/** Every stored field of a type, nested objects in full: `{ a b { c } }`. */
export function selectionOf(typeName: string): string {
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type)) throw new Error(`No object type ${typeName}`);
  return select(type);
}

function select(type: GraphQLObjectType): string {
  const skip = new Set(relations[type.name] ?? []);
  const fields = Object.values(type.getFields())
    .filter((field) => !skip.has(field.name))
    .map((field) => {
      const named: GraphQLNamedType = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      return `${field.name} ${select(named as GraphQLObjectType)}`;
    });
  return `{ ${fields.join(" ")} }`;
}

/** JSON as REST gives it: absent optional fields are left out, where GraphQL says null. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    ) as T;
  }
  return value;
}
