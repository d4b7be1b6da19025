import type { List, ListItem, PhrasingContent, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { classify } from "./labels.ts";
import { splitLabel, splitLines } from "./markdown.ts";

/** Markdown as a syntax tree: CommonMark with GitHub tables, labels under list items lifted out. */

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  const root = parser.runSync(parser.parse(text)) as Root;
  root.children = root.children.flatMap((block) =>
    block.type === "list" ? liftLazyLabels(block) : [block],
  );
  return root;
}

/**
 * A line that begins, at the margin, with a bold label ("**Result:**"), with a known plain label
 * alone ("How it ended:") or with a STAR part's plain label and its text ("Result: 11 people…").
 */
const marginLabel = (line: PhrasingContent[]) => {
  const [first] = line;
  if (first?.type === "strong") return first.position?.start.column === 1 && !!splitLabel(line);
  // A plain label alone on its line ("How it ended:"): a text line split out of a paragraph
  // has no position of its own, and a label on a line of its own is never an item's prose.
  if (first?.type !== "text") return false;
  // "RESULT —" alone too, a dash for the colon.
  const plain =
    line.length === 1 ? /^([A-Za-z][\w '’]{0,40}?)(?:::?|\s+[—–])\s*$/.exec(first.value) : null;
  if (plain) return classify(plain[1]!, null) !== undefined;
  // "Result: 11 people moved…", "RESULT — all 9…" or "1.4 Result: …" under the last item: a STAR
  // part's label (its section number first in an outline) and its text.
  const part = /^(?:\d+(?:\.\d+)+\s+)?([A-Za-z][\w '’]{0,40}?)(?::|\s+[—–])\s+\S/.exec(first.value);
  const slot = part ? classify(part[1]!, null) : undefined;
  return slot?.kind === "sections" || (slot?.kind === "text" && slot.key !== "draft");
};

/**
 * Undoes a lazy continuation: a bold label written at the margin right under a list item
 * (no blank line between) belongs to the item's paragraph in CommonMark, but its writer meant
 * a new part. The label and what follows it come out after the list; later items form a new one.
 */
function liftLazyLabels(list: List): RootContent[] {
  for (const [index, item] of list.children.entries()) {
    let holder: ListItem = item;
    let last = item.children.at(-1);
    while (last?.type === "list" && last.children.length > 0) {
      holder = last.children.at(-1)!;
      last = holder.children.at(-1);
    }
    if (last?.type !== "paragraph") continue;
    const [kept, ...lifted] = splitLines(last, marginLabel);
    if (lifted.length === 0) continue;
    holder.children[holder.children.length - 1] = kept!;
    const rest: List = {
      ...list,
      start: (list.start ?? 1) + index + 1,
      children: list.children.slice(index + 1),
    };
    return [
      { ...list, children: list.children.slice(0, index + 1) },
      ...lifted,
      ...(rest.children.length > 0 ? liftLazyLabels(rest) : []),
    ];
  }
  return [list];
}
