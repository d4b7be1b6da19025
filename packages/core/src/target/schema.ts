import { z } from "zod";
import { pageQuery } from "../paging/index.ts";
import { nonBlank, withDefault } from "../util/index.ts";

export const limits = {
  company: 200,
  role: 200,
  valueSetIds: 10,
  valueSetId: 100,
  questions: 50,
  question: 500,
  notes: 8_000,
  told: 200,
  storyId: 100,
  round: 200,
  interviewer: 200,
} as const;

/** A told entry as stored and answered: every field present. */
export const Told = z
  .strictObject({
    storyId: z.string().min(1).max(limits.storyId),
    round: z.string().max(limits.round),
    interviewer: z.string().max(limits.interviewer),
    date: z.iso.date().nullable(),
  })
  .meta({
    id: "ToldEntry",
    description: "A story already told in this loop: which round, to whom, when.",
  });
export type Told = z.infer<typeof Told>;

/** A told entry as a client sends it: `round` and `interviewer` default to "", `date` to null. */
export const ToldInput = z
  .strictObject({
    storyId: Told.shape.storyId,
    round: withDefault(Told.shape.round, () => ""),
    interviewer: withDefault(Told.shape.interviewer, () => ""),
    date: withDefault(Told.shape.date, () => null),
  })
  .meta({
    description:
      'A story already told in this loop. Only `storyId` is required; `round` and `interviewer` default to "", `date` to null.',
  });

const contentShape = {
  company: nonBlank(limits.company),
  role: z.string().max(limits.role),
  valueSetIds: z
    .array(z.string().min(1).max(limits.valueSetId))
    .max(limits.valueSetIds)
    .meta({ description: "Built-in value set slugs (`amazon-lp-2021`) or your own `vst_…` ids." }),
  interviewDate: z.iso.date().nullable(),
  questions: z.array(z.string().min(1).max(limits.question)).max(limits.questions),
  notes: z.string().max(limits.notes),
  told: z.array(Told).max(limits.told),
};

export const Content = z.strictObject(contentShape);
export type Content = z.infer<typeof Content>;

/** A target as the server gives it back. */
export const Info = Content.extend({
  id: z.string().meta({ example: "tgt_01jd3k8w7q4t9m2x5c6v8b0n1r" }),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).meta({
  id: "Target",
  description: "What a cheat sheet is tailored for: a company, a role and its value sets.",
});
export type Info = z.infer<typeof Info>;

/** What a client may send: `told` entries may leave out their optional fields. */
const inputShape = { ...contentShape, told: z.array(ToldInput).max(limits.told) };

export const CreateInput = z
  .strictObject({
    ...inputShape,
    role: withDefault(contentShape.role, () => ""),
    valueSetIds: withDefault(contentShape.valueSetIds, () => []),
    interviewDate: withDefault(contentShape.interviewDate, () => null),
    questions: withDefault(contentShape.questions, () => []),
    notes: withDefault(contentShape.notes, () => ""),
    told: withDefault(inputShape.told, () => []),
  })
  .meta({
    id: "TargetCreate",
    description:
      'A new target. Only the company is required: role and notes default to "", the lists to [], interviewDate to null.',
  });
export type CreateInput = z.infer<typeof CreateInput>;

export const PatchInput = z
  .strictObject({
    ...inputShape,
    version: z.number().int().min(1).meta({ description: "The version this change was based on." }),
  })
  .partial()
  .required({ version: true })
  .meta({
    id: "TargetPatch",
    description: "Fields to replace, with the version it read.",
  });
export type PatchInput = z.infer<typeof PatchInput>;

export const ListQuery = z.strictObject({
  ...pageQuery(20),
});
export type ListQuery = z.infer<typeof ListQuery>;
