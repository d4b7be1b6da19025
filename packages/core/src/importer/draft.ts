import type * as Story from "../story/index.ts";
import { StoryKind } from "../story/schema.ts";
import { headingMeta } from "./headingmeta.ts";
import type { TextKey } from "./labels.ts";
import { isQuestion, shortTitle } from "./question.ts";

/** A story as it is being read from a document, and what it becomes. */

/** Where a run of source lines went: a story field, or "title". */
export type LineField = keyof Story.StoryContent;

export interface LineSpan {
  /** 1-based source lines, inclusive. */
  from: number;
  to: number;
  field: LineField;
}

export interface Draft {
  number: number | undefined;
  /** The letter the document gives the story ("Story B — …", "B. …"), by which a map names it. */
  letter?: string;
  /** The section number of its heading ("2.1 …"), by which a map may name it. */
  section?: string;
  line: number;
  endLine: number;
  heading: string;
  headline: string | undefined;
  kind: string | undefined;
  tags: string[];
  context: Story.CreateInput["context"] & {};
  questions: string[];
  text: Partial<Record<"situation" | "task" | "lessons" | "differently" | "takeaway", string[]>> &
    Partial<Record<"draft" | "refined", string[]>>;
  actions: Story.CreateInput["actions"] & {};
  results: Story.CreateInput["results"] & {};
  hooks: string[];
  followUps: { question: string; answer: string }[];
  delivery: { pacing?: string; tone?: string; keyWords?: string[] };
  coachingNotes: string[];
  analysis: { section: string; question: string; answer: string }[];
  values: { valueSetId: string; valueKey: string }[];
  connections: { company: string; text: string }[];
  progress: Partial<Story.CreateInput["progress"] & {}>;
  /** Text with no field of its own, one part per label ("Use carefully: …"). */
  notes: string[];
  /** The note an unknown label opened, which the text under it continues. */
  openNote: number | undefined;
  /** The title came from a question or a generic line: a "Title:" label may replace it. */
  weakTitle: boolean;
  lines: LineSpan[];
  /**
   * Parts written here for another story ("60 sec version of story 1:" after story 2): the
   * story named, the field, and where in that field's texts this part starts.
   */
  moves: { story: string; key: Exclude<TextKey, "headline" | "kind">; from: number }[];
}

export function newDraft(heading: string, number: number | undefined, line: number): Draft {
  return {
    number,
    line,
    endLine: line,
    heading,
    headline: undefined,
    kind: undefined,
    tags: [],
    context: {},
    questions: [],
    text: {},
    actions: [],
    results: [],
    hooks: [],
    followUps: [],
    delivery: {},
    coachingNotes: [],
    analysis: [],
    values: [],
    connections: [],
    progress: {},
    notes: [],
    openNote: undefined,
    weakTitle: false,
    lines: [],
    moves: [],
  };
}

/**
 * The word a story heading opens with, in the languages of `vocabulary.ts`: "Story", "Example",
 * "Histoire", "Historia", "Ejemplo", "Geschichte", "Beispiel", "Exemple", "Verhaal" …
 */
const storyWord =
  "(?:story|example|sample|round|case|worksheet|card|histoire|exemple|historia|ejemplo|geschichte|beispiel|história|exemplo|storia|esempio|verhaal|voorbeeld)";
/** An emoji (with its joiners and variation selectors) decorating the start of a heading. */
const leadingEmoji = "(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D]+\\s*)?";
/** "Story one – …": a story's number in words, one to twelve. */
const numberWords = "one two three four five six seven eight nine ten eleven twelve".split(" ");
const wordNumbers = `(?:${numberWords.join("|")})`;

/**
 * The same word where it means "story" alone ("Story: Title", "Histoire : Titre"), and the
 * names of documents people turn into stories ("Case study: Title", "Postmortem: Title", a
 * résumé's "Bullet: …").
 */
const storyOnly =
  "(?:(?:the |my )?(?:story|example)|histoire|historia|geschichte|história|verhaal|case study|post-?mortem|incident review|retrospective|bullet|resume bullet|résumé bullet|cv bullet)";

/**
 * "Story 3: Title", "STORY 3 — Title", "Story 1 · Title", "Histoire 1 : Titre", "Story: Title", "⚡ Round 2 — Title",
 * "Sample 4 (English): Title" → number and title (a leading emoji and a bracket after the number dropped).
 */
const storyHeading = new RegExp(
  `^${leadingEmoji}(?:(?:example|sample)\\s+)?${storyWord}\\s*#?\\s*(\\d+|[A-Z](?=\\s*[:.)\\-–—])|${wordNumbers}(?=\\s*[:.)\\-–—]))(?![\\p{L}\\p{N}])(?:\\s*\\(([^()]{1,40})\\)(?=\\s*[:\\-–—]))?\\s*[:.)\\-–—·|]?\\s*(.*)$|^${leadingEmoji}${storyOnly}\\s*[:\\-–—]\\s*(.+)$`,
  "iu",
);
/**
 * "3. Title", "#3) Title", "3 – Title", "3 | Title", "3 / Title", "(3) Title", a Roman "IV. Title", a letter
 * "B. Title", "(B) Title", "B · Title" or "B — Title" and a section number "2.1 Title".
 */
const numbered =
  /^#?(?:(\d+|[IVX]{1,5})[.):]|(\d+)\s*[–—|·/]|(\d+)\s+-|\((\d+)\)|[A-Z][.)]|\([A-Z]\)|[A-Z]\s+[·|–—]|\d+(?:\.\d+)+\.?)\s+(.+)$/;

export function parseStoryHeading(
  text: string,
  loose: boolean,
): { number: number | undefined; letter?: string; title: string; remark?: string } | undefined {
  // "Example 1 -- Title" (pandoc's ASCII dash); "▸ 1 · Title": a mark before the number.
  text = text
    // "① Killing our own feature": a circled number is the story's number.
    .replace(/^([\u2460-\u2473])\s*/u, (_, c: string) => `${c.charCodeAt(0) - 0x245f}. `)
    .replace(/\s--\s/, " – ")
    .replace(/^(?:[▸►▶•◆◇■□→⟶]|\p{Extended_Pictographic}\uFE0F?)\s*(?=[\p{L}\p{N}#])/u, "");
  const match = storyHeading.exec(text);
  if (match) {
    const spelled = numberWords.indexOf((match[1] ?? "").toLowerCase()) + 1;
    const number =
      match[1] && /^\d+$/.test(match[1]) ? Number(match[1]) : spelled > 0 ? spelled : undefined;
    const letter = match[1] && /^[A-Z]$/.test(match[1]) ? match[1] : undefined;
    // 'Bullet: "Cut month-end close from 9 to 5 days"': the quoted line is the title.
    const title = (match[3] ?? match[4] ?? "").trim().replace(/^["“](.+)["”]$/u, "$1");
    // "Story 2 (a shorter one): …": the writer's remark on the story, kept apart.
    const remark = match[2]?.trim();
    return {
      number,
      ...(letter ? { letter } : {}),
      title: title || text.trim(),
      ...(remark ? { remark } : {}),
    };
  }
  // 'Speech outline: "The Checklist Said Continue"': what the document is, then the story's name.
  const quoted = /^[^:"“”]{2,40}:\s*["“]([^"“”]{3,120})["”]$/u.exec(text.trim());
  if (quoted && !isQuestion(quoted[1]!) && !/\b(?:question|q)\s*\d*\s*$/i.test(text.split(":")[0]!))
    return { number: undefined, title: quoted[1]!.trim() };
  if (!loose) return undefined;
  // "[A] Redundancy consultation": the story's letter in square brackets.
  const bracketed = /^\[([A-Z])\]\s+(\S.*)$/u.exec(text);
  if (bracketed) return { number: undefined, letter: bracketed[1]!, title: bracketed[2]!.trim() };
  // "S1 – Insulin errors on the wards", "P2 · Moving the paint shop": a letter (S for story, P
  // for problem…) and the story's number.
  const short = /^[A-Z](\d{1,2})\s*(?:[:.)|·]|\s[-–—]|[–—])\s*(\S.*)$/u.exec(text);
  if (short) return { number: Number(short[1]), title: short[2]!.trim() };
  const counted = numbered.exec(text);
  const letter = /^#?(?:([A-Z])(?:[.)]|\s+[·|–—])|\(([A-Z])\))\s/
    .exec(text)
    ?.slice(1)
    .find(Boolean);
  return counted
    ? {
        number: ((n) => (n ? romanOrNumber(n) : undefined))(
          counted[1] ?? counted[2] ?? counted[3] ?? counted[4],
        ),
        ...(letter && !counted[1] ? { letter } : {}),
        title: counted[5]!.trim(),
      }
    : { number: undefined, title: text.trim() };
}

/**
 * A story heading that only counts ("Story A", "Story 3", "Story block B", "Worksheet 2", "Card 3"): a "Story title:" line
 * may name it.
 */
export function isCountOnlyHeading(text: string): boolean {
  return countOnly.test(text.trim());
}

const countOnly = new RegExp(
  `^${leadingEmoji}(?:${storyWord}|worksheet|work ?sheet|card|sheet|form|entry|exercise|record|response|submission|project)(?:\\s+(?:block|card|entry|box|slot))?\\s*#?\\s*(\\d+|[A-Z])\\s*[:.)\\-–—]?\\s*(\\([^()]{1,40}\\))?$`,
  "iu",
);

const kindWords: [RegExp, Story.CreateInput["kind"] & {}][] = [
  [/\bfail(ed|ure|ures|ing)?\b|\bmistakes?\b/i, "failure"],
  [/\bconflicts?\b|\bdisagree(ment|d)?\b/i, "conflict"],
  [/\brisks?\b|\brisky\b/i, "risk"],
  [/\blearning\b|\blearned\b/i, "learning"],
  [/\binfluenc(e|ing)\b|\bpersua(de|sion)\b/i, "influence"],
  [/\barchitecture\b|\bsystem design\b/i, "architecture"],
  [/\bleadership\b|\bleading\b|\bcrisis\b/i, "leadership"],
  [/\bteams?\b|\bteamwork\b|\bmentor(ing|ship)?\b/i, "team"],
  [/\bachievements?\b|\bwins?\b/i, "achievement"],
];

const kinds = new Set<string>(StoryKind.options);

/** The kind a "Kind:" label names, else the first kind word in the title, then in the tags. */
export function kindOf(draft: Draft, title: string): Story.CreateInput["kind"] {
  const named = draft.kind?.toLowerCase().trim();
  if (named && kinds.has(named)) return named as Story.CreateInput["kind"];
  for (const source of [title, ...draft.tags]) {
    for (const [pattern, kind] of kindWords) if (pattern.test(source)) return kind;
  }
  return undefined;
}

/** The fields the document placed, as a story create/patch input (empty ones left out). */
export function toInput(draft: Draft): Story.CreateInput {
  // "(Corvid Pay)", "— Tillery Home, 2023" name the company and when; "($1.2M SAVED)" is the
  // headline, unless a Headline label gives one (then the bracket stays in the title).
  let meta = headingMeta(draft.heading);
  const bracketed = /\)\s*$/.test(draft.heading) && !meta.company && !meta.period;
  if (draft.headline !== undefined && bracketed && meta.note !== undefined)
    meta = { title: draft.heading };
  // "System migration (Sage to NetSuite)" under "Employer: Calloway": the bracket is the title's.
  const named = draft.context.company;
  const inBrackets = /\)\s*$/.test(draft.heading);
  if (inBrackets && meta.company && named && !meta.period && !sameName(meta.company, named))
    meta = { title: draft.heading };
  const useNote = meta.note !== undefined;
  // "«La landing que no cargaba»": the title without the quotes around the whole of it.
  // "The billing migration nobody wanted 💳": an emoji after the title only decorates it.
  // "The forklift gap ⏱ 1:50": the telling's length after the title is a note on it.
  const timed =
    /\s*([⏱⏲⌛⏳]\uFE0F?\s*~?\d[\d:.,]*\s*(?:min(?:ute)?s?|sec(?:ond)?s?|[ms])?)\s*$/u.exec(
      meta.title,
    );
  if (timed) draft.notes.push(timed[1]!);
  const written = (timed ? meta.title.slice(0, timed.index) : meta.title)
    .replace(/^«\s*([^«»]+?)\s*»$/u, "$1")
    .replace(/(?<=[\p{L}\p{N}).!?'"”’»])[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/u, "");
  // "- ??" under "Which questions could this answer?": no question yet, a mark for the notes.
  const placeholders = draft.questions.filter((question) => !/[\p{L}\p{N}]/u.test(question));
  draft.questions = draft.questions.filter((question) => /[\p{L}\p{N}]/u.test(question));
  draft.notes.push(...placeholders);
  // "## Question 1" or "## Response 2" over "Tell me about a time you…": the question names the
  // story.
  const counted =
    /^(?:question|q)\s*#?\s*\d+\s*[:.)]?$/i.test(written.trim()) || isCountOnlyHeading(written);
  const asked = counted && draft.questions[0] ? shortTitle(draft.questions[0]) : written;
  // A title is never blank: a heading of marks only, or a question of "??", names no story.
  const title = /[\p{L}\p{N}]/u.test(asked)
    ? asked
    : /[\p{L}\p{N}]/u.test(written)
      ? written
      : "Untitled story";
  if (meta.company && draft.context.company === undefined) {
    draft.context.company = meta.company;
    if (meta.aside) draft.notes.push(meta.aside);
  } else if (meta.aside && meta.company === undefined) draft.notes.push(meta.aside);
  if (meta.period) draft.context.period ??= meta.period;
  if (meta.role) draft.context.role ??= meta.role;
  contextFromAnalysis(draft);
  const input: Story.CreateInput = { title };
  const set = <K extends keyof Story.CreateInput>(key: K, value: Story.CreateInput[K]) => {
    const empty =
      value === undefined ||
      value === "" ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === "object" && value !== null && Object.keys(value).length === 0);
    if (!empty) input[key] = value;
  };
  set("kind", kindOf(draft, title));
  set("tags", unique([...(meta.tag ? [meta.tag] : []), ...draft.tags, ...(meta.tags ?? [])]));
  // A "Summary" told in sentences is no headline: when the story has no situation, it tells it
  // (a postmortem's summary, a case study's overview).
  const told =
    draft.headline !== undefined &&
    draft.headline.split(/\s+/).length > 25 &&
    draft.text.situation === undefined;
  if (told) draft.text.situation = [draft.headline!];
  set("headline", useNote ? meta.note : told ? undefined : draft.headline);
  set("context", draft.context);
  set("questions", unique([...(meta.questions ?? []), ...draft.questions]));
  splitDifferently(draft);
  for (const key of ["situation", "task", "lessons", "differently", "takeaway"] as const) {
    set(key, draft.text[key]?.join("\n\n"));
  }
  set("draft", draft.text.draft?.join("\n\n"));
  set("refined", draft.text.refined?.join("\n\n"));
  set("actions", draft.actions);
  set("results", draft.results);
  set("hooks", draft.hooks);
  set("followUps", draft.followUps);
  set("delivery", draft.delivery);
  set("coachingNotes", draft.coachingNotes);
  set("analysis", draft.analysis);
  set(
    "values",
    uniqueBy(draft.values, (v) => `${v.valueSetId}\n${v.valueKey}`),
  );
  set("connections", draft.connections);
  set("progress", draft.progress);
  set("notes", draft.notes.join("\n\n"));
  return input;
}

/**
 * Context answers in the extraction Q&A fill the story's context when no Context label did:
 * "Where were you, and when was this?" → "Skylark Travel, summer 2023" gives the company and
 * period; "What was your role?" the role; "How many people…?" the team size.
 */
function contextFromAnalysis(draft: Draft) {
  const c = draft.context;
  for (const { question, answer } of draft.analysis) {
    const q = question.toLowerCase();
    if (answer === "" || answer.length > 200) continue;
    if (/\b(where|company|when|year)\b/.test(q)) {
      const parts = answer.split(/,\s*/);
      const year = parts.find((part) => /\b(19|20)\d{2}\b/.test(part));
      const named = parts[0]?.trim() ?? "";
      const isName = /^\p{Lu}/u.test(named) && named.split(/\s+/).length <= 5 && !/\d/.test(named);
      const asksWhere =
        /where were you|which company|what company|where and when|when and where|where did (this|it)/;
      if (asksWhere.test(q) && isName) c.company ??= named;
      if (year && /\b(when|year)\b/.test(q)) c.period ??= year.trim();
    } else if (/\b(role|position|title)\b/.test(q) && !/\n/.test(answer)) {
      c.role ??= answer.replace(/\.$/, "").trim();
    } else if (/how many|team size|size of (the|your) team/.test(q)) {
      const size = /\b(\d{1,6})\b/.exec(answer);
      if (size && c.teamSize === undefined) c.teamSize = Number(size[1]);
    }
  }
}

const unique = (items: string[]) => uniqueBy(items, (s) => s.toLowerCase());

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Key words as written: quoted phrases ("kill switch", "1 in 40,000") or, without quotes, a
 * comma-separated list. Text after a quoted phrase ("(or whatever is true)") stays with it.
 */
export function parseKeyWords(text: string): string[] {
  const quoted = [...text.matchAll(/"([^"]*)"|“([^”]*)”/g)];
  if (quoted.length === 0) return splitList(text);
  const words: string[] = [];
  quoted.forEach((match, index) => {
    const end = match.index + match[0].length;
    const next = quoted[index + 1]?.index ?? text.length;
    const trailing = text.slice(end, next).replace(/^[\s,;]+|[\s,;]+$/g, "");
    const word = (match[1] ?? match[2] ?? "").trim();
    words.push(trailing ? `${word} ${trailing}` : word);
  });
  return words.filter((w) => w !== "");
}

export const splitList = (text: string) =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");

/** "4" → 4, "IV" → 4. */
function romanOrNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!]!;
    total += value < (values[text[i + 1] ?? ""] ?? 0) ? -value : value;
  }
  return total;
}

const sameName = (a: string, b: string) =>
  a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

/**
 * "Learned: a quiet account is at risk. Differently: I would have met the CIO sooner.": a lesson
 * and what the teller would do differently, labelled inline on one line; each to its field.
 */
function splitDifferently(draft: Draft): void {
  const lessons = draft.text.lessons;
  if (!lessons || draft.text.differently !== undefined) return;
  const inline =
    /(?<=[.!?])\s+(?:differently|what i(?:'d| would) do differently|next time)\s*:\s*(?=\S)/i;
  const at = lessons.findIndex((text) => inline.test(text));
  if (at < 0) return;
  const [before, after] = lessons[at]!.split(inline) as [string, string];
  lessons[at] = before.trim();
  draft.text.differently = [after.trim()];
}
