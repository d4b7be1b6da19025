import { z } from "zod";
import { pageQuery } from "../paging/index.ts";
import { withDefault } from "../util/index.ts";

export const limits = { note: 2_000, seconds: 36_000 } as const;

export const Variant = z.enum(["refined", "full"]).meta({
  id: "PracticeVariant",
  description: "`refined`: the 45–60 s spoken version; `full`: the 3–5 minute telling.",
});
export type Variant = z.infer<typeof Variant>;

/** One timed telling of a story. */
export const Info = z
  .strictObject({
    id: z.string().meta({ example: "prc_01jd3k8w7q4t9m2x5c6v8b0n1r" }),
    storyId: z.string(),
    seconds: z.number().int().min(1).max(limits.seconds),
    variant: Variant,
    note: z.string().max(limits.note),
    at: z.iso.datetime(),
  })
  .meta({ id: "PracticeEntry", description: "One timed telling of a story." });
export type Info = z.infer<typeof Info>;

export const RecordInput = z
  .strictObject({
    seconds: z
      .number()
      .int()
      .min(1)
      .max(limits.seconds)
      .meta({ description: "How long the telling took, in whole seconds." }),
    variant: withDefault(Variant, () => "refined" as const),
    note: withDefault(z.string().max(limits.note), () => ""),
  })
  .meta({
    id: "PracticeRecord",
    description: 'A timed telling to record. `variant` defaults to `refined`, `note` to "".',
  });
export type RecordInput = z.infer<typeof RecordInput>;

export const ListQuery = z.strictObject({
  ...pageQuery(20),
});
export type ListQuery = z.infer<typeof ListQuery>;
