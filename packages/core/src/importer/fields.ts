import type { ListItem } from "mdast";
import {
  type Draft,
  isCountOnlyHeading,
  type LineField,
  parseKeyWords,
  splitList,
} from "./draft.ts";
import {
  type Warning,
  bulletPoints,
  fieldOf,
  questionsOf,
  splitLabelText,
  splitLong,
  splitQuestion,
  tagsOf,
} from "./fieldtext.ts";

export {
  type Warning,
  bulletPoints,
  excerptOf,
  fieldOf,
  splitLabelText,
  splitLong,
  splitQuestion,
  tagsOf,
} from "./fieldtext.ts";
import { headingMeta } from "./headingmeta.ts";
import { metaLine } from "./meta-lines.ts";
import {
  isFollowUpText,
  followUpOf,
  answeredBelow,
  isTold,
  isTopicList,
  topicItems,
  questionsIn,
  saysNoQuestion,
  usageRecord,
} from "./question-label.ts";
import { type Container, type ContextKey, type Slot, classify } from "./labels.ts";
import { setContextField, setJob } from "./context-field.ts";
import { type Block, endLineOf, lineOf, unquote } from "./markdown.ts";
import { askedQuestions, isQuestion, questionText } from "./question.ts";
import { warningFor } from "./report.ts";
import { isAnswerText } from "./table-stories.ts";
import { type ValueSetRef, resolveValues } from "./values.ts";

const pointMax = 1_000;

/** What a meta line gives a story. */
interface PlacedMeta {
  company?: string;
  role?: string;
  period?: string;
  about?: string;
  tags?: string[];
  questions?: string[];
}

/**
 * Writes text into the field the current label names. Holds the reading state (the label in
 * force and the container around it) and the line map of where each source line went.
 */
export class FieldWriter {
  protected target: Slot | undefined;
  protected container: Container | null = null;
  /** The company of the story's "<Company> Values:" line, for a generic "Company Connection". */
  private valuesCompany: string | undefined;
  /** A "Q:" line came last: an "A:" after it is the answer, not the Action. */
  protected asked = false;

  constructor(
    readonly draft: Draft,
    protected readonly sets: ValueSetRef[],
    protected readonly warnings: Warning[],
  ) {}

  /**
   * A line that says where and when ("Acme · Staff engineer · 2022"), read by `metaLine` or
   * `labelledMetaLine`: the story's context where not yet set, the rest to its notes, tags and
   * questions.
   */
  protected placeMeta(meta: PlacedMeta, node: Block): void {
    const d = this.draft;
    this.record(node, "context");
    if (meta.company) d.context.company ??= meta.company;
    if (meta.period) d.context.period ??= meta.period;
    if (meta.role) d.context.role ??= meta.role;
    if (meta.about) d.notes.push(meta.about);
    if (meta.tags) d.tags.push(...meta.tags);
    if (meta.questions) d.questions.push(...meta.questions);
  }

  /** Notes which source lines went to which field. */
  record(node: Block | ListItem, field: LineField) {
    const from = lineOf(node);
    if (from > 0) this.draft.lines.push({ from, to: endLineOf(node), field });
  }

  /** Text (a paragraph, or what follows a label) for the current target. */
  protected text(text: string, node: Block): void {
    const t = this.target;
    const d = this.draft;
    if (text === "") return;
    if (!t) {
      // Text under no label: the question it answers, or the answer itself (the free write).
      // '> "Give me an example…"\n> "Tell me about a time…"': a question a line, before the answer.
      const asks = text.split("\n").map((line) => line.trim());
      if (d.text.draft === undefined && asks.length <= 4 && asks.every(isQuestion)) {
        this.record(node, "questions");
        return void d.questions.push(...asks.flatMap(askedQuestions).map(questionText));
      }
      this.record(node, "draft");
      return void (d.text.draft ??= []).push(text);
    }
    // "**Practice notes**" over "- best time 71 sec, trim the situation": notes on the telling.
    if (t.kind === "container" && t.container === "practice") {
      this.record(node, "coachingNotes");
      return void d.coachingNotes.push(text);
    }
    if (t.kind === "container") {
      return this.unplaced(node, "This text comes before any label saying what it is.");
    }
    // "Question I'm aiming it at: “…”" and then the story told in prose: the answer.
    // "tags:: #mentoring" and then the story in bullets: the telling, not more tags.
    const tagged =
      t.kind === "list" &&
      t.key === "tags" &&
      !text.includes("#") &&
      text.split(/[,;\n]/).some((part) => part.trim().split(/\s+/).length > 6);
    // "**Company:** Brindle · **When:** 2020" and then the story told in prose: not more company.
    // Under "## My role", "I was the staff engineer accountable for…" is the task, told or not.
    const role = t.kind === "contextField" && t.key === "role" && /^I\b/.test(text);
    const meta = (t.kind === "contextField" || t.kind === "meta") && isTold(text) && !role;
    if (
      tagged ||
      meta ||
      (t.kind === "list" && t.key === "questions" && d.questions.length > 0 && isTold(text))
    ) {
      this.target = undefined;
      return this.text(text, node);
    }
    // "Setting: Marlow Fields School, Head of Geography, 2019–2022": where and when, not the scene.
    const where =
      t.kind === "text" && t.key === "situation" && d.text.situation === undefined
        ? !text.includes("\n") && metaLine(text)
        : undefined;
    if (where) return this.placeMeta(where, node);
    this.record(node, fieldOf(t));
    switch (t.kind) {
      case "text":
        // The headline is one line: text after it under the same label is a note, never lost.
        if (t.key === "headline" && d.headline) d.notes.push(text);
        else if (t.key === "headline") d.headline = text;
        // "type:: #story #architecture" (Logseq, Obsidian) names tags rather than a kind.
        else if (t.key === "kind" && /(^|\s)#[\p{L}\p{N}]/u.test(text))
          d.tags.push(...tagsOf(text));
        else if (t.key === "kind") d.kind = text;
        else (d.text[t.key] ??= []).push(t.key === "refined" ? unquote(text) : text);
        return;
      case "sections": {
        const points = bulletPoints(text).flatMap((point) => splitLong(point, pointMax));
        const last = d[t.key].at(-1);
        if (last && last.heading === undefined) last.points.push(...points);
        else d[t.key].push({ points });
        return;
      }
      case "list":
        if (t.key === "tags") d.tags.push(...tagsOf(text));
        else if (t.key === "keyWords") (d.delivery.keyWords ??= []).push(...parseKeyWords(text));
        // "Question: Tell me about a conflict" and, on the lines under it, the story told: the
        // question, then the answer.
        else if (t.key === "questions" && answeredBelow(text)) {
          const [asked, ...told] = text.split("\n");
          d.questions.push(...questionsOf(asked!));
          this.target = undefined;
          return this.text(told.join("\n"), node);
        }
        // "Best for: outage, pressure, cost": topics rather than questions, so tags.
        // "Interviewer: Ruth (Eng Director). 45 min. Felt OK.": sentences that ask nothing.
        else if (t.key === "questions" && saysNoQuestion(text)) d.notes.push(text);
        // A record of where it was told ends the label: the story's telling may follow.
        else if (t.key === "questions" && usageRecord(text)) {
          d.notes.push(text);
          this.target = undefined;
        } else if (t.key === "questions" && isTopicList(text)) d.tags.push(...topicItems(text));
        else if (t.key === "questions") {
          const read = questionsIn(text);
          d.questions.push(...read.questions);
          d.notes.push(...read.notes);
          d.tags.push(...read.tags);
        } else d[t.key].push(...bulletPoints(text).map(unquote));
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
      case "contextField":
        return void this.contextField(t.key, text);
      case "connections":
        return this.connection(text, node);
      case "values":
        return this.values(t, splitList(text), node);
      case "meta":
        return this.meta(text);
      case "valueLinks":
        return this.valueLinks(text, node);
      case "notes":
        // "NOTE: If they ask about pushback: …": a follow-up and its answer, kept in a note.
        if (isFollowUpText(text)) return this.followUpItem(text, node);
        return void d.notes.push(text);
      case "other": {
        const open = d.openNote;
        if (open !== undefined && open === d.notes.length - 1) d.notes[open] += `\n${text}`;
        else d.notes.push(`${t.label}: ${text}`);
        d.openNote = d.notes.length - 1;
        return;
      }
      case "title":
        return this.title(text, node);
    }
  }

  /** "Title: …" names the story when its heading did not (a question, or no heading). */
  private title(text: string, node: Block) {
    // "Rolling out the new WMS   ← not sure this is a good one??": a remark beside the name.
    const pointed = /^(.*?\S)\s*(?:←|<-+|⟵)\s*(\S.*)$/u.exec(text);
    if (pointed) {
      this.draft.notes.push(pointed[2]!);
      text = pointed[1]!;
    }
    // "**Example:**" over the answer told in prose: the answer, not a title.
    if (isAnswerText(text)) {
      this.target = { kind: "text", key: "draft" };
      return this.text(text, node);
    }
    if (this.draft.weakTitle) {
      // "Story used: The schema registry fight (Corbel)": the title, and where it happened.
      const meta = headingMeta(text);
      // "Q1 [00:02]: Conflict" above it: the heading's words stay, in the notes.
      const before = this.draft.heading;
      if (!isQuestion(before) && !isCountOnlyHeading(before)) this.draft.notes.push(before);
      // "On-call handoff doc (first time using it!)": a remark in lower case, for the notes.
      const remark = /^(.*\S)\s*\((\p{Ll}[^()]*)\)$/u.exec(text);
      if (remark && !meta.company && !meta.period) {
        this.draft.heading = remark[1]!;
        this.draft.notes.push(remark[2]!);
      } else this.draft.heading = meta.company || meta.period ? meta.title : text;
      if (meta.company) this.draft.context.company ??= meta.company;
      if (meta.period) this.draft.context.period ??= meta.period;
      // "(Quarry & Vale Insurance, my current job)": what the bracket says besides the name.
      if (meta.company && meta.aside) this.draft.notes.push(meta.aside);
      this.draft.weakTitle = false;
      return;
    }
    this.record(node, "notes");
    this.draft.notes.push(`Title: ${text}`);
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

  protected followUpItem(text: string, node: Block) {
    const followUp = followUpOf(text);
    if (!followUp) return this.unplaced(node, "A follow-up needs an “If asked about …:” label.");
    this.draft.followUps.push(followUp);
  }

  /**
   * "Pacing: …", "Tone: …", "Key Words: …" under Delivery (other delivery advice goes to notes);
   * "Company: …" etc. under Context.
   */
  private pairs(text: string, node: Block) {
    const split = splitLabelText(text);
    const d = this.draft;
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
      const target = classify(split.label, null);
      if (target?.kind === "contextField" && this.contextField(target.key, split.rest)) return;
    }
    const job = this.target?.kind === "context" ? metaLine(text) : undefined;
    if (job?.role) return setJob(d, job);
    if (this.target?.kind === "context") {
      (d.text.situation ??= []).push(text);
      return;
    }
    // "> [!tip] Delivery\n> Don't name the client. Keep it under 90 seconds.": advice on the
    // telling in the writer's own words, kept with the story's notes.
    this.record(node, "notes");
    d.notes.push(`Delivery: ${text}`);
  }

  /** Sets one context field (see `setContextField`). */
  protected contextField(key: ContextKey, whole: string): true {
    setContextField(this.draft, key, whole);
    return true;
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
      // Kept as tags, so no name is lost; the warning says why they are not links.
      this.draft.tags.push(...unknown);
      const of = target.company ? `${target.company} value set` : "value set";
      this.unplaced(
        node,
        `No ${of} has a value named ${unknown.map((n) => `"${n}"`).join(", ")}; kept as tags.`,
      );
    }
  }

  /**
   * "Maps to: Deliver results, Dive deep", "Competencies: Leadership, Planning": value links where
   * a set knows the name, and every name as a tag as well, so the author's own competency wording
   * stays with the story whichever company's set knows it.
   */
  protected meta(text: string) {
    // "Maps to: "Give an example of a process you improved"; "How have you…?"": questions.
    const quoted = text.match(/"[^"]+"|“[^”]+”/g);
    if (quoted && text.replace(/"[^"]+"|“[^”]+”|[\s,;/]|\b(or|and)\b/g, "") === "") {
      this.draft.questions.push(...quoted.map((q) => unquote(q)));
      return;
    }
    // "Learn and Be Curious, Dive Deep (and the inevitable failure question)": a remark on the
    // list, not a value's name.
    const remark = /\s*\(([^()]{25,})\)\s*$/.exec(text);
    if (remark) this.draft.notes.push(remark[0].trim());
    const names = tagsOf(remark ? text.slice(0, remark.index) : text);
    const { links } = resolveValues(this.sets, "", names);
    this.draft.values.push(...links);
    this.draft.tags.push(...names);
  }

  private valueLinks(text: string, node: Block) {
    for (const part of splitList(text)) {
      const [valueSetId, valueKey] = part.split(":").map((s) => s.trim());
      if (valueSetId && valueKey) this.draft.values.push({ valueSetId, valueKey });
      else this.unplaced(node, `"${part}" is not a value link (set:key).`);
    }
  }

  protected unplaced(node: Block | ListItem, message: string) {
    this.warnings.push(warningFor(node, message));
  }
}
