import {
  type Card,
  type CheatSheet,
  type DropKind,
  type Dropped,
  fitOrder,
} from "@storybank/core/cheatsheet";

/** One piece of the sheet the fit step may leave off, and how to leave it off. */
export interface DropItem extends Dropped {
  apply(draft: Draft): void;
}

interface Draft {
  sheet: CheatSheet;
  gone: { rows: Set<number>; questions: Set<number>; cards: Set<number> };
}

type CardLine = "situation" | "task" | "lesson" | "action" | "result" | "hook" | "headline";

const refText = (ref: { number: number | null; title: string; weak?: boolean } | null) =>
  ref ? `${ref.number ?? ""} ${ref.title}${ref.weak ? " (weak)" : ""}`.trim() : "";

/** Every droppable piece, in the order the fit drops them (see `fitOrder`). */
export function dropItems(sheet: CheatSheet): DropItem[] {
  const cards = sheet.cards.map((card, index) => ({ card, index })).reverse();
  const rows = sheet.matrix.map((row, index) => ({ row, index })).reverse();
  const byKind: Record<DropKind, DropItem[]> = {
    backup: rows.flatMap(({ row, index }) =>
      row.backup
        ? [
            {
              kind: "backup" as const,
              valueSetId: row.valueSetId,
              valueKey: row.valueKey,
              storyId: row.backup.storyId,
              text: `${row.valueName}: backup ${refText(row.backup)}`,
              apply: (d: Draft) => void ((d.sheet.matrix[index] as typeof row).backup = null),
            },
          ]
        : [],
    ),
    "extra-key-number": cards.flatMap(({ card, index }) =>
      card.keyNumbers
        .map((text, at) => ({ text, at }))
        .slice(1)
        .reverse()
        .map(({ text, at }) => keyNumber(card, index, at, text, "extra-key-number")),
    ),
    question: sheet.questions
      .map((row, index) => ({ row, index }))
      .reverse()
      .map(({ row, index }) => ({
        kind: "question" as const,
        ...(row.story ? { storyId: row.story.storyId } : {}),
        text: row.question,
        apply: (d: Draft) => void d.gone.questions.add(index),
      })),
    situation: cardLines(cards, "situation"),
    task: cardLines(cards, "task"),
    lesson: cardLines(cards, "lesson"),
    connection: cards.flatMap(({ card, index }) =>
      card.connection
        ? [
            {
              kind: "connection" as const,
              storyId: card.storyId,
              text: `${card.connection.company}: ${card.connection.text}`,
              apply: (d: Draft) => void ((d.sheet.cards[index] as Card).connection = null),
            },
          ]
        : [],
    ),
    "key-number": cards.flatMap(({ card, index }) =>
      card.keyNumbers.length > 0
        ? [keyNumber(card, index, 0, card.keyNumbers[0] as string, "key-number")]
        : [],
    ),
    action: cardLines(cards, "action"),
    result: cardLines(cards, "result"),
    hook: cardLines(cards, "hook"),
    headline: cardLines(cards, "headline"),
    "matrix-title": rows.flatMap(({ row, index }) => {
      const titled = [row.best, row.backup].filter((ref) => ref && ref.number !== null);
      if (titled.length === 0) return [];
      return [
        {
          kind: "matrix-title" as const,
          valueSetId: row.valueSetId,
          valueKey: row.valueKey,
          text: titled.map((ref) => ref?.title).join(" / "),
          apply: (d: Draft) => {
            const shown = d.sheet.matrix[index] as typeof row;
            for (const ref of [shown.best, shown.backup]) if (ref?.number) ref.title = "";
          },
        },
      ];
    }),
    "matrix-row": rows.map(({ row, index }) => ({
      kind: "matrix-row" as const,
      valueSetId: row.valueSetId,
      valueKey: row.valueKey,
      text: [row.valueName, refText(row.best)].filter(Boolean).join(": "),
      apply: (d: Draft) => void d.gone.rows.add(index),
    })),
    "value-sets":
      sheet.header.valueSets.length > 0
        ? [
            {
              kind: "value-sets" as const,
              text: sheet.header.valueSets.map((set) => set.name).join(", "),
              apply: (d: Draft) => void (d.sheet.header.valueSets = []),
            },
          ]
        : [],
    card: cards.slice(0, -1).map(({ card, index }) => ({
      kind: "card" as const,
      storyId: card.storyId,
      text: `${card.number} ${card.title}`,
      apply: (d: Draft) => void d.gone.cards.add(index),
    })),
  };
  return fitOrder.flatMap((kind) => byKind[kind]);
}

function keyNumber(card: Card, index: number, at: number, text: string, kind: DropKind): DropItem {
  return {
    kind,
    storyId: card.storyId,
    text,
    apply: (d) => void ((d.sheet.cards[index] as Card).keyNumbers[at] = ""),
  };
}

function cardLines(cards: { card: Card; index: number }[], field: CardLine): DropItem[] {
  return cards.flatMap(({ card, index }) =>
    card[field]
      ? [
          {
            kind: field,
            storyId: card.storyId,
            text: card[field],
            apply: (d: Draft) => void ((d.sheet.cards[index] as Card)[field] = ""),
          },
        ]
      : [],
  );
}

/** The sheet as printed once the first `count` drop items are left off. */
export function without(sheet: CheatSheet, items: DropItem[], count: number): CheatSheet {
  const draft: Draft = {
    sheet: structuredClone(sheet),
    gone: { rows: new Set(), questions: new Set(), cards: new Set() },
  };
  for (const item of items.slice(0, count)) item.apply(draft);
  const { sheet: shown, gone } = draft;
  shown.matrix = shown.matrix.filter((_, i) => !gone.rows.has(i));
  shown.questions = shown.questions.filter((_, i) => !gone.questions.has(i));
  shown.cards = shown.cards
    .filter((_, i) => !gone.cards.has(i))
    .map((card) => ({ ...card, keyNumbers: card.keyNumbers.filter(Boolean) }));
  return shown;
}

/** The report's form of a drop item. */
export const dropped = ({ apply: _apply, ...item }: DropItem): Dropped => item;
