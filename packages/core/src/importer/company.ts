import type { Draft } from "./draft.ts";
import { headingMeta, isCompanyName } from "./headingmeta.ts";
import { metaLine } from "./meta-lines.ts";

/**
 * The employer a story names in its own words when no label or heading gives one: "I was a
 * senior engineer at Pellucid Health", "At Brightwater Logistics our team…", "When I joined
 * Brenin Cloud", "Chez Altamira Assurances", "En mis prácticas en Frutalia", "(Marlow District Council,
 * 2022)". A name found so in
 * one story is known for the whole document: a story that only mentions it ("Lumen Books ranked
 * search results…") is set there too. A story that names none keeps no company.
 */

/** A capitalised word of a name ("Pellucid", "Vélonia", "B2B", "O'Neill"). */
const nameWord = "\\p{Lu}[\\p{L}\\p{N}'’.-]*";
/**
 * One to five such words, "&", "and" or "of" allowed between them ("Marlow & Finch", "St Aidan's
 * C of E Primary", "University of Leeds").
 */
const name = `${nameWord}(?:\\s+(?:&\\s+|and\\s+|of\\s+)?${nameWord}){0,4}`;

/**
 * Words before an employer's name: "at" and its cousins in other languages, "joined", and a work
 * word before "in" / "en" ("prácticas en", "worked in"), where "in" alone would name a place;
 * "At my previous job, Bramblecart (…)" names it after the job.
 */
const lead =
  "(?:\\b[Aa]t\\s+my\\s+(?:previous|last|old|former|first|current|second)\\s+(?:job|role|company|employer|workplace),|\\b[Aa]t|\\b[Cc]hez|\\b[Bb]ei|\\bjoined|\\bjoining|\\b(?:worked|working|interned|internship|prácticas|trabajaba|trabajé|trabajo|trabajando|arbeitete|travaillais|stage)\\s+(?:at|in|en|bei|chez|for|para|für|pour))";

/**
 * "at the Harbor Crest Inn", "at the Department for Rural Connectivity": a name of two words or
 * more may follow "the".
 */
const theName = `${nameWord}(?:\\s+(?:&\\s+|and\\s+|of\\s+|for\\s+)?${nameWord}){1,3}`;

const employerPattern = new RegExp(
  `${lead}\\s+(?:\\[\\[)?(${name})|${lead}\\s+the\\s+(${theName})`,
  "gu",
);

/** Capitalised words that follow "at" without naming an organisation. */
const notNames = new RegExp(
  "^(?:the|a|an|my|our|his|her|their|this|that|first|last|least|most|all|once|times?|home|work|night|noon|midnight|" +
    "pace|scale|speed|risk|heart|large|length|best|worst|stake|fault|ease|odds|" +
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|" +
    "september|october|november|december|christmas|easter|i|we|you|he|she|they|it|one|two|three|some|any|each|every)$",
  "i",
);

/** An employer's name read from "at …" / "joined …" in a text, if there is one. */
export function employerIn(text: string): string | undefined {
  // "St Fiacre's, January 2024, I was nurse in charge…", "Paisawala, 2022. UPI…": where and when,
  // opening the telling.
  const opening = new RegExp(
    `^(${name}),\\s+(?:\\p{Lu}\\p{Ll}+\\.?\\s+)?(?:19|20)\\d{2}\\b`,
    "u",
  ).exec(text.trim());
  const named = opening?.[1];
  if (named && isCompanyName(named) && !named.split(/\s+/).some((word) => notNames.test(word)))
    return named;
  for (const match of text.matchAll(employerPattern)) {
    // "at Acme's office" names Acme; "at St. Brigid's, we…" names St. Brigid's.
    const after = text.slice(match.index + match[0].length);
    // "at the Oakridge Mall store (Brightway Home)": the site, then its owner in brackets.
    // "At Lakeview Middle School (Cedar Hollow USD)": a name of its own before the bracket stays.
    const siteFirst =
      /\s(?:store|shop|branch|site|plant|office|location|restaurant|hotel|warehouse|depot|clinic)\s*\(/u;
    const owner =
      siteFirst.test(` ${after}`) || /\bthe\s/i.test(match[0])
        ? /^\s+(?:store|shop|branch|site|plant|office|location|restaurant|hotel|warehouse|depot|clinic)?\s*\((\p{Lu}[^()]{1,50})\)/u.exec(
            after,
          )?.[1]
        : undefined;
    // "At Hollins Foods (Reading, PA plant)": the bracket names the site, not its owner.
    const site =
      /\b(?:plant|site|office|store|branch|depot|campus|warehouse|factory|location|mill|yard)$/i;
    if (owner && !site.test(owner.trim()) && isCompanyName(owner.trim())) return owner.trim();
    const possessive = /^\s+\p{Ll}/u.test(after);
    const named = match[1] ?? match[2]!;
    let found = possessive ? named.replace(/['’]s$/u, "") : named;
    // "At Tramlink North's Greyfield Road depot": the owner of the site is the employer.
    const owned = /^(.+?)['’]s\s+(.+)$/u.exec(named);
    if (
      owned &&
      /^\s+(?:depot|store|shop|branch|site|plant|office|warehouse|hospital|clinic|school|hotel|restaurant|factory|yard|campus)\b/i.test(
        after,
      )
    )
      return owned[1]!;
    // "joined Dana's team" names a person's team, not an employer.
    if (/^joined|^joining/i.test(match[0]) && /['’]s\b/u.test(named)) continue;
    const words = found.split(/\s+/);
    // "at Acme I led…", "at Acme Monday": words after the name; "Coastline Home" ends in "Home".
    while (
      words.length > 1 &&
      notNames.test(words.at(-1)!) &&
      !/^(home|work)$/i.test(words.at(-1)!)
    )
      words.pop();
    if (words.length === 0 || notNames.test(words[0]!)) continue;
    // "at Orbis Software. Castell…": the name ends with its sentence ("St. Brigid's" goes on).
    const cut = words.findIndex((word, i) => i < words.length - 1 && /\p{L}{4,}\.$/u.test(word));
    if (cut >= 0) words.splice(cut + 1);
    found = words.join(" ").replace(/[.'’]+$/u, "");
    if (found.length >= 2) return found;
  }
  // "Eastfield estate consultation (Marlow District Council, 2022)": where and when, in brackets.
  const bracketed =
    /\((?:@\s*)?(\p{Lu}[^(),\n]{1,60}?),\s*(?:19|20)\d{2}(?:\s*[–-]\s*(?:(?:19|20)?\d{2}|now|present))?\)/u.exec(
      text,
    );
  if (bracketed && isCompanyName(bracketed[1]!.trim())) return bracketed[1]!.trim();
  // "the Quayside apartments (Harrow & Vane Construction)": a firm's name alone in brackets.
  const firm = /\((\p{Lu}[^(),\n]{1,60}?)\)/u.exec(text)?.[1]?.trim();
  if (firm && firmWord.test(firm) && isCompanyName(firm, true)) return firm;
  return myDays(text);
}

/** "(from my Brindle Fitness days)", "back in my Orbis years": the job the writer names. */
function myDays(text: string): string | undefined {
  const days = /\b(?:from|in|during) my (\p{Lu}[\p{L}&'’ -]{1,50}?) (?:days|years|time)\b/u.exec(
    text,
  );
  return days && isCompanyName(days[1]!.trim()) ? days[1]!.trim() : undefined;
}

/** The last word of a firm's name: "Harrow & Vane Construction", "Northgate Logistics Ltd". */
const firmWord =
  /\s(?:construction|logistics|engineering|consulting|consultants|partners|solutions|systems|foods|health|healthcare|airlines?|airways|motors|retail|insurance|capital|holdings|industries|services|group|ltd|limited|inc|llc|plc|bank|hospital|council|trust|university|college|school|academy|hotel|hotels|labs?|studios?|agency|pharmacy|clinic)$/i;

/**
 * "Crane delay at Quayside" over "the Quayside apartments": the name the title puts after "at"
 * is a site the story names, not the employer.
 */
const namesSite = (name: string, texts: string[]) =>
  new RegExp(`\\bthe ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\p{Ll}`, "u").test(
    texts.join("\n"),
  );

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The texts of a story that say where it happened: its title, situation, task and free write. */
const placeTexts = (draft: Draft) => {
  const told = [
    ...(draft.text.situation ?? []),
    ...(draft.text.task ?? []),
    ...(draft.text.draft ?? []),
  ];
  // "At Hollins Foods (Reading plant), our customer Greenway Markets…" under "Broken pretzels at
  // Greenway Markets": a telling that opens with where it happened names the employer first.
  return /^at\s+\p{Lu}/iu.test(told[0] ?? "") ? [...told, draft.heading] : [draft.heading, ...told];
};

/**
 * Sets `context.company` of each story that has none from the employer its own text names, else
 * from a known employer (one another story of the document names or labels) it mentions.
 */
export function employersFromText(drafts: Draft[]): void {
  // "- Halvorsen Home & Garden, store #214, 2021" opening a story's notes: where and when.
  for (const draft of drafts) {
    if (draft.context.company !== undefined || headingMeta(draft.heading).company) continue;
    const first = (draft.text.draft?.[0] ?? "").split("\n")[0]!.replace(/^\s*[-*•+]\s+/, "");
    const meta = first === "" ? undefined : metaLine(first);
    // A remark set apart from the title: "(from my Brindle Fitness days)", "(@ Quarry Labs, 2023)".
    const days = draft.notes.map(myDays).find(Boolean);
    const at = draft.notes.map((note) => /^@\s*(\p{Lu}[^\n]*)$/u.exec(note)?.[1]).find(Boolean);
    const where = at && (metaLine(at)?.company ?? at.split(/\s*[,(—–]\s*/)[0]);
    if (!meta && (days || where)) draft.context.company = days ?? where;
    if (!meta) continue;
    draft.context.company = meta.company;
    draft.context.period ??= meta.period;
    if (meta.role) draft.context.role ??= meta.role;
  }
  // "where: Millbrook again", "Company: same as above": the employer of a story before it.
  drafts.forEach((draft, index) => {
    const again =
      /^(.*?)[\s,]*\(?\b(?:again|too|as (?:above|before)|same as (?:above|before))\)?$/i.exec(
        draft.context.company ?? "",
      );
    if (!again) return;
    const short = again[1]!.trim().toLowerCase();
    const earlier = drafts
      .slice(0, index)
      .reverse()
      .map((other) => other.context.company)
      .find((name) => name !== undefined && (short === "" || name.toLowerCase().includes(short)));
    if (!earlier && short === "") return;
    // The words as written stay with the story.
    draft.notes.push(draft.context.company!);
    draft.context.company = earlier ?? again[1]!.trim();
  });
  const named = (draft: Draft) => draft.context.company ?? headingMeta(draft.heading).company;
  const found = drafts.map((draft) =>
    named(draft) === undefined
      ? placeTexts(draft)
          .map(employerIn)
          .find(
            (name, at) =>
              name !== undefined && !(at === 0 && namesSite(name, placeTexts(draft).slice(1))),
          )
      : undefined,
  );
  const known = [
    ...new Set(
      [...drafts.map(named), ...found].filter(
        (name): name is string => name !== undefined && name.trim() !== "",
      ),
    ),
  ];
  drafts.forEach((draft, index) => {
    if (named(draft) !== undefined) return;
    const own = found[index];
    // "At Brightline my manager…" after "At Brightline Transit I…": the name in full.
    // "parents at St Aidan's were…" after "St Aidan's C of E Primary": the possessive is the name's.
    const fuller = (short: string) =>
      known.find((name) =>
        [" ", "'s ", "’s "].some((after) => name.startsWith(`${short}${after}`)),
      );
    if (own) return void (draft.context.company = fuller(own) || own);
    const texts = placeTexts(draft).join("\n");
    const mentioned = known.find((name) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "u").test(texts),
    );
    if (mentioned) return void (draft.context.company = fuller(mentioned) || mentioned);
    // "Lumen again, 2022.", "also at Lumen" after "At Lumen Payroll": the name in full.
    const shortened = known.find((name) => {
      const head = /^(\p{Lu}[\p{L}'’&-]{2,})\s/u.exec(name)?.[1];
      if (!head) return false;
      const short = escape(head);
      return new RegExp(
        `(?:^|[\\s(])(?:${short}\\s+(?:again|too|as well)\\b|(?:at|with|for)\\s+(?:the\\s+)?${short}\\b(?!\\s+\\p{Lu}))`,
        "u",
      ).test(texts);
    });
    if (shortened) draft.context.company = shortened;
  });
}

/** Words that label where someone worked ("School: Holly Lane Primary"). */
const workplaces = "[Cc]ompany|[Ee]mployer|[Ss]chool|[Hh]ospital|[Oo]rgani[sz]ation|[Ww]orkplace";

/**
 * The employer a document's introduction names for all its stories: "Everything here is from
 * **Orbitline Systems** (2019–2024) unless it says otherwise", "All of them are from my time on
 * the ward at Riverside General Hospital", "School: Holly Lane Primary for all three". `intro` is
 * the text before the first story.
 */
export function documentEmployer(intro: string): string | undefined {
  // "Current job: Senior Housing Officer, Brackley Borough Council (since 2019). All three
  // examples below are from this job.": the employer of the job the intro names.
  const job = /^(?:current |present )?(?:job|role|position|employer)\s*:\s*([^\n]+)$/im.exec(
    intro.replace(/[*_]/g, ""),
  );
  if (
    job &&
    /\b(?:from|at|in) (?:this|that|my current) (?:job|role|employer|company|post)\b/i.test(intro)
  ) {
    const parts = job[1]!
      .replace(/\s*\([^()]*\)/g, "")
      // The sentence ends at a full stop that closes no abbreviation ("St. Mary's", "J.P. Morgan").
      .replace(/(?<!(?:^|[\s.])\p{Lu}\p{Ll}?)\.\s.*$/u, "")
      .split(/\s*,\s*|\s+(?:at|@)\s+/);
    const company = parts.at(-1)?.trim();
    if (parts.length >= 2 && company && isCompanyName(company)) return company;
  }
  for (const sentence of intro.replace(/[*_]/g, "").split(/(?<=[.!?])\s+|\n{2,}/)) {
    if (
      // ("typos and all" is a saying, not every story.)
      !/\b(?:(?<!\band )all|everything|every (?:one|story|example)|each (?:one|story)|these|they|(?:stories|examples)(?: are)? (?:from|at)|unless (?:noted|stated|i say|marked))\b/i.test(
        sentence,
      )
    )
      continue;
    // "most examples are from there" leaves open which ones are.
    if (
      /\b(?:most|some|many|a few|several|half) (?:of )?(?:my |the |these )?(?:stories|examples)\b/i.test(
        sentence,
      )
    )
      continue;
    // "I'm interviewing at Larchmont General" names the target, not where the stories are from.
    if (/\binterview(?:s|ing|ed)?\b|\bapply(?:ing)?\b|\bapplication\b/i.test(sentence)) continue;
    // "…from Brackwater Distribution", "School: Holly Lane Primary for all three".
    // "All Skyline Atlantic unless I say": the name right after "all", before "unless".
    const names = [
      // ("Notes from Aisha", "a reminder from Priya": a person's words, not where.)
      ...sentence.matchAll(
        new RegExp(
          `\\b(?:(?<!\\b(?:[Nn]otes?|[Aa]dvice|[Tt]ips|[Ff]eedback|[Cc]omments?|[Ii]nput|[Hh]elp|[Rr]eminders?|[Mm]essages?|[Ee]mails?|[Ww]ord) )from|at|(?:${workplaces})\\s*:)\\s+(${name})`,
          "gu",
        ),
      ),
      ...sentence.matchAll(
        new RegExp(`\\b(?:[Aa]ll|[Ee]verything)\\s+(${name})\\s+unless\\b`, "gu"),
      ),
    ];
    const last = names.at(-1)?.[1];
    if (last && !notNames.test(last.split(/\s+/)[0]!))
      return last.replace(/['’]s$/u, "").replace(/\.+$/, "");
  }
  return undefined;
}

/**
 * Sets each story's employer: its own labels and heading first, then `given` (the front
 * matter's) or the one an introduction names for all of them ("Everything below is from my time
 * at …"), then the employer its own text names ("at Pellucid Health"), which may be a
 * customer's name. `sourceLines` are the document's lines, to read the introduction from.
 */
export function employersOf(drafts: Draft[], given: string | undefined, sourceLines: string[]) {
  const first = drafts[0];
  const employer =
    given ??
    (first && first.line > 1
      ? documentEmployer(sourceLines.slice(0, first.line - 1).join("\n"))
      : undefined);
  if (employer) {
    for (const draft of drafts)
      if (headingMeta(draft.heading).company === undefined) draft.context.company ??= employer;
  }
  employersFromText(drafts);
  // "Hôtel Les Tilleuls, Annecy" beside "Hôtel Les Tilleuls" in another story: that employer,
  // and where (kept in the notes).
  const names = new Set(drafts.map((draft) => draft.context.company));
  for (const draft of drafts) {
    const place = /^(.+?),\s*(\S.*)$/.exec(draft.context.company ?? "");
    if (!place || !names.has(place[1]!)) continue;
    draft.notes.push(draft.context.company!);
    draft.context.company = place[1]!;
  }
}
