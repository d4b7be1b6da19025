import { describedCompany, isCompanyName, isPeriod } from "./headingmeta.ts";
import { isJobTitle, roleWord, siteWord } from "./job-words.ts";
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

/**
 * A line under a story's heading that only says where and when: "_Tillery Home, 2023_",
 * "Acme · Staff engineer · 2022", "Brannock Accounting, team lead, 2021–2022". A period must be
 * there, and the first part must read as a company; a middle part is the role.
 */
export function metaLine(
  line: string,
): { company: string; role?: string; period: string; about?: string; tags?: string[] } | undefined {
  if (line.length > 240) return undefined;
  // "2020--2021": pandoc's ASCII en dash between years.
  line = line.replace(/(\d)--(?=\d|present\b|now\b|today\b)/gi, "$1–");
  // "🏢 Marrowfield Analytics · Platform Engineer · 2021": an emoji before where and when.
  line = line.replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+(?=\p{L})/u, "");
  // "Lumen & Vale (e-commerce), 2022 · tags: research, data": the story's tags at the end.
  const tagged = /^(.*\S)\s*[·|•]\s*(?:tags?|themes?)\s*:\s*(\S.*)$/i.exec(
    line.replace(/^[*_]+|[*_]+$/g, ""),
  );
  // "Halloway Grocers · Data Scientist · 2022 · team of 4": the team's size, for the notes.
  const team =
    /^(.*\S)\s*[·|•]\s*((?:team of|led|managing)\s+\d+\b.*|\d+\s+(?:people|reports|engineers|staff)\b.*)$/i.exec(
      line.replace(/^[*_]+|[*_]+$/g, ""),
    );
  const teamed = team ? metaLine(team[1]!) : undefined;
  if (teamed)
    return { ...teamed, about: [teamed.about, team![2]!.trim()].filter(Boolean).join("; ") };
  if (tagged) {
    const meta = metaLine(tagged[1]!);
    const tags = tagged[2]!.split(/\s*,\s*/).filter(Boolean);
    return meta && { ...meta, tags };
  }
  // "Pinecrest Outfitters (2020–2023), Staff Eng": the years in brackets, then the job held.
  const years = /^[*_]*(\p{Lu}[^()]*?)\s*\(([^()]+)\)\s*(?:[,·|•]\s*([^,·|•]+))?[*_]*$/u.exec(
    line.trim(),
  );
  if (years && isPeriod(years[2]!) && isCompanyName(years[1]!)) {
    const role = years[3]?.trim();
    return role && role.split(/\s+/).length <= 6 && !/\d/.test(role)
      ? { company: years[1]!.trim(), role, period: years[2]!.trim() }
      : years[3] === undefined
        ? { company: years[1]!.trim(), period: years[2]!.trim() }
        : undefined;
  }
  const text = line
    .replace(/^[*_]+|[*_]+$/g, "")
    .trim()
    // "(Previous job — Kumo Cloud Services, 2018)": in brackets, after what kind of place it was.
    .replace(/^\((.*)\)$/, "$1")
    .replace(
      // "Role: Integration engineer, 2021" is the job held, not where: a role label stays.
      /^(?:(?:previous|former|earlier|old|first)\s+)?(?:(?:job|employer|company|workplace)\s*(?::|\s[—–-])|role\s[—–-])\s*/i,
      "",
    )
    // "Story from Brindle Analytics (my previous job), 2021": where the story is from.
    .replace(/^(?:(?:this |the )?(?:story|example)\s+)?(?:from|at)\s+(?=\p{Lu})/iu, "")
    .replace(/(?<=\d)\.$/, "");
  if (text.includes("\n") || text.length > 120) return undefined;
  // "Brightloom Studio (agency), 2020": what the company is, in brackets after its name.
  const described = /^[*_]*(\p{Lu}[^()]*?)\s*\(([^()]+)\)\s*([,·|•].*)$/u.exec(text);
  if (described) {
    const meta = metaLine(`${described[1]}${described[3]}`);
    if (meta && meta.company === described[1]!.trim())
      return { ...meta, about: [described[2]!.trim(), meta.about].filter(Boolean).join("; ") };
  }
  // Between "·" marks a comma is inside a part ("Lead designer, with 1 PM and 4 engineers").
  const marks = /[·•|]/.test(text) ? /\s*(?:·|\||•)\s*/ : /\s*(?:,|·|\||•|\s[—–-]\s)\s*/;
  const parts = text.split(marks).filter((part) => part !== "");
  // "Corran House Hotel, Oban — duty manager, summer 2022": a town (or "Eastern Creek DC", a
  // site) after the name.
  const town = /^\p{Lu}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*){0,3}$/u;
  const siteOf = (part: string) =>
    town.test(part.replace(/\s+\p{Ll}+$/u, "")) && siteWord.test(part);
  if (parts.length === 4 && (town.test(parts[1]!) || siteOf(parts[1]!))) {
    const meta = metaLine([parts[0], parts[2], parts[3]].join(" · "));
    return meta && !meta.about ? { ...meta, about: parts[1]! } : undefined;
  }
  // "Tallis Pay, 2023 — Senior EM, Payouts": where, when, and the job held with its team.
  if (parts.length === 4 && isPeriod(parts[1]!) && !/[·•|]/.test(text))
    return metaLine(`${parts[0]} · ${parts[1]} · ${parts[2]}, ${parts[3]}`);
  if (parts.length < 2 || parts.length > 3) return undefined;
  // "Loomis Outdoor · 2023 · lifecycle": the company, when, and what the story was about.
  const [first, second, third] = parts;
  // "Ostrava Telecom · 2019 · Analyst → Data Scientist": the job held, after the year, and what
  // was said of it after a comma.
  const [held, said] = third
    ? [third.split(/,\s*/)[0]!, third.split(/,\s*/).slice(1).join(", ")]
    : [];
  if (
    held &&
    isPeriod(second!) &&
    isCompanyName(first!) &&
    /^\p{Lu}/u.test(held) &&
    !/\d/.test(held) &&
    held.split(/\s+/).length <= 6
  )
    return said
      ? { company: first!, role: held, period: second!, about: said }
      : { company: first!, role: held, period: second! };
  if (third && isPeriod(second!) && isCompanyName(first!) && third.split(/\s+/).length <= 3)
    return { company: first!, period: second!, about: third };
  const period = parts.at(-1)!;
  if (!isPeriod(period) || !isCompanyName(parts[0]!)) return undefined;
  // "Senior PM, Orchid Grocery Delivery, 2022": the job held first.
  if (
    parts.length === 3 &&
    isJobTitle(parts[0]!) &&
    !isJobTitle(parts[1]!) &&
    isCompanyName(parts[1]!)
  )
    return { company: parts[1]!, role: parts[0]!, period };
  const role = parts.length === 3 ? parts[1]! : undefined;
  // "Halvorsen Home & Garden, store #214, 2021": the site where it happened, not a job.
  if (
    role !== undefined &&
    siteWord.test(role) &&
    !roleWord.test(role) &&
    role.split(/\s+/).length <= 4
  )
    return { company: parts[0]!, period, about: role };
  if (role !== undefined && (role.split(/\s+/).length > 6 || /\d/.test(role))) return undefined;
  // "Marlowe Riverside Hotel, London · Night Manager · 2023": the town goes with the notes.
  const site = role ? describedCompany(parts[0]!) : undefined;
  if (site) return { company: site.company, role: role!, period, about: parts[0]! };
  return role ? { company: parts[0]!, role, period } : { company: parts[0]!, period };
}
