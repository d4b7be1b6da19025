import type { Heading, List, ListItem, Paragraph, RootContent } from "mdast";
import { classify } from "./labels.ts";
import { inlineText, tidy } from "./markdown.ts";
import type { StoryHeadingData } from "./normalize.ts";
import { remark } from "./reminders.ts";
import { isAside } from "./vocabulary.ts";

/**
 * Outlines (Logseq, Workflowy, Roam: every line a bullet) whose stories are bullets: read as
 * story headings and the parts under them. `normalize` reads a block the way the rest of the
 * document is read.
 */
type Normalize = (node: RootContent) => RootContent[];

/**
 * An outline (Logseq, Workflowy, Roam: every line a bullet) whose blocks are headed "- ## Title":
 * each such bullet is read as its heading followed by its child blocks; the other top-level
 * bullets stay bullets between them.
 */
export function outline(list: List, normalize: Normalize): RootContent[] | undefined {
  if (!list.children.some((item) => item.children[0]?.type === "heading")) return undefined;
  return list.children.flatMap((item): RootContent[] => {
    const [first, ...rest] = item.children as RootContent[];
    // "- ---": a rule between blocks, as in the page it was written on.
    if (first?.type === "thematicBreak" && rest.length === 0) return [first];
    if (first?.type !== "heading") return [{ ...list, children: [item], position: item.position }];
    // A block with content of its own is a page's entry: a story however it is told; a block
    // whose content is stories of their own ("- ## Stories" over titled bullets) only groups them.
    const groups = rest.some(
      (node) =>
        node.type === "list" && node.children.some((child) => attributeStory(child) !== undefined),
    );
    const entry: Heading =
      rest.length > 0 && !groups && !isAside(tidy(inlineText(first.children)))
        ? { ...first, data: { synthetic: "outline" } as StoryHeadingData }
        : first;
    return [entry, ...rest].flatMap((node) => normalize(node));
  });
}

/** "#production #[[live ops]]": a line of tags, Roam's several-word ones in double brackets. */
const roamTags = /^(?:#(?:\[\[[^\]]+\]\]|[\p{L}\p{N}][\p{L}\p{N}_\-/&+]*)\s*)+$/u;

/** "Situation:: …", "Action::": an outline's attribute (Roam, Logseq) naming a STAR part. */
const attribute = /^\s*([A-Za-z][A-Za-z '’]{0,40}?)::(?:\s|$)/;

const itemFirstLine = (item: ListItem) => {
  const first = item.children[0];
  return first?.type === "paragraph" ? tidy(inlineText(first.children)).split("\n")[0]! : "";
};

/** A bullet whose child bullets are two or more STAR attributes: a story, titled by the bullet. */
function attributeStory(item: ListItem): List | undefined {
  const [first, nested, ...more] = item.children;
  if (first?.type !== "paragraph" || nested?.type !== "list" || more.length > 0) return undefined;
  const title = tidy(inlineText(first.children));
  if (title === "" || title.includes("\n") || attribute.test(title)) return undefined;
  const starred = nested.children.filter((child) => {
    const label = attribute.exec(itemFirstLine(child))?.[1];
    const slot = label ? classify(label, null) : undefined;
    return (
      slot?.kind === "sections" ||
      (slot?.kind === "text" && /situation|task|draft|refined|lessons/.test(slot.key)) ||
      (slot?.kind === "title" && child.children.length > 1)
    );
  });
  return starred.length >= 1 &&
    nested.children.filter((child) => attribute.test(itemFirstLine(child))).length >= 2
    ? nested
    : undefined;
}

/**
 * One attribute bullet as a label paragraph ("**Situation:** …") and the bullets under it; a
 * "Story::" over the telling is its free write. A bullet that is no attribute stays a bullet.
 */
function attributeParts(item: ListItem, list: List, normalize: Normalize): RootContent[] {
  const [first, ...under] = item.children;
  const match = first?.type === "paragraph" ? attribute.exec(itemFirstLine(item)) : null;
  // "- #production #[[live ops]]" among the attributes: the story's tags.
  if (!match && first?.type === "paragraph" && roamTags.test(itemFirstLine(item))) {
    const tags: Paragraph = {
      type: "paragraph",
      children: [
        { type: "strong", children: [{ type: "text", value: "Tags:" }] },
        { type: "text", value: ` ${itemFirstLine(item)}` },
      ],
      position: first.position,
    };
    return [tags, ...under.flatMap((node) => normalize(node))];
  }
  if (!match || first?.type !== "paragraph") {
    // "{{[[TODO]]}} find the exact count": a remark beside the story, read as one.
    if (first?.type === "paragraph" && remark(tidy(inlineText(first.children)), true) !== undefined)
      return item.children.flatMap((node) => normalize(node));
    return [{ ...list, children: [item], position: item.position }];
  }
  const text = tidy(inlineText(first.children));
  const rest = text.slice(text.indexOf("::") + 2).trim();
  const slot = classify(match[1]!, null);
  const label =
    slot?.kind === "title" && rest === "" && under.length > 0 ? "Full story" : match[1]!;
  const paragraph: Paragraph = {
    type: "paragraph",
    children: [
      { type: "strong", children: [{ type: "text", value: `${label}:` }] },
      ...(rest !== "" ? [{ type: "text" as const, value: ` ${rest}` }] : []),
    ],
    position: first.position,
  };
  return [paragraph, ...under.flatMap((node) => normalize(node))];
}

/**
 * An outline whose stories are bullets with attribute bullets under them (Roam, Logseq:
 * "- Late ferry rebuild" over "- Situation:: …", "- Action::" and its steps): each such bullet is
 * read as a story heading, its attributes as labelled parts; bullets around them stay bullets.
 */
export function attributeOutline(list: List, normalize: Normalize): RootContent[] | undefined {
  const found = (items: ListItem[]): boolean =>
    items.some(
      (item) =>
        attributeStory(item) !== undefined ||
        item.children.some((child) => child.type === "list" && found(child.children)),
    );
  if (!found(list.children)) return undefined;
  const walk = (items: ListItem[]): RootContent[] =>
    items.flatMap((item): RootContent[] => {
      const nested = attributeStory(item);
      if (nested) {
        const first = item.children[0] as Paragraph;
        const heading: Heading = {
          type: "heading",
          depth: 6,
          children: first.children,
          position: first.position,
          data: { synthetic: "outline" } as StoryHeadingData,
        };
        return [
          heading,
          ...nested.children.flatMap((child) => attributeParts(child, list, normalize)),
        ];
      }
      const inner = item.children.filter((child): child is List => child.type === "list");
      if (inner.length === 0 || !inner.some((child) => found(child.children)))
        return [{ ...list, children: [item], position: item.position }];
      const own = item.children.filter((child) => child.type !== "list");
      return [
        ...(own.length > 0
          ? [{ ...list, children: [{ ...item, children: own }], position: item.position }]
          : []),
        ...inner.flatMap((child) => walk(child.children)),
      ];
    });
  return walk(list.children);
}
