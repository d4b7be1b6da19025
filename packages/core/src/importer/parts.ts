import type { List } from "mdast";
import { FieldWriter, fieldOf, tagsOf } from "./fields.ts";
import { isRemarkLabel, quotedQuestions, remark, speakerNote, todoNotes } from "./reminders.ts";
import { isQuestion, questionText } from "./question.ts";
import { isQuestionItem, orgDrawerLine, trailingHashtags } from "./lines.ts";
import { labelledGroups, labelledTail, sectionItems } from "./list-parts.ts";
import { splitLabelText } from "./fieldtext.ts";
import { isAnswerText } from "./table-stories.ts";
import { type Slot, classify, normalizeLabel } from "./labels.ts";
import { isLanguageLabel, slotByPlace } from "./label-place.ts";
import type { Paragraph } from "mdast";
import {
  type Block,
  type Labelled,
  inlineText,
  itemText,
  lineOf,
  listLines,
  splitLines,
  tidy,
} from "./markdown.ts";

/** "Situation — …", "S: …": a part's label opening a line. */
const innerLabel = /^(\p{L}[\p{L}'’ ]{0,30}?)\s*(?::|\s[—–-])\s+(\S[\s\S]*)$/u;

/**
 * How a story's labelled parts are entered and filled: a label's slot, the part it starts, the
 * text and lists under it, remarks beside it and a transcript's follow-ups. `StoryReader` walks the
 * blocks and hands each labelled piece here.
 */
export abstract class PartWriter extends FieldWriter {
  /** Source lines written escaped, which are prose whatever they look like. */
  prose: ReadonlySet<number> = new Set();

  /** An unknown bold label right under Action/Result continues a run of labelled points. */
  protected pointRun = false;

  /** The paragraph being read is a block of "Label: value" lines, one property each. */
  protected properties = false;

  /** The interviewer has just asked for a part of the story (see `turn`). */
  protected askedPart = false;

  /**
   * A transcript's turns after the answer: the interviewer's next question is a follow-up, and
   * the candidate's reply its answer. Whether the turn was read so.
   */
  protected turn(labelled: Labelled, slot: Slot, node: Block): boolean {
    const label = normalizeLabel(labelled.label);
    const interviewer = /^(the )?interviewer(?:\s*\d+|\s*\([^()]*\))?$/.test(label);
    const candidate =
      slot.kind === "text" && slot.key === "draft" && /^(me|candidate)$/.test(label);
    // "And what would you do differently?", "What did you learn from that?": the interviewer
    // asks for a part of the story; the reply is that part.
    const part = interviewer ? partAsked(labelled.rest) : undefined;
    if (part && this.draft.text.draft !== undefined) {
      this.container = null;
      this.unplaced(
        node,
        `The interviewer's question names the part of the story the reply gives (${part === "lessons" ? "the lesson" : "what you would do differently"}).`,
      );
      this.target = { kind: "text", key: part };
      this.askedPart = true;
      return true;
    }
    if (candidate && this.askedPart) {
      this.askedPart = false;
      this.text(labelled.rest, node);
      return true;
    }
    if (interviewer && this.draft.text.draft !== undefined && labelled.rest !== "") {
      this.container = null;
      this.record(node, "followUps");
      this.draft.followUps.push({ question: questionText(labelled.rest), answer: "" });
      this.target = { kind: "followUp", question: labelled.rest };
      return true;
    }
    if (candidate && this.target?.kind === "followUp") {
      this.text(labelled.rest, node);
      return true;
    }
    return false;
  }

  /**
   * A label and its text given apart (a table row, a matrix cell): lines are one point or item
   * each for Action, Result and list fields.
   */
  readLabelled(label: string, text: string, node: Block) {
    let target: Slot = this.labelSlot({ label, rest: "", bold: true }) ?? {
      kind: "other" as const,
      label,
    };
    // "Story | When Kenji became a tech lead…": a whole answer, not a title.
    if (target.kind === "title" && isAnswerText(text)) target = { kind: "text", key: "draft" };
    this.container = null;
    if (target.kind === "other") return this.enter(target, text.replace(/\n/g, " "), node);
    this.enter(target, "", node);
    const each = target.kind === "sections" || target.kind === "list";
    for (const part of each ? text.split("\n") : [text]) this.text(part.trim(), node);
  }

  /**
   * Puts a remark (a tip, a coach's comment, a reminder to self) in the story's notes, unless it
   * opens with a label of a story field ("💡 Lesson: …"). Whether it did.
   */
  protected remarkOf(text: string, signOnly: boolean, node: Block): boolean {
    if (this.prose.has(lineOf(node))) return false;
    const note = remark(text, signOnly);
    if (note === undefined) return false;
    const label = /^([^:\n]{1,40}?)\s*(?::|\s[—–-](?:\s|$)|$)/.exec(note.split("\n")[0]!)?.[1];
    const known = label !== undefined ? classify(label, null) : undefined;
    if (known && known.kind !== "notes" && known.kind !== "other") return false;
    // 'For the opener try: "She was sitting at gate 14…"': an opening line suggested, a hook.
    const quoted = [...note.matchAll(/["“]([^"“”]{10,300})["”]/g)].map((m) => m[1]!.trim());
    const unquoted = note.replace(/["“][^"“”]*["”]/g, " ");
    if (
      quoted.length > 0 &&
      /\b(?:opener|opening(?: line)?|hook|open with|start with|lead with)\b/i.test(unquoted)
    ) {
      this.record(node, "hooks");
      this.draft.hooks.push(...quoted);
      this.draft.notes.push(note);
      this.draft.openNote = undefined;
      return true;
    }
    const asked = quotedQuestions(note);
    if (asked.questions.length > 0) {
      // '[good one for "customer focus" questions too]': a theme named, rather than a question.
      const theme = (q: string) =>
        !isQuestion(q) && !/^(a|an|the|any|when|how|why|what|tell|describe|give)\b/i.test(q);
      this.record(node, "questions");
      this.draft.questions.push(...asked.questions.filter((q) => !theme(q)));
      this.draft.tags.push(...asked.questions.filter(theme));
      // What the remark says besides its questions ("planning to use for") stays in the notes.
      if (!asked.saysMore) return true;
    }
    this.record(node, "notes");
    this.draft.notes.push(note);
    this.draft.openNote = undefined;
    return true;
  }

  /** Whether an unknown bold label reads as one more point of the Action or Result in force. */
  protected continuesPoints(): boolean {
    if (this.target?.kind !== "sections") return false;
    const last = this.draft[this.target.key].at(-1);
    return last === undefined || last.points.length === 0 || this.pointRun;
  }

  /** A known label's slot; in Story Analysis any other label starts a section of questions. */
  protected labelSlot(labelled: Labelled): Slot | undefined {
    // "*EN :* Stopping early costs less…" under "**Leçon / Lesson :** …": the same part again, in
    // the other language of a bilingual note.
    if (isLanguageLabel(labelled.label) && this.target && this.target.kind !== "container")
      return this.target;
    let target = this.inOrder(labelled.label, classify(labelled.label, this.container));
    const letter = /^a$/i.test(labelled.label.replace(/[^\p{L}]/gu, ""));
    if (target?.kind === "sections" && target.key === "actions" && this.asked && letter) {
      // "Q: … / A: …": the A is the answer.
      target = { kind: "text", key: "draft" };
    }
    if (target) return target;
    // "60 sec version of story 1 (Snowstorm):", sent after story 2: a part of the story named.
    const named = /^(.*\S)\s+(?:of|for)\s+((?:story|example)\s*#?\s*\d{1,2}\b.*)$/i.exec(
      labelled.label,
    );
    const part = named ? classify(named[1]!, this.container) : undefined;
    if (part?.kind === "text" && part.key !== "headline") return { ...part, story: named![2]! };
    if (this.container === "analysis" && labelled.bold) {
      return { kind: "analysis", section: labelled.label };
    }
    return undefined;
  }

  /**
   * An Org-mode property drawer (":PROPERTIES:", ":COMPANY: Fenwick Bank", ":END:") and its
   * planning lines ("CLOSED: [2024-01-20 Sat]"): each property read as its label. Whether the
   * paragraph was one.
   */
  protected orgDrawer(paragraph: Paragraph): boolean {
    const drawer = tidy(inlineText(paragraph.children)).split("\n");
    if (
      !drawer.some((line) => /^:properties:$/i.test(line.trim())) ||
      !drawer.every((line) => orgDrawerLine.test(line.trim()))
    )
      return false;
    for (const line of splitLines(paragraph, () => true)) {
      const text = tidy(inlineText(line.children));
      const property = /^:([\w-]+):\s+(\S.*)$/.exec(text);
      const planning = /^(closed|scheduled|deadline):\s*(\S.*)$/i.exec(text);
      const [, label, rest] = property ?? planning ?? [];
      if (label && rest) this.readLabelled(label.replace(/_/g, " "), rest, line);
      else this.unplaced(line, "A bound of an Org property drawer was left out.");
    }
    this.target = undefined;
    return true;
  }

  /** An HTML comment in a story: a speaker's note goes to the notes (see `speakerNote`). */
  protected comment(block: Block & { value: string }) {
    const note = speakerNote(block.value);
    if (note === undefined) return;
    // "Speaker notes (60 sec): After a carrier strike…": a timed note is the spoken version.
    const timed =
      /^(?:speaker(?:'s)? notes?|notes?|script|say)\s*\((?:~\s*)?\d+(?:[-–]\d+)?\s*(?:s|sec(?:ond)?s?|min(?:ute)?s?)\)\s*:\s*(\S[\s\S]*)$/i.exec(
        note,
      );
    // "Speaker notes — the 60-second version:" over the telling: its label names the part.
    const labelled =
      /^(?:speaker(?:'s)? notes?\s*(?:[—–-]|:)\s*)?([^:\n]{3,60}):\s*\n?(\S[\s\S]*)$/i.exec(note);
    const part = labelled ? classify(labelled[1]!.replace(/^the\s+/i, ""), null) : undefined;
    const spoken =
      timed?.[1] ?? (part?.kind === "text" && part.key === "refined" ? labelled![2] : undefined);
    if (spoken !== undefined && this.draft.text.refined === undefined) {
      this.record(block, "refined");
      this.draft.text.refined = [spoken.trim()];
      return;
    }
    this.record(block, "notes");
    this.draft.notes.push(note);
  }

  /** A label's slot as its place in the story so far makes it (see `slotByPlace`). */
  protected inOrder(label: string, target: Slot | undefined): Slot | undefined {
    const d = this.draft;
    return slotByPlace(label, target, {
      situation: d.text.situation !== undefined,
      task: d.text.task !== undefined,
      actions: d.actions.length > 0,
      results: d.results.length > 0,
    });
  }

  protected enter(target: Slot, rest: string, node: Block): void {
    this.pointRun = false;
    this.draft.openNote = undefined;
    if (target.kind === "container") {
      this.container = target.container;
      this.target = target;
    } else {
      if (target.kind === "followUp") {
        this.draft.followUps.push({ question: target.question, answer: "" });
      }
      // A Headline label, even an empty one, keeps a "(…)" at the end of the title in the title.
      if (target.kind === "text" && target.key === "headline") this.draft.headline ??= "";
      if (
        target.kind === "text" &&
        target.story !== undefined &&
        target.key !== "headline" &&
        target.key !== "kind"
      )
        this.draft.moves.push({
          story: target.story,
          key: target.key,
          from: this.draft.text[target.key]?.length ?? 0,
        });
      this.target = target;
    }
    this.record(node, fieldOf(target));
    // "Custom fields: Organisation: Hollybank Hospice · Year: 2022": known labels inside.
    const fields = rest.split(/\s+[·|•]\s+|\s*;\s+/).map((part) => {
      const split = splitLabelText(part);
      const slot = split ? classify(split.label, null) : undefined;
      return slot?.kind === "contextField" ? { key: slot.key, text: split!.rest } : undefined;
    });
    if (target.kind === "other" && rest !== "" && fields.every((field) => field !== undefined)) {
      for (const field of fields) this.contextField(field!.key, field!.text);
      return;
    }
    if (target.kind === "other") {
      // "Anything else?" asks, so its answer follows it without a colon.
      const joint = target.label.endsWith("?") ? " " : ": ";
      this.draft.notes.push(rest === "" ? `${target.label}:` : `${target.label}${joint}${rest}`);
      this.draft.openNote = this.draft.notes.length - 1;
      return;
    }
    if (target.kind === "list" && target.key === "questions") this.asked = true;
    else if (target.kind !== "container") this.asked = false;
    // "A: Situation — My second month at Quillpath…": the answer opens with its first part.
    const opens = target.kind === "text" && target.key === "draft" ? innerLabel.exec(rest) : null;
    const part = opens ? classify(opens[1]!, this.container) : undefined;
    if (part && (part.kind === "sections" || (part.kind === "text" && part.key !== "draft")))
      return this.enter(part, opens![2]!, node);
    if (rest !== "") this.text(rest, node);
    // "**The story I use:** *Title*" names the story; the prose under it is the answer.
    if (target.kind === "title" && rest !== "") this.target = undefined;
  }

  protected list(list: List) {
    // "- [ ] TODO find the real numbers": the writer's to-dos on the story, for its notes.
    const todos = todoNotes(
      list.children.map((item) => ({ checked: item.checked, text: itemText(item) })),
    );
    if (todos) {
      this.record(list, "notes");
      return void this.draft.notes.push(...todos);
    }
    // "R- variance down to 1.5%" then "- [x] practiced": a checklist of the writer's own after a
    // part already told is about the telling, for the notes ("Done: practiced").
    const t0 = this.target;
    const told =
      (t0?.kind === "sections" && this.draft[t0.key].length > 0) ||
      (t0?.kind === "text" &&
        (this.draft.text as Partial<Record<string, string[]>>)[t0.key] !== undefined);
    if (told && list.children.every((item) => typeof item.checked === "boolean")) {
      this.record(list, "notes");
      return void this.draft.notes.push(
        ...list.children.map((item) => `${item.checked ? "Done" : "To do"}: ${itemText(item)}`),
      );
    }
    // "- careful: don't name the student": a remark written as an item, for the notes.
    const only = list.children.length === 1 ? itemText(list.children[0]!) : undefined;
    const remarkLabel = only && /^([^:\n]{1,40}):/.exec(only)?.[1];
    const asRemark = remarkLabel && this.target?.kind !== "sections" && isRemarkLabel(remarkLabel);
    if (asRemark && this.remarkOf(only!, false, list)) return;
    const tagged = trailingHashtags(list);
    if (tagged) {
      this.draft.tags.push(...tagsOf(tagged.tags));
      list = tagged.list;
    }
    const t = this.target;
    if (t?.kind === "sections") {
      // "- DONE send the reference details": a task beside the story, for its notes.
      const tasks = list.children.filter((item) => remark(itemText(item), true) !== undefined);
      for (const item of tasks) this.remarkOf(itemText(item), true, item as unknown as Block);
      if (tasks.length === list.children.length) return;
      if (tasks.length > 0)
        list = { ...list, children: list.children.filter((item) => !tasks.includes(item)) };
      // "- Questions this answers" over its own bullets, after the results: that field's list.
      const tail = labelledGroups(list);
      const head = {
        ...list,
        children: list.children.slice(0, list.children.length - tail.length),
      };
      if (head.children.length > 0) {
        this.record(head, t.key);
        sectionItems(head, this.draft[t.key]);
      }
      for (const { label, rest, item } of tail) this.readLabelled(label, rest, item);
      if (tail.length > 0) this.target = undefined;
      return;
    }
    const whole =
      t?.kind === "text" || t?.kind === "other" || t?.kind === "notes" || t === undefined;
    if (whole && !(t === undefined && list.children.every((item) => isQuestionItem(item)))) {
      // Notes for an answer ending in "lesson: …": the last items go to the fields they name;
      // so do "- Questions this answers" items over bullets of their own, after any field.
      const tail = t === undefined ? labelledTail(list) : labelledGroups(list);
      if (tail.length === 0) return this.text(listLines(list).join("\n"), list);
      const head = { ...list, children: list.children.slice(0, -tail.length) };
      if (head.children.length > 0) this.text(listLines(head).join("\n"), head);
      for (const { label, rest, item } of tail) this.readLabelled(label, rest, item);
      this.target = undefined;
      return;
    }
    for (const item of list.children) {
      // "- TODO write this up properly" among a list's items: a reminder, for the notes.
      if (this.remarkOf(itemText(item), true, item as unknown as Block)) continue;
      this.text(itemText(item), item as unknown as Block);
    }
  }
}

/** The part of a story an interviewer's question asks for: what the candidate would change, or learned. */
function partAsked(question: string): "differently" | "lessons" | undefined {
  const asked = question
    .trim()
    .toLowerCase()
    .replace(/^(?:and|so|ok|okay|right|great|thanks)[,.]?\s+/, "");
  if (
    /^what (?:would|will|might) you (?:do|have done) differently\b|^what would you change\b/.test(
      asked,
    )
  )
    return "differently";
  if (/^what did you (?:learn|take away)\b|^what was the lesson\b/.test(asked)) return "lessons";
  return undefined;
}
