import type { Heading, List, Root, Table } from "mdast";
import type * as Story from "../story/index.ts";
import {
  type Draft,
  type LineSpan,
  isCountOnlyHeading,
  newDraft,
  parseStoryHeading,
  toInput,
} from "./draft.ts";
import { type Warning, tagsOf } from "./fields.ts";
import { employersOf } from "./company.ts";
import { signpostedParts } from "./signposts.ts";
import { headingMeta, isCompanyName } from "./headingmeta.ts";
import {
  bareNumberedTitles,
  boldLeadIn,
  boldName,
  firstNote,
  styledName,
  valueNamed,
  withoutFirstItem,
} from "./story-names.ts";
import { addressTo, addressedNotes, listLabel, questionMap } from "./addressed.ts";
import { mentionedNotes, movedParts, spokenVersions } from "./appendix.ts";
import { fitStory } from "./fit.ts";
import {
  type Block,
  blockText,
  endLineOf,
  escapedLines,
  inlineText,
  lineOf,
  splitLines,
  tidy,
} from "./markdown.ts";
import { dropBlankTemplates, dropDocumentHeader } from "./no-story.ts";
import { normalizeBlocks } from "./normalize.ts";
import { mergeRowWriteups } from "./row-writeups.ts";
import {
  askedQuestions,
  isQuestion,
  questionAside,
  shortTitle,
  titleFromLine,
} from "./question.ts";
import { StoryReader } from "./reader.ts";
import { groupHeading, linkNamedValues, linkValueNamed } from "./group-heading.ts";
import { mergeSpans, outsideWarnings, warningFor } from "./report.ts";
import { type StoryPart, headingText, segment } from "./segment.ts";
import { readMatrixRow } from "./matrix-row.ts";
import {
  applyIndexTable,
  applyProgressTable,
  applyQuestionTable,
  isIndexTable,
  kindOfTable,
  storiesNamed,
} from "./tables.ts";
import type { ValueSetRef } from "./values.ts";

export interface ImportedStory {
  /** Where the story's heading is, and where its last block ends (1-based lines). */
  line: number;
  endLine: number;
  /** The fields the document gives, as a story input (only the title is sure to be there). */
  input: Story.CreateInput;
  /** Which source lines went to which field, in line order (adjacent runs merged). */
  lines: LineSpan[];
}

/**
 * Reads every story of a parsed document, with a warning for each piece of text left out: every
 * source line ends in a field, in a story's notes, or in a warning.
 */
export function readDocument(
  root: Root,
  sets: ValueSetRef[],
  source = "",
  documentWide: { employer?: string } = {},
): { stories: ImportedStory[]; warnings: Warning[] } {
  const blocks = normalizeBlocks(
    root.children.filter((block) => block.type !== "yaml"),
    source,
  );
  const sourceLines = source.split("\n");
  const blank = (line: number) => (sourceLines[line - 1] ?? "").trim() === "";
  const warnings: Warning[] = [];
  const segments = segment(blocks);
  let parts = segments.stories;
  const taken = segments.taken;
  if (parts.length === 0 && blocks.some((block) => blockText(block).trim() !== "")) {
    // Text without any story shape is still one story: the report says how it was read.
    parts = [wholeDocument(blocks)];
    taken.fill(true);
  }
  const prose = escapedLines(source);
  const drafts = parts.map((part) => readPart(part, sets, warnings, prose));
  for (const row of segments.emptyRows) {
    warnings.push(
      warningFor(row, "This row of the story table holds no story yet (blank or TODO)."),
    );
  }
  dropBlankTemplates(drafts, parts, warnings, sourceLines);
  dropDocumentHeader(drafts, parts, warnings);
  bareNumberedTitles(drafts);
  const titles = drafts.map((draft) => toInput(structuredClone(draft)).title);
  mergeRowWriteups(parts, drafts, titles);
  for (const unit of segments.unanswered) {
    warnings.push(
      warningFor(unit.node as Block, `The question has no answer under it, so it is no story.`),
    );
  }
  // "**Reminders**" over "- Story 1: bring the screenshots": notes for the stories named.
  const addressed = new Set<number>();
  blocks.forEach((block, index) => {
    if (taken[index] || block.type !== "list") return;
    const mapped = questionMap(block, drafts, titles);
    if (mapped) {
      const { map, open } = mapped;
      for (const item of open)
        warnings.push(warningFor(item, "The question maps to no story of this document yet."));
      for (const { question, drafts: named, line } of map) {
        for (const draft of named) {
          draft.questions.push(question);
          draft.lines.push({ from: line, to: line, field: "questions" });
        }
      }
      addressed.add(index);
      const above = blocks[index - 1];
      if (above?.type === "heading" && !taken[index - 1]) {
        addressed.add(index - 1);
        warnings.push(
          warningFor(
            above,
            `The heading "${headingText(above)}" names the question map under it; it was not stored.`,
          ),
        );
      }
      return;
    }
    const notes = addressedNotes(block, drafts, titles);
    if (!notes) {
      // "**Notes**" over "- Story 3 is thin on the why": the items that name one story.
      const above = taken[index - 1] ? undefined : listLabel(blocks[index - 1]);
      const mentioned = mentionedNotes(block, above, drafts, titles);
      if (!mentioned) return;
      addressed.add(index - 1);
      addressed.add(index);
      const kept = new Set(mentioned.map(({ item }) => item));
      for (const { draft, text } of mentioned) draft.notes.push(`${above}: ${text}`);
      for (const item of block.children as unknown as Block[]) {
        if (!kept.has(item)) warnings.push(warningFor(item, "This note names no one story."));
      }
      return;
    }
    const label = taken[index - 1] ? undefined : listLabel(blocks[index - 1]);
    if (label !== undefined) addressed.add(index - 1);
    addressed.add(index);
    for (const { draft, text } of notes) addressTo(draft, text, label);
  });
  // "Questions to map these to:" inside the last story, "- Tell me about… → Story 1": a map of
  // the questions to the stories they name, not questions of the story it sits in.
  const mappedTo: [Draft, string][] = [];
  for (const draft of drafts) {
    draft.questions = draft.questions.filter((question) => {
      const mapped = /^(.*\S)\s*(?:→|->|=>)\s*(\S.*)$/.exec(question);
      if (!mapped || !isQuestion(mapped[1]!)) return true;
      const named = storiesNamed(mapped[2]!, drafts, titles);
      for (const other of named) mappedTo.push([other, mapped[1]!]);
      return named.length === 0;
    });
  }
  for (const [draft, question] of mappedTo) draft.questions.push(question);
  movedParts(drafts, titles);
  const spoken = spokenVersions(blocks, taken, drafts, titles, warnings);
  const placed = blocks.map((block, index) => {
    if (taken[index] || addressed.has(index) || spoken.has(index)) return true;
    if (
      block.type === "heading" &&
      groupHeading(blocks, index, { parts, drafts, taken }, sets, warnings)
    ) {
      return true;
    }
    const kind = block.type === "table" ? kindOfTable(block) : undefined;
    // "| Ref | Story | Company | Year |" over the stories' headings: where and when each was.
    // The table is still reported, for the columns no field takes.
    if (kind === undefined && block.type === "table" && isIndexTable(block, titles)) {
      applyIndexTable(block, drafts, titles);
      return false;
    }
    if (kind === "questions") {
      applyQuestionTable(block as Table, drafts, titles, warnings);
      const above = blocks[index - 1];
      if (above?.type === "heading" && !taken[index - 1] && !addressed.has(index - 1)) {
        addressed.add(index - 1);
        warnings.push(
          warningFor(
            above,
            `The heading "${headingText(above)}" names the question map under it; it was not stored.`,
          ),
        );
      }
    } else if (kind === "progress") applyProgressTable(block as Table, drafts, titles, warnings);
    return kind !== undefined;
  });
  warnings.push(...outsideWarnings(blocks, placed));
  // Where the stories happened: a story's own labels and heading first, then the front matter
  // or an introduction that says where all of them are from, then the employer its text names.
  employersOf(drafts, documentWide.employer, sourceLines);
  drafts.forEach(signpostedParts);
  const stories = drafts.map((draft) => {
    const input = fitStory(toInput(draft), draft, warnings);
    const lines = mergeSpans(draft.lines, blank);
    return { line: draft.line, endLine: draft.endLine, input, lines };
  });
  warnings.sort((a, b) => a.line - b.line || a.endLine - b.endLine);
  for (const warning of warnings) {
    if (warning.text === undefined && warning.line > 0) {
      warning.text = sourceLines.slice(warning.line - 1, warning.endLine).join("\n");
    }
  }
  return { stories, warnings };
}

/** Reads one story's blocks into a draft, with its title, question and group. */
function readPart(
  part: StoryPart,
  sets: ValueSetRef[],
  warnings: Warning[],
  prose: ReadonlySet<number>,
): Draft {
  if (part.row) return readMatrixRow(part.row, sets, warnings);
  const { heading, question } = part;
  let blocks = part.blocks;
  const headed = heading && headingText(heading) !== "" ? heading : undefined;
  const parsed = headed ? parseStoryHeading(headingText(headed), true) : undefined;
  const line = lineOf(headed ?? question?.node ?? blocks[0] ?? ({} as Block));
  const weak = question !== undefined && (!headed || headed === question.node);
  const aside = weak ? questionAside(blockText(question.node as Block)) : undefined;
  // '"Describe a negotiation…" / "When have you said no…?"': one story, two questions.
  // "Tell me about a problem others missed [Calderwood Biologics]": where it was, after the question.
  const askedAt = question && /[)\]]$/.test(question.text) ? headingMeta(question.text) : undefined;
  const askedCompany = askedAt?.company && isQuestion(askedAt.title) ? askedAt : undefined;
  const asked = question ? askedQuestions(askedCompany?.title ?? question.text) : [];
  let title = weak ? (aside?.name ?? shortTitle(asked[0]!)) : (parsed?.title ?? "Untitled story");
  // "It's the Harbour Tower project" right under a question names the story.
  // So does a first note "- story: the reach-truck near miss" under a question.
  // "*The late knitwear delivery – Marlowe*" over "#supplier" in one paragraph: the name apart.
  if (weak && blocks[0]?.type === "paragraph") {
    const start = lineOf(blocks[0]);
    const parts = splitLines(blocks[0], (_line, at) => at === start + 1);
    if (parts.length === 2 && styledName(parts[0]!))
      blocks = [parts[0]!, parts[1]!, ...blocks.slice(1)];
  }
  const firstItem = firstNote(blocks[0]);
  const first = firstItem ?? blocks[0];
  // So does a first note that is only a bold name: "- **Codeine linctus regular** (Lowther Pharmacy)".
  const boldNote = weak && firstItem ? boldName(firstItem) : undefined;
  const named =
    boldNote?.name ??
    (weak && first?.type === "paragraph"
      ? (titleFromLine(tidy(inlineText(first.children))) ?? styledName(first))
      : undefined);
  // "… the methotrexate labelling error at Harlow Road Pharmacy": the story, then where it was.
  // "… the catering contract (this one was at St Anne's)": the company in a bracket after it.
  // "*(the data-contract story — Solace Pay, 2022)*": the name in brackets of its own.
  const name = named?.replace(/^\((.+)\)$/, "$1");
  const bracketed = name && !boldNote ? headingMeta(name) : undefined;
  const namedAt = name && !bracketed?.company ? /^(.*\S)\s+at\s+(\p{Lu}.*)$/u.exec(name) : null;
  const namedCompany =
    boldNote?.company ??
    bracketed?.company ??
    (namedAt && isCompanyName(namedAt[2]!, true) ? namedAt[2]! : undefined);
  const namedTitle = bracketed?.company ? bracketed.title : name;
  if (namedTitle)
    title =
      namedCompany && namedAt && !boldNote
        ? namedAt[1]!
        : namedTitle.charAt(0).toUpperCase() + namedTitle.slice(1);
  // "**The diary study nobody wanted.** Product was sure…": a bold lead-in opening the answer.
  const leadIn = weak && !named ? blocks.slice(0, 3).map(boldLeadIn).find(Boolean) : undefined;
  if (leadIn) title = leadIn;
  // "Backup: the schema registry": the story to tell if the first one is taken; "Primary: …" the
  // one to tell first.
  const backup =
    /^(backup|alternative|alt|fallback|spare|bonus|extra|option \d|primary|main|go-to|first choice)(?:\s+(?:story|example))?\s*[:—–-]\s*(\S.*)$/i.exec(
      title,
    );
  if (backup) title = backup[2]!;
  // "Not in table yet: Hiring the Pune pod", "WIP: …": where the story's writing stands.
  const status =
    /^((?:[\p{L}']+\s+){0,4}?(?:yet|wip|todo|to do|tbd|unfinished|in progress|draft))\s*:\s*(\S.*)$/iu.exec(
      title,
    );
  if (status) title = status[2]!;
  // "Search ranking relaunch `#impact` `#data`": hashtags after the title are its tags.
  // "Story #1" is a number, not a tag: a tag holds a letter.
  const hashtags =
    /^(.*?\S)\s+((?:#(?=[\p{N}_\-/&+]*\p{L})[\p{L}\p{N}][\p{L}\p{N}_\-/&+]*\s*)+)$/u.exec(title);
  if (hashtags) title = hashtags[1]!;
  // "LP: Customer Obsession": the story named by the value it is told for, which it links too.
  const forValue = valueNamed(title);
  if (forValue) title = forValue;
  const draft = newDraft(title, parsed?.number, line);
  if (parsed?.letter) draft.letter = parsed.letter;
  if (parsed?.remark) draft.notes.push(parsed.remark);
  // "2.1 Rebuilding the reactor schedule": the section number a map may name it by.
  const section = headed && /^\W*(\d{1,2}(?:\.\d{1,2})+)\.?\s/.exec(headingText(headed))?.[1];
  if (section) draft.section = section;
  if (aside?.company) draft.context.company = aside.company;
  if (status) draft.notes.push(status[1]!);
  if (namedCompany) draft.context.company ??= namedCompany;
  if (askedCompany) draft.context.company ??= askedCompany.company;
  if (bracketed?.company && bracketed.period) draft.context.period ??= bracketed.period;
  if (hashtags) draft.tags.push(...tagsOf(hashtags[2]!));
  if (backup) draft.notes.push(`${backup[1]} story`);
  if (forValue) linkValueNamed(draft, forValue, sets);
  // "Q1 [00:02]: Conflict", "Prompt 2 — Teamwork": a numbered question's heading names no story.
  // "2024-03-06 · Oakhaven Bank · Hiring manager screen": a journal's entry, named by its date.
  draft.weakTitle =
    (weak && !named) ||
    (headed !== undefined &&
      (isCountOnlyHeading(title) ||
        /^(?:q|question|prompt)\s*\d+\b/i.test(title) ||
        /^(?:19|20)\d{2}-[01]\d-[0-3]\d\b/.test(title)));
  if (!headed && !question && blocks[0]) draft.weakTitle = true;
  const reader = new StoryReader(draft, sets, warnings);
  reader.prose = prose;
  if (headed) reader.record(headed, "title");
  if (named) {
    reader.record(first!, "title");
    blocks = firstItem
      ? [withoutFirstItem(blocks[0] as List), ...blocks.slice(1)]
      : blocks.slice(1);
  }
  if (question) {
    draft.questions.push(...asked);
    reader.record(question.node, "questions");
    reader.answerFollows();
    draft.endLine = Math.max(draft.endLine, endLineOf(question.node));
  }
  for (const { texts, node } of part.alsoAsked ?? []) {
    draft.questions.push(...texts);
    reader.record(node, "questions");
  }
  if (part.group) {
    draft.tags.push(part.group.text);
    reader.record(part.group.node, "tags");
  }
  // A heading that is a value's name ("1. Customer Obsession") links the value.
  if (headed && !weak) linkNamedValues(draft, [title], sets);
  for (const block of blocks) reader.read(block);
  return draft;
}

/** The whole document as one story: titled by its first heading, or its first line. */
function wholeDocument(blocks: Block[]): StoryPart {
  const index = blocks.findIndex((block) => block.type === "heading");
  if (index >= 0) {
    return {
      heading: blocks[index] as Heading,
      question: undefined,
      blocks: blocks.filter((_, i) => i !== index),
      group: undefined,
    };
  }
  const firstText = blockText(blocks[0]!).split("\n")[0]!;
  const words = firstText.split(/\s+/);
  const title = words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : firstText;
  const heading: Heading = {
    type: "heading",
    depth: 6,
    children: [{ type: "text", value: title.slice(0, 200) }],
  };
  return { heading, question: undefined, blocks, group: undefined };
}
