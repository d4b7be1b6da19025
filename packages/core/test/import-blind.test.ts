import { readdirSync, readFileSync } from "node:fs";
import { decodeHTML } from "entities";
import { fileURLToPath } from "node:url";
import { readMarkdown } from "@storybank/core/importer";
import { CreateInput } from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Held-out story documents in shapes people publish (Notion and Google Docs exports, Obsidian
 * notes, README banks, blog posts, tables, setext and ALL-CAPS headings, transcripts, CAR / PAR /
 * SOAR / STARL, CRLF files …). Each `NN-shape.md` has an `NN-shape.expected.json` saying what a
 * careful reader stores: the stories in order, each with its title, company, questions and short
 * fragments that must land in named fields. One `it` per document, so a floor can be set on the
 * count that pass.
 */

const dir = fileURLToPath(new URL("./import-fixtures/blind/", import.meta.url));

/** A field of the story schema that a fragment can be checked against. */
type FieldName =
  | "situation"
  | "task"
  | "actions"
  | "results"
  | "lessons"
  | "draft"
  | "refined"
  | "headline"
  | "tags"
  | "questions"
  | "hooks"
  | "notes"
  | "coachingNotes"
  | "takeaway"
  | "differently"
  | "followUps";

interface ExpectedStory {
  title: string;
  company?: string;
  questions?: string[];
  fields: Partial<Record<FieldName, string[]>>;
}

interface Expected {
  shape: string;
  stories: ExpectedStory[];
}

interface Section {
  heading?: string;
  points: string[];
}

const documents = readdirSync(dir)
  .filter((name) => /^\d+-.*\.(md|html)$/.test(name))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(dir + name, "utf8"),
    expected: JSON.parse(
      readFileSync(dir + name.replace(/\.(md|html)$/, ".expected.json"), "utf8"),
    ) as Expected,
  }));

/** Words as a reader sees them: letters and digits, keeping "4.1", "3,400" and "don't" whole. */
const words = (text: string): string[] =>
  text
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu) ?? [];

const sameWords = (a: string, b: string) => words(a).join(" ") === words(b).join(" ");

/** Text compared for a fragment: case, spacing, quotes and emphasis markers do not matter. */
const loose = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Every string inside a value, depth first. */
const strings = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  // A number the story stores (a team size) keeps its words too.
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
};

/** The texts of one field of a stored story: a prose field, a list's items, a section's points. */
const fieldTexts = (input: Record<string, unknown>, field: FieldName): string[] => {
  const value = input[field];
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (field === "actions" || field === "results")
    return (value as Section[]).flatMap((section) => section.points ?? []);
  // A follow-up is one text: its question and its answer.
  if (field === "followUps") return (value as unknown[]).map((item) => strings(item).join(" "));
  return (value as unknown[]).filter((item): item is string => typeof item === "string");
};

/** Words that only name a part of a story (labels, table headers) and need not be stored. */
const labelWords = new Set(
  (
    "situation task action actions result results lesson lessons learn learned learning learnings " +
    "challenge context problem obstacle star car par soar starl story stories question questions " +
    "answer q a s t r l tags tag headline summary notes note field fields company takeaway " +
    "takeaways refined draft hooks hook spoken version opening lines what i'd do differently " +
    "variants reflection reflections impact likely details value values property competency " +
    "ready title key i did mission execution retro retrospective approach objective outcome background reflection " +
    "my took looking back setup tl dr employer answers lead backup where goal role keep taken job ended asked " +
    "it covers at ask needed setting steps part themes ref responsibility happened next if use moves good assignment they " +
    "going on how turned out as or then name scene remit brief mandate duty backdrop backstory circumstances premise " +
    "differently hindsight insight insights payoff effect difference tackled handled response solution " +
    "myself younger self advice org status comments might later sometimes second minute sec min " +
    "responsible accountable description store facility follow up ups expect process timeline talk track " +
    "would comp actually really year competencies short possible they'll when signals used prompts interview rotate sample metrics kpis give your memorable say seconds write now practice added measure metric also room interviews fits qs be versions " +
    // The same labels as German, Spanish and French documents write them.
    "aufgabe maßnahmen massnahmen vorgehen ergebnis ergebnisse erkenntnis gelernt was ich habe " +
    "situación tarea acción acciones resultado resultados aprendizaje lecciones aprendidas " +
    "tâche résultat résultats leçons appris"
  ).split(" "),
);

/** A label word, or one typed with two neighbouring letters swapped ("Taks", "Sitaution"). */
const isLabelWord = (word: string) =>
  labelWords.has(word) ||
  [...word].some(
    (_, at) =>
      at + 1 < word.length &&
      labelWords.has(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)),
  );

/** Lines that only navigate the document, or only name the list or map table under them. */
const navigation =
  /^\W*(table of contents|contents|toc|questions? (this|it|this story) answers|use (it |this )?for|(questions?|story|stories) (map|index|matrix)|which (stor(y|ies)|examples?) for (which|each|what) questions?)\W*$/i;

/**
 * A label opening a line or a "·"-separated part: up to four words before ":", "::" or a dash,
 * after an optional "Q" / "A" letter ("Q I used it for:").
 */
const leadingLabel =
  /^[^\p{L}\p{N}]*(?:[QA] )?(?:[\p{L}\p{N}'’&/]+ ?){1,6}(?:\([\p{L} ]{1,20}\))?(?::{1,2}|\s[—–-]|\s(?:→|->|=>))(?=\s|$)/u;

/** Bold or italic labels anywhere: "**Situation:**", "**Situation: **", "**Situation**:", "**The situation.**". */
const emphasisLabel =
  /(\*\*|__|\*|_)[^*_\n]{1,40}?[:.]\s*\1|(\*\*|__)[^*_\n]{1,40}?\2\s*[:.—–]|^\s*(\*\*|__)[^*_\n]{3,120}?\?[^*_\n?]{0,60}\3(?:\s*[*_]*\([^()]{1,40}\)[*_]*)?/g;

/**
 * Source lines without their Markdown (links, wikilinks, HTML, attribute blocks, callout markers,
 * story numbering) and without their labels and a label's length hint ("(45-60 seconds)").
 */
const clean = (line: string) =>
  line
    // A Markdown backslash escape ("weren\\'t", "\\$18,000") stands for the character alone.
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    // Confluence wiki markup: "h2. " headings and "{toc}", "{color:red}" macros.
    .replace(/^(?:#{1,6}\s+)?h[1-6]\.\s/, " ")
    // A section number ("### 2.1.3 Approach", "## **1.1 Situation**") or a lettered step
    // ("b) Moved …") numbers a part.
    .replace(/^(\s*#{0,6}\s*(?:\*\*|__)?)(?:\d+(?:\.\d+)+\.?|[IVX]{1,5}\.)(?=\s)/, "$1")
    .replace(/^\s*[a-h]\)(?=\s)/, " ")
    // "Q1) Describe…", "**Q2. Tell me…**", "Q3b. How do you…": a numbered question.
    .replace(/^(\s*(?:#{1,6}\s+)?(?:\*\*|__)?)Q\d{1,2}[a-z]?[.):](?=\s)/, "$1 ")
    .replace(/\{[a-z]+(?::[^}]*)?\}/gi, " ")
    // A chat app's emoji shortcode (":round_pushpin:") is an emoji, not words.
    .replace(/:[a-z0-9_+-]{2,40}:/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
    .replace(/\[\[([^\]]*)\]\]/g, "$1")
    .replace(/\{[#.][^}]*\}/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[#\w]+;/g, (entity) => decodeHTML(entity))
    .replace(/\((?:about |~)?\d+(?:\s*[-–]\s*\d+)?\s*(?:s|sec|seconds|min|minutes|words)\)/gi, " ")
    .replace(/^\s*>?\s*\[![\w-]+\][-+]?/, " ")
    // "1/ 🔥 STORY #1:", "### 1\. Title", "## Story B": a thread part, an emoji, a story's number.
    .replace(/^\s*\d{1,2}\/\s+/, " ")
    .replace(
      /^[\s>#*_•+-]*[\p{Extended_Pictographic}\uFE0F]*\s*(?:(?:example|sample)\s+)?(?:story|example)?\s*#?(?:\d{1,2}|[A-Z](?=\s*$)|[A-Z](?=\.\s))\s*\\?[.):·—–-]?(?=\s|$)/iu,
      " ",
    )
    .replace(emphasisLabel, " ")
    .split(/[·|]/)
    // A table cell that only points at a story ("Story 2") names no content of its own.
    .map((part) => part.replace(/^\s*(?:story|example)\s*#?\d{1,2}\s*$/i, " "))
    // A map cell of story numbers only ("2, 1", "1 & 3") points at stories too.
    .map((part) => part.replace(/^\s*\d{1,2}(?:\s*[,&/]\s*\d{1,2})*\s*$/, " "))
    // So does a section number ("2.1 (the PIs)").
    .map((part) => part.replace(/^\s*§?\d{1,2}\.\d{1,2}(?=\s|$)/, " "))
    .map((part) => part.replace(leadingLabel, " "))
    .join(" ");

/** The non-blank lines of a document after its YAML front matter, with their line numbers. */
const bodyLines = (text: string) => {
  const lines = text.split(/\r?\n/).map((line, index) => ({ line, number: index + 1 }));
  if (lines[0]?.line.trim() === "---") {
    const end = lines.findIndex((entry, index) => index > 0 && entry.line.trim() === "---");
    if (end > 0) return lines.slice(end + 1);
  }
  return lines;
};

interface Outcome {
  problems: string[];
  storiesRight: number;
}

/** Everything that differs between what a careful reader stores and what the importer gave. */
function judge(text: string, expected: Expected): Outcome {
  let result: ReturnType<typeof readMarkdown>;
  try {
    result = readMarkdown(text, builtIns);
  } catch (error) {
    return { problems: [`refused: ${(error as Error).message}`], storiesRight: 0 };
  }
  const problems: string[] = [];
  const stored = result.stories.map((story) => story.input as Record<string, unknown>);

  stored.forEach((input, index) => {
    const parsed = CreateInput.safeParse(input);
    if (!parsed.success)
      problems.push(
        `refused: story ${index + 1} is not a valid story (${parsed.error.issues
          .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
          .join("; ")})`,
      );
  });

  if (stored.length !== expected.stories.length)
    problems.push(
      `${stored.length} stories instead of ${expected.stories.length}: ${JSON.stringify(
        stored.map((input) => input.title),
      )}`,
    );

  expected.stories.forEach((want, index) => {
    const input = stored[index];
    const name = `story ${index + 1} "${want.title}"`;
    if (!input) return;
    if (!sameWords(String(input.title ?? ""), want.title))
      problems.push(`${name}: title is "${String(input.title)}"`);
    const company = (input.context as { company?: string } | undefined)?.company ?? "";
    if (want.company !== undefined && !sameWords(company, want.company ?? ""))
      problems.push(`${name}: company is "${company}"`);
    if (want.questions !== undefined) {
      const questions = (input.questions as string[] | undefined) ?? [];
      const same =
        questions.length === want.questions.length &&
        questions.every((question, at) => sameWords(question, want.questions![at]!));
      if (!same) problems.push(`${name}: questions are ${JSON.stringify(questions)}`);
    }
    for (const [field, fragments] of Object.entries(want.fields) as [FieldName, string[]][]) {
      // A takeaway and "what I'd do differently" are stored beside the lessons (DESIGN's
      // `takeaway` and `differently`): either place is right.
      // The story's notes and a coach's notes are both remarks on it: either place is right.
      const also =
        field === "lessons"
          ? [
              ...fieldTexts(input, "takeaway" as FieldName),
              ...fieldTexts(input, "differently" as FieldName),
            ]
          : field === "coachingNotes"
            ? fieldTexts(input, "notes")
            : field === "notes"
              ? fieldTexts(input, "coachingNotes")
              : [];
      const texts = [...fieldTexts(input, field), ...also].map(loose);
      for (const fragment of fragments)
        if (!texts.some((text) => text.includes(loose(fragment))))
          problems.push(`${name}: ${field} lacks "${fragment}"`);
    }
  });

  // No line lost: every word of every source line is stored in some story or named in a warning.
  const kept = new Set(
    [
      ...stored.flatMap(strings),
      ...result.warnings.flatMap((warning: { message: string; text?: string }) => [
        warning.message,
        warning.text ?? "",
      ]),
    ].flatMap(words),
  );
  for (const { line, number } of bodyLines(text)) {
    const cleaned = clean(line);
    if (navigation.test(cleaned.replace(/[*_#]/g, "").trim())) continue;
    // "S1, S2" or "B" names a story by its number or letter; "60s" is a label's length.
    const missing = words(cleaned).filter(
      (word) => !isLabelWord(word) && !kept.has(word) && !/^(?:s?\d{1,2}s?|[a-z])$/.test(word),
    );
    if (missing.length > 0)
      problems.push(`line ${number} lost (${missing.join(" ")}): ${line.trim().slice(0, 80)}`);
  }

  return { problems, storiesRight: storiesSplitRight(stored, expected) };
}

/**
 * Expected stories found as one stored story each: same title, holding all of its own fragments
 * (in any field) and none of another story's.
 */
function storiesSplitRight(stored: Record<string, unknown>[], expected: Expected): number {
  const fragmentsOf = (story: ExpectedStory) => Object.values(story.fields).flat().map(loose);
  const used = new Set<number>();
  let right = 0;
  for (const want of expected.stories) {
    const at = stored.findIndex(
      (input, index) => !used.has(index) && sameWords(String(input.title ?? ""), want.title),
    );
    if (at < 0) continue;
    used.add(at);
    const body = loose(strings(stored[at]).join(" \n "));
    const own = fragmentsOf(want).every((fragment) => body.includes(fragment));
    // A fragment two stories share (the group tag of both) is no sign of a wrong split.
    const mine = new Set(fragmentsOf(want));
    const others = expected.stories
      .filter((other) => other !== want)
      .flatMap(fragmentsOf)
      // A one-word tag of another story ("clients") may well stand in this one's text.
      .some((fragment) => !mine.has(fragment) && fragment.includes(" ") && body.includes(fragment));
    if (own && !others) right += 1;
  }
  return right;
}

const tally = new Map<string, { whole: boolean; right: number; total: number }>();

describe("import of held-out story documents", () => {
  afterAll(() => {
    const runs = [...tally.values()];
    const whole = runs.filter((run) => run.whole).length;
    const right = runs.reduce((sum, run) => sum + run.right, 0);
    const total = runs.reduce((sum, run) => sum + run.total, 0);
    console.log(
      `blind import: ${whole}/${runs.length} documents whole, ${right}/${total} stories split and titled right`,
    );
    const short = [...tally].filter(([, run]) => run.right < run.total);
    for (const [name, run] of short)
      console.log(`  ${name}: ${run.right}/${run.total} stories right`);
  });

  it("has documents to judge", () => {
    expect(documents.length).toBeGreaterThanOrEqual(558);
  });

  for (const { name, text, expected } of documents) {
    it(`${name}: ${expected.shape}`, () => {
      const { problems, storiesRight } = judge(text, expected);
      tally.set(name, {
        whole: problems.length === 0,
        right: storiesRight,
        total: expected.stories.length,
      });
      expect(problems.join("\n")).toBe("");
    });
  }
});
