import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";

/** The instant every factory-made record was created and last changed. */
export const madeAt = "2025-06-01T00:00:00.000Z";

const stored = { version: 1, createdAt: madeAt, updatedAt: madeAt };

/**
 * A story as the store gives it back: `input` is a create input (title "A story" unless given)
 * applied to an empty story, so every field not given holds its empty default; id `sty_test`
 * unless `id` is given. `overrides` replaces stored fields afterwards (`progress`, `version` …).
 */
export function storyInfo(
  input: Partial<Story.CreateInput> = {},
  overrides: Partial<Story.Info> = {},
): Story.Info {
  const title = input.title ?? "A story";
  return {
    id: "sty_test",
    ...Story.applyChange(Story.emptyContent(title), { ...input, title }),
    ...stored,
    ...overrides,
  };
}

/**
 * A target as the store gives it back, validated by `Target.Info`: company "Stripe" and id
 * `tgt_test` unless given; the other fields take the create input's defaults.
 */
export function targetInfo(
  input: Partial<Target.CreateInput> = {},
  overrides: Partial<Target.Info> = {},
): Target.Info {
  const content = Target.CreateInput.parse({ company: "Stripe", ...input });
  return Target.Info.parse({ id: "tgt_test", ...content, ...stored, ...overrides });
}

/**
 * A value set of the owner's own, validated by `ValueSet.Info`: one value ("Customer
 * Obsession") and id `vst_test` unless given.
 */
export function valueSetInfo(
  input: Partial<ValueSet.CreateInput> = {},
  overrides: Partial<ValueSet.Info> = {},
): ValueSet.Info {
  const content = ValueSet.CreateInput.parse({
    company: "Amazon",
    name: "Amazon values",
    values: [{ key: "customer-obsession", name: "Customer Obsession" }],
    ...input,
  });
  return ValueSet.Info.parse({
    id: "vst_test",
    builtIn: false,
    ...content,
    ...stored,
    ...overrides,
  });
}
