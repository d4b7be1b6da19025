import { amounts, type Piece, readStar } from "../telling/index.ts";
import type { StoryInput } from "./build.ts";
import {
  keyNumbersPerCard,
  leadingClauses,
  lineCap,
  oneLine,
  weightiestClauses,
} from "./condense.ts";
import type { Card, CardLine } from "./schema.ts";

type Note = (field: CardLine, was: { cut: boolean }) => void;

const normal = (text: string) =>
  oneLine(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Whether two lines say nearly the same: most words of the shorter one are in the other (a hook
 * and the telling's sentence it was written from).
 */
function alike(a: string, b: string): boolean {
  const [x, y] = [new Set(a.split(" ")), new Set(b.split(" "))];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  // A short line (a four-word hook) shares its few words with many a sentence.
  if (small.size < 6) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / small.size >= 0.7;
}

/**
 * Fills the lines of a card that the story's own fields leave empty (situation, task, action,
 * result, key numbers, lesson) from its refined telling, its draft and its analysis answers, as
 * `readStar` reads them: a story written as a telling gets a full card, not a hook alone. Lines
 * the story's fields give are kept as they are; each filled line is listed in `inferred`.
 */
export function cardFromTelling(
  written: Card,
  story: StoryInput,
  company: string,
  note: Note,
): Card {
  const open = (["situation", "task", "action", "result", "lesson"] as const).filter(
    (field) => written[field] === "",
  );
  if (open.length === 0) return written;
  const star = readStar(
    {
      refined: story.refined,
      draft: story.draft ?? "",
      analysis: story.analysis ?? [],
      followUps: story.followUps ?? [],
      connections: story.connections,
    },
    [company],
  );

  const card: Card = { ...written, keyNumbers: [...written.keyNumbers], inferred: [] };
  const used = new Set(
    [card.hook, card.situation, card.task, card.action, card.result, card.lesson]
      .filter(Boolean)
      .map(normal),
  );
  const fresh = (pieces: Piece[]) =>
    pieces.find((p) => {
      const text = normal(p.text);
      return text !== "" && ![...used].some((u) => u.startsWith(text) || alike(u, text));
    });
  const fill = (field: CardLine & keyof Card, pieces: Piece[], weighted = false) => {
    if (card[field] !== "") return;
    const found = fresh(pieces);
    if (!found) return;
    const condensed = weighted
      ? weightiestClauses(found.text, lineCap.line, (c) => amounts(c).length)
      : leadingClauses(found.text, lineCap.line);
    note(field, condensed);
    (card[field] as string) = condensed.text;
    card.inferred.push(field);
    used.add(normal(found.text));
  };

  fill("situation", star.situation);
  fill("task", star.task);
  fill("action", star.action);
  const resultWasEmpty = card.result === "";
  fill("result", star.result, true);
  fill("lesson", star.lesson);

  if (resultWasEmpty && card.keyNumbers.length === 0) {
    const shown = new Set(amounts([card.headline, card.result].join(" ")));
    for (const found of star.figures) {
      if (card.keyNumbers.length >= keyNumbersPerCard) break;
      const stated = amounts(found.text);
      if (stated.length === 0 || stated.every((a) => shown.has(a))) continue;
      const condensed = weightiestClauses(found.text, lineCap.keyNumber, (c) => {
        const here = amounts(c);
        return here.filter((a) => !shown.has(a)).length * 2 + here.length;
      });
      for (const amount of amounts(condensed.text)) shown.add(amount);
      card.keyNumbers.push(condensed.text);
    }
    if (card.keyNumbers.length > 0) card.inferred.push("keyNumbers");
  }
  return card;
}
