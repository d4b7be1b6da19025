/**
 * Pandoc's grid tables (the Markdown pandoc writes for a Word table whose cells hold several
 * lines or a list), in two columns, a label and its text ("| **Situation** | At Hale & Mercer
 * …"): rewritten in place as label paragraphs, line for line. The label's row opens with
 * "**Situation:**" and the cell's text; the cell's other lines follow as they are, lists
 * included; the borders become blank lines. A grid of more columns becomes a pipe table, each
 * cell's lines joined into one.
 * Syntax: the Pandoc User's Guide, "Grid tables" (https://pandoc.org/MANUAL.html#tables).
 */

const border = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** The document with each two-column grid table rewritten; other text unchanged. */
export function fromGridTables(text: string): string {
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!border.test(lines[i]!)) continue;
    // The table: a border, then rows and borders to the last border.
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!.replace(/\r$/, "");
      if (border.test(line)) end = j;
      else if (!/^\s*\|.*\|\s*$/.test(line)) break;
    }
    const top = lines[i]!.replace(/\r$/, "").trim();
    const columns = top.split("+").length - 2;
    if (end > i && columns > 2) {
      pipeTable(lines, i, end);
      changed = true;
    }
    if (end === i || columns !== 2) {
      i = end;
      continue;
    }
    // Column bounds from the top border: "+---------------+-----+".
    const split = top.indexOf("+", 1);
    const indent = lines[i]!.indexOf("+");
    let opened = false;
    for (let j = i; j <= end; j++) {
      const raw = lines[j]!;
      const cr = raw.endsWith("\r") ? "\r" : "";
      const line = raw.replace(/\r$/, "");
      if (border.test(line)) {
        lines[j] = cr;
        opened = false;
        continue;
      }
      const body = line.slice(indent);
      const label = body.slice(1, split).trim();
      const cell = body
        .slice(split + 1)
        .replace(/\|\s*$/, "")
        .trim();
      if (label !== "" && !opened) {
        const name = label.replace(/^\*\*(.*)\*\*$/, "$1").replace(/:$/, "");
        lines[j] = `**${name}:** ${cell}`.trimEnd() + cr;
        opened = true;
      } else lines[j] = (label === "" ? cell : `${label} ${cell}`).trimEnd() + cr;
    }
    changed = true;
    i = end;
  }
  return changed ? lines.join("\n") : text;
}

/**
 * Rewrites the grid table on `lines[start..end]` (borders included) as a pipe table in its first
 * lines, blank lines after it, so the lines below keep their numbers. The rows above a "+===+"
 * border are the header; without one, the first row is.
 */
function pipeTable(lines: string[], start: number, end: number) {
  const top = lines[start]!.replace(/\r$/, "");
  const bounds = [...top.matchAll(/\+/g)].map((match) => match.index!);
  const rows: string[][] = [];
  let header = 0;
  let row: string[][] | undefined;
  for (let j = start; j <= end; j++) {
    const line = lines[j]!.replace(/\r$/, "");
    if (border.test(line)) {
      if (row) rows.push(row.map((cell) => cell.join(" ").replace(/\|/g, "\\|")));
      row = undefined;
      if (/=/.test(line) && header === 0) header = rows.length;
      continue;
    }
    row ??= bounds.slice(1).map(() => []);
    bounds.slice(1).forEach((bound, at) => {
      const text = line.slice(bounds[at]! + 1, bound).trim();
      if (text !== "") row![at]!.push(text);
    });
  }
  const heads = Math.max(header, 1);
  const head = rows
    .slice(0, heads)
    .reduce((a, b) => a.map((cell, at) => `${cell} ${b[at]}`.trim()));
  const table = [head, head.map(() => "---"), ...rows.slice(heads)].map(
    (cells) => `| ${cells.join(" | ")} |`,
  );
  for (let j = start; j <= end; j++) lines[j] = table[j - start] ?? "";
}
