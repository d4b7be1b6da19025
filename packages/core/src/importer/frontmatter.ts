import { parse } from "yaml";

/**
 * YAML front matter (`---` … `---` at the very top, as Jekyll, Hugo and Obsidian write it) is
 * document metadata, not story text. It is blanked out line for line, so every later line keeps
 * its number, and its line range is returned for the report's line accounting.
 */
export function stripFrontMatter(text: string): {
  text: string;
  /** The 1-based lines the front matter took, fences included. */
  lines?: { from: number; to: number };
  /** The front matter's keys and values, when it is a YAML mapping. */
  data?: Record<string, unknown>;
} {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { text };
  let data: unknown;
  try {
    data = parse(match[1]!, { maxAliasCount: 10 });
  } catch {
    return { text };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { text };
  const block = match[0];
  const to = block.split("\n").length - (block.endsWith("\n") ? 1 : 0);
  return {
    text: block.replace(/[^\n]/g, "") + text.slice(block.length),
    lines: { from: 1, to },
    data: data as Record<string, unknown>,
  };
}
