import { z } from "zod";
import { nonBlank } from "../util/index.ts";

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

export const Told = z
  .strictObject({
    storyId: z.string().min(1).max(limits.storyId),
    round: z.string().max(limits.round).default(""),
    interviewer: z.string().max(limits.interviewer).default(""),
    date: z.iso.date().nullable().default(null),
  })
  .meta({
    id: "ToldEntry",
    description: "A story already told in this loop: which round, to whom, when.",
  });
export type Told = z.infer<typeof Told>;

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

export const CreateInput = z
  .strictObject({
    ...contentShape,
    role: contentShape.role.default(""),
    valueSetIds: contentShape.valueSetIds.default([]),
    interviewDate: contentShape.interviewDate.default(null),
    questions: contentShape.questions.default([]),
    notes: contentShape.notes.default(""),
    told: contentShape.told.default([]),
  })
  .meta({ id: "TargetCreate", description: "A new target. Only the company is required." });
export type CreateInput = z.infer<typeof CreateInput>;

export const PatchInput = z
  .strictObject({
    ...contentShape,
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
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(1_000).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;
