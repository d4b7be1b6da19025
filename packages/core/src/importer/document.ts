import type { Heading, Root, Table } from "mdast";
import type * as Story from "../story/index.ts";
import { type Draft, newDraft, parseStoryHeading, toInput } from "./draft.ts";
import { classify, isStarLabel } from "./labels.ts";
import {
  type Block,
  blockText,
  endLineOf,
  inlineText,
  lineOf,
  splitLabel,
  tidy,
} from "./markdown.ts";
import { StoryReader, type Warning, excerptOf } from "./reader.ts";
import { applyProgressTable, applyQuestionTable, kindOfTable } from "./tables.ts";
import type { ValueSetRef } from "./values.ts";

export interface ImportedStory {
  /** Where the story's heading is, and where its last block ends (1-based lines). */
  line: number;
  endLine: number;
  /** The fields the document gives, as a story input (only the title is sure to be there). */
  input: Story.CreateInput;
}

const headingText = (heading: Heading) => tidy(inlineText(heading.children));

/** The index of every block that starts a story, and whether it was found without "Story N". */
function storyStarts(blocks: Block[]): { starts: number[]; loose: boolean } {
  const named = blocks.flatMap((block, index) =>
    block.type === "heading" && parseStoryHeading(headingText(block), false) ? [index] : [],
  );
  if (named.length > 0) return { starts: named, loose: false };
  // No "Story N" headings: a story is the innermost heading whose part holds STAR labels.
  const candidates = blocks.flatMap((block, index) => {
    if (block.type !== "heading" || classify(headingText(block), null)) return [];
    const end = sectionEnd(blocks, index);
    const holdsStar = blocks.slice(index + 1, end).some((inner) => {
      if (inner.type === "heading") return isStarLabel(headingText(inner));
      if (inner.type !== "paragraph") return false;
      const label = splitLabel(inner.children);
      return label !== undefined && isStarLabel(label.label);
    });
    return holdsStar ? [index] : [];
  });
  const innermost = candidates.filter(
    (index) => !candidates.some((other) => other > index && other < sectionEnd(blocks, index)),
  );
  return { starts: innermost, loose: true };
}

/** Where the part under the heading at `index` ends: at the next heading as high or higher. */
function sectionEnd(blocks: Block[], index: number): number {
  const depth = (blocks[index] as Heading).depth;
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "heading" && block.depth <= depth) return i;
  }
  return blocks.length;
}

/** Reads every story of a parsed document, with a warning for each piece of text left out. */
export function readDocument(
  root: Root,
  sets: ValueSetRef[],
): { stories: ImportedStory[]; warnings: Warning[] } {
  const blocks = root.children.filter((block) => block.type !== "yaml");
  const warnings: Warning[] = [];
  const { starts, loose } = storyStarts(blocks);
  const drafts: Draft[] = [];
  const owner = new Array<Draft | undefined>(blocks.length);
  for (const [n, start] of starts.entries()) {
    const heading = blocks[start] as Heading;
    const parsed = parseStoryHeading(headingText(heading), loose)!;
    const draft = newDraft(parsed.title, parsed.number, lineOf(heading));
    drafts.push(draft);
    const end = Math.min(sectionEnd(blocks, start), starts[n + 1] ?? blocks.length);
    const reader = new StoryReader(draft, sets, warnings);
    for (let i = start + 1; i < end; i++) {
      reader.read(blocks[i]!);
      owner[i] = draft;
    }
    owner[start] = draft;
  }

  const titles = drafts.map((draft) => toInput(draft).title);
  const placed = blocks.map((block, index) => {
    if (owner[index]) return true;
    const kind = block.type === "table" ? kindOfTable(block) : undefined;
    if (kind === "questions") applyQuestionTable(block as Table, drafts, titles, warnings);
    else if (kind === "progress") applyProgressTable(block as Table, drafts, titles, warnings);
    return kind !== undefined;
  });
  warnings.push(...outsideWarnings(blocks, placed));
  warnings.sort((a, b) => a.line - b.line);
  return {
    stories: drafts.map((draft) => ({
      line: draft.line,
      endLine: draft.endLine,
      input: toInput(draft),
    })),
    warnings,
  };
}

/**
 * One warning per part of the document outside the stories (a heading and the blocks under it),
 * rather than one per line.
 */
function outsideWarnings(blocks: Block[], placed: boolean[]): Warning[] {
  const groups: Block[][] = [];
  let open: Block[] | undefined;
  blocks.forEach((block, index) => {
    if (placed[index]) {
      // A heading right above a table or story that was read is that part's title.
      if (open?.length === 1 && open[0]!.type === "heading") groups.pop();
      open = undefined;
    } else if (block.type === "thematicBreak" || block.type === "definition") return;
    else if (block.type === "heading" || !open) groups.push((open = [block]));
    else open.push(block);
  });
  return groups.map((group) => {
    const first = group[0]!;
    const text = group.map(blockText).filter(Boolean).join(" ");
    const what =
      first.type === "heading" ? `The part "${headingText(first)}"` : "This text outside a story";
    return {
      line: lineOf(first),
      endLine: endLineOf(group.at(-1)!),
      message: `${what} was not imported: it is not part of a story.`,
      excerpt: excerptOf(text),
    };
  });
}
