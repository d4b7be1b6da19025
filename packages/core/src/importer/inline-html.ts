import type { Paragraph, PhrasingContent } from "mdast";
import { classify } from "./labels.ts";
import { splitLabel } from "./markdown.ts";

/** Inline HTML that only styles text: "<sub>", "</small>", "<span class=…>". */
const wrapperTag = /^<\/?(?:sub|sup|small|big|span|font|mark|u|ins|kbd|abbr|cite|center)\b[^>]*>$/i;

/** Inline HTML that sets text in italics or bold: "<i>", "<em>", "<b>", "<strong>". */
const styleTag = /^<(\/?)(i|em|b|strong)>$/i;

/**
 * "<sub>**Company:** Hollowbrook · **Year:** 2022</sub>": the text without its styling tags.
 * "<i>Questions:</i> …", "<b>Result:</b> …": italics and bold as Markdown writes them, so a
 * label in them reads as one.
 */
export function withoutInlineWrappers(paragraph: Paragraph): Paragraph {
  const kept = unwrapped(paragraph.children);
  const children: PhrasingContent[] = [];
  for (let i = 0; i < kept.length; i++) {
    const child = kept[i]!;
    const open = child.type === "html" ? styleTag.exec(child.value.trim()) : null;
    const close =
      open && !open[1]
        ? kept.findIndex(
            (other, j) =>
              j > i &&
              other.type === "html" &&
              other.value.trim().toLowerCase() === `</${open[2]!.toLowerCase()}>`,
          )
        : -1;
    if (close < 0) {
      children.push(child);
      continue;
    }
    const inner = kept.slice(i + 1, close);
    const bold = /^(b|strong)$/i.test(open![2]!);
    children.push(
      bold ? { type: "strong", children: inner } : { type: "emphasis", children: inner },
    );
    i = close;
  }
  if (
    children.length === paragraph.children.length &&
    kept.length === children.length &&
    kept.every((child, i) => child === paragraph.children[i])
  )
    return italicLabelLine(paragraph);
  if (children.length === 0) return italicLabelLine(paragraph);
  return italicLabelLine({ ...paragraph, children });
}

/**
 * Phrasing without styling tags, inside bold and italics too ("**<span style=…>Lesson</span>**:",
 * as Google Docs exports an underlined label). Unchanged nodes are kept as they are.
 */
function unwrapped(children: PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    if (child.type === "html" && wrapperTag.test(child.value.trim())) return [];
    if (child.type !== "strong" && child.type !== "emphasis") return [child];
    const inner = unwrapped(child.children);
    return inner.length === child.children.length && inner.every((c, i) => c === child.children[i])
      ? [child]
      : [{ ...child, children: inner }];
  });
}

/**
 * '*Questions: "…" and "…"*': a label line set in italics as a whole, read as the label line.
 */
function italicLabelLine(paragraph: Paragraph): Paragraph {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || only?.type !== "emphasis") return paragraph;
  const labelled = splitLabel(only.children);
  return labelled && labelled.rest !== "" && classify(labelled.label, null)
    ? { ...paragraph, children: only.children }
    : paragraph;
}
