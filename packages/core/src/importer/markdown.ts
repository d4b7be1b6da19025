import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import { classify, normalizeLabel } from "./labels.ts";
import { isLanguageLabel } from "./label-place.ts";
import { promptLabel } from "./prompts.ts";
import { isQuestion } from "./question.ts";

/** The text inside a Markdown syntax tree's nodes, and the labels that open its lines. */

/** The plain text of inline content: emphasis and links flattened, hard breaks as newlines. */
export function inlineText(nodes: PhrasingContent[]): string {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
      case "inlineCode":
      case "html":
        out += node.value;
        break;
      case "break":
        out += "\n";
        break;
      case "image":
        out += node.alt ?? "";
        break;
      case "footnoteReference":
      case "imageReference":
        break;
      default:
        out += inlineText(node.children);
    }
  }
  return out;
}

/** The text of any block: paragraphs joined by blank lines, list items as "- " / "1. " lines. */
export function blockText(node: Nodes): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
    case "tableCell":
      return tidy(inlineText(node.children));
    case "list":
      return listLines(node).join("\n");
    case "code":
    case "html":
    case "text":
    case "inlineCode":
      return node.value;
    case "thematicBreak":
      return "";
    default:
      return "children" in node
        ? (node.children as Nodes[])
            .map(blockText)
            .filter((t) => t !== "")
            .join("\n\n")
        : "";
  }
}

/** A list as text lines, keeping its numbering or bullets so the text can be read back as one. */
export function listLines(list: List): string[] {
  const start = list.start ?? 1;
  return list.children.map((item, index) => {
    const marker = list.ordered ? `${start + index}.` : "-";
    const box = item.checked === true ? "[x] " : item.checked === false ? "[ ] " : "";
    return `${marker} ${box}${itemText(item).replace(/\n+/g, " ")}`;
  });
}

/** The text of a list item's blocks. */
export const itemText = (item: ListItem) =>
  item.children
    .map(blockText)
    .filter((t) => t !== "")
    .join("\n\n");

/** Trims each line and the whole; keeps single newlines (soft breaks) as written. */
export function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

export interface Labelled {
  /** The label without its colon, e.g. "Situation" or "Stripe Values". */
  label: string;
  /** What follows the label in the same block. */
  rest: string;
  /** Whether the label was bold (`**Situation:**`) rather than plain text (`Situation:`). */
  bold: boolean;
  /** A worksheet's hint after the label, left out of the text: "*(steps, in order)*". */
  hint?: string;
}

const maxLabel = 80;

/** Arrows people put between a label and its text: "S ➜ …", "Result → …", "A -> …". */
export const arrows = "(?:→|➜|➔|➙|➝|➞|➡|⇒|⟶|->|=>)";

/**
 * Splits "**Label:** rest", "**Label**: rest", "*Label:* rest", "**The situation.** rest" or
 * "Label: rest" (plain, for headings and list items whose label the caller then checks against
 * the ones it knows); "Label:: rest" (Dataview) and "🎯 Situation — rest" (a known label and a
 * dash) too. Emoji before the label are not part of it.
 */
export function splitLabel(children: PhrasingContent[]): Labelled | undefined {
  const lead = children[0];
  if (
    lead?.type === "text" &&
    /^(?:[^\p{L}\p{N}*_]|\p{Extended_Pictographic})+$/u.test(lead.value) &&
    children.length > 1
  ) {
    return splitLabel(children.slice(1));
  }
  const [first, second] = children;
  // "*Used for: “…” · “…”*": a line wholly in italics holding a label and its text.
  if (first?.type === "emphasis" && children.length === 1 && first.children[0]?.type === "text") {
    const inner = splitLabel(first.children);
    if (inner && inner.rest !== "" && (classify(inner.label, null) || isLanguageLabel(inner.label)))
      return inner;
  }
  if (first?.type === "strong" || first?.type === "emphasis") {
    const bold = first.type === "strong";
    const strongText = tidy(inlineText(first.children));
    const after = inlineText(children.slice(1));
    // "**3 · What you did** *(steps, in order)*": a worksheet's label, then its hint in italics.
    const at = children.findIndex(
      (child, i) => i > 0 && !(child.type === "text" && child.value.trim() === ""),
    );
    const next = at > 0 ? children[at] : undefined;
    const hint =
      bold && next?.type === "emphasis"
        ? /^\s*(\([^()]{1,80}\))\s*$/.exec(inlineText(next.children))
        : null;
    const hinted = strongText.replace(/:+$/, "").trim();
    if (hint && classify(hinted, null)) {
      return {
        label: hinted,
        rest: tidy(inlineText(children.slice(at + 1))),
        bold,
        hint: hint[1]!,
      };
    }
    if (strongText.endsWith(":")) {
      return { label: strongText.replace(/:+$/, "").trim(), rest: tidy(after), bold };
    }
    // "**Story I told: The delayed ledger migration**": a known label and its text, all bold.
    const inside = /^([^:\n]{1,40}?):\s+(\S[^\n]*)$/.exec(strongText);
    const remark = /^\s*(\([^()]*\))?\s*$/.exec(after);
    // "**Q: Tell me about a time you went above and beyond?**": a question asked, all bold.
    const insideSlot = inside ? classify(inside[1]!, null) : undefined;
    const asked =
      insideSlot?.kind === "list" && insideSlot.key === "questions" && isQuestion(inside![2]!);
    if (bold && inside && remark && (insideSlot?.kind === "title" || asked))
      return { label: inside[1]!, rest: [inside[2]!, remark[1]].filter(Boolean).join(" "), bold };
    if (second?.type === "text" && /^\s*(:|[—–](?:\s|$))/.test(second.value)) {
      return { label: strongText, rest: tidy(after.replace(/^\s*(:+|[—–])/, "")), bold };
    }
    // "*S* - at Coastline…", "**Result** - shrink down…": a known label, a hyphen, its text.
    if (second?.type === "text" && /^\s*-\s/.test(second.value) && classify(strongText, null)) {
      return { label: strongText, rest: tidy(after.replace(/^\s*-/, "")), bold };
    }
    // "**Story name** → Moving the textiles": a known label, an arrow, its text.
    const arrow = new RegExp(`^\\s*${arrows}\\uFE0F?`, "u");
    if (second?.type === "text" && arrow.test(second.value) && classify(strongText, null)) {
      return { label: strongText, rest: tidy(after.replace(arrow, "")), bold };
    }
    // "**The situation.** At Acme…", "**Situation —** At Acme…": a known label closed by a
    // full stop or a dash inside the bold.
    // "**S ➜** A regional grocer…": closed by an arrow.
    const closed = new RegExp(`^(.*?\\S)\\s*(?:\\.|\\s[—–-]|[—–]|${arrows}\\uFE0F?)$`, "u").exec(
      strongText,
    );
    if (closed && classify(closed[1]!, null)) {
      return { label: closed[1]!.trim(), rest: tidy(after), bold };
    }
    // "**Talking time.** about 2 min": a short label of the writer's own, closed the same way.
    if (
      closed &&
      bold &&
      tidy(after) !== "" &&
      /^\p{Lu}[\p{L}'’ -]*$/u.test(closed[1]!) &&
      closed[1]!.split(/\s+/).length <= 3
    ) {
      return { label: closed[1]!.trim(), rest: tidy(after), bold };
    }
    // "**Where did this happen?** Hearthside Food Bank": a worksheet's prompt in bold.
    // "**③ What did YOU do? (use "I", not "we"!)**" with the answer on the next line.
    // A numbered worksheet prompt ("③ What did YOU do?"), or one asking where, when or which
    // questions; a numbered prompt in other words stands for the label its phrasing asks for.
    if (bold && /\?[^?]{0,60}$/.test(strongText)) {
      const known = classify(strongText, null);
      // "S — Set the scene. Where were you?": the letter before the prompt numbers it too.
      const numbered =
        /^\s*(?:[\u2460-\u2473\u2776-\u277F]|Q?\d{1,2}[.)]|[a-h]\)|[STARL]\s*[–—-]\s)/u.test(
          strongText,
        );
      const asks =
        known?.kind === "contextField" || (known?.kind === "list" && known.key === "questions");
      // "Q2. What was your part in it? (Task)": the part in its brackets, else its phrasing.
      const prompted =
        numbered &&
        !known &&
        !/^\W*(tell|describe|give|walk|talk|share|explain)\b/i.test(strongText)
          ? promptLabel(
              `${normalizeLabel(strongText)} ${strongText.match(/\([^()]*\)/g)?.join(" ") ?? ""}`,
            )
          : undefined;
      const phrased = prompted && classify(prompted, null) ? prompted : undefined;
      // "*(list 2–3)*" after the prompt is its hint, not the answer.
      const rest = tidy(after).replace(/^[*_]*\([^()]{1,40}\)[*_]*\s*/, "");
      if ((known && (numbered || asks)) || phrased)
        return { label: phrased ?? strongText, rest, bold };
    }
    if (bold && tidy(after) === "") return { label: strongText, rest: "", bold: true };
    // "**Background** Finance noticed…", "**Tags** #ops": a part's label, then its text.
    if (bold && /^[ \t]+\S/.test(after) && strongText.split(/\s+/).length <= 4) {
      const known = classify(strongText, null);
      if (known && known.kind !== "title" && known.kind !== "other" && known.kind !== "values")
        return { label: strongText, rest: tidy(after), bold: true };
    }
    if (!bold) return undefined;
    return undefined;
  }
  const text = tidy(inlineText(children));
  // "#delivery — ⏱ ~1.5 min" is a hashtag, not a label.
  // "Also good for → “…”": an arrow after a known label, as a dash; "R = …" in shorthand too.
  // "S- Copperleaf Home #214": a letter label written hard against its dash.
  const dash = [
    /^([^:#\n][^:\n]{0,39}?)\s+(?:[—–-]+|→|->|=>|=)(?:\s+|$)/.exec(text),
    /^(\p{Lu})[—–-]\s+(?=\S)/u.exec(text),
  ].find((match) => match && classify(match[1]!, null));
  if (dash && classify(dash[1]!, null) && !legendLine(text.split("\n")[0]!)) {
    return { label: dash[1]!.trim(), rest: tidy(text.slice(dash[0].length)), bold: false };
  }
  // "Story title (hint: make it memorable): …": a colon inside the label's bracket is its own.
  const colon = text.replace(/\([^()\n]*\)/g, (bracket) => "_".repeat(bracket.length)).indexOf(":");
  if (colon <= 0 || colon > maxLabel) return undefined;
  // A label sits on one line, and "9:02" is a time.
  if (text.slice(0, colon).includes("\n") || /\d$/.test(text.slice(0, colon))) return undefined;
  return {
    label: text.slice(0, colon).trim(),
    rest: tidy(text.slice(colon + 1).replace(/^:/, "")),
    bold: false,
  };
}

/** A legend's line, "C = Context" or "A — Action": a letter and the word it stands for. */
export function legendLine(line: string): boolean {
  const legend = /^\s*(\p{L}{1,2})\s*(?:=|[—–-]|:)\s*(\p{L}+)\s*$/u.exec(line);
  if (!legend) return false;
  const [, letter, word] = legend;
  return (
    word!.toLowerCase().startsWith(letter!.toLowerCase()) &&
    classify(letter!, null) !== undefined &&
    classify(word!, null) !== undefined
  );
}

/**
 * Splits a paragraph at the soft line breaks before lines that `starts` says begin a new part.
 * Each part keeps the source lines it came from.
 */
export function splitLines(
  paragraph: Paragraph,
  starts: (line: PhrasingContent[], sourceLine: number) => boolean,
): Paragraph[] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === "break") {
      lines.push([]);
      continue;
    }
    if (child.type !== "text" || !child.value.includes("\n")) {
      lines.at(-1)!.push(child);
      continue;
    }
    child.value.split("\n").forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== "") lines.at(-1)!.push({ type: "text", value: part });
    });
  }
  if (lines.length === 1) return [paragraph];
  const first = lineOf(paragraph);
  const parts: { from: number; lines: PhrasingContent[][] }[] = [];
  lines.forEach((line, index) => {
    if (parts.length === 0 || starts(line, first + index)) {
      parts.push({ from: index, lines: [line] });
    } else parts.at(-1)!.lines.push(line);
  });
  if (parts.length === 1) return [paragraph];
  return parts.map(({ from, lines: group }) => ({
    type: "paragraph",
    children: group.flatMap((line, index) =>
      index === 0 ? line : [{ type: "text", value: "\n" } as PhrasingContent, ...line],
    ),
    position: {
      start: { line: first + from, column: 1 },
      end: { line: first + from + group.length - 1, column: 1 },
    },
  }));
}

/** Whether a paragraph is wholly in italics: a template's prompt rather than the writer's text. */
export const isPrompt = (paragraph: Paragraph) =>
  paragraph.children.length > 0 &&
  paragraph.children.every(
    (child) => child.type === "emphasis" || (child.type === "text" && child.value.trim() === ""),
  );

/**
 * Whether a paragraph is a heading in bold, such as "📉 **Freshness: 38 min → 70 s**": the bold
 * text is most of it.
 */
export function isBoldHeading(paragraph: Paragraph): boolean {
  const strongText = paragraph.children
    .filter((child) => child.type === "strong")
    .map((child) => inlineText(child.children))
    .join("");
  const all = inlineText(paragraph.children);
  return strongText.trim().length > 0 && !all.includes("\n") && strongText.length * 2 >= all.length;
}

// Single quotes double as apostrophes ("don’t"), so only double quotes count as enclosing.
const openers: Record<string, string> = { '"': '"', "“": "”" };

/**
 * Text without one pair of quotes around the whole of it ("“Tell me about…”" → "Tell me about…").
 * Quotes that close before the end ("“a” and “b”") stay.
 */
export function unquote(text: string): string {
  const open = text[0];
  const close = open ? openers[open] : undefined;
  if (!open || !close || text.length < 2 || !text.endsWith(close)) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (open !== close && char === open) depth++;
    else if (char === close) {
      if (open === close) depth = depth === 0 ? 1 : 0;
      else depth--;
    }
    if (depth === 0 && i < text.length - 1) return text;
  }
  return text.slice(1, -1).trim();
}

/** The inverse of `unquote`: the text in curly quotes, if that reads back as the same text. */
export function quote(text: string): string {
  const quoted = `“${text}”`;
  return unquote(quoted) === text ? quoted : text;
}

/**
 * The source lines whose first character is written escaped (`\*`, `&#84;`, `&amp;`), after any
 * indent, quote or list marker: such a line is prose, never a label (the Markdown export writes a
 * label-like prose line that way).
 */
export function escapedLines(source: string): Set<number> {
  const escaped = new Set<number>();
  source.split("\n").forEach((line, index) => {
    const body = line.replace(/^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/, "");
    if (/^(?:\\[!-/:-@[-`{-~]|&#\d+;|&#x[\da-f]+;|&[a-z][a-z\d]*;)/i.test(body)) {
      escaped.add(index + 1);
    }
  });
  return escaped;
}

/** How far a source line (1-based) is indented, in characters; a tab counts as one. */
export const indentOf = (source: string[], line: number) =>
  /^[ \t]*/.exec(source[line - 1] ?? "")![0].length;

/** How far a list item's text is indented, in characters: a line indented as far is its own. */
export const itemIndent = (item: ListItem) => (item.children[0]?.position?.start.column ?? 1) - 1;

/** The line where a node starts (1-based), and where it ends. */
export const lineOf = (node: Nodes) => node.position?.start.line ?? 0;
export const endLineOf = (node: Nodes) => node.position?.end.line ?? lineOf(node);

export type Block = RootContent;
