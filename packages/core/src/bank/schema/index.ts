import { z } from "zod";
import * as Practice from "../../practice/index.ts";
import * as Story from "../../story/index.ts";
import * as Target from "../../target/index.ts";
import * as ValueSet from "../../valueset/index.ts";
import { withDefault } from "../../util/index.ts";

/**
 * The portable bank: everything of one owner's in one versioned JSON document, with a published
 * JSON Schema (like JSON Resume's). The version follows semantic versioning: a reader of 1.x
 * reads every 1.y document; fields are only ever added within a major version.
 */
export const schemaUrl = "https://storybank.dev/schema/bank/v1.json";
export const version = "1.0.0";

export const limits = {
  stories: 500,
  valueSets: 100,
  targets: 200,
  practice: 20_000,
} as const;

const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export const Bank = z
  .strictObject({
    $schema: z.string().meta({ description: "The URL of this document's JSON Schema." }),
    version: z
      .string()
      .regex(semver)
      .meta({ description: "The bank format's semantic version.", examples: [version] }),
    exportedAt: z.iso.datetime(),
    stories: z.array(Story.Info),
    valueSets: z.array(ValueSet.Info).meta({ description: "The owner's own value sets." }),
    targets: z.array(Target.Info),
    practice: z.array(Practice.Info).meta({ description: "The practice log, per story." }),
  })
  .meta({
    id: "Bank",
    title: "Storybank bank",
    description: "A whole story bank: stories, own value sets, targets and the practice log.",
  });
export type Bank = z.infer<typeof Bank>;

/** Server-owned fields a bank carries; import reads the ids (to remap links) and drops the rest. */
const carried = {
  id: z.string().min(1).max(100).optional(),
  version: z.number().int().min(1).optional(),
  createdAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
};

/**
 * What import reads: a bank of major version 1, written by Storybank or by another tool. Only
 * titles, companies and the practice figures are required; everything else takes its default.
 */
export const BankInput = z
  .strictObject({
    $schema: z.string().max(2_000).optional(),
    version: z
      .string()
      .regex(semver, "Use a semantic version such as 1.0.0")
      .refine((v) => v.startsWith("1."), "This server reads bank documents of version 1.x"),
    exportedAt: z.iso.datetime().optional(),
    stories: withDefault(z.array(Story.CreateInput.extend(carried)).max(limits.stories), () => []),
    valueSets: withDefault(
      z
        .array(
          ValueSet.Content.extend({
            ...carried,
            values: z.array(ValueSet.ValueInput).min(1).max(ValueSet.limits.values),
            asOf: withDefault(ValueSet.Content.shape.asOf, () => null),
            source: withDefault(ValueSet.Content.shape.source, () => null),
            builtIn: z.literal(false).optional(),
          }),
        )
        .max(limits.valueSets),
      () => [],
    ),
    targets: withDefault(z.array(Target.CreateInput.extend(carried)).max(limits.targets), () => []),
    practice: withDefault(
      z.array(Practice.Info.extend({ id: carried.id })).max(limits.practice),
      () => [],
    ),
  })
  .meta({
    id: "BankImport",
    title: "Storybank bank to import",
    description:
      "A bank of major version 1 to import, from Storybank or another tool: only `version`, titles, companies and the practice figures are required; the lists default to [].",
  });
export type BankInput = z.infer<typeof BankInput>;

/** The bank's JSON Schema (draft 2020-12), generated from the zod schema above. */
let generatedSchema: Record<string, unknown> | undefined;

export function jsonSchema(): Record<string, unknown> {
  generatedSchema ??= buildJsonSchema();
  return generatedSchema;
}

function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Bank, { target: "draft-2020-12", io: "output" });
  // The generator puts every named schema in $defs and refers to Bank from the root; the root
  // is the Bank itself here, so a validator shows its properties first.
  const { $defs = {}, $schema } = generated;
  const { Bank: root, ...defs } = $defs;
  return { $schema, $id: schemaUrl, ...(root as object), $defs: defs };
}

export const Action = z.enum(["create", "update", "unchanged"]).meta({ id: "ImportAction" });
export type Action = z.infer<typeof Action>;

export const ImportWarning = z
  .strictObject({
    line: z.number().int().meta({ description: "Where the text starts (1-based); 0 for JSON." }),
    endLine: z.number().int(),
    message: z.string(),
    excerpt: z.string(),
    text: z.string().optional().meta({
      description: "Markdown imports: the whole source text of the lines, so no line is lost.",
    }),
  })
  .meta({ id: "ImportWarning", description: "Text the import could not place." });

export const LineSpan = z
  .strictObject({
    from: z.number().int().min(1).meta({ description: "First source line (1-based)." }),
    to: z.number().int().min(1).meta({ description: "Last source line, inclusive." }),
    field: z.string().meta({
      description:
        'The story field the lines went to ("title", "situation", "actions", "notes", …).',
      examples: ["situation"],
    }),
  })
  .meta({ id: "ImportLineSpan", description: "A run of source lines and the field they went to." });

const planned = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ action: Action, id: z.string().nullable(), ...shape });

export const ImportResult = z
  .strictObject({
    format: z.enum(["markdown", "json"]),
    dryRun: z.boolean(),
    stories: z.array(
      z.strictObject({
        action: Action,
        id: z.string().nullable().meta({ description: "null for a story a dry run would create." }),
        line: z.number().int().nullable(),
        story: Story.StoryContent,
        lines: z.array(LineSpan).optional().meta({
          description:
            "Markdown imports: which source lines went to which field of this story, in line order. Lines in no span are blank, markup, or in a warning.",
        }),
      }),
    ),
    valueSets: z.array(planned({ company: z.string(), name: z.string() })),
    targets: z.array(planned({ company: z.string(), role: z.string() })),
    practice: z.strictObject({ created: z.number().int(), unchanged: z.number().int() }),
    warnings: z.array(ImportWarning),
  })
  .meta({
    id: "ImportResult",
    description:
      "What the import did (or, in a dry run, would do) to each story, value set and target.",
  });
export type ImportResult = z.infer<typeof ImportResult>;
