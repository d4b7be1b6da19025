/** Stages that hold real users' data: their resources outlive `sst remove` and mistakes. */
export const productionStages = ["prod", "production"];

export const isProduction = (stage: string | undefined) =>
  stage !== undefined && productionStages.includes(stage);

/** The app settings that depend on the stage (sst.config.ts `app`). */
export function appSettings(stage: string | undefined) {
  const production = isProduction(stage);
  return {
    name: "storybank",
    home: "aws" as const,
    removal: production ? ("retain" as const) : ("remove" as const),
    protect: production,
  };
}
