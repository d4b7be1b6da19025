import { classify } from "./labels.ts";
import type { Warning } from "./fieldtext.ts";
import { cleanPrompt, promptLabel } from "./prompts.ts";
import {
  type Finder,
  answerText,
  isPlaceholder,
  linesWarning,
  mappingNotice,
} from "./structured.ts";
import { type RecordCell, type StoryRecord, recordTable } from "./table-stories.ts";

/**
 * GitHub issues printed by the GitHub CLI (`gh issue view N`), as people paste a terminal into
 * a file: each issue is one story. Both of its outputs are read:
 * - on a terminal: the title line ("Title owner/repo#12"), an "Open • author opened … • 1
 *   comment" line, "Labels:" and the like, then the body indented by two spaces, then each
 *   comment under an "author • 3w • Edited" line;
 * - piped: "title:\t…", "labels:\t…", "number:\t12" lines, "--", then the body as written
 *   (and, with `--comments`, each comment's "author:\t…" lines, "--" and its text).
 * An issue filed through an issue form has a "### Situation" section per question of the form;
 * each goes to the field its heading names, "_No response_" is no answer, labels are tags and
 * comments are the story's notes. The `gh issue list` table printed above them is an index of
 * the issues, not stories, and is reported as such, as are the command lines.
 *
 * Output format: GitHub CLI `gh issue view` (https://cli.github.com/manual/gh_issue_view).
 */

const titleLine = /^(\S.*?)\s+([\w.-]+\/[\w.-]+)#(\d+)\s*$/;
const stateLine = /^(open|closed)\s+•\s+(\S+)\s+(?:opened|closed)\b/i;
const keyLine = /^([a-z]+):\t(.*)$/;
/** A shell command line: "$ gh issue view 12", "~/prep $ gh issue list", "❯ gh …". */
const command = /^\s*(?:[^\s$%❯]+\s+)?[$%❯]\s+\S/;
const listCommand = /^\s*(?:[^\s$%❯]+\s+)?[$%❯]\s+gh\s+(?:issue|pr)\s+list\b/;
/** A code fence: the terminal output may be pasted inside one. */
const fenceLine = /^\s{0,3}(?:`{3,}|~{3,})/;
const commentHeader =
  /^(\S+)(?:\s+\((?:owner|member|collaborator|contributor|author|first-time contributor)\))?\s+•\s+\S.*$/i;
const footer =
  /^(?:view this (?:issue|pull request) on github:|use --comments to view|[—─-]{3,}.*not showing \d+ comments?)/i;
/** "Labels:", "Assignees:", "Milestone:" under the issue's title. */
const field = /^(labels|assignees|projects|milestone|reactions|reviewers|participants):\s*(.*)$/i;

interface Issue {
  /** 0-based lines of the issue's output, inclusive. */
  start: number;
  end: number;
  piped: boolean;
}

/** Where each issue's output starts, whether it is the terminal or the piped form. */
function issueStarts(lines: string[], free: (line: number) => boolean): Issue[] {
  const starts: Issue[] = [];
  lines.forEach((line, at) => {
    if (!free(at + 1)) return;
    if (titleLine.test(line.trim()) && !line.startsWith(" ")) {
      const next = lines.slice(at + 1, at + 3).find((l) => l.trim() !== "");
      if (next !== undefined && stateLine.test(next.trim()))
        starts.push({ start: at, end: at, piped: false });
    } else if (/^title:\t/.test(line)) {
      const head = lines.slice(at, at + 14);
      const rule = head.findIndex((l) => l.trim() === "--");
      if (rule > 0 && head.slice(0, rule).some((l) => /^number:\t\d+/.test(l)))
        starts.push({ start: at, end: at, piped: true });
    }
  });
  return starts;
}

/** Finds `gh issue view` output. */
export const ghIssues: Finder = (lines, free) => {
  const issues = issueStarts(lines, free);
  if (issues.length === 0) return [];
  const warnings: Warning[] = [];
  const records: StoryRecord[] = [];
  const asked: { prompt: string; label: string | undefined }[] = [];
  const claimed = new Set<number>();
  // Command lines and the `gh issue list` index: reported, not stored.
  lines.forEach((line, at) => {
    if (!free(at + 1) || !command.test(line)) return;
    claimed.add(at);
    if (!listCommand.test(line)) {
      warnings.push(linesWarning(lines, at + 1, at + 1, "A command line; not stored."));
      return;
    }
    let end = at;
    while (
      end + 1 < lines.length &&
      !command.test(lines[end + 1]!) &&
      !fenceLine.test(lines[end + 1]!) &&
      !issues.some((issue) => issue.start === end + 1)
    )
      end++;
    while (end > at && lines[end]!.trim() === "") end--;
    for (let l = at; l <= end; l++) claimed.add(l);
    warnings.push(
      linesWarning(
        lines,
        at + 1,
        end + 1,
        "The `gh issue list` table indexes the issues; the stories are read from the issues shown below it.",
      ),
    );
  });
  issues.forEach((issue, k) => {
    let end = (issues[k + 1]?.start ?? lines.length) - 1;
    for (let l = issue.start + 1; l <= end; l++)
      if (claimed.has(l) || !free(l + 1) || fenceLine.test(lines[l]!)) {
        end = l - 1;
        break;
      }
    while (end > issue.start && lines[end]!.trim() === "") end--;
    issue.end = end;
    for (let l = issue.start; l <= end; l++) claimed.add(l);
    const read = issue.piped ? pipedIssue(lines, issue) : terminalIssue(lines, issue);
    records.push(read.record);
    warnings.push(...read.warnings);
    asked.push(...read.asked);
  });
  const first = issues[0]!.start;
  const last = issues.at(-1)!.end;
  warnings.push(
    mappingNotice(
      first + 1,
      last + 1,
      `Read as ${issues.length} GitHub issue${issues.length === 1 ? "" : "s"} printed by \`gh issue view\`, one story each.`,
      asked,
    ),
  );
  const lineSet = [...claimed].sort((a, b) => a - b);
  return [
    {
      from: lineSet[0]! + 1,
      to: lineSet.at(-1)! + 1,
      tables: records.map((record) => recordTable([record], record.line)),
      warnings,
    },
  ];
};

interface Read {
  record: StoryRecord;
  warnings: Warning[];
  asked: { prompt: string; label: string | undefined }[];
}

/** The terminal form: title line, state line, fields, indented body, comments. */
function terminalIssue(lines: string[], issue: Issue): Read {
  const warnings: Warning[] = [];
  const cells: RecordCell[] = [];
  const asked: Read["asked"] = [];
  const title = titleLine.exec(lines[issue.start]!.trim())!;
  cells.push({ label: "Story", text: title[1]!, line: issue.start + 1, endLine: issue.start + 1 });
  let at = issue.start + 1;
  while (at <= issue.end && lines[at]!.trim() === "") at++;
  const state = lines[at]!.trim();
  const author = stateLine.exec(state)?.[2];
  warnings.push({
    ...linesWarning(
      lines,
      at + 1,
      at + 1,
      `The state of issue ${title[2]}#${title[3]}; not stored.`,
    ),
    text: `${title[2]}#${title[3]}\n${state}`,
  });
  at++;
  for (; at <= issue.end && lines[at]!.trim() !== ""; at++) {
    const fieldMatch = field.exec(lines[at]!.trim());
    if (fieldMatch && /^labels$/i.test(fieldMatch[1]!)) {
      asked.push({ prompt: "Labels", label: "Tags" });
      cells.push({ label: "Tags", text: fieldMatch[2]!, line: at + 1, endLine: at + 1 });
    } else if (fieldMatch && fieldMatch[2]!.trim() === "") continue;
    else warnings.push(linesWarning(lines, at + 1, at + 1, "A detail of the issue; not stored."));
  }
  // The body: up to the first comment or the footer, at column 0.
  let bodyEnd = at;
  while (
    bodyEnd <= issue.end &&
    !(
      lines[bodyEnd]!.trim() !== "" &&
      !/^\s/.test(lines[bodyEnd]!) &&
      (commentHeader.test(lines[bodyEnd]!) || footer.test(lines[bodyEnd]!))
    )
  )
    bodyEnd++;
  const body = readBody(lines, at, bodyEnd - 1);
  cells.push(...body.cells);
  warnings.push(...body.warnings);
  asked.push(...body.asked);
  // Comments, each under its "author • when" line, and the footer lines.
  for (let line = bodyEnd; line <= issue.end;) {
    const text = lines[line]!;
    if (text.trim() === "") {
      line++;
      continue;
    }
    const header = !/^\s/.test(text) ? commentHeader.exec(text) : null;
    if (!header || footer.test(text)) {
      warnings.push(
        linesWarning(lines, line + 1, line + 1, "A line of the issue's page; not stored."),
      );
      line++;
      continue;
    }
    let end = line + 1;
    while (end <= issue.end && (lines[end]!.trim() === "" || /^\s/.test(lines[end]!))) end++;
    const own = lines.slice(line + 1, end);
    const note = answerText(dedent(own), true);
    const by = header[1]!;
    warnings.push(
      linesWarning(lines, line + 1, line + 1, `A comment by ${by}: kept in the story's notes.`),
    );
    asked.push({ prompt: "Comments", label: "Notes" });
    let last = end - 1;
    while (last > line && lines[last]!.trim() === "") last--;
    if (note !== "")
      cells.push({
        label: "Notes",
        text: by === author ? note : `${by}: ${note}`,
        line: line + 2,
        endLine: last + 1,
      });
    line = end;
  }
  return {
    record: { line: issue.start + 1, endLine: issue.end + 1, cells },
    warnings,
    asked,
  };
}

/** The piped form: "key:\tvalue" lines, "--", the body, and "--"-fenced comments. */
function pipedIssue(lines: string[], issue: Issue): Read {
  const warnings: Warning[] = [];
  const cells: RecordCell[] = [];
  const asked: Read["asked"] = [];
  let at = issue.start;
  const keys = (from: number) => {
    const values = new Map<string, { value: string; line: number }>();
    let line = from;
    for (; line <= issue.end && lines[line]!.trim() !== "--"; line++) {
      const match = keyLine.exec(lines[line]!);
      if (match) values.set(match[1]!.toLowerCase(), { value: match[2]!.trim(), line });
    }
    return { values, rule: line };
  };
  const head = keys(at);
  const title = head.values.get("title");
  if (title)
    cells.push({
      label: "Story",
      text: title.value,
      line: title.line + 1,
      endLine: title.line + 1,
    });
  const labels = head.values.get("labels");
  if (labels && labels.value !== "") {
    asked.push({ prompt: "labels", label: "Tags" });
    cells.push({
      label: "Tags",
      text: labels.value,
      line: labels.line + 1,
      endLine: labels.line + 1,
    });
  }
  const author = head.values.get("author")?.value;
  const rest = [...head.values.keys()].filter((key) => key !== "title" && key !== "labels");
  if (rest.length > 0)
    warnings.push(
      linesWarning(lines, at + 1, head.rule + 1, `The issue's ${rest.join(", ")}; not stored.`),
    );
  at = head.rule + 1;
  // Comments (with --comments) start at an "author:\t" line right after a "--" line.
  const commentAt = (line: number) =>
    lines[line]?.trim() === "--" && /^author:\t/.test(lines[line + 1] ?? "");
  let bodyEnd = at;
  while (bodyEnd <= issue.end && !commentAt(bodyEnd)) bodyEnd++;
  const body = readBody(lines, at, bodyEnd - 1);
  cells.push(...body.cells);
  warnings.push(...body.warnings);
  asked.push(...body.asked);
  for (let line = bodyEnd; line <= issue.end;) {
    const meta = keys(line + 1);
    let end = meta.rule + 1;
    while (end <= issue.end && !commentAt(end) && lines[end]!.trim() !== "--") end++;
    const by = meta.values.get("author")?.value ?? "";
    warnings.push(
      linesWarning(
        lines,
        line + 1,
        meta.rule + 1,
        `A comment by ${by}: kept in the story's notes.`,
      ),
    );
    const note = answerText(lines.slice(meta.rule + 1, end), true);
    asked.push({ prompt: "Comments", label: "Notes" });
    if (note !== "")
      cells.push({
        label: "Notes",
        text: by === author || by === "" ? note : `${by}: ${note}`,
        line: meta.rule + 2,
        endLine: end,
      });
    line = lines[end]?.trim() === "--" && !commentAt(end) ? end + 1 : end;
  }
  return {
    record: { line: issue.start + 1, endLine: issue.end + 1, cells },
    warnings,
    asked,
  };
}

/** Lines without the indent they all share (the terminal form indents the body). */
function dedent(lines: string[]): string[] {
  const indents = lines
    .filter((line) => line.trim() !== "")
    .map((line) => /^ */.exec(line)![0].length);
  const cut = Math.min(4, ...indents);
  return lines.map((line) => line.slice(Math.min(cut, /^ */.exec(line)![0].length)));
}

/** A label line of a body written by hand: "**Situation:** …", "Result: …". */
const labelLine = /^(?:\*\*|__)?([^*_:\n]{1,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/;

/**
 * An issue's body: a section per "### Question" heading of the issue form (or per label line of
 * a body written by hand), each going to the field its heading names; text before the first
 * section is the story told in prose.
 */
function readBody(
  lines: string[],
  from: number,
  to: number,
): { cells: RecordCell[]; warnings: Warning[]; asked: Read["asked"] } {
  const cells: RecordCell[] = [];
  const warnings: Warning[] = [];
  const asked: Read["asked"] = [];
  const own = dedent(lines.slice(from, to + 1));
  const sections: { label: string; prompt: string; line: number; rest: string }[] = [];
  own.forEach((line, i) => {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const prompt = cleanPrompt(heading[1]!);
      sections.push({ label: promptLabel(prompt), prompt, line: from + i, rest: "" });
      return;
    }
    const labelled = labelLine.exec(line);
    const slot = labelled ? classify(labelled[1]!, null) : undefined;
    if (labelled && slot && slot.kind !== "other" && slot.kind !== "container")
      sections.push({
        label: labelled[1]!.trim(),
        prompt: labelled[1]!.trim(),
        line: from + i,
        rest: labelled[2]!,
      });
  });
  const bounds = [...sections.map((section) => section.line), to + 1];
  const lead = own.slice(0, bounds[0]! - from);
  const leadText = answerText(lead, true);
  if (leadText !== "") {
    const first = from + lead.findIndex((line) => line.trim() !== "");
    const last =
      from + lead.length - 1 - [...lead].reverse().findIndex((line) => line.trim() !== "");
    cells.push({
      label: sections.length > 0 ? "Notes" : "Draft",
      text: leadText,
      line: first + 1,
      endLine: last + 1,
    });
  }
  sections.forEach((section, k) => {
    const end = bounds[k + 1]! - 1;
    const answer = own.slice(section.line - from + 1, end - from + 1);
    const text = answerText(section.rest === "" ? answer : [section.rest, ...answer], true);
    let last = end;
    while (last > section.line && lines[last]!.trim() === "") last--;
    asked.push({ prompt: section.prompt, label: section.label });
    if (isPlaceholder(text)) {
      warnings.push(
        linesWarning(
          lines,
          section.line + 1,
          last + 1,
          `"${section.prompt}" has no answer (${text}).`,
        ),
      );
      return;
    }
    if (text !== "")
      cells.push({ label: section.label, text, line: section.line + 1, endLine: last + 1 });
  });
  return { cells, warnings, asked };
}
