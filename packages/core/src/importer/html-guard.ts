import { invalid } from "../error/index.ts";

/**
 * Bounds on an HTML document, checked on its text before it is parsed: the parser and the tree
 * walks recurse once per level of nesting.
 */

/** Bounds on an HTML document, before it is converted. */
export const htmlLimits = {
  /** UTF-8 bytes: markup makes a page about two to four times its Markdown. Same as the API's body limit. */
  bytes: 1024 * 1024,
  /** Elements nested in one another: no page needs more, and deeper trees exhaust the stack. */
  depth: 200,
} as const;

const tooDeep = (line: number) =>
  invalid("The document is nested or marked up beyond what a story document needs.", [
    {
      path: "body",
      message: `More than ${htmlLimits.depth} HTML elements nested in one another (line ${line}).`,
    },
  ]);

/** Elements that hold nothing, or whose end tag may be left out: they nest no deeper. */
const flatTags = new Set(
  (
    "area base br col embed hr img input link meta source track wbr " +
    "p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp caption colgroup html head body"
  ).split(" "),
);

/**
 * Fails (400) when the tags of the source open more than `htmlLimits.depth` elements inside one
 * another (counted on the text, before parsing: the parser and the tree walks recurse per level).
 */
export function checkDepth(html: string): void {
  let depth = 0;
  const text = withoutRawText(html);
  const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;
  for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) {
    const end = text.indexOf(">", at);
    // No ">" left: no tag either (a pattern would rescan the rest from every "<").
    if (end < 0) return;
    const tag = name.exec(text.slice(at, Math.min(end + 1, at + 64)));
    if (!tag || flatTags.has(tag[2]!.toLowerCase()) || text[end - 1] === "/") continue;
    if (tag[1] === "/") depth = Math.max(0, depth - 1);
    else if (++depth > htmlLimits.depth) throw tooDeep(text.slice(0, at).split("\n").length);
  }
}

/**
 * The source with the text of scripts, styles and comments blanked (its line breaks kept), in one
 * pass: their "<" are not tags.
 */
function withoutRawText(html: string): string {
  const lower = html.toLowerCase();
  const opener = /<script|<style|<!--/g;
  let out = "";
  let at = 0;
  for (;;) {
    opener.lastIndex = at;
    const open = opener.exec(lower);
    if (!open) return out + html.slice(at);
    const closer = { "<script": "</script", "<style": "</style", "<!--": "-->" }[open[0]]!;
    const close = lower.indexOf(closer, open.index + open[0].length);
    const end = close < 0 ? html.length : close + closer.length;
    out += html.slice(at, open.index) + html.slice(open.index, end).replace(/[^\n]/g, "");
    at = end;
  }
}
