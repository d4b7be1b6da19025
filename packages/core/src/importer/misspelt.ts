/**
 * Part names as people mistype them in a hurry: "Sitaution", "Taks", "Reuslt", "Situaton".
 */

import leven from "leven";

/** The one-word part names a misspelt label is read as. */
const partNames = [
  "situation",
  "task",
  "action",
  "actions",
  "result",
  "results",
  "lesson",
  "lessons",
  "reflection",
  "challenge",
  "background",
  "outcome",
];

/** Whether `a` is `b` with two neighbouring letters swapped ("taks" for "task"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, index) => letter !== b[index]);
  return (
    at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
  );
}

/**
 * The part name a one-word label misspells, or undefined: two neighbouring letters swapped
 * (words of four letters or more), or one letter added, dropped or changed in a word of six
 * letters or more that keeps its first letter. `label` is lower case.
 */
export function misspeltPart(label: string): string | undefined {
  if (!/^\p{Ll}{4,}$/u.test(label)) return undefined;
  return partNames.find(
    (name) =>
      swapped(label, name) ||
      (name.length >= 6 && label[0] === name[0] && label !== name && leven(label, name) === 1),
  );
}
