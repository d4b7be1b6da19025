import type { Heading, List, ListItem, Paragraph } from "mdast";
import { type Draft, parseKeyWords, splitList } from "./draft.ts";
import { type Container, type Target, classify } from "./labels.ts";
import {
  type Block,
  type Labelled,
  blockText,
  endLineOf,
  inlineText,
  isBoldHeading,
  isPrompt,
  itemText,
  lineOf,
  listLines,
  splitLabel,
  splitLines,
  tidy,
  unquote,
} from "./markdown.ts";
import { type ValueSetRef, resolveValues } from "./values.ts";

export interface Warning {
  line: number;
  endLine: number;
  message: string;
  excerpt: string;
}

export const excerptOf = (text: string) =>
  text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text;

/**
 * Reads the blocks under one story heading into a draft. Labels (bold or as headings) say where
 * the text after them goes, until the next label; a container label ("Story Analysis",
 * "Practice Notes") changes how the labels under it read. Whatever has no place is a warning.
 */
export class StoryReader {
  private target: Target | undefined;
  private container: Container | null = null;
  /** The company of the story's "<Company> Values:" line, for a generic "Company Connection". */
  private valuesCompany: string | undefined;

  constructor(
    readonly draft: Draft,
    private readonly sets: ValueSetRef[],
    private readonly warnings: Warning[],
  ) {}

  read(block: Block): void {
    this.draft.endLine = Math.max(this.draft.endLine, endLineOf(block));
    switch (block.type) {
      case "heading":
        return this.heading(block);
      case "paragraph":
        return this.paragraph(block);
      case "list":
        return this.list(block);
      case "blockquote":
        return block.children.forEach((child) => this.read(child));
      case "thematicBreak":
      case "definition":
        return;
      case "html":
        if (/^<!--[\s\S]*-->$/.test(block.value.trim())) return;
        return this.text(block.value, block);
      case "code":
        return this.text(block.value, block);
      default:
        return this.unplaced(block, "This block has no place in a story.");
    }
  }

  private heading(heading: Heading) {
    const text = tidy(inlineText(heading.children));
    const labelled = splitLabel(heading.children) ?? { label: text, rest: "", bold: false };
    const target = classify(labelled.label, this.container) ?? classify(text, this.container);
    if (!target) {
      this.target = undefined;
      return this.unplaced(heading, `The heading "${text}" is not a part of a story.`);
    }
    // A heading closes the container an earlier heading opened.
    if (target.kind !== "container") this.container = null;
    this.enter(target, labelled.label === text ? "" : labelled.rest, heading);
  }

  /**
   * A paragraph is read line group by line group: a line that starts with a known label starts a
   * new group, so "**Situation:** …" and "**Task:** …" on consecutive lines are two parts.
   */
  private paragraph(paragraph: Paragraph) {
    const pieces = splitLines(paragraph, (line) => {
      const labelled = splitLabel(line);
      return labelled !== undefined && this.labelTarget(labelled) !== undefined;
    });
    for (const piece of pieces) this.piece(piece);
  }

  private piece(paragraph: Paragraph) {
    if (isPrompt(paragraph)) {
      return this.unplaced(paragraph, "An italic prompt of the template was left out.");
    }
    const labelled = splitLabel(paragraph.children);
    const target = labelled && this.labelTarget(labelled);
    if (labelled && target) return this.enter(target, labelled.rest, paragraph);
    const sections = this.target?.kind === "sections" ? this.draft[this.target.key] : undefined;
    if (sections && (isBoldHeading(paragraph) || (labelled?.bold && labelled.rest === ""))) {
      const heading = tidy(inlineText(paragraph.children)).replace(/:$/, "");
      sections.push({ heading, points: [] });
      return;
    }
    this.text(tidy(inlineText(paragraph.children)), paragraph);
  }

  /** A known label's target; in Story Analysis any other label starts a section of questions. */
  private labelTarget(labelled: Labelled): Target | undefined {
    const target = classify(labelled.label, this.container);
    if (target) return target;
    if (this.container === "analysis" && labelled.bold) {
      return { kind: "analysis", section: labelled.label };
    }
    return undefined;
  }

  private enter(target: Target, rest: string, node: Block) {
    if (target.kind === "container") {
      this.container = target.container;
      this.target = target;
    } else {
      if (target.kind === "followUp") {
        this.draft.followUps.push({ question: target.question, answer: "" });
      }
      // A Headline label, even an empty one, keeps a "(…)" at the end of the title in the title.
      if (target.kind === "text" && target.key === "headline") this.draft.headline ??= "";
      this.target = target;
    }
    if (rest !== "") this.text(rest, node);
  }

  /** Text (a paragraph, or what follows a label) for the current target. */
  private text(text: string, node: Block) {
    const t = this.target;
    const d = this.draft;
    if (text === "") return;
    if (!t || t.kind === "container") {
      return this.unplaced(node, "This text comes before any label saying what it is.");
    }
    switch (t.kind) {
      case "text":
        if (t.key === "headline") d.headline = text;
        else if (t.key === "kind") d.kind = text;
        else (d.text[t.key] ??= []).push(t.key === "refined" ? unquote(text) : text);
        return;
      case "sections": {
        const last = d[t.key].at(-1);
        if (last && last.heading === undefined) last.points.push(text);
        else d[t.key].push({ points: [text] });
        return;
      }
      case "list":
        if (t.key === "tags") d.tags.push(...splitList(text));
        else if (t.key === "keyWords") (d.delivery.keyWords ??= []).push(...parseKeyWords(text));
        else d[t.key].push(unquote(text));
        return;
      case "analysis":
        return this.question(t, text);
      case "followUp":
      case "followUps": {
        const last = d.followUps.at(-1);
        if (t.kind === "followUp" && last) {
          last.answer = [last.answer, unquote(text)].filter((a) => a !== "").join("\n\n");
          return;
        }
        return this.followUpItem(text, node);
      }
      case "pacing":
      case "tone":
        d.delivery[t.kind] = [d.delivery[t.kind], text].filter(Boolean).join("\n\n");
        return;
      case "delivery":
      case "context":
        return this.pairs(text, node);
      case "connections":
        return this.connection(text, node);
      case "values":
        return this.values(t, splitList(text), node);
      case "valueLinks":
        return this.valueLinks(text, node);
    }
  }

  private list(list: List) {
    const t = this.target;
    if (t?.kind === "sections") return this.sectionItems(list, this.draft[t.key]);
    if (t?.kind === "text") return this.text(listLines(list).join("\n"), list);
    for (const item of list.children) this.text(itemText(item), item as unknown as Block);
  }

  /** Items with their own bullets are sections (heading + points); plain items are points. */
  private sectionItems(list: List, sections: Draft["actions"]) {
    const opened = new Set<Draft["actions"][number]>();
    for (const item of list.children) {
      const [first, ...more] = item.children;
      const nested = more.filter((child): child is List => child.type === "list");
      if (first?.type === "paragraph" && nested.length > 0) {
        const heading = tidy(inlineText(first.children)).replace(/:$/, "");
        const points = nested.flatMap((l) => l.children.map(itemText));
        const others = more.filter((child) => child.type !== "list").map(blockText);
        sections.push({ heading, points: [...others, ...points] });
      } else {
        // Plain items fill a section whose heading came just before, else start one without.
        let open = sections.at(-1);
        if (!open || (open.points.length > 0 && !opened.has(open))) {
          open = { points: [] };
          sections.push(open);
        }
        opened.add(open);
        open.points.push(itemText(item));
      }
    }
  }

  /** "Question?\nAnswer", "Question? **Answer**" or "Question? Answer" as one analysis entry. */
  private question(target: { section: string; company?: string }, text: string) {
    const analysis = this.draft.analysis;
    const last = analysis.at(-1);
    const split = splitQuestion(text);
    let entry: Draft["analysis"][number];
    if (last?.section === target.section && last.answer === "" && split.answer === "") {
      // A question on its own line, its answer in the next paragraph.
      entry = last;
      entry.answer = text;
    } else {
      entry = { section: target.section, ...split };
      analysis.push(entry);
    }
    if (target.company === undefined || entry.answer === "") return;
    const company = target.company || this.valuesCompany || "";
    if (!this.draft.connections.some((c) => c.company === company && c.text === entry.answer)) {
      this.draft.connections.push({ company, text: entry.answer });
    }
  }

  private followUpItem(text: string, node: Block) {
    const split = splitLabelText(text);
    if (!split) return this.unplaced(node, "A follow-up needs an “If asked about …:” label.");
    this.draft.followUps.push({ question: split.label, answer: unquote(split.rest) });
  }

  /** "Pacing: …", "Tone: …", "Key Words: …" under Delivery; "Company: …" etc. under Context. */
  private pairs(text: string, node: Block) {
    const split = splitLabelText(text);
    const d = this.draft;
    const key = split?.label.toLowerCase().replace(/[^a-z]/g, "");
    if (split && this.target?.kind === "delivery") {
      const target = classify(split.label, "practice");
      if (target?.kind === "pacing" || target?.kind === "tone") {
        d.delivery[target.kind] = split.rest;
        return;
      }
      if (target?.kind === "list" && target.key === "keyWords") {
        (d.delivery.keyWords ??= []).push(...parseKeyWords(split.rest));
        return;
      }
    }
    if (split && this.target?.kind === "context") {
      if (key === "company" || key === "role") return void (d.context[key] = split.rest);
      if (key === "period" || key === "when") return void (d.context.period = split.rest);
      if (key === "teamsize" || key === "team") {
        const size = Number.parseInt(split.rest.replace(/[^\d]/g, ""), 10);
        if (Number.isSafeInteger(size)) return void (d.context.teamSize = size);
      }
    }
    if (this.target?.kind === "context") {
      (d.text.situation ??= []).push(text);
      return;
    }
    this.unplaced(node, "Delivery guidance takes Pacing, Tone and Key Words.");
  }

  private connection(text: string, node: Block) {
    const split = splitLabelText(text);
    if (!split) return this.unplaced(node, "A connection reads “Company: how the story ties in”.");
    this.draft.connections.push({ company: split.label, text: split.rest });
  }

  private values(target: { company: string; setId?: string }, names: string[], node: Block) {
    if (target.company) this.valuesCompany ??= target.company;
    const { links, unknown } = resolveValues(this.sets, target.company, names, target.setId);
    this.draft.values.push(...links);
    if (unknown.length > 0) {
      const of = target.company ? `${target.company} value set` : "value set";
      this.unplaced(node, `No ${of} has a value named ${unknown.map((n) => `"${n}"`).join(", ")}.`);
    }
  }

  private valueLinks(text: string, node: Block) {
    for (const part of splitList(text)) {
      const [valueSetId, valueKey] = part.split(":").map((s) => s.trim());
      if (valueSetId && valueKey) this.draft.values.push({ valueSetId, valueKey });
      else this.unplaced(node, `"${part}" is not a value link (set:key).`);
    }
  }

  private unplaced(node: Block | ListItem, message: string) {
    this.warnings.push({
      line: lineOf(node),
      endLine: endLineOf(node),
      message,
      excerpt: excerptOf(blockText(node)),
    });
  }
}

/** "Label: rest" in plain text (the label at most 120 characters). */
function splitLabelText(text: string): { label: string; rest: string } | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 120) return undefined;
  return { label: text.slice(0, colon).trim(), rest: text.slice(colon + 1).trim() };
}

export function splitQuestion(text: string): { question: string; answer: string } {
  const newline = text.indexOf("\n");
  if (newline > 0) {
    return { question: text.slice(0, newline).trim(), answer: text.slice(newline + 1).trim() };
  }
  const asked = /^(.+?\?)\s+(\S[\s\S]*)$/.exec(text);
  if (asked) return { question: asked[1]!.trim(), answer: asked[2]!.trim() };
  return { question: text, answer: "" };
}
