/**
 * Pandoc's grid tables (the Markdown pandoc writes for a Word table whose cells hold several
 * lines or a list), in two columns, a label and its text ("| **Situation** | At Hale & Mercer
 * …"): rewritten in place as label paragraphs, line for line. The label's row opens with
 * "**Situation:**" and the cell's text; the cell's other lines follow as they are, lists
 * included; the borders become blank lines. Grids of more columns are left as written.
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
