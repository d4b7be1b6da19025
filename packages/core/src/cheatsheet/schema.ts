import { z } from "zod";
import { Query as TailoringQuery } from "../tailoring/schema.ts";

/**
 * The cheat sheet as both renderers (PDF and DOCX) take it: everything already chosen, condensed
 * and ordered, so a renderer only lays it out. Builders fill it; the fit step in the export
 * package may then drop parts of it, and reports which.
 */

export const Paper = z.enum(["letter", "a4"]).meta({ id: "Paper" });
export type Paper = z.infer<typeof Paper>;

export const SheetFormat = z.enum(["pdf", "docx", "json"]).meta({ id: "CheatSheetFormat" });
export type SheetFormat = z.infer<typeof SheetFormat>;

export const StoryRef = z
  .object({
    storyId: z.string(),
    number: z
      .number()
      .int()
      .min(1)
      .nullable()
      .meta({ description: "The story's card number on the sheet; null when it has no card." }),
    title: z.string(),
  })
  .meta({ id: "CheatSheetStoryRef" });
export type StoryRef = z.infer<typeof StoryRef>;

export const ShortenedField = z.enum([
  "headline",
  "hook",
  "situation",
  "task",
  "action",
  "result",
  "keyNumbers",
  "lesson",
  "connection",
]);
/** A card's lines by name. */
export const CardLine = ShortenedField;
export type CardLine = z.infer<typeof CardLine>;

export const MatchRef = StoryRef.extend({
  weak: z.boolean().meta({
    description:
      "The tailoring's closest story for a value no story covers well: shown so the row is not empty, marked so it is not taken for a fit.",
  }),
}).meta({ id: "CheatSheetMatchRef" });
export type MatchRef = z.infer<typeof MatchRef>;

export const Card = z
  .object({
    storyId: z.string(),
    number: z.number().int().min(1),
    title: z.string(),
    headline: z.string(),
    hook: z.string(),
    situation: z.string(),
    task: z.string(),
    action: z.string(),
    result: z.string(),
    keyNumbers: z.array(z.string()),
    lesson: z.string(),
    connection: z.object({ company: z.string(), text: z.string() }).nullable(),
    told: z.array(z.string()).meta({ description: "Rounds of this loop the story was told in." }),
    inferred: z.array(CardLine).meta({
      description:
        "Lines read from the story's refined telling, draft or analysis answers because its own field (situation, task, actions, results, lessons) is empty.",
    }),
  })
  .meta({ id: "CheatSheetCard", description: "One chosen story, condensed to a few lines." });
export type Card = z.infer<typeof Card>;

export const MatrixRow = z
  .object({
    valueSetId: z.string(),
    valueKey: z.string(),
    valueName: z.string(),
    best: MatchRef.nullable(),
    backup: MatchRef.nullable(),
  })
  .meta({ id: "CheatSheetMatrixRow" });
export type MatrixRow = z.infer<typeof MatrixRow>;

export const QuestionRow = z
  .object({
    question: z.string(),
    story: StoryRef.nullable(),
    source: z.enum(["target", "value-set"]),
  })
  .meta({ id: "CheatSheetQuestion" });
export type QuestionRow = z.infer<typeof QuestionRow>;

export const CheatSheet = z
  .object({
    targetId: z.string(),
    header: z.object({
      company: z.string(),
      role: z.string(),
      interviewDate: z.string().nullable(),
      valueSets: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    reminders: z.array(z.string()),
    matrix: z.array(MatrixRow),
    cards: z.array(Card),
    questions: z
      .array(QuestionRow)
      .meta({ description: "The target's questions, then value sets' sample questions." }),
    sampleQuestionsLeftOut: z.number().int().min(0).meta({
      description: "Value sets' sample questions past the sheet's share; the tailoring has them.",
    }),
    shortened: z
      .array(z.object({ storyId: z.string(), field: ShortenedField }))
      .meta({ description: "Card lines condensed from longer story text." }),
  })
  .meta({ id: "CheatSheet", description: "The one-page sheet for a target, before fitting." });
export type CheatSheet = z.infer<typeof CheatSheet>;

/**
 * What the fit step may drop, lowest priority first. Within a kind it drops from the end:
 * the last value's row, the last card's line, the last question.
 */
export const fitOrder = [
  "backup",
  "extra-key-number",
  "question",
  "situation",
  "task",
  "lesson",
  "connection",
  "key-number",
  "action",
  "result",
  "hook",
  "headline",
  "matrix-title",
  "matrix-row",
  "value-sets",
  "card",
] as const;
export const DropKind = z.enum(fitOrder).meta({ id: "CheatSheetDropKind" });
export type DropKind = z.infer<typeof DropKind>;

export const Dropped = z
  .object({
    kind: DropKind,
    storyId: z.string().optional(),
    valueSetId: z.string().optional(),
    valueKey: z.string().optional(),
    text: z.string().meta({ description: "The text that is not on the page." }),
  })
  .meta({ id: "CheatSheetDropped" });
export type Dropped = z.infer<typeof Dropped>;

export const Unprinted = z
  .object({
    storyId: z.string().optional(),
    field: z
      .string()
      .meta({ description: "The card line or part of the sheet: title, situation, …" }),
    characters: z.array(z.string()).meta({ description: "Characters no shipped font draws." }),
  })
  .meta({ id: "CheatSheetUnprinted" });
export type Unprinted = z.infer<typeof Unprinted>;

export const FitReport = z
  .object({
    format: z.enum(["pdf", "docx"]),
    paper: Paper,
    fontSize: z.number().meta({ description: "Body text size in points." }),
    floor: z.number().meta({ description: "The smallest body size the fit may use." }),
    pages: z.literal(1),
    dropped: z.array(Dropped),
    unprinted: z.array(Unprinted).meta({
      description: "Text left off the page because no font the sheet ships draws it.",
    }),
  })
  .meta({ id: "CheatSheetFit", description: "How the sheet was fitted onto one page." });
export type FitReport = z.infer<typeof FitReport>;

/** The sheet's query: format and paper, and the tailoring's own options. */
export const SheetQuery = z.strictObject({
  ...TailoringQuery.shape,
  format: SheetFormat.optional().meta({
    description: "pdf, docx or json (the view model and its fit); else taken from Accept.",
  }),
  paper: Paper.default("letter"),
});
export type SheetQuery = z.infer<typeof SheetQuery>;

/** The JSON form of the sheet: the view model and how it fits each format. */
export const SheetView = z
  .object({
    sheet: CheatSheet,
    fit: z.object({ pdf: FitReport, docx: FitReport }),
  })
  .meta({ id: "CheatSheetView" });
export type SheetView = z.infer<typeof SheetView>;
