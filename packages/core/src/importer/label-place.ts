import { normalizeLabel, type Slot } from "./labels.ts";

// Labels whose reading depends on more than their words: where they stand, or a language.

/**
 * Labels read by their place in the story so far (`told`: which parts already hold text): "What
 * happened" is the situation when it opens a story and the result once the actions are told;
 * "The challenge" after a background is the task.
 */
export function slotByPlace(
  label: string,
  target: Slot | undefined,
  told: { situation: boolean; task: boolean; actions: boolean; results: boolean },
): Slot | undefined {
  const normal = normalizeLabel(label);
  if (target?.kind === "sections" && target.key === "results" && normal === "what happened") {
    const opens = !told.actions && !told.results && !told.situation;
    return opens ? { kind: "text", key: "situation" } : target;
  }
  const challenge = /^(the )?(challenge|problem)$/.test(normal);
  if (target?.kind === "text" && target.key === "situation" && challenge) {
    if (told.situation && !told.task && !told.actions) return { kind: "text", key: "task" };
  }
  return target;
}

/** A language's code or name as a label before a translation: "EN :", "FR:", "English:". */
export const isLanguageLabel = (label: string) =>
  /^(?:en|fr|es|de|it|pt|nl|english|français|francais|french|español|espanol|spanish|deutsch|german|in english|en français|en español|auf deutsch)$/i.test(
    label.trim(),
  );
