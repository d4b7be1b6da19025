import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import * as ApiKey from "@storybank/core/apikey";
import * as Practice from "@storybank/core/practice";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/**
 * Static limits on every operation, checked before anything runs. The values admit every query
 * a client needs (a page of 100 stories with every field, a target with its told stories and
 * value sets) and refuse the shapes that only multiply work. The numbers are never shown to a
 * client (`exposeLimits: false`); a refusal is an HTTP 200 carrying a BAD_USER_INPUT error.
 */
export const limits = {
  /**
   * Field nesting. A page of stories with their links' value sets and values is 6 levels through
   * `nodes` and 7 through `edges { node }`; a target's told stories with their links' value sets,
   * 7 and 8. The schema has no cycles, and its deepest path (a told story's value set's values'
   * fields, through `edges { node }`) is 9.
   */
  maxDepth: 8,
  /** Aliased fields per operation: a few stories or targets side by side. */
  maxAliases: 10,
  /** Lexical tokens in the document: a page of stories with every field is about 90. */
  maxTokens: 2_000,
  /**
   * Cost as graphql-armor counts it: a scalar 1, an object 2, ×1.5 per level, × a literal
   * `first`. A page of 100 stories with every field is about 18,000 through `nodes` and 27,000
   * through `edges { node }` (one level deeper); two of them are refused.
   * A `first` given as a variable counts 1, so such queries are bounded by the aliases and
   * core's page limit (100) instead.
   */
  maxCost: 30_000,
  /** `@include`/`@skip` per operation. */
  maxDirectives: 20,
} as const;

/**
 * What the static limits cannot see, checked when the operation runs with its variables: lists
 * multiply what is asked of each element (a page by its `first`, given literally or as a
 * variable; a target's `told` by the most entries it can hold), the fields that run a whole
 * computation are counted per use (every alias, every fragment spread), and the answer itself
 * is bounded.
 */
export const costModel = {
  /** Fields answered, each counted once per element of every list above it. */
  maxFieldsAnswered: 60_000,
  /**
   * A page without `first` is reckoned at core's default for it (`pageDefaults`), else at this
   * size; `first` over `maxPage` at `maxPage`.
   */
  defaultPage: 50,
  maxPage: 100,
  /** Lists of a stored resource that have no paging: the most elements they can hold. */
  unpagedLists: { told: Target.limits.told } as Record<string, number>,
  /** Each paged field's page size when `first` is left out: core's own defaults. */
  pageDefaults: {
    stories: Story.ListQuery.parse({}).limit,
    targets: Target.ListQuery.parse({}).limit,
    valueSets: ValueSet.ListQuery.parse({}).limit,
    apiKeys: ApiKey.ListQuery.parse({}).limit,
    practiceLog: Practice.ListQuery.parse({}).limit,
  } as Record<string, number>,
  /** Fields that each run a tailoring, a sheet, a check or an import. */
  costlyFields: new Set([
    "tailoring",
    "cheatSheet",
    "storyCheck",
    "bankCheck",
    "exportBank",
    "importDocument",
    "importValueSet",
  ]),
  /** Uses of costly fields in one operation; each use past the first is one more request. */
  maxCostlyUses: 3,
  /** The answer's JSON, in characters (UTF-16 code units). */
  maxResponseChars: 6_000_000,
} as const;

export const armorMessages = {
  depth: "The query is nested too deeply.",
  aliases: "The query has too many aliases.",
  tokens: "The query is too long.",
  cost: "The query is too costly.",
  directives: "The query has too many directives.",
  fieldsAnswered: "The query asks for too much: ask for a smaller page or fewer fields.",
  costlyUses: "The query runs too many tailorings, sheets, checks or imports at once.",
  response: "The answer is too large: ask for a smaller page, fewer fields or fewer told stories.",
} as const;

export function armor({ suggestions }: { suggestions: boolean }) {
  const config: Parameters<typeof EnvelopArmorPlugin>[0] = {
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: armorMessages.depth,
    },
    maxAliases: { n: limits.maxAliases, exposeLimits: false, errorMessage: armorMessages.aliases },
    maxTokens: { n: limits.maxTokens, exposeLimits: false, errorMessage: armorMessages.tokens },
    costLimit: { maxCost: limits.maxCost, exposeLimits: false, errorMessage: armorMessages.cost },
    maxDirectives: {
      n: limits.maxDirectives,
      exposeLimits: false,
      errorMessage: armorMessages.directives,
    },
    // "Did you mean …?" would spell out the schema that introspection keeps hidden.
    blockFieldSuggestion: { enabled: !suggestions },
  };
  return EnvelopArmorPlugin(config);
}

interface Reckoning {
  fields: number;
  costlyUses: number;
}

/**
 * Reckonings of documents run without variables, by document and operation name: Yoga hands
 * the same parsed document to every request with the same query text.
 */
const reckoned = new WeakMap<DocumentNode, Map<string, Reckoning>>();

/** What an operation would cost with these variables, reckoned from the document alone. */
export function reckon(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): Reckoning {
  if (variables && Object.keys(variables).length > 0) {
    return reckonOnce(schema, document, operationName, variables);
  }
  let byName = reckoned.get(document);
  if (!byName) reckoned.set(document, (byName = new Map()));
  const name = operationName ?? "";
  let reckoning = byName.get(name);
  if (!reckoning) byName.set(name, (reckoning = reckonOnce(schema, document, operationName, {})));
  return reckoning;
}

function reckonOnce(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): Reckoning {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations[0];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root =
    operation?.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  const total: Reckoning = { fields: 0, costlyUses: 0 };
  if (!operation || !root) return total;

  const pageSize = (field: FieldNode): number => {
    const first = field.arguments?.find((a) => a.name.value === "first")?.value;
    const value = first ? valueOf(first, variables) : undefined;
    if (value === undefined || value === null) {
      return costModel.pageDefaults[field.name.value] ?? costModel.defaultPage;
    }
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 ? Math.min(n, costModel.maxPage) : costModel.maxPage;
  };

  const walk = (set: SelectionSetNode, type: GraphQLObjectType, times: number, depth: number) => {
    if (depth > 50) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        if (isObjectType(on)) walk(selection.selectionSet, on, times, depth + 1);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && isObjectType(on)) walk(fragment.selectionSet, on, times, depth + 1);
        continue;
      }
      const name = selection.name.value;
      total.fields += times;
      if (type === root && costModel.costlyFields.has(name)) total.costlyUses += times;
      const definition = type.getFields()[name];
      if (!definition || !selection.selectionSet) continue;
      const nullable = getNullableType(definition.type);
      const named = getNamedType(definition.type);
      if (!isObjectType(named)) continue;
      let inner = times;
      if (named.name.endsWith("Connection")) inner = times * pageSize(selection);
      else if (isListType(nullable)) inner = times * (costModel.unpagedLists[name] ?? 1);
      walk(selection.selectionSet, named, inner, depth + 1);
    }
  };
  walk(operation.selectionSet, root, 1, 0);
  return total;
}

function valueOf(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  if (node.kind === Kind.NULL) return null;
  return undefined;
}

/** The length of `value`'s JSON, counted without writing it, up to `limit` (then Infinity). */
export function jsonLength(value: unknown, limit: number): number {
  let length = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") length += item.length + 2;
    else if (item === null || typeof item !== "object") length += String(item).length;
    else if (Array.isArray(item)) {
      length += 2 + item.length;
      for (const element of item) stack.push(element);
    } else {
      for (const key in item) {
        length += key.length + 4;
        stack.push((item as { [key: string]: unknown })[key]);
      }
      length += 2;
    }
    if (length > limit) return Infinity;
  }
  return length;
}
