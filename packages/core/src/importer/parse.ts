import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { classify } from "./labels.ts";
import {
  indentOf,
  inlineText,
  itemIndent,
  lineOf,
  splitLabel,
  splitLines,
  tidy,
} from "./markdown.ts";

/** Markdown as a syntax tree: CommonMark with GitHub tables, labels under list items lifted out. */

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  const root = parser.runSync(parser.parse(text)) as Root;
  const lines = text.split(/\r?\n/);
  root.children = root.children.flatMap((block) =>
    block.type === "list" ? liftLazyLabels(block, lines) : [block],
  );
  return root;
}

/**
 * A line that begins, left of its list item's text, with a bold label ("**Result:**"), an italic one that names a
 * part ("_Result_ —"), a known plain label alone ("How it ended:") or a STAR part's plain label
 * and its text ("Result: 11 people…").
 */
const marginLabel = (line: PhrasingContent[]) => {
  const [first] = line;
  if (first?.type === "strong") return !!splitLabel(line);
  // "_Result_ — …": an italic label, when it names a part.
  if (first?.type === "emphasis") {
    const labelled = splitLabel(line);
    return labelled !== undefined && classify(labelled.label, null) !== undefined;
  }
  // A plain label alone on its line ("How it ended:"): a label on a line of its own is never an
  // item's prose.
  if (first?.type !== "text") return false;
  // "RESULT —" or "result -" alone too, a dash for the colon.
  const plain =
    line.length === 1 ? /^([A-Za-z][\w '’]{0,40}?)(?:::?|\s+[—–-])\s*$/.exec(first.value) : null;
  if (plain) return classify(plain[1]!, null) !== undefined;
  // "Result: 11 people moved…", "result - all 9…" or "1.4 Result: …" under the last item: a STAR
  // part's label (its section number first in an outline) and its text.
  const part = /^(?:\d+(?:\.\d+)+\s+)?([A-Za-z][\w '’]{0,40}?)(?::|\s+[—–-])\s+\S/.exec(
    first.value,
  );
  const slot = part ? classify(part[1]!, null) : undefined;
  // "if they ask what went wrong: …" under the last result: a follow-up of its own.
  return (
    slot?.kind === "sections" ||
    (slot?.kind === "text" && slot.key !== "draft") ||
    slot?.kind === "followUp"
  );
};

/**
 * Undoes a lazy continuation: a label written at the margin right under a list item (no blank
 * line between) belongs to the item's paragraph in CommonMark, but its writer meant a new part.
 * The label and what follows it come out after the list; later items form a new one. Under a
 * nested list, a label indented as far as an outer item's text ("1. TITLE" over "   Action:",
 * its bullets, then "   Result: …") goes back to that item instead.
 */
function liftLazyLabels(list: List, source: string[]): RootContent[] {
  const indent = (at: number) => indentOf(source, at);
  const column = itemIndent;
  for (const [index, item] of list.children.entries()) {
    const chain: ListItem[] = [item];
    let last = item.children.at(-1);
    while (last?.type === "list" && last.children.length > 0) {
      chain.push(last.children.at(-1)!);
      last = chain.at(-1)!.children.at(-1);
    }
    const holder = chain.at(-1)!;
    if (last?.type !== "paragraph") continue;
    const [kept, ...pieces] = splitLines(
      last,
      (line, at) => indent(at) < column(holder) && marginLabel(line),
    );
    if (pieces.length === 0) continue;
    holder.children[holder.children.length - 1] = kept!;
    // The innermost outer item whose text the label lines up with takes it back.
    const owner = (piece: Paragraph) =>
      chain.findLast(
        (outer) => outer !== holder && column(outer) <= indent(piece.position!.start.line),
      );
    const back = pieces.findIndex((piece) => owner(piece) === undefined);
    const lifted = back < 0 ? [] : pieces.slice(back);
    for (const piece of back < 0 ? pieces : pieces.slice(0, back))
      owner(piece)!.children.push(piece);
    if (lifted.length === 0) continue;
    const rest: List = {
      ...list,
      start: (list.start ?? 1) + index + 1,
      children: list.children.slice(index + 1),
    };
    return [
      { ...list, children: list.children.slice(0, index + 1) },
      ...lifted,
      ...(rest.children.length > 0 ? liftLazyLabels(rest, source) : []),
    ];
  }
  return [list];
}

/**
 * A list whose last item's paragraph runs on into a line that opens with a STAR label
 * at the margin ("result:: …", "Outcome: …"): the list without those lines, and a paragraph of them.
 */
export function lazyLabelLines(list: List, source: string[]): [List, Paragraph] | undefined {
  const item = list.children.at(-1);
  const last = item?.children.at(-1);
  if (!item || last?.type !== "paragraph") return undefined;
  const text = tidy(inlineText(last.children)).split("\n");
  // A line indented as far as the item's text ("3. TITLE" over "   Result: …") is the item's own.
  const column = itemIndent(item);
  const indented = (i: number) => column > 0 && indentOf(source, lineOf(last) + i) >= column;
  const at = text.findIndex((line, i) => {
    if (indented(i)) return false;
    const label = /^([\p{L}][\p{L} '’]{0,30}?)\s*::?\s/u.exec(line)?.[1];
    const slot = i > 0 && label ? classify(label, null) : undefined;
    return slot?.kind === "sections" || slot?.kind === "text" || slot?.kind === "followUp";
  });
  if (at <= 0) return undefined;
  const start = lineOf(last);
  const [kept, moved] = splitLines(last, (_line, line) => line === start + at);
  if (!kept || !moved) return undefined;
  const children = [...item.children.slice(0, -1), kept] as ListItem["children"];
  const items = [...list.children.slice(0, -1), { ...item, children }];
  return [{ ...list, children: items }, moved];
}
