import type { Table } from "mdast";
import { type Draft, splitList } from "./draft.ts";
import { blockText, endLineOf, lineOf, unquote } from "./markdown.ts";
import { type Warning, excerptOf } from "./fields.ts";
import { classify } from "./labels.ts";
import { keyColumn, storyRow } from "./table-stories.ts";

/**
 * The document-wide tables: a question → story map (its questions join the story they name) and
 * a progress table (drafted / analyzed / refined / timed / practiced per story).
 */

const cells = (table: Table) =>
  table.children.map((row) => row.children.map((cell) => blockText(cell)));

const words = (text: string) =>
  text
    // "1. Faster month-end close", "B) The audit": the row's number is no word of the title.
    .replace(/^\s*(?:\d{1,3}|[A-Z])[.)]\s+(?=\S)/, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !["the", "a", "an", "story"].includes(w))
    .join(" ");

/** A map cell's condition after the stories it names: "… if they want something recent". */
const condition = /,?\s+(?:if|when|unless|for)\s.*$/i;

/** The stories a cell names: "Story 2 (…)", "Story 1 or 2", "Story 1 or Story 4", or a title. */
export function storiesNamed(cell: string, drafts: Draft[], titles: string[]): Draft[] {
  // "Story 1 or 2", "Stories 1, 3 & 4", "Story #2 / #5": every number after the word.
  const numbers = [
    ...cell.matchAll(
      /\bstor(?:y|ies)\s*#?\s*(\d+(?:\s*(?:,|&|\/|\+|\bor\b|\band\b)\s*(?:story\s*)?#?\s*\d+)*)/gi,
    ),
  ].flatMap((m) => [...m[1]!.matchAll(/\d+/g)].map((n) => Number(n[0])));
  if (numbers.length > 0) {
    return numbers
      .map((n) => drafts.find((d) => d.number === n) ?? drafts[n - 1])
      .filter((d): d is Draft => d !== undefined);
  }
  // "2.1 (the PIs)", "§2.2": the section number of the story's heading.
  const section = /^\s*§?\s*(\d{1,2}\.\d{1,2})(?![.\d])/.exec(cell)?.[1];
  if (section) {
    const numbered = drafts.filter((d) => d.section === section);
    if (numbered.length === 1) return numbered;
  }
  // "2, 1", "1 & 3", "S2 or S3", "P2 (or P3 if short)" alone in a story column: the stories by
  // their numbers.
  const named = cell.replace(condition, "");
  const refs = named.replace(/[()]/g, " ");
  if (/^\s*[#A-Z]?\d{1,2}(?:\s*(?:,|&|\/|\+|\bor\b|\band\b)\s*[#A-Z]?\d{1,2})*\s*$/.test(refs)) {
    return [...refs.matchAll(/\d+/g)]
      .map((m) => Number(m[0]))
      .map((n) => drafts.find((d) => d.number === n) ?? drafts[n - 1])
      .filter((d): d is Draft => d !== undefined);
  }
  // "A", "A, B", "B / C": the stories the document lettered so.
  // "A, then C", "C or A", "A, B or C", "A, or C if they want something recent".
  const letters = /^\s*[A-Z](?:(?:\s*(?:,|&|\/|\+|\bor\b|\band\b|\bthen\b))+\s*[A-Z])*\s*$/.test(
    named,
  )
    ? [...named.matchAll(/\b[A-Z]\b/g)].map((m) => m[0])
    : [];
  const lettered = letters
    .map((letter) => drafts.find((d) => d.letter === letter))
    .filter((d): d is Draft => d !== undefined);
  if (lettered.length > 0) return lettered;
  const exact = drafts.filter((_, i) => words(titles[i]!) === words(cell));
  if (exact.length > 0) return exact.slice(0, 1);
  // "Returns flow / Allergy filter", "Returns flow; Payment mismatch", "Phishing, Secrets": each
  // title named, also when one of them is part of a title ("Pager Diet / Cost Dashboard").
  // "End of life meds (or DOAC)": a second choice in brackets is one more story named.
  const parts = cell
    .replace(/\s*\(\s*(?:or|and)\s+([^()]+)\)/i, " or $1")
    .split(/\s+\/\s+|\s*[;,]\s*|\s*<br\s*\/?>\s*|\n|\s+(?:or|&)\s+/i);
  const each = parts.map((part) => byTitle(part, drafts, titles));
  if (parts.length >= 2 && each.every((named) => named.length > 0))
    return [...new Set(each.flat())];
  const whole = byTitle(cell, drafts, titles);
  if (whole.length > 0) return whole;
  if (parts.length < 2) return [];
  return [...new Set(each.flat())];
}

/** The story a title (or a part of one) names. */
function byTitle(cell: string, drafts: Draft[], titles: string[]): Draft[] {
  const wanted = words(cell);
  if (wanted === "") return [];
  const exact = drafts.filter((_, i) => words(titles[i]!) === wanted);
  if (exact.length > 0) return exact.slice(0, 1);
  const within = drafts.filter((_, i) => {
    const title = words(titles[i]!);
    return title !== "" && (title.includes(wanted) || wanted.includes(title));
  });
  if (within.length > 0) return within;
  // "Gentamicin audit" for "Gentamicin level audit + re-audit": a short form keeps the title's
  // words in their order, two of them at least.
  const short = wanted.split(" ");
  if (short.length < 2) return [];
  const shortened = drafts.filter((_, i) => {
    let at = 0;
    for (const word of words(titles[i]!).split(" ")) if (word === short[at]) at += 1;
    return at === short.length;
  });
  return shortened.length === 1 ? shortened : [];
}

export type TableKind = "questions" | "progress" | undefined;

/** A question map's column that names stories: "Story", "Best story", "Lead with", "Backup". */
const storyColumn =
  /stor(y|ies)|^(lead|open|answer|start) with$|^back-? ?up$|^(use|pick|tell|tell this|example|main|first choice|primary|best|go-to)$/i;

/** A question map's column of questions: "Question", "Likely questions", "If they ask…". */
const questionColumn = /question|\bask/i;

export function kindOfTable(table: Table): TableKind {
  const header = (cells(table)[0] ?? []).map((h) => h.toLowerCase().trim());
  const question = header.findIndex((h) => questionColumn.test(h));
  const story = header.findIndex((h, i) => i !== question && storyColumn.test(h));
  if (question >= 0 && story >= 0) return "questions";
  const progressColumns = header.filter((h) => /draft|analy|refin|timed|practi/.test(h));
  // "| Story | Leadership | Conflict | Analytical |" ticks competencies: a matrix, not progress.
  if (story === 0 && progressColumns.length > 0 && progressColumns.length * 2 >= header.length - 1)
    return "progress";
  return undefined;
}

export function applyQuestionTable(
  table: Table,
  drafts: Draft[],
  titles: string[],
  warnings: Warning[],
) {
  const [header = [], ...rows] = cells(table);
  const qCol = header.findIndex((h) => questionColumn.test(h));
  // "Story", or a lead and a backup column: each names stories the question joins.
  const sCols = header
    .map((h, i) => (i !== qCol && storyColumn.test(h) ? i : -1))
    .filter((i) => i >= 0);
  rows.forEach((row, index) => {
    const question = unquote(row[qCol] ?? "");
    const targets = [
      ...new Set(sCols.flatMap((column) => storiesNamed(row[column] ?? "", drafts, titles))),
    ];
    if (question === "") return;
    if (targets.length === 0) {
      return warnings.push(
        rowWarning(table, index, row, "The row names no story of this document."),
      );
    }
    for (const draft of targets) draft.questions.push(question);
    // "A, or C if they want something recent": when to tell which, for the stories it names.
    for (const column of sCols) {
      const cell = (row[column] ?? "").trim();
      if (!/\s(?:if|when|unless)\s/i.test(cell)) continue;
      for (const draft of storiesNamed(cell, drafts, titles))
        draft.notes.push(`For "${question}": ${cell}`);
    }
  });
  // "First choice | Backup": every story named joins the question, whichever column names it.
  if (sCols.length >= 2) {
    const names = sCols.map((column) => `"${header[column]}"`).join(" and ");
    warnings.push({
      line: lineOf(table),
      endLine: lineOf(table),
      message: `The question map's ${names} columns were read alike: each story they name joins the question.`,
      excerpt: excerptOf(sCols.map((column) => header[column]).join(" | ")),
    });
  }
  // A "#" or "Notes" column beside the question and the story has no field: say so.
  const others = header
    .map((name, column) => ({ name, column }))
    .filter(({ column }) => column !== qCol && !sCols.includes(column))
    .filter(({ column }) => rows.some((row) => (row[column] ?? "").trim() !== ""));
  if (others.length > 0) {
    const names = others.map(({ name }) => `"${name}"`).join(", ");
    warnings.push({
      line: lineOf(table),
      endLine: endLineOf(table),
      message: `The question map's ${names} column was not stored: only its questions join the stories.`,
      excerpt: excerptOf(
        rows.map((row) => others.map(({ column }) => row[column]).join(" ")).join("; "),
      ),
    });
  }
}

const yes = /^(✓|✔|✔️|☑|☑️|✅|x|yes|y|true|done)$/i;
const no = /^(☐|✗|✘|❌|no|n|false|-|—|)$/i;

/** "58s", "58 s", "0:58", "1m 5s", "58" → seconds; blanks and "___s" → null. */
function seconds(cell: string): number | null | undefined {
  const text = cell.trim().toLowerCase();
  if (text === "" || /_/.test(text) || no.test(text)) return null;
  const clock = /^(\d+):(\d{2})$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const parts = /^(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?)?)?)?$/.exec(text);
  if (parts && (parts[1] || parts[2])) return Number(parts[1] ?? 0) * 60 + Number(parts[2] ?? 0);
  if (/^\d+$/.test(text)) return Number(text);
  return undefined;
}

export function applyProgressTable(
  table: Table,
  drafts: Draft[],
  titles: string[],
  warnings: Warning[],
) {
  const [header = [], ...rows] = cells(table);
  rows.forEach((row, index) => {
    const [label = "", ...values] = row;
    const [draft] = storiesNamed(label, drafts, titles);
    if (!draft) {
      return warnings.push(
        rowWarning(table, index, row, "The row names no story of this document."),
      );
    }
    values.forEach((value, i) => {
      const column = header[i + 1]?.toLowerCase() ?? "";
      const problem = setProgress(draft, column, value.trim());
      if (problem) warnings.push(rowWarning(table, index, row, problem));
    });
  });
}

/** Sets one progress cell; says what was wrong with it, if anything. */
function setProgress(draft: Draft, column: string, value: string): string | undefined {
  const progress = draft.progress;
  const flag = yes.test(value) ? true : no.test(value) ? false : undefined;
  if (/last/.test(column) && /practi/.test(column)) {
    if (value === "" || no.test(value)) return;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) return `"${value}" is not a date.`;
    progress.lastPracticedAt = at.toISOString();
    return;
  }
  if (/practi/.test(column)) {
    const times = /(\d+)\s*x/.exec(column);
    if (/^\d+$/.test(value)) progress.practiceCount = Number(value);
    else if (flag === true && times) progress.practiceCount = Number(times[1]);
    else if (flag === undefined) return `"${value}" is not a practice count.`;
    return;
  }
  if (/timed|time|seconds|duration/.test(column)) {
    const s = seconds(value);
    if (s === undefined) return `"${value}" is not a time in seconds.`;
    progress.timedSeconds = s;
    return;
  }
  const key = /draft/.test(column)
    ? "drafted"
    : /analy/.test(column)
      ? "analyzed"
      : /refin/.test(column)
        ? "refined"
        : undefined;
  if (!key) return `The column "${column}" is not a progress step.`;
  if (flag === undefined) return `"${value}" is neither done (✓) nor open (☐).`;
  progress[key] = flag;
}

function rowWarning(table: Table, index: number, row: string[], message: string): Warning {
  const node = table.children[index + 1] ?? table;
  return {
    line: lineOf(node),
    endLine: lineOf(node),
    message,
    excerpt: excerptOf(row.join(" | ")),
  };
}

/**
 * Whether a story matrix only indexes the stories told under headings of the same document
 * ("| Ref | Story | Company | Year |" over "### [A] Redundancy consultation…"): two rows or
 * more, and every row's title is one of `titles`.
 */
export function isIndexTable(table: Table, titles: string[]): boolean {
  const rows = table.children.length - 1;
  if (rows < 2) return false;
  const known = new Set(titles.map(words).filter((title) => title !== ""));
  for (let index = 1; index <= rows; index++) {
    if (!known.has(words(storyRow(table, index).title))) return false;
  }
  return true;
}

/**
 * Reads an index table into the stories it names: each row's company, role and period where the
 * story has none, its themes as tags, and its key ("A", "3") as the letter or number a question map may name it by.
 */
export function applyIndexTable(table: Table, drafts: Draft[], titles: string[]) {
  for (let index = 1; index < table.children.length; index++) {
    const { title, cells } = storyRow(table, index);
    const [draft] = byTitle(title, drafts, titles);
    if (!draft) continue;
    for (const { label, text } of cells) {
      const value = text.trim();
      if (value === "") continue;
      const key = keyColumn.test(label.trim()) ? /^(?:([A-Z])|(\d{1,3}))$/.exec(value) : null;
      if (key?.[1]) draft.letter ??= key[1];
      else if (key?.[2]) draft.number ??= Number(key[2]);
      const slot = classify(label, null);
      // "| Story | Leadership | Conflict |" with ✓ under a competency: the story shows it.
      if (yes.test(value) && slot?.kind !== "contextField" && label.trim() !== "") {
        draft.tags.push(label.trim());
        continue;
      }
      // "| Theme |", "| Competency |": the story's tags.
      if ((slot?.kind === "list" && slot.key === "tags") || slot?.kind === "meta")
        draft.tags.push(...splitList(value));
      if (slot?.kind !== "contextField") continue;
      if (slot.key === "company") draft.context.company ??= value;
      else if (slot.key === "role") draft.context.role ??= value;
      else if (slot.key === "period") draft.context.period ??= value;
    }
  }
}
