import type { Heading } from "mdast";
import type { Draft } from "./draft.ts";
import { type Warning, tagsOf } from "./fields.ts";
import { type ContextField, jobLines } from "./job-lines.ts";
import { headingMeta } from "./headingmeta.ts";
import { type Block, lineOf } from "./markdown.ts";
import { warningFor } from "./report.ts";
import { type StoryPart, headingText, sectionEnd } from "./segment.ts";
import { type ValueSetRef, resolveValues } from "./values.ts";
import { setContextField } from "./context-field.ts";

/** Adds value links for names that a value set knows, each name whole. */
export function linkNamedValues(draft: Draft, names: string[], sets: ValueSetRef[]): boolean {
  const { links, unknown } = resolveValues(sets, "", names);
  if (links.length === 0 || unknown.length > 0) return false;
  draft.values.push(...links);
  return true;
}

/**
 * A story named by the value it is told for ("LP: Customer Obsession", "Are Right, A Lot / Dive
 * Deep"): the names it gives are its tags, and link the values they name. Links are kept once
 * each when the story is written out.
 */
export function linkValueNamed(draft: Draft, name: string, sets: ValueSetRef[]): void {
  const names = tagsOf(name);
  draft.values.push(...resolveValues(sets, "", [name, ...names]).links);
  draft.tags.push(...names);
}

/** Words of headings that only title the document ("My STAR Stories", "Story Bank"). */
const structural = /^(my|our|the|a|an|of|star|story|stories|bank|behaviou?ral|interview|\d+)$/i;

/**
 * A heading above stories but not itself one. A value's name links the value in each story under
 * it; a document title is structure; any other is reported, so no line goes unaccounted for.
 */
export function groupHeading(
  blocks: Block[],
  index: number,
  { parts, drafts, taken }: { parts: StoryPart[]; drafts: Draft[]; taken: boolean[] },
  sets: ValueSetRef[],
  warnings: Warning[],
): boolean {
  const heading = blocks[index] as Heading;
  const end = sectionEnd(blocks, index);
  const from = lineOf(heading);
  const to = end < blocks.length ? lineOf(blocks[end]!) : Number.POSITIVE_INFINITY;
  const under = drafts.filter((_, i) => {
    const line = drafts[i]!.line;
    return line > from && line < to && parts[i] !== undefined;
  });
  if (under.length === 0) return false;
  const text = headingText(heading);
  if (text === "") return true;
  // "🧡 Customer Obsession", "2. Ownership": the group's name without its emoji or number.
  // "BEHAVIOUR 1: Delivering at Pace", "Competency 2 – Ownership": the name after its label.
  const name = text
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/^\d+[.):]\s*/, "")
    .replace(
      /^(?:behaviou?rs?|competenc(?:y|ies)|values?|(?:leadership )?principles?|themes?|lps?)\s*#?\d{0,2}\s*(?::|[.–—-]\s)\s*(?=\S)/iu,
      "",
    );
  if (under.every((draft) => linkNamedValues(draft, [name], sets))) {
    // "## Customer Obsession" over its stories: a value link and the group's tag.
    for (const draft of under) {
      draft.tags.push(name);
      draft.lines.push({ from, to: from, field: "values" });
    }
    return true;
  }
  // "## Carrick & Lowe Bank" over "Role / Dates: Branch Manager / Apr 2020 – present" and its
  // stories: the employer, and the job each story under it was told from.
  const first = Math.min(...under.map((draft) => draft.line));
  const job = heading.depth > 1 ? jobLines(blocks, index, first, taken) : undefined;
  if (job && name.split(/\s+/).length <= 6) {
    for (const draft of under) {
      if (headingMeta(draft.heading).company === undefined) draft.context.company ??= name;
      applyJob(draft, job.fields);
      draft.lines.push({ from, to: from, field: "context" }, ...job.lines);
    }
    for (const at of job.blocks) taken[at] = true;
    return true;
  }
  // "Tidewater Bank (2021–present)", "Quillfeather Health — Senior SRE (2020–2023)": the
  // employer of the stories under it, the role held there, and when.
  // The document's own title ("# Mock interview — 2024-05-21") names no employer.
  // "Brandt Loewy LLP (litigation associate, 2019–2022)": the role inside the bracket.
  const bracketed =
    heading.depth === 1
      ? null
      : /^(.*?\p{L}.*?)\s*\(([^(),]+),\s*((?:19|20)\d{2}\b[^()]*)\)$/u.exec(name);
  const employer = bracketed
    ? ([name, `${bracketed[1]} — ${bracketed[2]}`, bracketed[3]] as const)
    : heading.depth === 1
      ? null
      : /^(.*?\p{L}.*?)\s*(?:\(|,|[—–]|\s-)\s*((?:19|20)\d{2}\b[^()]*)\)?$/u.exec(name);
  const [company, role] = (employer?.[1] ?? "").split(/\s+[—–|·-]\s+|,\s+/, 2);
  if (employer && company!.split(/\s+/).length <= 6 && (role ?? "").split(/\s+/).length <= 8) {
    for (const draft of under) {
      draft.context.company ??= company!.trim();
      if (role) draft.context.role ??= role.trim();
      draft.context.period ??= employer[2]!.trim();
      draft.lines.push({ from, to: from, field: "context" });
    }
    return true;
  }
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // One of several competency groups ("## Leadership", "## Conflict") tags the stories under it.
  const groups = blocks.filter(
    (block, i) =>
      block.type === "heading" &&
      block.depth === heading.depth &&
      !taken[i] &&
      drafts.some((draft, d) => parts[d] !== undefined && storyUnder(blocks, i, draft.line)),
  );
  if (groups.length >= 2 && words.length <= 6 && !words.every((word) => structural.test(word))) {
    for (const draft of under) {
      draft.tags.push(name);
      draft.lines.push({ from, to: from, field: "tags" });
    }
    return true;
  }
  // A document title ("# Story Bank") is reported as such: no line goes unaccounted for.
  if (words.every((word) => structural.test(word)) && taken[index + 1] === true) {
    warnings.push(
      warningFor(heading, `The heading "${text}" titles the document; it was not stored.`),
    );
    return true;
  }
  warnings.push(
    warningFor(heading, `The heading "${text}" groups the stories under it; it was not stored.`),
  );
  return true;
}

/** Sets each context field a story does not set itself. */
function applyJob(draft: Draft, fields: ContextField[]): void {
  for (const { key, text } of fields) {
    if (draft.context[key] === undefined) setContextField(draft, key, text);
  }
}

/** Whether the story starting at `line` lies in the part under the heading at `index`. */
function storyUnder(blocks: Block[], index: number, line: number): boolean {
  const end = sectionEnd(blocks, index);
  const to = end < blocks.length ? lineOf(blocks[end]!) : Number.POSITIVE_INFINITY;
  return line > lineOf(blocks[index]!) && line < to;
}
