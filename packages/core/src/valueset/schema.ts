import { z } from "zod";
import { pageQuery } from "../paging/index.ts";
import { nonBlank, withDefault } from "../util/index.ts";

export const limits = {
  key: 60,
  name: 200,
  description: 2_000,
  keyword: 100,
  keywords: 40,
  aliases: 10,
  question: 500,
  questions: 20,
  values: 60,
  source: 2_000,
} as const;

export const ValueKey = z
  .string()
  .max(limits.key)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Use lower-case letters, digits and dashes")
  .meta({ description: "A slug unique within its value set, e.g. `customer-obsession`." });

const aliasesDescription =
  'Other names the value goes by, which labels and links resolve through (e.g. "Disagree and commit" for Have Backbone).';

/** A value as stored and answered: every field present. */
export const Value = z
  .strictObject({
    key: ValueKey,
    name: nonBlank(limits.name),
    aliases: z
      .array(nonBlank(limits.name))
      .max(limits.aliases)
      .meta({ description: aliasesDescription }),
    description: z.string().max(limits.description),
    keywords: z.array(z.string().min(1).max(limits.keyword)).max(limits.keywords),
    questions: z.array(z.string().min(1).max(limits.question)).max(limits.questions),
  })
  .meta({ id: "Value" });
export type Value = z.infer<typeof Value>;

/** A value as a client sends it: only key and name are required; the rest default to empty. */
export const ValueInput = z
  .strictObject({
    key: Value.shape.key,
    name: Value.shape.name,
    aliases: withDefault(Value.shape.aliases, () => []),
    description: withDefault(Value.shape.description, () => ""),
    keywords: withDefault(Value.shape.keywords, () => []),
    questions: withDefault(Value.shape.questions, () => []),
  })
  .meta({
    description:
      'A value. Only `key` and `name` are required; `description` defaults to "", the lists to [].',
  });

const uniqueKeys = (values: { key: string }[] | undefined, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  values?.forEach((value, index) => {
    if (seen.has(value.key)) {
      ctx.addIssue({
        code: "custom",
        path: ["values", index, "key"],
        message: `Duplicate key "${value.key}"`,
      });
    }
    seen.add(value.key);
  });
};

const contentShape = {
  company: nonBlank(limits.name),
  name: nonBlank(limits.name),
  asOf: z.iso
    .date()
    .nullable()
    .meta({ description: "The date the values were taken from their source." }),
  source: z
    .url({ protocol: /^https?$/ })
    .max(limits.source)
    .nullable(),
  values: z.array(Value).min(1).max(limits.values),
};

export const Content = z.strictObject(contentShape);
export type Content = z.infer<typeof Content>;

export const Info = Content.extend({
  id: z.string().meta({ example: "amazon-lp-2021" }),
  builtIn: z.boolean().meta({ description: "Shipped with Storybank; read-only." }),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).meta({ id: "ValueSet", description: "A company's or framework's named values." });
export type Info = z.infer<typeof Info>;

/** What a client may send: values may leave out their optional fields. */
const inputShape = { ...contentShape, values: z.array(ValueInput).min(1).max(limits.values) };

export const CreateInput = z
  .strictObject({
    ...inputShape,
    asOf: withDefault(contentShape.asOf, () => null),
    source: withDefault(contentShape.source, () => null),
  })
  .superRefine((input, ctx) => uniqueKeys(input.values, ctx))
  .meta({
    id: "ValueSetCreate",
    description: "A value set of your own. `asOf` and `source` default to null.",
  });
export type CreateInput = z.infer<typeof CreateInput>;

export const PatchInput = z
  .strictObject({ ...inputShape, version: z.number().int().min(1) })
  .partial()
  .required({ version: true })
  .superRefine((input, ctx) => uniqueKeys(input.values, ctx))
  .meta({ id: "ValueSetPatch", description: "Fields to replace, with the version it read." });
export type PatchInput = z.infer<typeof PatchInput>;

export const ListQuery = z.strictObject({
  ...pageQuery(50),
});
