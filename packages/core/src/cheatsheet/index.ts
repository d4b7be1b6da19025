import type { Db } from "../db/index.ts";
import * as Story from "../story/index.ts";
import { tailor, type OptionsInput } from "../tailoring/index.ts";
import * as Target from "../target/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { build } from "./build.ts";
import type { CheatSheet } from "./schema.ts";

export * from "./schema.ts";
export {
  build,
  reminders,
  sampleQuestions,
  type BuildInput,
  type StoryInput,
  type TailoringInput,
  type TargetInput,
  type ValueSetInput,
} from "./build.ts";
export { lineCap, keyNumbersPerCard } from "./condense.ts";

/** Loads a target of the owner's with its value sets and stories, tailors them, builds the sheet. */
export async function forTarget(
  db: Db,
  owner: string,
  targetId: string,
  options: OptionsInput = {},
): Promise<CheatSheet> {
  const target = await Target.get(db, owner, targetId);
  const [valueSets, stories] = await Promise.all([
    ValueSet.getMany(db, owner, target.valueSetIds),
    Story.all(db, owner),
  ]);
  const tailoring = tailor({ target, valueSets, stories, options });
  return build({ target, valueSets, stories, tailoring });
}
