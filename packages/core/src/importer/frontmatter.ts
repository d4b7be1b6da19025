import { parse } from "yaml";
import { limits, type CreateInput } from "../story/schema.ts";
import { describedCompany, isCompanyName } from "./headingmeta.ts";
import { classify } from "./labels.ts";

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

/** Front-matter keys that name where the writer works ("company:", "school:", "employer:"). */
const employerKeys = /^(company|employer|organi[sz]ation|org|school|workplace|hospital|firm)$/i;

/**
 * The employer a document's front matter names, for the stories that name none themselves:
 * "school: Millbrook Academy (2019–present)" → "Millbrook Academy". Undefined when no key names
 * one or its value does not read as an organisation's name.
 */
export function frontMatterEmployer(data: Record<string, unknown> | undefined): string | undefined {
  for (const [key, value] of Object.entries(data ?? {})) {
    if (!employerKeys.test(key) || typeof value !== "string") continue;
    // "[[Brightwater Health]]": an Obsidian link to the company's own note.
    const text = value
      .replace(
        /^\s*\[\[([^\]|]*)(?:\|([^\]]*))?\]\]\s*$/,
        (_, page: string, alias?: string) => alias ?? page,
      )
      .replace(/\s*\([^()]*\)\s*$/, "")
      .trim();
    const name = describedCompany(text)?.company ?? text;
    if (isCompanyName(name)) return name;
  }
  return undefined;
}

/** Front-matter keys whose values are the story's tags ("tags: [ownership, data]"). */
const tagKeys = /^(tags?|keywords|topics|competenc(y|ies)|themes?)$/i;

/** Front-matter keys whose values are the interview questions the story answers. */
const questionKeys = /^(questions?|asked( as)?|prompts?|good[ _-]for|used[ _-]for)$/i;

/** Front-matter keys that name the job the story was told from. */
const roleKeys = /^(role|position|job( title)?)$/i;

/**
 * Sets the tags, questions and role that the front matter of a one-story note gives (`tags:` as
 * a YAML list or a comma list, `questions:` as a list or one question, `role:`), beside those the
 * story's text gives. Tags keep their order,
 * once each, without a leading "#", within the story's limits (20 tags of 60 characters). A post's
 * `title:` names the story when the story took its name from a part's label ("Where I was"), or
 * had none; a subtitle after its colon ("…: My Go-To Ownership Story") stays out.
 */
export function frontMatterOfStory(
  input: CreateInput,
  data: Record<string, unknown> | undefined,
): void {
  const title = typeof data?.title === "string" ? data.title.trim() : "";
  if (title !== "" && (input.title === "Untitled story" || classify(input.title, null))) {
    const [main = title] = title.split(/:\s+(?=\S)/);
    input.title = main.split(/\s+/).length >= 3 ? main : title;
  }
  for (const [key, value] of Object.entries(data ?? {})) {
    if (tagKeys.test(key)) {
      const given = (
        Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : []
      )
        .filter((tag): tag is string => typeof tag === "string")
        .map((tag) => tag.trim().replace(/^#/, ""))
        .filter((tag) => tag !== "" && tag.length <= limits.tag);
      const tags = [...new Set([...(input.tags ?? []), ...given])].slice(0, limits.tags);
      if (tags.length > 0) input.tags = tags;
    } else if (questionKeys.test(key)) {
      const given = (Array.isArray(value) ? value : [value])
        .filter((question): question is string => typeof question === "string")
        .map((question) => question.trim())
        .filter((question) => question !== "" && question.length <= limits.question);
      const questions = [...new Set([...(input.questions ?? []), ...given])].slice(
        0,
        limits.questions,
      );
      if (questions.length > 0) input.questions = questions;
    } else if (roleKeys.test(key) && typeof value === "string" && value.trim() !== "") {
      input.context = { ...input.context, role: input.context?.role ?? value.trim() };
    }
  }
}
