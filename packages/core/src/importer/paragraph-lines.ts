import type { Heading, Paragraph, PhrasingContent } from "mdast";
import { classify } from "./labels.ts";
import { inlineText } from "./markdown.ts";

/** Paragraphs read again as a plain-text note or a tracker's line of fields means them. */

/**
 * Lines of text right over a rule ("sit: …\nresult: …\n---"), which Markdown reads as one setext
 * heading: in a plain-text note they are a paragraph and the rule under it ends a story. A setext
 * title is one line; two lines or more over the rule are a paragraph.
 */
export function ruledParagraph(heading: Heading, lines: string[]): Paragraph | undefined {
  const start = heading.position?.start.line;
  const end = heading.position?.end.line;
  if (start === undefined || end === undefined || end - start < 2) return undefined;
  if (!/^\s*(?:-+|=+)\s*$/.test(lines[end - 1] ?? "")) return undefined;
  const last = lines[end - 2] ?? "";
  return {
    type: "paragraph",
    children: heading.children,
    position: {
      start: heading.position!.start,
      end: { line: end - 1, column: last.length + 1, offset: undefined },
    },
  } as Paragraph;
}

/**
 * "**Status:** Done · **Priority:** High · **Labels:** `data`" (an issue tracker's fields on one
 * line, apart by "·", "|" or wide spaces): a line per field, as if each were written on its own.
 */
export function fieldsOnOneLine(paragraph: Paragraph): Paragraph {
  // "`prioritization` `stakeholders`": code spans apart by spaces are items of a list.
  const kids: PhrasingContent[] = paragraph.children.map((child, i, all) =>
    child.type === "text" &&
    /^[ \t]+$/.test(child.value) &&
    all[i - 1]?.type === "inlineCode" &&
    all[i + 1]?.type === "inlineCode"
      ? { ...child, value: ", " }
      : child,
  );
  // "Company: Pinecrest Outfitters · Headline: freed 3 engineers": plain labels the same way.
  const [lead] = kids;
  const known = (label: string) => classify(label, null) !== undefined;
  const plainLead = lead?.type === "text" ? /^(\p{L}[\p{L} #'’]{1,24}):\s/u.exec(lead.value) : null;
  if (plainLead && known(plainLead[1]!)) {
    kids[0] = {
      ...lead!,
      value: (lead as { value: string }).value.replace(
        /\s+[·|•]\s+(?=(\p{L}[\p{L} #'’]{1,24}):\s)/gu,
        (apart: string, label: string) => (known(label) ? "\n" : apart),
      ),
    } as PhrasingContent;
  }
  const isField = (node: PhrasingContent | undefined) =>
    node?.type === "strong" && /:\s*$/.test(inlineText(node.children));
  const apart = /\s*(?:·|\||•)\s*$|\s{2,}$/;
  const breaks = kids.filter(
    (child, i) => i > 0 && child.type === "text" && isField(kids[i + 1]) && apart.test(child.value),
  );
  if (breaks.length === 0 || !isField(kids[0])) return { ...paragraph, children: kids };
  return {
    ...paragraph,
    children: kids.map((child) =>
      breaks.includes(child) && child.type === "text"
        ? { ...child, value: child.value.replace(apart, "\n") }
        : child,
    ),
  };
}
