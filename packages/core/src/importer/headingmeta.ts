import { isJobTitle } from "./job-words.ts";
import { formatRemark, themeList } from "./vocabulary.ts";
import { quotedQuestions } from "./reminders.ts";
import { isInterviewQuestion } from "./question.ts";
import { unquote } from "./markdown.ts";

/**
 * What a story heading carries besides its title, as people write it: "Title — Company, 2023",
 * "Title – Company, Year", "Title - Company, 2021", "Title (Company, 2022)", "Title (Company)",
 * "Title (2021)", "Title | Company", "Title · Company", "Title [Company]". The company goes to `context.company`, the year or span to
 * `context.period`; any other bracket ("($1.2M saved)", "(p95 38 min → 70 s)") is a note the
 * caller may use as the headline.
 */

export interface HeadingMeta {
  /** The title alone. */
  title: string;
  company?: string;
  /** The job held there, when the bracket names it ("Quayside CRM – Senior CSM, 2022"). */
  role?: string;
  period?: string;
  /** A trailing "(…)" that is neither a company nor a period (a headline number, usually). */
  note?: string;
  /** The bracket as written when it says more than the company ("Mercato, earlier job"). */
  aside?: string;
  /** A value or theme named before an arrow ("Compassion → End of life on a busy ward"). */
  tag?: string;
  /** An Org-mode heading's tags ("Title   :ownership:technical:"). */
  tags?: string[];
  /** Questions in a bracket after the title ("permit backlog (Q: tell me about … / Q: …)"). */
  questions?: string[];
}

/** "DONE Title     :ownership:technical:": an Org-mode heading's keyword, title and tags. */
const orgHeading =
  /^(?:(TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)\s+)?(\S.*?)(?:\s+:((?:[\p{L}\p{N}_@#%-]+:)+))?$/u;

const season =
  "(?:early|mid|late|summer|spring|autumn|fall|winter|q[1-4]|h[12]|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)";
const year = `(?:${season}\\.?\\s+)?(?:19|20)\\d{2}`;
/** What a year can name after it: "2021 harvest", "2022 Christmas season", "2022 school year". */
const yearOf =
  "(?:(?:\\s+\\p{L}+)?\\s+(?:harvest|season|term|semester|(?:school|academic|tax|fiscal|financial)\\s+year|intake|cohort|cycle|campaign|peak|rollout|launch|audit))?";
/** "2023", "summer 2023", "2019 – 2023", "2020–21", "2023–now", "2021-present", "FY2023", "2021 harvest". */
const periodPattern = new RegExp(
  `^(?:fy\\s?)?${year}(?:\\s*(?:[-–—]|to)\\s*(?:${year}|\\d{2}(?!\\d)|now|present|today|current))?${yearOf}$`,
  "iu",
);

/** A retail season: "AW22", "SS 23", "FW24". */
const retailSeason = /^(?:aw|ss|fw)\s?\d{2}$/i;

/** A date as a postmortem or a note app writes it: "2023-06-14", "2023-06". */
const isoDate = /^(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?$/;

/** Whether text reads as a period: a year, a season and year, a span of them, or a date. */
export const isPeriod = (text: string) =>
  periodPattern.test(text.trim()) || retailSeason.test(text.trim()) || isoDate.test(text.trim());

/** A figure written in words: "(zero lost samples)", "(twice the sign-ups)", "(half the cost)". */
const numberWord =
  /\b(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|halved|third|thirds|quarter|fifth|tenth|double|doubled|triple|tripled|twice|thrice)\b/i;

/** "The Grange Hotel", "The Royal Infirmary": a name that ends in what the place is. */
const place =
  /\s(hotel|hospital|infirmary|school|academy|college|university|bank|group|trust|council|clinic|agency|studio|labs?|ltd|limited|inc|llc|plc|company|partnership|&\s?co\.?|store|shop|branch|site|office|centre|center|restaurant|pharmacy|surgery|practice|warehouse|depot|factory|plant|mill|yard|campus|terminal|hub|mall)$/i;

const notCompany = /^(click|tap|optional|draft|wip|todo|part|cont|continued|short|long|v\d)/i;
/** A team inside the company, as people name it ("conflict with Product"): no company's name. */
const department =
  /^(?:product|engineering|eng|sales|marketing|finance|legal|design|ops|operations|support|hr|security|data|leadership|management|exec|execs|the board|my (?:team|manager|boss|lead))$/i;
const kindWords =
  /^(failure|conflict|risk|learning|influence|architecture|leadership|team|achievement)$/i;

/**
 * Whether text reads as an organisation's name: up to five words, capitalised, no digits or
 * figures ("Kestle & Moore Logistics", "Brannock Accounting", "Harrow & Finch").
 */
export function isCompanyName(text: string, strict = false): boolean {
  const name = text.trim();
  if (name === "" || /\d|[:;$%€£→?!]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5 || !/^\p{Lu}/u.test(name)) return false;
  if (kindWords.test(name) || notCompany.test(name) || department.test(name)) return false;
  // Without a year beside it, a dash is a company only when every word is a name's word and it
  // does not open like a title ("Ownership — The Orphaned Cron Jobs").
  if (strict)
    return (
      (!/^(the|a|an|my|our|how|why|when|what)\b/i.test(name) ||
        (/^the\s/i.test(name) && place.test(name))) &&
      words.every((word) =>
        /^(\p{Lu}|&|and$|of$|de$|del$|la$|di$|da$|van$|von$|du$|des$|y$|\+)/u.test(word),
      )
    );
  return true;
}

/** "Company, 2022", "Company · 2022", "Company 2022", "2022": company and period, if it reads so. */
function companyAndPeriod(meta: string, strict: boolean): Omit<HeadingMeta, "title"> | undefined {
  // "(with Dunmore Civil, 2021)", "(at Acme)", "(@ Acme)", "(this one was at Acme)": the words
  // before the name are not its.
  const text = meta
    .trim()
    // "(Coastjet days)", "(my Harlow years)": the time spent there, named by the employer.
    .replace(/^(?:my\s+)?(\p{Lu}.*?)\s+(?:days|years|era)$/u, "$1")
    // "(Finlytics internship, 2021)": the kind of job after the employer's name.
    .replace(/^(\p{Lu}[^,]*?)\s+(?:internship|placement|secondment|co-op)(?=,|$)/u, "$1")
    .replace(/^(?:(?:\p{Ll}[\p{Ll}']*\s+){1,4})?(?:with|at|for|@)\s+(?=\p{Lu})/u, "");
  if (isPeriod(text)) return { period: text };
  // "Senior Engineer at Acme Corp", "Team lead @ Globex, 2022": the job held, then where.
  const heldAt = /^(\p{L}[\p{L}.'&/ -]*?)\s+(?:at|@)\s+(\p{Lu}.*)$/u.exec(text);
  if (heldAt && heldAt[1]!.split(/\s+/).length <= 5) {
    const where = companyAndPeriod(heldAt[2]!, strict);
    if (where?.company && where.role === undefined) return { ...where, role: heldAt[1]!.trim() };
  }
  const split =
    /^(.*?\S)\s*(?:,|·|\/|[—–]|\s-|\s)\s*((?:[A-Za-z]+\.?\s+)?(?:19|20)\d{2}.*|(?:AW|SS|FW)\s?\d{2})$/i.exec(
      text,
    );
  // "Quayside CRM – Senior CSM, 2022", "Oakridge Foods, HR Advisor, 2019": the company, then
  // the job held there (after a comma when it reads as a job).
  const [company, role] = !split
    ? []
    : /\s[—–|·]\s/.test(split[1]!)
      ? split[1]!.split(/\s+[—–|·]\s+/)
      : split[1]!.split(/,\s+(?=[^,]+$)/).filter((part, i) => i === 0 || isJobTitle(part));
  if (split && isPeriod(split[2]!) && role !== undefined && isCompanyName(company!))
    return { company: company!.trim(), role: role.trim(), period: split[2]!.trim() };
  if (split && isPeriod(split[2]!) && isCompanyName(split[1]!)) {
    // "Corvantis (dental practice software), 2023": what the company does is a remark.
    const described = /^(.*?\S)\s*\(([^()]+)\)$/.exec(split[1]!.trim());
    if (described && isCompanyName(described[1]!) && !isPeriod(described[2]!))
      return { company: described[1]!, period: split[2]!.trim(), aside: described[2]!.trim() };
    return { company: split[1]!.trim(), period: split[2]!.trim() };
  }
  if (!isCompanyName(text, strict)) return undefined;
  const described = describedCompany(text);
  if (described) return { company: described.company, aside: text };
  // "(Coastjet days)" keeps its words in the notes.
  return /\s(?:days|years|era)$/.test(meta.trim())
    ? { company: text, aside: meta.trim() }
    : { company: text };
}

/** A company's legal form after a comma belongs to its name ("Acme, Inc."). */
const legalForm = /^(inc|ltd|llc|llp|plc|gmbh|co|corp|corporation|s\.?a|ag|bv|pty|limited)\b\.?$/i;

/**
 * "Mercato, earlier job", "Loomwise, Series B, ~80 people", "City of Ardmore, Office of Housing":
 * the organisation's name before the first comma, and what the writer added about it after.
 * Undefined when there is no comma, the part before it does not read as a name, or the rest is
 * the name's legal form ("Acme, Inc.").
 */
export function describedCompany(text: string): { company: string; about: string } | undefined {
  const split = /^([^,;]+?)\s*[,;]\s*(\S.*)$/.exec(text.trim());
  if (!split || legalForm.test(split[2]!) || !isCompanyName(split[1]!)) return undefined;
  return { company: split[1]!, about: split[2]! };
}

/** Splits a heading into its title and the company, period or note it carries. */
export function headingMeta(heading: string): HeadingMeta {
  const text = heading.trim();
  // "Behaviour: Making Effective Decisions": the behaviour names the story and is its tag.
  const behaviour =
    /^(?:behaviou?rs?|competenc(?:y|ies)|values?|(?:leadership )?principles?|themes?)\s*:\s*(\S.*)$/i.exec(
      text,
    );
  if (behaviour) return { ...headingMeta(behaviour[1]!), tag: behaviour[1]!.trim() };
  // "ELECTRIC BUS ROLL-OUT        <-- not finished": a note to self pointed at the title.
  const pointed = /^(.*\S)\s+(?:<-+|←)\s*(\S.*)$/u.exec(text);
  if (pointed) {
    const meta = headingMeta(pointed[1]!);
    return { ...meta, aside: [meta.aside, pointed[2]!.trim()].filter(Boolean).join("; ") };
  }
  const org = orgHeading.exec(text);
  if (org && (org[1] !== undefined || org[3] !== undefined)) {
    const rest = headingMeta(org[2]!);
    const status = org[1] ? `Status: ${org[1]}` : undefined;
    return {
      ...rest,
      ...(org[3] ? { tags: org[3].split(":").filter(Boolean) } : {}),
      ...(status ? { aside: rest.aside ? `${status}; ${rest.aside}` : status } : {}),
    };
  }
  // "Compassion → End of life on a busy ward": the value the story shows, then its title.
  const arrowed = /^([^→]{1,30}?)\s*(?:→|->|=>)\s*(\S.*)$/u.exec(text);
  // "Tomasz → tech lead" is one title: what changed, from and to.
  if (
    arrowed &&
    arrowed[1]!.split(/\s+/).length <= 3 &&
    !/\d/.test(arrowed[1]!) &&
    arrowed[2]!.split(/\s+/).length >= 3
  ) {
    return { ...headingMeta(arrowed[2]!), tag: arrowed[1]!.trim() };
  }
  // "202404081921 The forklift near-miss", "PREP-14 Sunsetting the legacy app", "[JS-101] …", "#43 Learned
  // Go": a note app's timestamp ID or an issue's key before the title, kept as an aside.
  const stamped =
    /^((?:19|20)\d{6}(?:T?\d{4}(?:\d{2})?)?|[A-Z][A-Z0-9]{1,9}-\d{1,6}:?|\[[A-Z][A-Z0-9]{1,9}-\d{1,6}\]|#\d{1,6}:?)\s+(?=\S)(.*)$/.exec(
      text,
    );
  if (stamped && /\p{L}/u.test(stamped[2]!)) {
    const rest = headingMeta(stamped[2]!);
    return { ...rest, aside: rest.aside ? `${stamped[1]}; ${rest.aside}` : stamped[1]! };
  }
  // "(backup) The 2 a.m. catalog fix": a remark in lower case before the title.
  const flagged = /^\((\p{Ll}[^()]{0,40})\)\s+(\S.*)$/u.exec(text);
  if (flagged) {
    const rest = headingMeta(flagged[2]!);
    return { ...rest, aside: rest.aside ? `${flagged[1]}; ${rest.aside}` : flagged[1]! };
  }
  // "[Tallis Bank] The payments outage": the company in brackets before the title.
  const prefixed = /^\[([^[\]]+)\]\s+(\S.*)$/.exec(text);
  if (prefixed && isCompanyName(prefixed[1]!)) {
    return { ...headingMeta(prefixed[2]!), company: prefixed[1]!.trim() };
  }
  const bracket = /^(.*\S)\s*(?:\(([^()]+)\)|\[([^[\]]+)\])$/.exec(text);
  // "permit backlog (Q: tell me about a time … / Q: describe …)": the questions it answers.
  const asked = bracket && /^\s*(?:q|qs|questions?|asked)\s*:\s*(\S.*)$/i.exec(bracket[2] ?? "");
  if (asked) {
    const questions = asked[1]!
      .split(/\s+(?:\/|\||;)\s+(?:(?:q|qs|questions?)\s*:\s*)?/i)
      .map((question) => question.trim())
      .filter(Boolean);
    return { ...headingMeta(bracket![1]!), questions };
  }
  // 'Killing the batch job (planning to use for "Tell me about your biggest project")'.
  const remark = bracket?.[2] ? quotedQuestions(bracket[2]) : undefined;
  const bare =
    /^\s*["“][^"“”]+["”]\s*$/.test(bracket?.[2] ?? "") &&
    isInterviewQuestion(unquote(bracket![2]!));
  if (remark && (remark.questions.length > 0 || bare)) {
    const said = bracket![2]!
      .replace(/["“][^"“”]*["”]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    const questions = bare ? [unquote(bracket![2]!.trim())] : remark.questions;
    return { ...headingMeta(bracket![1]!), questions, ...(remark.saysMore ? { aside: said } : {}) };
  }
  if (bracket) {
    const inside = bracket[2] ?? bracket[3]!;
    const meta = companyAndPeriod(inside, false);
    // "Foreign body complaint — Alimentos Sierra Norte (2022)": the company before the year.
    if (meta && meta.company === undefined && meta.period) {
      const before = headingMeta(bracket[1]!);
      if (before.company && !before.period) return { ...before, period: meta.period };
    }
    const kind = /\s(?:internship|placement|secondment|co-op)\b/.test(inside) && !meta?.aside;
    if (meta) return { title: bracket[1]!, ...meta, ...(kind ? { aside: inside.trim() } : {}) };
    // "($1.2M SAVED)", "(zero lost samples)" is the story's number; "(Sage to NetSuite)" is part
    // of its title.
    if (/\d/.test(inside) || numberWord.test(inside))
      return { title: bracket[1]!, note: inside.trim() };
    // "(private student, not through the school)": a remark in lower case on the story.
    // "(long version TBD)", "(conflict with Product)": what the story is, or what is left to do.
    // "(draft)", "(unfinished)", "(in progress)": where the writing of the story stands.
    const remark =
      /,|\b(not|no|never|unless|only|still|needs?|todo|tbd|wip|asks?|asked|check|maybe|with|about|version|backup|draft|unfinished|incomplete|rough|in progress|use|used|q|qs|questions?|good for|works for)\b|\b(story|example)$|^the \p{L}+(?: \p{L}+)? one$/iu;
    // "(Quarry & Vale Insurance, my current job)": the company, and a remark on it.
    const remarked = /^([^,]+),\s*(\p{Ll}[^,]*)$/u.exec(inside.trim());
    if (
      remarked &&
      isCompanyName(remarked[1]!, true) &&
      remarked[1]!.trim().split(/\s+/).length >= 2
    )
      return { title: bracket[1]!, company: remarked[1]!.trim(), aside: remarked[2]!.trim() };
    if (
      (/^\p{Ll}/u.test(inside.trim()) ||
        /^(?:WIP|TODO|TBD|TBC)\b|^(?:draft|rough|unfinished)\b/i.test(inside.trim())) &&
      inside.trim().split(/\s+/).length >=
        (/\b(?:todo|tbd|wip|backup|draft|unfinished|incomplete|rough|in progress|story|example)\b/i.test(
          inside,
        )
          ? 1
          : 3) &&
      remark.test(inside)
    )
      return { title: bracket[1]!, aside: inside.trim() };
  }
  // "Title — Company, 2023", "Title – Company", "Title - Company, 2021", "Title | Company",
  // "Title · Company", "Title @ Company".
  const dashed = /^(.*\S)\s+(—|–|-|\||·|@)\s+(\S.*)$/.exec(text);
  if (dashed) {
    const [, title, mark, rest] = dashed;
    // "Flaky deploys at Corvid Pay — ownership, reliability": the themes it shows, as tags;
    // "Raising practical scores — full STAR": how it is written, a remark.
    const themes = mark === "—" || mark === "–" ? themeList(rest!) : undefined;
    if (mark !== "-" && formatRemark.test(rest!)) return { ...headingMeta(title!), aside: rest! };
    if (themes) return { ...headingMeta(title!), tags: themes };
    // "Level 6 slab pour — the crane clash": a subtitle, part of the title.
    if (/^(?:the|a|an)(?:\s[^,\s]+){1,10}$/.test(rest!)) return { title: text };
    // "New joiner who froze (Coastjet days) – this one is PAR not CAR": a remark in lower case.
    // "Summer internship – automating the monthly claims report" is a subtitle: what was done.
    if (
      mark !== "-" &&
      /^\p{Ll}/u.test(rest!) &&
      rest!.split(/\s+/).length >= 3 &&
      !/^\p{Ll}+ing\s/u.test(rest!)
    ) {
      const before = headingMeta(title!);
      return { ...before, aside: before.aside ? `${before.aside}; ${rest}` : rest! };
    }
    const dated = /(?:19|20)\d{2}|\b(?:AW|SS|FW)\s?\d{2}\b/.test(rest!);
    // After a hyphen, only a date or a name that says what the place is ("- The Kingsway Hotel").
    if (mark === "-" && !dated && !place.test(rest!)) return { title: text };
    const strict = mark !== "|" && !dated && !place.test(rest!);
    // "Pricing for marketplaces — Pellow (previous job)": a remark on the company after it.
    const remark = /^(.*\S)\s*\(([^()]+)\)$/.exec(rest!);
    const named = remark ? remark[1]! : rest!;
    const meta = companyAndPeriod(named, strict);
    // A value or theme before the dash ("Ownership — The Cron Jobs") is shorter than a title.
    const shorter = named.split(/\s+/).length > title!.split(/\s+/).length;
    if (meta && (meta.role !== undefined || !(strict && shorter && !place.test(named))))
      return remark && !meta.aside
        ? { title: title!, ...meta, aside: remark[2]!.trim() }
        : { title: title!, ...meta };
  }
  return { title: text };
}
