import type { Paragraph } from "mdast";
import { tagsOf } from "./fields.ts";
import { PartWriter } from "./parts.ts";
import { labelledMetaLine, metaLine, placeInBrackets } from "./meta-lines.ts";
import { isCalloutTitle } from "./markup.ts";
import { worksheetPrompt } from "./prompts.ts";
import { isRemarkLabel, isRemarkLine } from "./reminders.ts";
import { askedQuestions, isInterviewQuestion, isQuestion, questionText } from "./question.ts";
import { bareLabel, hashtagLead, hashtagLine, isBadgeLine, isPlainLabel } from "./lines.ts";
import {
  endLineOf,
  inlineText,
  isBoldHeading,
  isPrompt,
  lineOf,
  splitLabel,
  tidy,
  unquote,
} from "./markdown.ts";

/**
 * Reads one piece of a story's paragraph: a line group that a label opens, or text under no label.
 * A known label enters its field; a line of the story's company and period, a template's italic
 * prompt, a remark, a line of badges or hashtags each go where they belong; a label no field
 * takes opens a part of the notes of its own; anything else is text of the part it is in.
 */
export abstract class PieceReader extends PartWriter {
  protected piece(paragraph: Paragraph) {
    const text = tidy(inlineText(paragraph.children));
    // "Company: Fernbrook Hospice" holds one line: the paragraph under it is not the company.
    const field = this.target?.kind === "contextField" ? this.target.key : undefined;
    // A sentence under "My role" ("I was the staff engineer accountable for…") is the task.
    const told = field === "role" && (/^I\b/.test(text) || text.split(/\s+/).length > 8);
    if (field && this.draft.context[field] !== undefined && !told) this.target = undefined;
    // "**Lead behaviour** – strongest example, keep it." is a remark whole on its line: the
    // story told in paragraphs under it is not more of the remark.
    const open = this.draft.openNote;
    const remark = open === undefined ? undefined : this.draft.notes[open];
    if (
      this.target?.kind === "other" &&
      remark !== undefined &&
      !/:\s*$/.test(remark) &&
      text.split(/\s+/).length >= 30 &&
      !splitLabel(paragraph.children)
    ) {
      this.target = undefined;
      this.draft.openNote = undefined;
    }
    // "*Action:*" alone is an italic label, not a template's prompt.
    const italicLabel = splitLabel(paragraph.children) ?? bareLabel(text);
    // "_Tillery Home, 2023_" under the heading or the questions it answers: the story's company,
    // role and period.
    const asking = this.target?.kind === "list" && this.target.key === "questions";
    const meta =
      this.target === undefined || asking ? (metaLine(text) ?? labelledMetaLine(text)) : undefined;
    if (meta && this.draft.text.draft === undefined) {
      this.target = undefined;
      return this.placeMeta(meta, paragraph);
    }
    // "(Harbourside Grand, Operations Manager)" under the heading or the question it answers.
    const placed =
      (this.target === undefined || asking) && this.draft.text.draft === undefined
        ? placeInBrackets(text, this.draft.heading)
        : undefined;
    if (placed) {
      this.target = undefined;
      return this.placeMeta(placed, paragraph);
    }
    const asks = text.split("\n");
    if (isPrompt(paragraph) && asks.every(isQuestion) && this.target === undefined) {
      // "*Tell me about a time you…*" under a story's heading: the questions it answers.
      this.record(paragraph, "questions");
      return void this.draft.questions.push(...asks.flatMap(askedQuestions).map(questionText));
    }
    // "&nbsp;" between stories: a spacer with no text.
    if (text === "") return this.unplaced(paragraph, "A spacer line without text was left out.");
    // "!! say “I” not “we”", "*Note to self: …*": a remark beside the story, for its notes.
    if (this.remarkOf(text, !isPrompt(paragraph), paragraph)) return;
    // "reminder to self: don't say “we”" after the story's parts: a remark, not one more point.
    if (
      this.target?.kind === "sections" &&
      /^[^:\n]{1,40}:[ \t]*\S/.test(text) &&
      this.remarkOf(text, false, paragraph)
    )
      return;
    // "Sent from my iPhone": the mail app's line under an e-mail to oneself.
    if (/^(?:sent from my \w+(?: \w+)?|get outlook for \w+)$/i.test(text.trim()))
      return this.unplaced(paragraph, "A mail app's signature line was left out.");
    // "*needs a real number for the QA bugs*", "*Time: ~90 sec*": a remark, not a prompt.
    if (isPrompt(paragraph) && isRemarkLine(text)) {
      this.record(paragraph, "notes");
      return void this.draft.notes.push(text);
    }
    // "*Peak season picking backlog*" under "**1. Give your story a short title.**": a filled-in
    // worksheet's answer in italics, where a blank one's prompt would ask or instruct.
    if (isPrompt(paragraph) && this.awaitsText() && !asksOrInstructs(text))
      return this.text(text, paragraph);
    if (isPrompt(paragraph) && !(italicLabel && this.labelSlot(italicLabel))) {
      return this.unplaced(paragraph, "An italic prompt of the template was left out.");
    }
    if (this.prose.has(lineOf(paragraph))) return this.text(text, paragraph);
    const labelled = splitLabel(paragraph.children) ?? bareLabel(text);
    // Under the follow-ups, "What would you do differently? → Ask for a change log.": one more
    // follow-up and its answer, though the question reads as a worksheet's prompt.
    if (
      this.target?.kind === "followUps" &&
      labelled?.label.trim().endsWith("?") &&
      labelled.rest.trim() !== ""
    ) {
      this.record(paragraph, "followUps");
      return this.followUpItem(text, paragraph);
    }
    const target = labelled && this.labelSlot(labelled);
    if (labelled && target && this.turn(labelled, target, paragraph)) return;
    // "*(steps, in order)*" after a label, or "Story title (a few words you'll remember it by):".
    const prompted = labelled && worksheetPrompt(labelled.label);
    const hint =
      labelled?.hint ??
      (prompted ? `“${prompted.prompt}”` : /\([^()]{8,100}\)/.exec(labelled?.label ?? "")?.[0]);
    // "Follow-up (if they ask about policy): I followed…": the bracket asks the follow-up.
    const asked = hint && /^\(((?:if|when) [^()]+)\)$/i.exec(hint.trim());
    if (asked && target?.kind === "followUps" && labelled!.rest.trim() !== "") {
      this.record(paragraph, "followUps");
      this.draft.followUps.push({ question: asked[1]!.trim(), answer: labelled!.rest.trim() });
      return;
    }
    if (hint && target)
      this.warnings.push({
        line: lineOf(paragraph),
        endLine: lineOf(paragraph),
        message: `The worksheet's hint ${hint} was left out.`,
        excerpt: hint,
      });
    if (labelled && target) return this.enter(target, labelled.rest, paragraph);
    // "For: “Tell me about a mistake you made.”": a short label over an interview question.
    if (
      labelled &&
      labelled.label.split(/\s+/).length <= 4 &&
      isInterviewQuestion(unquote(labelled.rest))
    ) {
      return this.enter({ kind: "list", key: "questions" }, labelled.rest, paragraph);
    }
    // "📊 **Metrics**" over a list of figures: what changed, as the story's results.
    if (labelled && labelled.rest === "" && metricsLabel.test(labelled.label))
      return this.enter({ kind: "sections", key: "results" }, "", paragraph);
    if (labelled && isCalloutTitle(paragraph)) {
      // "> [!warning] Careful": a callout's title is a label, a part of the notes when unknown.
      const label = labelled.label.replace(/^[^\p{L}\p{N}]+/u, "");
      return this.enter({ kind: "other", label }, labelled.rest, paragraph);
    }
    // "**Note to self:**" over a list: a remark on the story, for the notes.
    if (labelled && labelled.rest === "" && isRemarkLabel(labelled.label)) {
      return this.enter({ kind: "other", label: labelled.label }, "", paragraph);
    }
    const sections = this.target?.kind === "sections" ? this.draft[this.target.key] : undefined;
    const bare = !labelled || labelled.rest === "";
    if (sections && bare && (isBoldHeading(paragraph) || labelled?.bold)) {
      this.record(paragraph, this.target!.kind === "sections" ? this.target!.key : "notes");
      sections.push({ heading: text.replace(/:$/, ""), points: [] });
      this.pointRun = true;
      return;
    }
    // "`ownership` `migration` `postgres`": a line of badges, the story's tags.
    if (isBadgeLine(paragraph) && this.target === undefined) {
      this.record(paragraph, "tags");
      for (const child of paragraph.children)
        if (child.type === "inlineCode") this.draft.tags.push(child.value.replace(/^#/, "").trim());
      return;
    }
    // "#dataquality #dive-deep" is all tags; "#ops — ⏱ ~2 min" is tags and a note; "Tags #a #b"
    // names them without a colon.
    const tagLabel = /^(?:tags?|hashtags|themes)[ \t]+(#\S.*)$/iu.exec(text);
    const line = tagLabel && hashtagLine.test(tagLabel[1]!) ? tagLabel[1]! : text;
    const tagged = hashtagLine.test(line) ? null : hashtagLead.exec(line);
    if (hashtagLine.test(line) || (tagged && this.target === undefined)) {
      // "`#customer` `#product` — ⏱ ~2 min": the tags, and what follows them as a note.
      const tags = tagged ? tagged[1]! : line;
      this.record(paragraph, "tags");
      // "#lp/ownership": a nested tag is kept by its last part; the groups above it are reported.
      const nested = tagsOf(tags);
      this.draft.tags.push(...nested.map((tag) => tag.split("/").at(-1)!));
      const groups = [...new Set(nested.flatMap((tag) => tag.split("/").slice(0, -1)))];
      if (groups.length > 0)
        this.warnings.push({
          line: lineOf(paragraph),
          endLine: endLineOf(paragraph),
          message: `Nested tags were kept by their last part; their groups (${groups.join(", ")}) were left out.`,
          excerpt: groups.join(", "),
        });
      if (tagged?.[2]) this.draft.notes.push(tagged[2].trim());
      return;
    }
    // "id:: 65c9a1f2-…" (a Logseq or Dataview property no field takes): a note, not the answer.
    if (labelled && /^[\p{L}\p{N}_ -]{1,30}::\s/u.test(text)) {
      return this.enter({ kind: "other", label: labelled.label }, labelled.rest, paragraph);
    }
    // "*The follow-up I got:* …": a label in italics names a part as a bold one does.
    const italic = paragraph.children[0]?.type === "emphasis" && labelled?.rest !== "";
    const named = labelled && (labelled.bold || italic || isPlainLabel(labelled.label, text));
    // After an answer with no labels, "Talking time: 50 seconds" is a note, not more answer.
    const inPart =
      labelled?.bold ||
      this.properties ||
      this.target !== undefined ||
      this.draft.text.draft !== undefined;
    if (named && inPart && (labelled.rest === "" || !this.continuesPoints())) {
      // "**Use carefully:** …" after a Result: a part of its own, never more of the Result.
      const label = labelled.label.replace(/^[^\p{L}\p{N}]+/u, "");
      return this.enter({ kind: "other", label }, labelled.rest, paragraph);
    }
    if (labelled?.bold) this.pointRun = true;
    this.text(text, paragraph);
  }

  /** Whether the part just entered holds no text yet: a label over the text still to come. */
  protected awaitsText(): boolean {
    const t = this.target;
    if (t === undefined) return false;
    if (t.kind === "sections") return this.draft[t.key].length === 0;
    if (t.kind === "text")
      return (this.draft.text as Partial<Record<string, string[]>>)[t.key] === undefined;
    if (t.kind === "contextField") return this.draft.context[t.key] === undefined;
    if (t.kind === "meta") return this.draft.tags.length === 0 && this.draft.values.length === 0;
    return t.kind === "title";
  }
}

/**
 * A line that asks or instructs, as a blank worksheet's prompt does ("*Describe the situation in
 * two sentences*", "*What was at stake?*", "*Your answer here*"), rather than answering.
 */
const asksOrInstructs = (text: string) =>
  /\?\s*$|^(?:your?|you're)\b|\b(?:did|do|were|are|have|would|will|can|could) you\b|\byour (?:story|answer|example|response|own words)\b/i.test(
    text,
  ) ||
  /^(?:e\.g\.|eg\b|describe|write|list|add|explain|include|give|think|note|use|try|keep|remember|set|aim|answer|fill|quantify|mention|show|state|focus|start|lead|avoid|don't|make|name|specify|be|tell|say|cover|summari[sz]e|what|how|why|who|when|where|which)\b/i.test(
    text,
  );

/** A label alone over a story's figures: "Metrics", "Key numbers", "By the numbers", "KPIs". */
const metricsLabel =
  /^[^\p{L}]*(?:(?:the |key |impact |success )?(?:metrics|numbers|kpis)|by the numbers)$/iu;
