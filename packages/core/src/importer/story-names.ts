import type { List, Paragraph } from "mdast";
import { headingMeta, isCompanyName } from "./headingmeta.ts";
import { metaLine } from "./meta-lines.ts";
import { classify } from "./labels.ts";
import { type Block, inlineText, splitLabel, tidy } from "./markdown.ts";
import { isQuestion } from "./question.ts";

/**
 * How a story that answers a question is named when no heading names it: a first note that is
 * only its name ("- **Codeine linctus regular** (Lowther Pharmacy)", "- story: the reach-truck
 * near miss"), or the bold sentence its answer opens with.
 */

/** The paragraph of a list's first item when that item is only it, as a note naming a story. */
export function firstNote(block: Block | undefined): Paragraph | undefined {
  if (block?.type !== "list" || block.children.length < 2) return undefined;
  const item = block.children[0]!;
  return item.children.length === 1 && item.children[0]!.type === "paragraph"
    ? item.children[0]
    : undefined;
}

/** "**Codeine linctus regular** (Lowther Pharmacy)": a note that is only a bold name. */
export function boldName(paragraph: Paragraph): { name: string; company?: string } | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== "strong") return undefined;
  const name = tidy(inlineText(first.children)).replace(/[.:]$/, "");
  const after = tidy(inlineText(rest));
  const bracket = /^\(([^()]+)\)$/.exec(after);
  if (name === "" || name.split(/\s+/).length > 12 || (after !== "" && !bracket)) return undefined;
  return bracket && isCompanyName(bracket[1]!) ? { name, company: bracket[1]! } : { name };
}

/**
 * The bold sentence an answer opens with, as its title: "**The diary study nobody wanted.**
 * Product was sure…" (at most ten words, not a label: none the reader knows, none closed by a colon).
 */
export function boldLeadIn(block: Block): string | undefined {
  if (block.type !== "paragraph") return undefined;
  const [first, ...rest] = block.children;
  if (first?.type !== "strong" || tidy(inlineText(rest)).split(/\s+/).length < 8) return undefined;
  const bold = tidy(inlineText(first.children));
  const lead = bold.replace(/[.:!]$/, "");
  // "**Why they ask it:** They want…": a label of the writer's own, not a title.
  const labelled = bold.endsWith(":") || /^\s*:/.test(tidy(inlineText(rest)));
  if (lead === "" || labelled || lead.split(/\s+/).length > 10 || classify(lead, null))
    return undefined;
  return lead;
}

/** A list without its first item, starting where its second does. */
export function withoutFirstItem(list: List): List {
  const rest = list.children.slice(1);
  return {
    ...list,
    children: rest,
    position: list.position && { start: rest[0]!.position!.start, end: list.position.end },
  };
}

/**
 * "*The late knitwear delivery – Marlowe Department Stores, AW22*" right under a question: a
 * line wholly in italics or bold that names the story, short and neither a question nor a label.
 */
export function styledName(paragraph: Paragraph): string | undefined {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || (only?.type !== "emphasis" && only?.type !== "strong"))
    return undefined;
  const text = tidy(inlineText(paragraph.children));
  if (text.includes("\n") || text.split(/\s+/).length > 14 || /[.:;?!]$/.test(text))
    return undefined;
  if (isQuestion(text) || splitLabel(paragraph.children)) return undefined;
  // "*Kinsale Mutual · Claims Supervisor · 2022*": where and when, not the story's name.
  // ("*The late coat delivery – Harwood & Lyle, SS24*" names the story before its employer.)
  if (metaLine(text) && headingMeta(text).company === undefined) return undefined;
  return text;
}

/**
 * The value a story's title names it by: "LP: Customer Obsession", "Competency — Ownership" give
 * "Customer Obsession" and "Ownership"; undefined when the words before the colon or dash are no
 * label of a value or competency.
 */
export function valueNamed(title: string): string | undefined {
  const named = /^([^:—–]{1,40}?)\s*(?::|\s[—–-])\s+(\S.*)$/.exec(title);
  return named && classify(named[1]!, null)?.kind === "meta" ? named[2]! : undefined;
}

/**
 * "1 peak staffing mess", "2 forklift near miss", "3 low performer coaching" (a note typed on a
 * phone): stories whose titles open with their numbers in order, 1 to n, with no mark after the
 * number. The number is the story's, not its title's.
 */
export function bareNumberedTitles(drafts: { heading: string; number: number | undefined }[]) {
  const numbered = drafts.map((draft) => /^(\d{1,2}) +(?=\p{L})(\S.*)$/u.exec(draft.heading));
  if (drafts.length < 2 || numbered.some((match, at) => Number(match?.[1]) !== at + 1)) return;
  drafts.forEach((draft, at) => {
    draft.heading = numbered[at]![2]!;
    draft.number ??= at + 1;
  });
}
