import type { Heading, Paragraph, Table } from "mdast";
import { PieceReader } from "./piece.ts";
import {
  bareLabel,
  boldLead,
  dashLabel,
  deliveryNote,
  emptyProperty,
  hashtagLine,
  isLegend,
  isProgram,
  ownBoldLabel,
  ownColonLabel,
  propertyLine,
} from "./lines.ts";
import { splitLabelText } from "./fieldtext.ts";
import { fieldRows, isFieldTable, isPropertyTable } from "./table-stories.ts";
import { classify } from "./labels.ts";
import { isAside } from "./vocabulary.ts";
import { isRemarkLabel } from "./reminders.ts";
import {
  type Block,
  blockText,
  endLineOf,
  inlineText,
  lineOf,
  splitLabel,
  splitLines,
  tidy,
} from "./markdown.ts";
export { type Warning, excerptOf, splitQuestion } from "./fields.ts";
import { commentAuthor } from "./lines.ts";
import { boldPrompt, inlineMarkers, questionsInSentence } from "./inline-parts.ts";
import { combinedContext } from "./context-field.ts";

/**
 * Reads the blocks of one story into a draft. Labels (bold, plain, as headings, with or without a
 * colon) say where the text after them goes, until the next label; a container label ("Story
 * Analysis", "Practice Notes") changes how the labels under it read. A label no field takes
 * starts a part of the story's notes of its own. Text under no label is the free write, or the
 * question it answers.
 */
export class StoryReader extends PieceReader {
  /** The block before was a code cell: an unlabelled code block after it is its output. */
  private afterCell = false;

  /** The story's heading asked a question: an "A:" under it is the answer, not the Action. */
  answerFollows(): void {
    this.asked = true;
  }

  read(block: Block): void {
    this.draft.endLine = Math.max(this.draft.endLine, endLineOf(block));
    // A notebook's code cell, and the output right under it, are no part of the story.
    const cell =
      block.type === "code" && (isProgram(block.lang) || (this.afterCell && !block.lang));
    this.afterCell = cell;
    if (cell) return this.unplaced(block, "A code cell or its output has no place in a story.");
    switch (block.type) {
      case "heading":
        return this.heading(block);
      case "paragraph":
        return this.paragraph(block);
      case "list":
        return this.list(block);
      case "blockquote":
        // "> 💡 **Tip:** …", "> 💬 **Comentario de la coach:** …": a remark beside the story.
        if (this.remarkOf(blockText(block), false, block)) return;
        return block.children.forEach((child) => this.read(child));
      case "thematicBreak":
        // A rule after the follow-ups closes them: what follows is the writer's note.
        if (this.target?.kind === "followUps" || this.target?.kind === "followUp")
          this.target = { kind: "notes" };
        return;
      case "definition":
        return;
      case "html":
        if (/^<!--[\s\S]*-->$/.test(block.value.trim())) return this.comment(block);
        return this.text(block.value, block);
      case "code":
        // Text indented under a definition (pandoc's ":   -   Failures fell…") reads as code; its
        // Markdown escapes ("\$310,000") are the writer's text all the same.
        return this.text(
          block.lang ? block.value : block.value.replace(/\\([\\`*_{}[\]()#+\-.!$|~>])/g, "$1"),
          block,
        );
      case "table":
        if (!isFieldTable(block) && !isPropertyTable(block) && this.recordTable(block)) return;
        if (this.resultsTable(block)) return;
        if (!isFieldTable(block) && !isPropertyTable(block))
          return this.unplaced(block, "This table has no place in a story.");
        return this.fieldTable(block);
      default:
        return this.unplaced(block, "This block has no place in a story.");
    }
  }

  /**
   * "| Measure | Before | After |" under the Result: each row one result point, "Working days
   * to close: 11 → 4" (other columns as "Header: value"). Whether the table was one.
   */
  private resultsTable(table: Table): boolean {
    if (this.target?.kind !== "sections" || this.target.key !== "results") return false;
    const [head, ...rows] = table.children.map((row) =>
      row.children.map((cell) => tidy(inlineText(cell.children))),
    );
    if (!head || head.length < 2 || rows.length === 0) return false;
    const before = head.findIndex((h) => /^(before|was|from|baseline)$/i.test(h));
    const after = head.findIndex((h) => /^(after|now|to|result)$/i.test(h));
    const points = rows.map(([first = "", ...rest]) =>
      before > 0 && after > 0 && head.length === 3
        ? `${first}: ${rest[before - 1] ?? ""} → ${rest[after - 1] ?? ""}`
        : `${first}: ${rest.map((value, i) => `${head[i + 1]} ${value}`).join(", ")}`,
    );
    this.record(table, "results");
    const sections = this.draft.results;
    if (sections.length === 0) sections.push({ points: [] });
    sections.at(-1)!.points.push(...points);
    return true;
  }

  /**
   * "| Company | Role | Year |" over one row of values: each column a labelled part (here the
   * job the story comes from). Only when every column names a part the importer knows.
   */
  private recordTable(table: Table): boolean {
    const [head, row, ...more] = table.children;
    if (!head || !row || more.length > 0 || head.children.length < 2) return false;
    const labels = head.children.map((cell) => tidy(inlineText(cell.children)));
    if (!labels.every((label) => classify(label, null) !== undefined)) return false;
    row.children.forEach((cell, at) => {
      const text = tidy(inlineText(cell.children));
      if (text !== "" && labels[at]) this.readLabelled(labels[at], text, table as unknown as Block);
    });
    return true;
  }

  /** A table of parts, one a row; a worksheet's header row and prompts are reported. */
  private fieldTable(table: Table) {
    const { rows, header, hints } = fieldRows(table);
    if (hints.length > 0) {
      const quoted = hints.map(({ text }) => `“${text}”`).join(", ");
      const what = header ? "header row and prompts" : "prompts";
      this.unplaced(table as unknown as Block, `The worksheet's ${what} were left out: ${quoted}.`);
    }
    for (const { label, text, row } of rows)
      this.readLabelled(label, text, row as unknown as Block);
    // "| Status | Drafting |" rows are each whole: the text after the table is none of theirs.
    if (isPropertyTable(table)) {
      this.target = undefined;
      this.draft.openNote = undefined;
    }
  }

  private heading(heading: Heading) {
    const text = tidy(inlineText(heading.children));
    const labelled = splitLabel(heading.children) ?? { label: text, rest: "", bold: false };
    // The whole heading first ("Story Analysis - Extract Key Elements"), then its label part.
    const whole = this.inOrder(text, classify(text, this.container));
    const target = whole ?? this.inOrder(labelled.label, classify(labelled.label, this.container));
    if (text === "") return;
    // A heading no field takes is a part of the notes, titled by the heading.
    const entered = target ?? { kind: "other" as const, label: text };
    // A heading closes the container an earlier heading opened.
    if (entered.kind !== "container") this.container = null;
    this.enter(entered, !whole && target && labelled.label !== text ? labelled.rest : "", heading);
  }

  /**
   * A paragraph is read line group by line group: a line that starts with a known label starts a
   * new group, so "**Situation:** …" and "**Task:** …" on consecutive lines are two parts.
   */
  private paragraph(paragraph: Paragraph) {
    // "The question I got was **"Tell me about a time you handled an angry customer."** Here's
    // the story.": before the story is told, an interview question in bold inside a sentence is a
    // question it answers (the sentence stays where it goes).
    if (this.target === undefined && this.draft.text.situation === undefined)
      this.draft.questions.push(...questionsInSentence(paragraph));
    // "(S) On a red-eye… (T) I couldn't rebook her… (A) … (R) …": one paragraph with the parts
    // marked inline, each marker a label.
    const marked = inlineMarkers(tidy(inlineText(paragraph.children)));
    if (marked) {
      for (const { letter, text } of marked) {
        const slot = classify(letter, null);
        if (slot) this.enter(slot, text, paragraph);
      }
      return;
    }
    // "SOAR" or "STAR:" alone on a line names the method the parts below follow.
    if (
      /^(?:star|soar|car|par|starl)(?: (?:method|format))?:?$/i.test(
        tidy(inlineText(paragraph.children)),
      )
    )
      return this.unplaced(
        paragraph,
        "A line naming the method was left out: the labels follow it.",
      );
    // "**Checklist: Actions (4/4)**" (a Trello card): the checklist's name is the label.
    const checklist = /^checklist\s*:\s*(\S.*?)(?:\s*\(\d+\/\d+\))?:?$/i.exec(
      tidy(inlineText(paragraph.children)),
    );
    if (checklist) {
      const slot = this.labelSlot({ label: checklist[1]!, rest: "", bold: true });
      const field = slot?.kind === "sections" || slot?.kind === "text" || slot?.kind === "list";
      const label = tidy(inlineText(paragraph.children)).replace(/:$/, "");
      return this.enter(field ? slot : { kind: "other", label }, "", paragraph);
    }
    // "**Q: Why not a big-bang cutover?**\nA: Because…" under the follow-ups: one pair.
    const pair = /^Q\s*[:.]\s*(\S.*)\nA\s*[:.]\s*(\S[\s\S]*)$/.exec(
      tidy(inlineText(paragraph.children)),
    );
    if (this.target?.kind === "followUps" && pair) {
      this.record(paragraph, "followUps");
      this.draft.followUps.push({ question: pair[1]!.trim(), answer: pair[2]!.trim() });
      return;
    }
    // "**Tom Reyes** 12:13 PM" over his message: the whole message is his remark, labels and all
    // ("S: one line" in a template he shares is no part of this story).
    // Before the story is told, the lines under the header are read as they come.
    const whole = tidy(inlineText(paragraph.children));
    if (commentAuthor.test(whole)) {
      const told = ["situation", "task", "draft", "refined"].some(
        (key) => this.draft.text[key as keyof typeof this.draft.text] !== undefined,
      );
      const [head, body] = told
        ? [paragraph]
        : splitLines(paragraph, (_line, at) => at === lineOf(paragraph) + 1);
      this.record(head!, "notes");
      this.draft.notes.push(tidy(inlineText(head!.children)));
      if (body) this.paragraph(body);
      return;
    }
    // "Related: [[Charge nurse loop]] · [[STAR method]]" under the story's title: a remark.
    const aside = splitLabelText(whole);
    if (
      !whole.includes("\n") &&
      aside &&
      aside.rest !== "" &&
      isAside(aside.label) &&
      classify(aside.label, null) === undefined
    ) {
      this.record(paragraph, "notes");
      this.draft.notes.push(whole);
      return;
    }
    if (this.orgDrawer(paragraph)) return;
    // "### Description" of an issue tracker's export: the story's text follows.
    if ((paragraph.data as { wrapperLabel?: boolean } | undefined)?.wrapperLabel)
      return this.unplaced(paragraph, "A section heading over the story's text was left out.");
    // A heading of the writer's own among a story's part headings ("#### talking time").
    if ((paragraph.data as { ownLabel?: boolean } | undefined)?.ownLabel) {
      const label = tidy(inlineText(paragraph.children)).replace(/:$/, "");
      return this.enter({ kind: "other", label }, "", paragraph);
    }
    // "**C** = Context **A** = Action **R** = Result": a key to the labels, no story's text.
    if (isLegend(tidy(inlineText(paragraph.children))))
      return this.unplaced(paragraph, "A key to the labels was left out: it is no story's text.");
    // "Company: Tidewater\nStatus: Ready\nTime: 2:10" (Notion properties): a label per line.
    const lines = tidy(inlineText(paragraph.children)).split("\n");
    // An empty property ("Last practiced:") is one too, when the others have values.
    const properties =
      lines.length >= 2 &&
      lines.every((line) => propertyLine.test(line) || emptyProperty.test(line)) &&
      lines.filter((line) => propertyLine.test(line)).length >= 2;
    // "**Talking time** about 3 min\n**Use carefully** — …": every line opens with a short bold
    // label, known or not.
    // So is "**Talking time** about two minutes" alone, its text in lower case, inside a story
    // already told under labels.
    const boldLed =
      (lines.length >= 2 &&
        splitLines(paragraph, () => true).every((line) => boldLead(line.children) !== undefined)) ||
      (lines.length === 1 &&
        this.target !== undefined &&
        /^\p{Ll}/u.test(boldLead(paragraph.children)?.rest ?? ""));
    // "**Talking time**" over "about 2 minutes – …", inside a story told under labels: a part of
    // the writer's own, for the notes.
    const [head, body] =
      lines.length >= 2 ? splitLines(paragraph, (_l, at) => at === lineOf(paragraph) + 1) : [];
    const own = head && body ? ownBoldLabel(head) : undefined;
    if (own && body && this.target !== undefined && classify(own, null) === undefined)
      return this.enter({ kind: "other", label: own }, tidy(inlineText(body.children)), paragraph);
    // "**Anything else we should know?** I still get nervous…": a form's own prompt and its
    // answer, inside a story told under labels, for the notes; never the part above it.
    const prompt =
      lines.length === 1 && this.target !== undefined ? boldPrompt(paragraph.children) : undefined;
    if (prompt) return this.enter({ kind: "other", label: prompt.label }, prompt.rest, paragraph);
    // "Talking time — about 50 seconds" alone on its line, inside a story told under labels.
    const note =
      lines.length === 1 && this.target !== undefined ? deliveryNote(lines[0]!) : undefined;
    if (note && classify(note.label, null) === undefined)
      return this.enter({ kind: "other", label: note.label }, note.rest, paragraph);
    // "situation - …\nmy job - …\ntalking time - 2 min max": lines that open with a label and a
    // dash; a label of the writer's own among known ones is a part of its own too.
    const dashLed =
      lines.filter((line) => {
        const label = dashLabel.exec(line)?.[1];
        return label !== undefined && classify(label, null) !== undefined;
      }).length >= 2;
    // "Watch out: keep it short" among lines that open with known labels: a part of its own.
    const knownLines = lines.filter((line) => {
      const label =
        dashLabel.exec(line)?.[1] ??
        /^(\p{L}[\p{L} '’]{0,30}?)\s+[–—-]\s/u.exec(line)?.[1] ??
        splitLabelText(line)?.label;
      return label !== undefined && classify(label, null) !== undefined;
    }).length;
    const ownColon = (text: string) => {
      const match = knownLines >= 2 ? ownColonLabel.exec(text) : null;
      return match && classify(match[1]!, null) === undefined ? match : null;
    };
    const pieces = splitLines(paragraph, (line, at) => {
      if (this.prose.has(at)) return false;
      if (properties || boldLed) return true;
      const text = tidy(inlineText(line));
      if (dashLed && dashLabel.test(text)) return true;
      if (ownColon(text)) return true;
      if (hashtagLine.test(text) || /^(?:tags?|hashtags|themes)[ \t]+#\S/i.test(text)) return true;
      // "note to self: say the contract number early" under "R - …": a remark of its own.
      if (isRemarkLabel(splitLabelText(text)?.label ?? "")) return true;
      // "!! don't call it easy" under a part: a remark of its own, for the notes.
      if (/^(?:!{2,}|[⚠❗‼💡📝📌]\uFE0F?)\s*\S/u.test(text)) return true;
      const labelled = splitLabel(line) ?? bareLabel(text);
      // A bold "Label:" at the start of a line begins a part, known or not.
      const boldLabel = labelled?.bold && /:\s*$|:\S*$/.test(tidy(inlineText(line.slice(0, 1))));
      return labelled !== undefined && (boldLabel || this.labelSlot(labelled) !== undefined);
    });
    this.properties = properties;
    for (const piece of pieces) {
      // "**Company / Role / Dates:** Pelham Logistics / HR Generalist / 2021–2023".
      const labelled = splitLabel(piece.children);
      const combined = labelled && combinedContext(labelled.label, labelled.rest);
      if (combined) {
        this.record(piece, "context");
        for (const { key, text } of combined) this.contextField(key, text);
        continue;
      }
      const lead = boldLed ? boldLead(piece.children) : undefined;
      const dashed = dashLed ? dashLabel.exec(tidy(inlineText(piece.children))) : null;
      const colon = ownColon(tidy(inlineText(piece.children)));
      if (colon) this.enter({ kind: "other", label: colon[1]! }, colon[2]!, piece);
      else if (lead)
        this.enter(this.labelSlot(lead) ?? { kind: "other", label: lead.label }, lead.rest, piece);
      else if (dashed && classify(dashed[1]!, null) === undefined)
        this.enter({ kind: "other", label: dashed[1]! }, dashed[2]!, piece);
      else this.piece(piece);
    }
    this.properties = false;
    // A block of properties ("Status: Draft", "Last practiced:") ends with it: the paragraph
    // under it is no property's text.
    const kind = this.target?.kind;
    if (properties && (kind === "other" || kind === "contextField" || kind === "meta")) {
      this.target = undefined;
      this.draft.openNote = undefined;
    }
  }
}
