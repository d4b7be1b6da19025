import { isCompanyName, isPeriod, metaLine } from "./headingmeta.ts";
import { roleWord } from "./job-words.ts";
import { unquote } from "./markdown.ts";

/** What a meta line of labelled parts says of a story. */
export interface LabelledMeta {
  company?: string;
  role?: string;
  period?: string;
  /** The talk's length ("~3 min"). */
  about?: string;
  tags?: string[];
  /** Questions it was asked for ("asked: “Tell me about …”"). */
  questions?: string[];
}

/** A talk's length as a note gives it: "~3 min", "90s", "about 2 minutes". */
const duration =
  /^(?:~|about |approx\.? )?\s*\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds|m|mins?|minutes)$/i;

/** Labels of a meta line's parts that name the story's competencies: its tags. */
const tagKey = /^(?:comp|comps|competenc(?:y|ies)|skills?|tags?|themes?)$/i;

/** The tags a meta line lists: "ownership / bias for action", "planning, hiring". */
const tagList = (text: string) =>
  text
    .split(/\s*(?:,|;|\s\/\s)\s*/)
    .map((tag) => tag.trim())
    .filter(Boolean);

/**
 * A meta line whose parts are labelled, apart by "•", "·" or "|" ("*Competency: Delivering
 * under pressure • Company: Orrin Automation • 2021 • ~3 min*"), or a meta line with the
 * story's competencies after it ("Quarry Labs, 2019, ~2 min. comp: ownership / bias for
 * action"): the company, role, period, talk length (as `about`) and tags it gives, or undefined
 * when a part is none of those.
 */
export function labelledMetaLine(line: string): LabelledMeta | undefined {
  const text = line
    .replace(/^[*_]+|[*_]+$/g, "")
    .replace(/\s*\n\s*/g, " ")
    .trim()
    // "(Kettleby Foods, 2019 · asked: "Tell me about …")": the whole line in brackets.
    .replace(/^\((.*)\)$/, "$1");
  if (text.length > 240) return undefined;
  const trailing =
    /^(.*?\S)\s*[.·•|;]\s*(?:comp|comps|competenc(?:y|ies)|skills?|tags?|themes?)\s*:\s*(\S.*)$/i.exec(
      text,
    );
  if (trailing) {
    const meta = metaLine(trailing[1]!);
    return meta && { ...meta, tags: [...(meta.tags ?? []), ...tagList(trailing[2]!)] };
  }
  const parts = text.split(/\s*[•·|]\s*/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const meta: LabelledMeta = {};
  let labelled = 0;
  for (const part of parts) {
    const field = /^(\p{L}[\p{L} ]{1,20}?)\s*:\s*(\S.*)$/u.exec(part);
    if (field) {
      const [, key, value] = field as unknown as [string, string, string];
      labelled += 1;
      if (/^(?:company|employer|org|organi[sz]ation|client)$/i.test(key)) meta.company = value;
      else if (/^(?:role|position|job)$/i.test(key)) meta.role = value;
      else if (/^(?:year|when|date|period|dates)$/i.test(key)) meta.period = value;
      else if (tagKey.test(key)) meta.tags = [...(meta.tags ?? []), ...tagList(value)];
      else if (/^(?:asked|q|qs|questions?)$/i.test(key))
        meta.questions = [...(meta.questions ?? []), unquote(value)];
      else return undefined;
      continue;
    }
    const line = isPeriod(part) || meta.company ? undefined : metaLine(part);
    if (isPeriod(part)) meta.period ??= part;
    else if (line) Object.assign(meta, { company: line.company, period: line.period });
    else if (duration.test(part)) meta.about = part;
    else return undefined;
  }
  return labelled > 0 ? meta : undefined;
}

/**
 * A line under a story's heading that says where in brackets, with the job held:
 * "(Harbourside Grand, Operations Manager)", or the story's own name again before it:
 * "**Overbooked wedding weekend** (Harbourside Grand, Front Office Manager)". The first part
 * must read as a company and a second one as a job title.
 */
export function placeInBrackets(
  line: string,
  title: string,
): { company: string; role?: string } | undefined {
  const text = line.replace(/[*_]/g, "").trim();
  const bracket = /^(?:(.+?)\s*)?\(([^()]{3,100})\)$/.exec(text);
  if (!bracket || text.includes("\n")) return undefined;
  const same = (a: string) => a.toLowerCase().replace(/\W+/g, " ").trim();
  if (bracket[1] !== undefined && same(bracket[1]) !== same(title)) return undefined;
  const [company, role, ...more] = bracket[2]!.split(/\s*[,·|•]\s*/);
  if (more.length > 0 || !company || !isCompanyName(company)) return undefined;
  if (role === undefined) return bracket[1] !== undefined ? { company } : undefined;
  if (!roleWord.test(role) || /\d/.test(role) || role.split(/\s+/).length > 6) return undefined;
  return { company, role };
}
