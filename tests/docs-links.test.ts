import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Code, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const docsDir = join(root, "docs");
const pages = [
  join(root, "README.md"),
  ...readdirSync(docsDir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(docsDir, name)),
];

function parse(file: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(readFileSync(file, "utf8"));
}

/**
 * The anchors GitHub gives a page's headings: the heading's text lower-cased, every character
 * but letters, marks, digits, connector punctuation, spaces and hyphens removed, spaces made
 * hyphens, and a repeated anchor numbered `-1`, `-2`, … (GitHub's renderer, as `github-slugger`
 * writes it).
 */
const anchorCache = new Map<string, Set<string>>();
function anchors(file: string): Set<string> {
  const cached = anchorCache.get(file);
  if (cached) return cached;
  const seen = new Map<string, number>();
  const found = new Set<string>();
  visit(parse(file), "heading", (heading) => {
    const base = toString(heading)
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  });
  anchorCache.set(file, found);
  return found;
}

/** Every link, image and link definition of a page whose address is not absolute. */
function relativeLinks(file: string): string[] {
  const urls: string[] = [];
  visit(parse(file), (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      const { url } = node as { url: string };
      if (!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) urls.push(url);
    }
  });
  return urls;
}

/** What is wrong with one relative link of `file`, or null when it resolves. */
function brokenLink(file: string, url: string): string | null {
  const hash = url.indexOf("#");
  const path = decodeURIComponent(hash === -1 ? url : url.slice(0, hash));
  const anchor = hash === -1 ? "" : decodeURIComponent(url.slice(hash + 1));
  const target = path === "" ? file : resolve(dirname(file), path);
  if (!existsSync(target)) return "no such file";
  if (anchor === "") return null;
  if (!statSync(target).isFile() || !target.endsWith(".md"))
    return "an anchor into a non-Markdown file";
  return anchors(target).has(anchor) ? null : `no heading #${anchor}`;
}

describe("the README and docs/ pages", () => {
  it("link only to files and headings that exist", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      for (const url of relativeLinks(file)) {
        checked += 1;
        const problem = brokenLink(file, url);
        if (problem) broken.push(`${relative(root, file)}: ${url} (${problem})`);
      }
    }
    expect(broken).toEqual([]);
    // The README's map of docs/, its screenshots, each page's way back and the pages' own links.
    expect(checked).toBeGreaterThanOrEqual(50);
  });

  it("are all reachable from the README", () => {
    const linked = new Set(
      relativeLinks(pages[0]!).map((url) => resolve(root, decodeURIComponent(url.split("#")[0]!))),
    );
    expect(pages.slice(1).filter((page) => !linked.has(page))).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it("name the test command CI runs", () => {
    const ci = readFileSync(join(root, ".ci/run"), "utf8").split("\n");
    expect(ci).toContain("npm test");
    const commands: string[] = [];
    visit(parse(pages[0]!), "code", (code: Code) => {
      commands.push(...code.value.split("\n"));
    });
    expect(commands).toContain("npm test");
  });
});
