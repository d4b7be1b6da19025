import * as ApiKey from "@storybank/core/apikey";
import * as Bank from "@storybank/core/bank";
import * as Check from "@storybank/core/check";
import * as Sheet from "@storybank/core/cheatsheet";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Tailoring from "@storybank/core/tailoring";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  validateSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { schema } from "../src/graphql/schema.ts";
import { relations } from "./graphql-support.ts";

/**
 * One truth: every zod object schema core gives the API, output and input, walked field by
 * field against its GraphQL type. A field on one side only, a nullability or a scalar that
 * disagrees, or a GraphQL type no zod schema accounts for, fails.
 */

type Side = "output" | "input";
const roots: [z.ZodType, string, Side][] = [
  [Story.Info, "Story", "output"],
  [Story.CreateInput, "StoryCreateInput", "input"],
  [Story.PatchInput, "StoryPatchInput", "input"],
  [ValueSet.Info, "ValueSet", "output"],
  [ValueSet.CreateInput, "ValueSetCreateInput", "input"],
  [ValueSet.PatchInput, "ValueSetPatchInput", "input"],
  [ApiKey.Info, "ApiKey", "output"],
  [ApiKey.Created, "ApiKeyCreated", "output"],
  [ApiKey.CreateInput, "ApiKeyCreateInput", "input"],
  [Target.Info, "Target", "output"],
  [Target.CreateInput, "TargetCreateInput", "input"],
  [Target.PatchInput, "TargetPatchInput", "input"],
  [Tailoring.Tailoring, "Tailoring", "output"],
  [Practice.Info, "PracticeEntry", "output"],
  [Practice.RecordInput, "PracticeRecordInput", "input"],
  [Check.StoryCheck, "StoryCheck", "output"],
  [Check.BankCheck, "BankCheck", "output"],
  [Sheet.SheetView, "CheatSheetView", "output"],
  [Bank.ImportResult, "ImportResult", "output"],
  [ValueSet.ImportPlan, "ValueSetImport", "output"],
];

const wrappers = new Set([
  "optional",
  "nullable",
  "default",
  "prefault",
  "nonoptional",
  "readonly",
]);
const typeOf = (schema: z.ZodType) => (schema._zod.def as { type: string }).type;

/**
 * The schema under its wrappers. A pipe (a default core applies at parse time, a transform) is
 * read by what it takes in: input types describe what a client sends.
 */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  for (;;) {
    if (wrappers.has(typeOf(inner))) inner = (inner._zod.def as any).innerType;
    else if (typeOf(inner) === "pipe") inner = (inner._zod.def as any).in;
    else return inner;
  }
}

/** Whether GraphQL must allow null here, judged by what zod itself accepts. */
function mayBeNull(field: z.ZodType, side: Side): boolean {
  const absent = field.safeParse(undefined);
  const acceptsNull = field.safeParse(null).success;
  if (side === "input") return absent.success || acceptsNull;
  return acceptsNull || (absent.success && absent.data === undefined);
}

const visited = new Set<string>();

function compare(zod: z.ZodType, type: GraphQLType, side: Side, at: string): void {
  const inner = unwrap(zod);
  const kind = typeOf(inner);
  const graphql = getNullableType(type);
  if (kind === "object") {
    const named = getNamedType(graphql);
    expect(isObjectType(named) || isInputObjectType(named), at).toBe(true);
    if (!isObjectType(named) && !isInputObjectType(named)) return;
    expect(isInputObjectType(named), `${at} is an ${side} type`).toBe(side === "input");
    visited.add(named.name);
    const shape = (inner as z.ZodObject).shape as Record<string, z.ZodType>;
    const fields: Record<string, GraphQLField<unknown, unknown> | GraphQLInputField> =
      named.getFields();
    const extra = side === "output" ? (relations[named.name] ?? []) : [];
    expect(Object.keys(fields).sort(), `fields of ${named.name} (${at})`).toEqual(
      [...Object.keys(shape), ...extra].sort(),
    );
    for (const [key, field] of Object.entries(shape)) {
      const target = fields[key]!.type;
      expect(!isNonNullType(target), `${named.name}.${key} nullable`).toBe(mayBeNull(field, side));
      compare(field, target, side, `${at}.${key}`);
    }
  } else if (kind === "array") {
    expect(isListType(graphql), `${at} is a list`).toBe(true);
    if (!isListType(graphql)) return;
    const element = (inner._zod.def as any).element as z.ZodType;
    expect(isNonNullType(graphql.ofType), `${at}[] non-null`).toBe(!mayBeNull(element, side));
    compare(element, graphql.ofType, side, `${at}[]`);
  } else {
    const named = getNamedType(graphql).name;
    if (kind === "enum") {
      const options = (inner as z.ZodEnum).options;
      if (named === "String") {
        expect(
          options.some((o) => !/^[_A-Za-z][_0-9A-Za-z]*$/.test(String(o))),
          at,
        ).toBe(true);
      } else {
        const enumType = getNamedType(graphql);
        expect(isEnumType(enumType), at).toBe(true);
        if (isEnumType(enumType)) visited.add(enumType.name);
        if (isEnumType(enumType)) expect(enumType.getValues().map((v) => v.value)).toEqual(options);
      }
    } else {
      const scalar: Record<string, string[]> = {
        string: ["String", "ID"],
        number: ["Int", "Float"],
        boolean: ["Boolean"],
        literal: ["Int", "Float", "String", "Boolean"],
      };
      expect(scalar[kind] ?? [], `${at}: zod ${kind} as ${named}`).toContain(named);
      if (named === "Int" && kind === "number") {
        expect((inner as z.ZodNumber).format, at).toMatch(/int/);
      }
    }
  }
}

describe("GraphQL types against core's zod schemas", () => {
  it.each(roots.map(([zod, name, side]) => [name, zod, side] as const))(
    "%s has every field of its zod schema and no other",
    (name, zod, side) => {
      const type = schema.getType(name);
      expect(type, name).toBeDefined();
      compare(zod, type!, side, name);
    },
  );

  it("has no type that no zod schema accounts for", () => {
    for (const [zod, name, side] of roots) compare(zod, schema.getType(name)!, side, name);
    const plumbing = /^(Query|Mutation|PageInfo|.+Connection|.+Edge|CheatSheetDownloads|__.*)$/;
    const own = Object.values(schema.getTypeMap()).filter(
      (type) =>
        !plumbing.test(type.name) &&
        (isObjectType(type) || isInputObjectType(type) || isEnumType(type)),
    );
    expect(own.map((type) => type.name).filter((name) => !visited.has(name))).toEqual([]);
  });

  it("takes list filters and options exactly as REST does", () => {
    const query = schema.getQueryType()!.getFields();
    const args = (field: string) => query[field]!.args.map((arg) => arg.name).sort();
    const rest = (schema: z.ZodObject, also: string[] = []) =>
      [...Object.keys(schema.shape), ...also]
        .map((key) => ({ limit: "first", cursor: "after" })[key] ?? key)
        .sort();
    expect(args("stories")).toEqual(rest(Story.ListQuery));
    expect(args("valueSets")).toEqual(rest(ValueSet.ListQuery));
    expect(args("targets")).toEqual(rest(Target.ListQuery));
    expect(args("apiKeys")).toEqual(rest(ApiKey.ListQuery));
    expect(args("practiceLog")).toEqual(rest(Practice.ListQuery, ["storyId"]));
    expect(args("tailoring")).toEqual(rest(Tailoring.Options, ["targetId"]));
    expect(args("storyCheck")).toEqual(rest(Check.Query, ["id"]));
    expect(args("bankCheck")).toEqual(rest(Check.Query));
    const { format: _json, ...sheetQuery } = Sheet.SheetQuery.shape;
    expect(args("cheatSheet")).toEqual(rest(z.object(sheetQuery), ["targetId"]));
  });

  it("is a valid schema", () => {
    expect(validateSchema(schema)).toEqual([]);
  });
});
