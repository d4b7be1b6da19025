import { z } from "zod";

export const StoryMatch = z
  .strictObject({
    storyId: z.string(),
    score: z.number().meta({
      description:
        "Higher is better: an explicit link counts 10 and a label (a tag equal to the value's name or an alias) 8; what the story says against what the value describes adds about 2–12; a value is covered from 4.",
    }),
    reasons: z.array(z.string()).meta({
      description:
        'Why the story matches, strongest first: the link or label, then each shared concept or word with the words on both sides and the story\'s field, e.g. `disagreement: value "share honest disagreement" ~ story "pushed back on my director" (actions)`.',
    }),
    weak: z.boolean().meta({
      description:
        "The match is below what counts as covering the value: the strongest story there is, shown so a sheet is never empty, but not a real fit.",
    }),
  })
  .meta({ id: "StoryMatch" });
export type StoryMatch = z.infer<typeof StoryMatch>;

const ValueRef = {
  valueSetId: z.string(),
  valueKey: z.string(),
  valueName: z.string(),
};

export const Tailoring = z
  .strictObject({
    targetId: z.string(),
    values: z.array(
      z.strictObject({
        ...ValueRef,
        best: StoryMatch.nullable(),
        backup: StoryMatch.nullable(),
      }),
    ),
    selected: z
      .array(z.string())
      .meta({ description: "The stories chosen to cover the values, in the order chosen." }),
    gaps: z
      .array(z.strictObject(ValueRef))
      .meta({ description: "Values no story matches well enough." }),
    questions: z.array(
      z.strictObject({
        question: z.string(),
        storyId: z.string().nullable(),
        source: z.enum(["target", "value-set"]),
      }),
    ),
  })
  .meta({
    id: "Tailoring",
    description:
      "The target's values matched to stories: best and backup per value, the chosen set, the gaps and a story per question.",
  });
export type Tailoring = z.infer<typeof Tailoring>;

export const maxSize = 12;

export const Options = z.strictObject({
  size: z
    .number()
    .int()
    .min(1)
    .max(maxSize)
    .optional()
    .meta({ description: "How many stories to choose; by default 4–6, what fits one page." }),
  includeTold: z
    .boolean()
    .default(false)
    .meta({ description: "Also choose stories already told in this loop." }),
});
export type Options = z.infer<typeof Options>;
export type OptionsInput = z.input<typeof Options>;

/** The options as a query string carries them. */
export const Query = z.strictObject({
  size: z.coerce.number().int().min(1).max(maxSize).optional(),
  includeTold: z
    .enum(["true", "false"])
    .optional()
    .meta({ description: "`true` to also choose stories already told in this loop." }),
});
export type Query = z.infer<typeof Query>;

export const fromQuery = (query: Query): Options => ({
  size: query.size,
  includeTold: query.includeTold === "true",
});
