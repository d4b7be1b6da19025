import {
  GraphQLBoolean,
  type GraphQLEnumValueConfigMap,
  GraphQLEnumType,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  GraphQLFloat,
  GraphQLID,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLInt,
  GraphQLList,
  type GraphQLNamedType,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLScalarType,
  GraphQLString,
} from "graphql";
import { z } from "zod";
import type { Context } from "./context.ts";

/**
 * GraphQL types derived from core's zod schemas, so the two cannot drift: every field of a zod
 * object becomes a field of its GraphQL type, named by the schema's `meta({ id })` (inputs add
 * `Input`). Unnamed nested objects are named after where they sit (`Tailoring.values[]` →
 * `TailoringValue`). Relations that only GraphQL resolves (a link's value set) are declared as
 * extras on the output type; nothing else is added or left out.
 */

type Zod = z.ZodType;
type Side = "output" | "input";

export type Extras = () => GraphQLFieldConfigMap<unknown, Context>;

interface Unwrapped {
  inner: Zod;
  /** Whether the value may be absent or null on this side. */
  nullable: boolean;
  description: string | undefined;
}

const def = (schema: Zod) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
const metaOf = (schema: Zod) => z.globalRegistry.get(schema);

/** Peels optional, nullable, default and pipe wrappers, noting what they allow. */
function unwrap(schema: Zod, side: Side): Unwrapped {
  let inner = schema;
  let nullable = false;
  // `.required()` wraps an optional field in a nonoptional: the value must be there after all.
  let required = false;
  let description = metaOf(schema)?.description;
  for (;;) {
    const d = def(inner);
    if (d.type === "nonoptional") required = true;
    else if (d.type === "optional") nullable ||= !required;
    else if (d.type === "nullable") nullable = true;
    else if (d.type === "default" || d.type === "prefault") nullable ||= side === "input";
    else if (d.type !== "readonly" && d.type !== "pipe") break;
    inner = (d.type === "pipe" ? (side === "input" ? d.in : d.out) : d.innerType) as Zod;
    description ??= metaOf(inner)?.description;
  }
  return { inner, nullable, description };
}

const graphqlName = /^[_A-Za-z][_0-9A-Za-z]*$/;
const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
/** `values` → `Value`: the name of one element of a list field. */
const singular = (key: string) =>
  pascal(key.endsWith("ies") ? `${key.slice(0, -3)}y` : key.replace(/s$/, ""));

export class ZodTypes {
  private readonly objects = new Map<Zod, GraphQLObjectType>();
  private readonly inputs = new Map<Zod, GraphQLInputObjectType>();
  private readonly enums = new Map<Zod, GraphQLEnumType>();
  private readonly taken = new Map<string, Zod>();

  /**
   * @param extras fields that resolve relations, per output object schema
   * @param names base names for schemas that have no `meta({ id })` of their own
   */
  constructor(
    private readonly extras: Map<Zod, Extras> = new Map(),
    private readonly names: Map<Zod, string> = new Map(),
  ) {}

  /** The GraphQL object type of a zod object schema, as the server gives it. */
  object(schema: Zod, fallbackName?: string): GraphQLObjectType {
    const known = this.objects.get(schema);
    if (known) return known;
    const shape = this.shapeOf(schema);
    const name = this.claim(schema, this.baseName(schema, fallbackName));
    const type: GraphQLObjectType = new GraphQLObjectType<unknown, Context>({
      name,
      description: metaOf(schema)?.description,
      fields: () => {
        const fields: GraphQLFieldConfigMap<unknown, Context> = {};
        for (const [key, field] of Object.entries(shape)) {
          const { inner, nullable, description } = unwrap(field, "output");
          const base = key === "id" && def(inner).type === "string" ? GraphQLID : undefined;
          const fieldType = base ?? this.outputOf(inner, `${name}${pascal(key)}`, `${name}`, key);
          fields[key] = { type: nullable ? fieldType : new GraphQLNonNull(fieldType), description };
        }
        const extra = this.extras.get(schema)?.() ?? {};
        for (const key of Object.keys(extra)) {
          if (key in fields) throw new Error(`${name}.${key} is both a schema field and an extra`);
        }
        return { ...fields, ...extra };
      },
    });
    this.objects.set(schema, type);
    return type;
  }

  /** The GraphQL input type of a zod object schema, as a client sends it. */
  input(schema: Zod, fallbackName?: string): GraphQLInputObjectType {
    const known = this.inputs.get(schema);
    if (known) return known;
    const shape = this.shapeOf(schema);
    const base = this.baseName(schema, fallbackName);
    const name = this.claim(schema, `${base}Input`);
    const type = new GraphQLInputObjectType({
      name,
      description: metaOf(schema)?.description,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const [key, field] of Object.entries(shape)) {
          const { inner, nullable, description } = unwrap(field, "input");
          const fieldType = this.inputOf(inner, base, key);
          fields[key] = { type: nullable ? fieldType : new GraphQLNonNull(fieldType), description };
        }
        return fields;
      },
    });
    this.inputs.set(schema, type);
    return type;
  }

  /**
   * Field arguments from a query schema (a list's filters, a tailoring's options), renamed where
   * GraphQL has its own convention (`limit` → `first`); ids of other resources are IDs.
   */
  args(schema: Zod, owner: string, rename: Record<string, string> = {}) {
    const args: GraphQLFieldConfigArgumentMap = {};
    for (const [key, field] of Object.entries(this.shapeOf(schema))) {
      const { inner, nullable, description } = unwrap(field, "input");
      const isId = key.endsWith("Id") && def(inner).type === "string";
      const type = isId ? GraphQLID : this.inputOf(inner, owner, key);
      args[rename[key] ?? key] = { type: nullable ? type : new GraphQLNonNull(type), description };
    }
    return args;
  }

  private outputOf(schema: Zod, fallback: string, parent: string, key: string): GraphQLOutputType {
    const d = def(schema);
    if (d.type === "object") return this.object(schema, fallback);
    if (d.type === "array") {
      const { inner, nullable } = unwrap(d.element as Zod, "output");
      const element = this.outputOf(inner, `${parent}${singular(key)}`, parent, key);
      return new GraphQLList(nullable ? element : new GraphQLNonNull(element));
    }
    return this.leaf(schema, fallback);
  }

  private inputOf(schema: Zod, parentBase: string, key: string): GraphQLInputType {
    const d = def(schema);
    if (d.type === "object") return this.input(schema, `${parentBase}${pascal(key)}`);
    if (d.type === "array") {
      const { inner, nullable } = unwrap(d.element as Zod, "input");
      const element =
        def(inner).type === "object"
          ? this.input(inner, `${parentBase}${singular(key)}`)
          : this.inputOf(inner, parentBase, key);
      return new GraphQLList(nullable ? element : new GraphQLNonNull(element));
    }
    return this.leaf(schema, `${parentBase}${pascal(key)}`);
  }

  private leaf(schema: Zod, fallbackName: string): GraphQLScalarType | GraphQLEnumType {
    const d = def(schema);
    switch (d.type) {
      case "string":
        return GraphQLString;
      case "boolean":
        return GraphQLBoolean;
      case "number":
        return isInt(schema) ? GraphQLInt : GraphQLFloat;
      case "literal":
        return literalType((d.values as unknown[])[0]);
      case "enum":
        return this.enumOf(schema, fallbackName);
      default:
        throw new Error(`No GraphQL type for a zod ${d.type} (${fallbackName})`);
    }
  }

  /**
   * A zod enum as a GraphQL enum with the very same values, so REST and GraphQL speak one
   * vocabulary. Values GraphQL cannot name (`value-set`) keep the enum a String.
   */
  private enumOf(schema: Zod, fallbackName: string): GraphQLEnumType | GraphQLScalarType {
    const known = this.enums.get(schema);
    if (known) return known;
    const options = (schema as z.ZodEnum).options as string[];
    if (!options.every((o) => graphqlName.test(o) && !["true", "false", "null"].includes(o))) {
      return GraphQLString;
    }
    const values: GraphQLEnumValueConfigMap = {};
    for (const option of options) values[option] = { value: option };
    const type = new GraphQLEnumType({
      name: this.claim(schema, this.baseName(schema, fallbackName)),
      description: metaOf(schema)?.description,
      values,
    });
    this.enums.set(schema, type);
    return type;
  }

  private shapeOf(schema: Zod): Record<string, Zod> {
    const d = def(schema);
    if (d.type !== "object") throw new Error(`Expected a zod object, got ${d.type}`);
    return (schema as z.ZodObject).shape as Record<string, Zod>;
  }

  private baseName(schema: Zod, fallback: string | undefined): string {
    const id = metaOf(schema)?.id ?? this.names.get(schema) ?? fallback;
    if (!id) throw new Error("A root schema needs a meta id or a name");
    return id;
  }

  /** Reserves a type name for one schema: two schemas must never share a GraphQL name. */
  private claim(schema: Zod, name: string): string {
    const holder = this.taken.get(name);
    if (holder && holder !== schema) throw new Error(`Two zod schemas map to GraphQL ${name}`);
    this.taken.set(name, schema);
    return name;
  }

  /** Every named type made so far (for the schema's `types`). */
  all(): GraphQLNamedType[] {
    return [...this.objects.values(), ...this.inputs.values(), ...this.enums.values()];
  }
}

function isInt(schema: Zod): boolean {
  const format = (schema as z.ZodNumber).format;
  return format === "safeint" || format === "int32" || format === "uint32";
}

function literalType(value: unknown): GraphQLScalarType {
  if (typeof value === "boolean") return GraphQLBoolean;
  if (typeof value === "number") return Number.isInteger(value) ? GraphQLInt : GraphQLFloat;
  return GraphQLString;
}
