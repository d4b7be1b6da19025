import { z } from "zod";

export const Severity = z.enum(["error", "warning", "info"]).meta({ id: "Severity" });
export type Severity = z.infer<typeof Severity>;

export const Finding = z
  .strictObject({
    code: z.string().meta({ description: "Stable, e.g. `results_no_numbers`." }),
    severity: Severity,
    field: z
      .string()
      .meta({ description: "The story field it is about, e.g. `actions.0.points.2`." }),
    message: z.string(),
  })
  .meta({ id: "Finding" });
export type Finding = z.infer<typeof Finding>;

export const Figures = z
  .strictObject({
    wpm: z.number().meta({ description: "The speaking pace the timings assume." }),
    situationSentences: z.number().int(),
    taskSentences: z.number().int(),
    actionPoints: z.number().int().meta({
      description: "Action groups when there are several headed sections, else bullet points.",
    }),
    resultPoints: z.number().int(),
    resultNumbers: z.number().int().meta({
      description:
        "Figures ($, %, counts, time) in the result; with no results section, in the result read from the telling.",
    }),
    starWords: z
      .number()
      .int()
      .meta({ description: "Words of situation, task, actions and results." }),
    situationWords: z.number().int(),
    backgroundShare: z.number().meta({
      description:
        "Situation words as a share of the STAR words; for a story told only as a telling, the words before the speaker's first move as a share of the telling.",
    }),
    fullSeconds: z
      .number()
      .int()
      .meta({ description: "The STAR telling at the pace, in seconds." }),
    draftWords: z.number().int(),
    refinedWords: z.number().int(),
    refinedSeconds: z.number().int(),
    iCount: z.number().int().meta({
      description:
        '"I" and its contractions, plus action points that start with a past-tense verb.',
    }),
    weCount: z.number().int(),
    placeholders: z.number().int(),
    timedSeconds: z.number().int().nullable(),
    practiceCount: z.number().int(),
  })
  .meta({ id: "StoryFigures" });
export type Figures = z.infer<typeof Figures>;

export const StoryShape = z.enum(["star", "refined", "draft", "analysis", "empty"]).meta({
  id: "StoryShape",
  description:
    "How the story is written: STAR sections; else a refined telling; else only a draft; else only analysis answers; else nothing yet.",
});
export type StoryShape = z.infer<typeof StoryShape>;

const foundIn = z.string().nullable().meta({
  description:
    "The field the part was found in: the story's own section, or the telling, draft or analysis answer it was read from (`refined`, `analysis.9.answer`); null when nothing tells it.",
});

export const StarCoverage = z
  .strictObject({
    shape: StoryShape,
    situation: foundIn,
    task: foundIn,
    actions: foundIn,
    results: foundIn,
    lessons: foundIn,
  })
  .meta({
    id: "StarCoverage",
    description: "Where the story tells each STAR part and its lesson.",
  });
export type StarCoverage = z.infer<typeof StarCoverage>;

export const StoryCheck = z
  .strictObject({
    storyId: z.string(),
    findings: z.array(Finding),
    readiness: z.number().int().min(0).max(100).meta({
      description: "0–100: the craft findings, then practice (five tellings for full marks).",
    }),
    figures: Figures,
    star: StarCoverage,
  })
  .meta({ id: "StoryCheck", description: "A story held against the craft rules." });
export type StoryCheck = z.infer<typeof StoryCheck>;

const ValueRef = {
  valueSetId: z.string(),
  valueKey: z.string(),
  valueName: z.string(),
};

export const BankCheck = z
  .strictObject({
    targetId: z.string().nullable(),
    wpm: z.number(),
    readiness: z
      .number()
      .int()
      .nullable()
      .meta({ description: "The stories' mean; null with none." }),
    readyFrom: z.number().int().meta({
      description: "A story is ready at this readiness or above, with no error findings.",
    }),
    stories: z.array(
      z.strictObject({
        storyId: z.string(),
        title: z.string(),
        readiness: z.number().int(),
        ready: z.boolean(),
        errors: z.number().int(),
        warnings: z.number().int(),
        infos: z.number().int(),
        codes: z.array(z.string()).meta({ description: "The codes found, each once." }),
      }),
    ),
    valuesWithoutReadyStory: z
      .array(
        z.strictObject({
          ...ValueRef,
          storyIds: z
            .array(z.string())
            .meta({ description: "Stories that match the value but are not ready yet." }),
        }),
      )
      .meta({ description: "With a target: its values no ready story covers." }),
  })
  .meta({
    id: "BankCheck",
    description: "Readiness per story, and the target's uncovered values.",
  });
export type BankCheck = z.infer<typeof BankCheck>;

export const Options = z.strictObject({
  wpm: z.number().int().min(60).max(300).default(150),
});

/** The query of both check routes. */
export const Query = z.strictObject({
  wpm: z.coerce
    .number()
    .int()
    .min(60)
    .max(300)
    .optional()
    .meta({ description: "Speaking pace in words per minute; 150 if not given." }),
  targetId: z.string().min(1).max(100).optional(),
});
export type Query = z.infer<typeof Query>;
