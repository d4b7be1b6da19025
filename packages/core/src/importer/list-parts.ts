import type { List } from "mdast";
import type { Draft } from "./draft.ts";
import { classify } from "./labels.ts";
import { type Block, blockText, inlineText, itemText, tidy } from "./markdown.ts";

/** How the items of a list under a story become its parts: sections, points and labelled notes. */

/** Items with their own bullets are sections (heading + points); plain items are points. */
export function sectionItems(list: List, sections: Draft["actions"]): void {
  const opened = new Set<Draft["actions"][number]>();
  // Plain points fill a section whose heading came just before, else start one without.
  const addPoints = (items: string[]) => {
    // An empty bullet ("- " left to fill in) is no point.
    const points = items.filter((point) => point.trim() !== "");
    if (points.length === 0) return;
    let open = sections.at(-1);
    if (!open || (open.points.length > 0 && !opened.has(open))) {
      open = { points: [] };
      sections.push(open);
    }
    opened.add(open);
    open.points.push(...points);
  };
  for (const item of list.children) {
    const [first, ...more] = item.children;
    const nested = more.filter((child): child is List => child.type === "list");
    const head = first?.type === "paragraph" ? tidy(inlineText(first.children)) : "";
    const under = nested.flatMap((l) => l.children.map(itemText));
    if (first?.type !== "paragraph" || nested.length === 0) {
      addPoints([itemText(item)]);
    } else if (/:$/.test(head) || head.split(/\s+/).length <= 6) {
      // "- Phase 1 — discovery" or "- Week 1:" over its bullets heads a group.
      const others = more.filter((child) => child.type !== "list").map(blockText);
      sections.push({ heading: head.replace(/:$/, ""), points: [...others, ...under] });
    } else {
      // "- Built a Prophet model per queue with holiday effects" over a detail: a point, the
      // detail after it.
      addPoints([head, ...under]);
    }
  }
}

/**
 * The last items of an Action or Result list that are a known label of another field over bullets
 * of their own ("- Questions this answers" over the questions), each with its label and lines.
 */
export function labelledGroups(list: List): { label: string; rest: string; item: Block }[] {
  const tail: { label: string; rest: string; item: Block }[] = [];
  for (let i = list.children.length - 1; i >= 0; i--) {
    const item = list.children[i]!;
    const [first, ...more] = item.children;
    const nested = more.filter((child): child is List => child.type === "list");
    if (first?.type !== "paragraph" || nested.length === 0 || nested.length !== more.length) break;
    const label = tidy(inlineText(first.children)).replace(/:$/, "");
    const slot = classify(label, null);
    if (!slot || slot.kind === "sections" || slot.kind === "other" || slot.kind === "title") break;
    const rest = nested.flatMap((l) => l.children.map(itemText)).join("\n");
    tail.unshift({ label, rest, item: item as unknown as Block });
  }
  return tail;
}

/**
 * The last items of a list of notes that open with a known label of a lesson, a result or the
 * questions it answers ("- lesson: count it yourself", "- learned: …", "- Works for:" over its
 * questions), each with its label and text, in order.
 */
export function labelledTail(list: List): { label: string; rest: string; item: Block }[] {
  const tail: { label: string; rest: string; item: Block }[] = [];
  for (let i = list.children.length - 1; i >= 0; i--) {
    const item = list.children[i]!;
    // "- Works for:" over its own bullets: the label, then one line per bullet.
    const [first, ...more] = item.children;
    const nested = more.filter((child): child is List => child.type === "list");
    const text =
      first?.type === "paragraph" && nested.length > 0 && more.length === nested.length
        ? `${tidy(inlineText(first.children))} ${nested.flatMap((l) => l.children.map(itemText)).join("\n")}`
        : itemText(item);
    const labelled = /^([\p{L}' ]{1,30}?)\s*:\s+(\S[\s\S]*)$/u.exec(text);
    const slot = labelled ? classify(labelled[1]!, null) : undefined;
    const tells =
      (slot?.kind === "text" && ["lessons", "differently", "takeaway"].includes(slot.key)) ||
      (slot?.kind === "sections" && slot.key === "results") ||
      (slot?.kind === "list" && slot.key === "questions");
    if (!labelled || !tells) break;
    tail.unshift({ label: labelled[1]!, rest: labelled[2]!, item: item as unknown as Block });
  }
  return tail.length < list.children.length ? tail : [];
}
