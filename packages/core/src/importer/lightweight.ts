/**
 * Story documents kept in other lightweight markup languages, each line rewritten in place as
 * the Markdown it means, so line numbers stay those of the source:
 *
 * - Org mode: `* DONE Title   :tag:tag:` headings (keyword and tags apart), `:PROPERTIES:`
 *   drawers whose `:COMPANY: …` lines are labels, `#+TITLE:` and other `#+KEY:` lines.
 * - AsciiDoc: `= Title` and `== Section` headings, `.Situation` block titles, `:attr:` lines.
 * - reStructuredText: titles underlined (and overlined) with `=`, `-`, `~`, `^` … ranked in the
 *   order they first appear, `:Field: value` lists, `.. note::` directives.
 *
 * A document is read as one of them only when it shows that language's headings two times or
 * more; anything else is returned unchanged.
 *
 * Syntax: the Org Manual (https://orgmode.org/manual/), the AsciiDoc Language documentation
 * (https://docs.asciidoctor.org/asciidoc/latest/), the reStructuredText Markup Specification
 * (https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html).
 */

import { excerptOf, type Warning } from "./fieldtext.ts";
import { fencedLines } from "./plain.ts";

const orgKeywords = ["TODO", "DONE", "IDEA", "NEXT", "WAITING", "CANCELLED", "STARTED"];

/**
 * An Org heading: stars, a keyword of the defaults or of the file's own ("#+TODO: TODO DRAFT |
 * DONE", "#+SEQ_TODO:", "#+TYP_TODO:", a key in brackets after each: the Org Manual, "Per-file
 * keywords"), the title and its tags.
 */
function orgHeadingOf(lines: string[]): RegExp {
  const own = lines.flatMap((line) => {
    const declared = /^#\+(?:SEQ_|TYP_)?TODO:\s*(.*)$/i.exec(line);
    return declared ? declared[1]!.split(/\s+/).map((word) => word.replace(/\(.*\)$/, "")) : [];
  });
  const keywords = [...orgKeywords, ...own.filter((word) => /^[A-Z][A-Z_-]*$/.test(word))];
  return new RegExp(`^(\\*+)\\s+(?:(${keywords.join("|")})\\s+)?(.*?)(?:\\s+(:[\\w@#%:]+:))?\\s*$`);
}
/** "== Title" or, symmetric as AsciiDoc also allows, "== Title ==". */
const adocHeading = /^(={1,6})\s+(\S.*?)(?:\s+\1)?\s*$/;
const rstAdornment = /^([=\-~^"'#*+:.])\1{2,}\s*$/;

/**
 * The document as Markdown, line for line, when it is Org, AsciiDoc or reStructuredText, and a
 * warning naming the markup lines read as formatting only (`[horizontal]`, `:icons: font`,
 * `.. contents::`), so that no line leaves without a word. Other text is returned unchanged.
 */
export function fromLightweightMarkup(text: string): { text: string; warnings: Warning[] } {
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const ends = text.split("\n").map((line) => (line.endsWith("\r") ? "\r" : ""));
  const rewritten = fromOrg(lines) ?? fromMediaWiki(lines) ?? fromAsciiDoc(lines) ?? fromRst(lines);
  if (!rewritten) return { text, warnings: [] };
  // Fenced code is code in every one of these languages' Markdown readers: kept as written.
  const fenced = fencedLines(lines);
  const kept = rewritten.map((line, index) => (fenced.has(index) ? lines[index]! : line));
  const formatting = kept.flatMap((line, index) =>
    line.trim() === "" && /[\p{L}\p{N}]/u.test(lines[index]!) ? [index] : [],
  );
  const warnings: Warning[] =
    formatting.length === 0
      ? []
      : [
          {
            line: formatting[0]! + 1,
            endLine: formatting.at(-1)! + 1,
            message: `${formatting.length} markup line(s) set formatting only and were not stored: ${excerptOf(
              formatting.map((index) => lines[index]!.trim()).join(", "),
            )}`,
            excerpt: excerptOf(lines[formatting[0]!]!.trim()),
            text: formatting.map((index) => lines[index]!).join("\n"),
          },
        ];
  return { text: kept.map((line, index) => line + ends[index]).join("\n"), warnings };
}

const count = (lines: string[], pattern: RegExp) =>
  lines.filter((line) => pattern.test(line)).length;

/** `:tag:tag:` after an Org heading as hashtags, which a story title's reader takes as tags. */
const orgTags = (tags: string | undefined) =>
  tags
    ? ` ${tags
        .split(":")
        .filter(Boolean)
        .map((tag) => `#${tag}`)
        .join(" ")}`
    : "";

function fromOrg(lines: string[]): string[] | undefined {
  const headings = count(lines, /^\*+\s+\S/);
  if (
    headings < 2 ||
    !lines.some((line) => /^#\+\w+:|^\s*:PROPERTIES:\s*$|^\*+\s+(TODO|DONE)\s/.test(line))
  )
    return undefined;
  const orgHeading = orgHeadingOf(lines);
  return lines.map((line) => {
    const heading = orgHeading.exec(line);
    if (heading && /^\*+\s+\S/.test(line))
      // The heading's state ("TODO", "DONE") is the story's state in the prep: kept as a tag.
      return `${"#".repeat(Math.min(heading[1]!.length, 6))} ${heading[3]}${orgTags(
        [heading[2]?.toLowerCase(), heading[4]].filter(Boolean).join(":"),
      )}`;
    if (/^\s*:(PROPERTIES|END):\s*$/i.test(line)) return "";
    // ":COMPANY:  Tallyline", ":QUESTIONS+: …": a property, as a label line.
    const property = /^\s*:([A-Za-z][\w-]*)\+?:\s*(.*)$/.exec(line);
    if (property) return `${capitalize(property[1]!)}: ${property[2]}`;
    const keyword = /^#\+(\w+):\s*(.*)$/.exec(line);
    if (keyword)
      return keyword[1]!.toUpperCase() === "TITLE"
        ? `# ${keyword[2]}`
        : `${capitalize(keyword[1]!)}: ${keyword[2]}`;
    // "CLOSED: [2024-03-02 Sat]", "SCHEDULED: <…>": planning lines of the heading above.
    return line.replace(/^\s+(?=(CLOSED|SCHEDULED|DEADLINE):)/, "");
  });
}

const wikiHeading = /^(={1,6})\s*(\S.*?)\s*\1\s*$/;

/**
 * MediaWiki: "== Section ==" headings closed as they open, '''bold''' and ''italic'', "#"
 * numbered and "*" bulleted lists; `__TOC__`, a line that is only a template ("{{stub}}") and a
 * category link set the page's layout only.
 */
function fromMediaWiki(lines: string[]): string[] | undefined {
  if (count(lines, wikiHeading) < 2 || !lines.some((line) => /'''|''|\{\{|\[\[/.test(line)))
    return undefined;
  return lines.map((line) => {
    const heading = wikiHeading.exec(line);
    if (heading) return `${"#".repeat(heading[1]!.length)} ${inlineWiki(heading[2]!)}`;
    if (/^\s*(?:__[A-Z]+__|\{\{[^{}]*\}\}|\[\[category:[^\]]*\]\])\s*$/i.test(line)) return "";
    const numbered = /^(#+)\s*(?=\S)/.exec(line);
    if (numbered)
      return `${"   ".repeat(numbered[1]!.length - 1)}1. ${inlineWiki(line.slice(numbered[0].length))}`;
    const bulleted = /^(\*+)\s*(?=\S)/.exec(line);
    if (bulleted)
      return `${"  ".repeat(bulleted[1]!.length - 1)}- ${inlineWiki(line.slice(bulleted[0].length))}`;
    return inlineWiki(line);
  });
}

/** '''bold''' and ''italic'' as Markdown's. */
const inlineWiki = (text: string) =>
  text.replace(/'''(.+?)'''/g, "**$1**").replace(/''(.+?)''/g, "*$1*");

function fromAsciiDoc(lines: string[]): string[] | undefined {
  if (count(lines, /^={2,6}\s+\S/) < 2) return undefined;
  return lines.map((line) => {
    const heading = adocHeading.exec(line);
    if (heading) return `${"#".repeat(heading[1]!.length)} ${heading[2]}`;
    // ".Situation" block title, "[horizontal]" block attributes, ":toc:" document attributes.
    const title = /^\.([A-Za-z][^.].*)$/.exec(line);
    if (title) return `**${title[1]!.trim()}:**`;
    if (/^\[[\w#.,="' -]*\]\s*$/.test(line)) return "";
    if (/^:[\w-]+!?:(\s.*)?$/.test(line)) return "";
    return line;
  });
}

function fromRst(lines: string[]): string[] | undefined {
  const out = [...lines];
  const ranks: string[] = [];
  let titles = 0;
  const fenced = fencedLines(lines);
  for (let i = 1; i < lines.length; i++) {
    if (fenced.has(i) || fenced.has(i - 1)) continue;
    const under = rstAdornment.exec(lines[i]!);
    const title = lines[i - 1]!;
    if (!under || title.trim() === "" || rstAdornment.test(title)) continue;
    if (lines[i]!.trim().length < title.trim().length) continue;
    const over = i >= 2 && rstAdornment.test(lines[i - 2]!) && lines[i - 2]![0] === under[1];
    const style = (over ? "over" : "") + under[1]!;
    if (!ranks.includes(style)) ranks.push(style);
    out[i - 1] = `${"#".repeat(Math.min(ranks.indexOf(style) + 1, 6))} ${title.trim()}`;
    out[i] = "";
    if (over) out[i - 2] = "";
    titles += 1;
  }
  // Markdown's own setext titles ("===", "---") read as they are; rST shows itself by an
  // adornment Markdown lacks, an overline, a directive or a field list.
  const rst =
    ranks.some((style) => style.startsWith("over") || !/^[=-]$/.test(style)) ||
    lines.some((line) => /^\.\.\s+[\w-]+::|^:[A-Za-z][\w ]*:\s/.test(line));
  if (titles < 2 || !rst) return undefined;
  return out.map((line) => {
    // ":Company: Marrowgate", ".. note:: …", ".. contents::": fields as labels, notes kept.
    const field = /^:([A-Za-z][\w ]*):\s*(.*)$/.exec(line);
    if (field) return `${field[1]}: ${field[2]}`;
    const directive = /^\.\.\s+([\w-]+)::\s*(.*)$/.exec(line);
    if (directive)
      return /^(note|warning|tip|important|hint|caution|attention)$/i.test(directive[1]!)
        ? `Note: ${directive[2]}`
        : "";
    return line;
  });
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
