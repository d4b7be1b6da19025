import { z } from "zod";
import { pageQuery } from "../paging/index.ts";
import { nonBlank } from "../util/index.ts";

/**
 * The story as the API takes and gives it. Every string and list is bounded (see `limits`), and
 * a whole story is further held under `limits.storyBytes` of UTF-8, so an item always stays
 * well under DynamoDB's 400 KB.
 */
export const limits = {
  title: 200,
  headline: 300,
  shortText: 200,
  tag: 60,
  tags: 20,
  question: 500,
  questions: 30,
  prose: 4_000,
  draft: 8_000,
  sectionHeading: 200,
  sectionPoint: 1_000,
  sectionPoints: 12,
  sections: 10,
  hook: 500,
  hooks: 10,
  followUps: 20,
  answer: 2_000,
  keyWords: 30,
  keyWord: 100,
  coachingNotes: 20,
  coachingNote: 1_000,
  analysis: 40,
  values: 50,
  connections: 10,
  notes: 8_000,
  storyBytes: 300_000,
} as const;

const text = (max: number) => z.string().max(max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

export const StoryKind = z
  .enum([
    "achievement",
    "architecture",
    "leadership",
    "influence",
    "conflict",
    "failure",
    "risk",
    "learning",
    "team",
    "other",
  ])
  .meta({ id: "StoryKind" });

export const Section = z
  .strictObject({
    heading: text(limits.sectionHeading).optional(),
    points: list(text(limits.sectionPoint), limits.sectionPoints),
  })
  .meta({ id: "StorySection", description: "An optional heading and its bullet points." });

export const Context = z
  .strictObject({
    company: text(limits.shortText).optional(),
    role: text(limits.shortText).optional(),
    period: text(limits.shortText).optional(),
    teamSize: z.number().int().min(0).max(1_000_000).nullable().optional(),
  })
  .meta({ id: "StoryContext" });

export const FollowUp = z
  .strictObject({ question: text(limits.question), answer: text(limits.answer) })
  .meta({ id: "FollowUp" });

export const Delivery = z
  .strictObject({
    pacing: text(limits.prose),
    tone: text(limits.prose),
    keyWords: list(text(limits.keyWord), limits.keyWords),
  })
  .meta({ id: "Delivery" });

export const AnalysisEntry = z
  .strictObject({
    section: text(limits.shortText),
    question: text(limits.question),
    answer: text(limits.answer),
  })
  .meta({ id: "AnalysisEntry" });

export const ValueLink = z
  .strictObject({
    valueSetId: text(limits.shortText).min(1),
    valueKey: text(limits.shortText).min(1),
  })
  .meta({ id: "ValueLink" });

export const Connection = z
  .strictObject({ company: text(limits.shortText), text: text(limits.answer) })
  .meta({ id: "Connection" });

export const Progress = z
  .strictObject({
    drafted: z.boolean(),
    analyzed: z.boolean(),
    refined: z.boolean(),
    timedSeconds: z.number().int().min(0).max(36_000).nullable(),
    practiceCount: z.number().int().min(0).max(1_000_000),
    lastPracticedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Progress" });

/** Every field a client may write, in its complete form. */
const contentShape = {
  title: nonBlank(limits.title),
  kind: StoryKind,
  tags: list(text(limits.tag).min(1), limits.tags),
  headline: text(limits.headline),
  context: Context,
  questions: list(text(limits.question), limits.questions),
  situation: text(limits.prose),
  task: text(limits.prose),
  actions: list(Section, limits.sections),
  results: list(Section, limits.sections),
  lessons: text(limits.prose),
  differently: text(limits.prose),
  takeaway: text(limits.prose),
  draft: text(limits.draft),
  refined: text(limits.prose),
  hooks: list(text(limits.hook), limits.hooks),
  followUps: list(FollowUp, limits.followUps),
  delivery: Delivery,
  coachingNotes: list(text(limits.coachingNote), limits.coachingNotes),
  analysis: list(AnalysisEntry, limits.analysis),
  values: list(ValueLink, limits.values),
  connections: list(Connection, limits.connections),
  notes: text(limits.notes).meta({
    description:
      'Text that belongs to the story but has no field of its own ("Use carefully: …", "Talking time: …"), one part per paragraph.',
  }),
  progress: Progress,
};

export const StoryContent = z.strictObject(contentShape);
export type StoryContent = z.infer<typeof StoryContent>;

/** The fields a client may send: every one but the title may be left out. */
const writableShape = {
  ...contentShape,
  delivery: Delivery.partial(),
  progress: Progress.partial(),
};

/** A story as the server gives it back. */
export const Info = StoryContent.extend({
  id: z.string().meta({ example: "sty_01jd3k8w7q4t9m2x5c6v8b0n1r" }),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).meta({ id: "Story", description: "One STAR story." });
export type Info = z.infer<typeof Info>;

export const CreateInput = z
  .strictObject(writableShape)
  .partial()
  .required({ title: true })
  .meta({ id: "StoryCreate", description: "A new story. Only the title is required." });
export type CreateInput = z.infer<typeof CreateInput>;

export const PatchInput = z
  .strictObject({
    ...writableShape,
    version: z.number().int().min(1).meta({ description: "The version this change was based on." }),
  })
  .partial()
  .required({ version: true })
  .meta({
    id: "StoryPatch",
    description:
      "Fields to change; each named top-level field is replaced, and context, delivery and progress merge key by key. Carries the version it read.",
  });
export type PatchInput = z.infer<typeof PatchInput>;

export const ListQuery = z.strictObject({
  ...pageQuery(20),
  tag: text(limits.tag).optional(),
  kind: StoryKind.optional(),
  value: text(2 * limits.shortText + 1)
    .optional()
    .meta({ description: "A linked value: `valueKey` or `valueSetId:valueKey`." }),
  q: text(limits.shortText)
    .optional()
    .meta({ description: "Free text, matched case-insensitively." }),
});
export type ListQuery = z.infer<typeof ListQuery>;
