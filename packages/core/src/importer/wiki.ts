/**
 * Confluence and Jira wiki markup pasted as Markdown (a page copied out of Confluence, a
 * conversion half done): `h2. Title` headings, `*bold*` labels, `#` numbered and `*` bulleted
 * steps, `{toc}` / `{info}` / `{color:red}` / `{code}` macros. Each line is rewritten in place as
 * the Markdown it means, so line numbers stay those of the source.
 *
 * Syntax: Atlassian's "Confluence Wiki Markup" reference
 * (https://confluence.atlassian.com/doc/confluence-wiki-markup-251003035.html).
 */

const wikiHeading = /^(?:#{1,6}\s+)?h([1-6])\.\s+(\S.*)$/;

/** Macros that wrap or decorate text: the tags go, the text stays. */
const macro =
  /\{(?:toc|info|note|tip|warning|panel|quote|noformat|code|color|expand|anchor|status|excerpt)(?::[^}]*)?\}/gi;

/** Whether a document is wiki markup: two `h1.`–`h6.` heading lines or more. */
export function isWikiMarkup(text: string): boolean {
  let headings = 0;
  for (const line of text.split("\n")) if (wikiHeading.test(line.trim())) headings += 1;
  return headings >= 2;
}

/**
 * The document as Markdown, line for line; text that is not wiki markup is returned unchanged.
 * `*Situation:*` becomes `**Situation:**`, a run of `# step` lines a numbered list.
 */
export function fromWikiMarkup(text: string): string {
  if (!isWikiMarkup(text)) return text;
  const lines = text.split("\n");
  return lines
    .map((line, index) => {
      const heading = wikiHeading.exec(line.trim());
      if (heading) return `${"#".repeat(Number(heading[1]))} ${heading[2]}`;
      const step = /^#\s+(\S.*)$/.exec(line);
      if (step) {
        const before = lines[index - 1] ?? "";
        const after = lines[index + 1] ?? "";
        // A numbered step, not a heading: a run of them, or one right under a label line.
        if (/^#\s/.test(before) || /^#\s/.test(after) || /:\*?\s*$/.test(before))
          return `1. ${step[1]}`;
      }
      return line
        .replace(macro, "")
        .replace(/^(\s*)\*([^*\n]{1,60}?:)\*(?=\s|$)/, "$1**$2**")
        .replace(/^\s*\*\*\s+(?=\S)/, "  - ");
    })
    .join("\n");
}
