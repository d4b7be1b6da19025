import { isDeepStrictEqual } from "node:util";
import type { List, ListItem, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { classify } from "../importer/labels.ts";
import { type ValueSetRef, nameOf, quote, readMarkdown, resolveValues } from "../importer/index.ts";
import * as Story from "../story/index.ts";
import { progressTable } from "./progress-table.ts";
import {
  type Field,
  type Mode,
  type Modes,
  fields,
  strong,
  para,
  label,
  heading,
  item,
  bullets,
  escaped,
  prose,
  keepQuotes,
  verbatim,
  plainPoint,
} from "./markdown-text.ts";

/**
 * Stories as a Markdown document in the shape people write them (bold labels, numbered actions,
 * "Question Variants", "Refined Story", "Practice Notes", a progress table), which the importer
 * reads back to the same stories. Built as a syntax tree and serialized by remark, so any
 * character a story holds is escaped where Markdown would read it as syntax; a prose line that
 * would read as a label starts with a character reference.
 *
 * Every story is checked by reading the document back: a field whose prose does not read back
 * the same is written instead as a verbatim block (see importer/verbatim.ts), first as readable
 * text (`storybank-text`), then as one line of JSON with every character outside printable ASCII
 * and every Markdown mark escaped (`storybank-json`), which no Markdown reading can change.
 */

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: "-", listItemIndent: "one", rule: "-", emphasis: "*" });

/**
 * Numbered actions ("1. **Heading:**" over bullets) when every section has a heading and
 * points, after at most one section without a heading (an introduction, written as prose).
 * Otherwise each section is a bold heading over a bullet list.
 */
function sections(
  name: string,
  list: Story.StoryContent["actions"],
  numbered: boolean,
): RootContent[] {
  if (list.length === 0) return [];
  const [first, ...others] = list;
  const intro = first && !first.heading && first.points.every(plainPoint) ? first : undefined;
  const headed = intro ? others : list;
  if (numbered && headed.length > 0 && headed.every((s) => s.heading && s.points.length > 0)) {
    const children = headed.map((s) => item(para(strong(`${s.heading}:`)), bullets(s.points)));
    return [
      label(name),
      ...(intro ? intro.points.map((point) => para(...escaped(point))) : []),
      { type: "list", ordered: true, start: 1, spread: false, children },
    ];
  }
  return [
    label(name),
    ...list.flatMap((s) => [
      ...(s.heading ? [para(strong(s.heading))] : []),
      ...(s.points.length ? [bullets(s.points)] : []),
    ]),
  ];
}

/** "<Company> Values:" lines for links a name can express; the rest as "Value Links:". */
function values(
  story: Story.StoryContent,
  sets: ValueSetRef[],
): { blocks: RootContent[]; company?: string } {
  const groups = new Map<string, Story.StoryContent["values"]>();
  for (const link of story.values)
    groups.set(link.valueSetId, [...(groups.get(link.valueSetId) ?? []), link]);
  const blocks: RootContent[] = [];
  const raw: string[] = [];
  let company: string | undefined;
  for (const [setId, links] of groups) {
    const set = sets.find((s) => s.id === setId);
    const names = links.map((link) => nameOf(sets, link));
    if (!set || names.some((n) => !n || /[,;]/.test(n))) {
      raw.push(...links.map((l) => `${l.valueSetId}:${l.valueKey}`));
      continue;
    }
    const resolved = resolveValues(sets, set.company, names as string[]);
    const exact =
      resolved.unknown.length === 0 && resolved.links.every((l) => l.valueSetId === setId);
    blocks.push(label(`${set.company} Values${exact ? "" : ` (${setId})`}`, names.join(", ")));
    company ??= set.company;
  }
  if (raw.length > 0) blocks.push(label("Value Links", raw.join(", ")));
  return { blocks, company };
}

/** Analysis by section; connections its "<Company> Connection" answers do not already give. */
function analysis(
  story: Story.StoryContent,
  valuesCompany: string | undefined,
  modes: Modes,
): RootContent[] {
  const blocks: RootContent[] = [];
  const derived: Story.StoryContent["connections"] = [];
  let section: string | undefined;
  for (const entry of modes.analysis ? [] : story.analysis) {
    if (entry.section !== section) {
      section = entry.section;
      blocks.push(label(section), bullets([]));
    }
    const list = blocks.at(-1) as List;
    const text = entry.answer ? `${entry.question}\n${entry.answer}` : entry.question;
    list.children.push(item(para(...escaped(text))));
    const target = classify(section, "analysis");
    if (target?.kind === "analysis" && target.company !== undefined && entry.answer) {
      derived.push({ company: target.company || valuesCompany || "", text: entry.answer });
    }
  }
  const explicit = story.connections.filter((c) => {
    const index = derived.findIndex((d) => d.company === c.company && d.text === c.text);
    if (index < 0) return true;
    derived.splice(index, 1);
    return false;
  });
  const connections = modes.connections
    ? verbatim(story, "connections", modes.connections)
    : explicit.length > 0
      ? [label("Connections"), bullets(explicit.map((c) => `${c.company}: ${c.text}`))]
      : [];
  return [
    ...(blocks.length > 0 ? [heading(3, "Story Analysis - Extract Key Elements:"), ...blocks] : []),
    ...(modes.analysis ? verbatim(story, "analysis", modes.analysis) : []),
    ...connections,
  ];
}

function practice(story: Story.StoryContent, modes: Modes): RootContent[] {
  const { pacing, tone, keyWords } = story.delivery;
  const delivery = modes.delivery
    ? []
    : [
        ...(pacing ? [`Pacing`, pacing] : []),
        ...(tone ? [`Tone`, tone] : []),
        ...(keyWords.length ? ["Key Words", keyWords.map((k) => quote(k)).join(", ")] : []),
      ];
  const pairs: ListItem[] = [];
  for (let i = 0; i < delivery.length; i += 2)
    pairs.push(item(label(delivery[i]!, delivery[i + 1])));
  const field = (name: Field, natural: () => RootContent[]) =>
    modes[name] ? verbatim(story, name, modes[name]) : natural();
  const blocks: RootContent[] = [
    ...field("hooks", () =>
      story.hooks.length ? [label("Opening Hook Options"), bullets(story.hooks.map(quote))] : [],
    ),
    ...(pairs.length
      ? [
          label("Delivery Guidance"),
          { type: "list", ordered: false, spread: false, children: pairs } as List,
        ]
      : []),
    ...(modes.delivery ? verbatim(story, "delivery", modes.delivery) : []),
    ...field("followUps", () =>
      story.followUps.length
        ? [
            label("Follow-up Responses"),
            bullets(
              story.followUps.map((f) =>
                f.answer ? `${f.question}:\n${quote(f.answer)}` : `${f.question}:`,
              ),
            ),
          ]
        : [],
    ),
    ...field("coachingNotes", () =>
      story.coachingNotes.length
        ? [label("Story Coaching Notes"), bullets(story.coachingNotes.map(keepQuotes))]
        : [],
    ),
  ];
  return blocks.length > 0 ? [heading(3, "Practice Notes:"), ...blocks] : [];
}

/** A title as one heading line: verbatim titles show their first line, shortened. */
const displayTitle = (title: string) =>
  title
    .replace(/[\s\p{Cc}]+/gu, " ")
    .trim()
    .slice(0, 120) || "Untitled";

function storyBlocks(
  story: Story.StoryContent,
  n: number,
  sets: ValueSetRef[],
  modes: Modes,
): RootContent[] {
  const field = (name: Field, natural: () => RootContent[]) =>
    modes[name] ? verbatim(story, name, modes[name]) : natural();
  const plainTitle = !modes.title && !modes.headline;
  const inHeading =
    plainTitle && story.headline !== "" && !/[()]/.test(story.headline) && !/\)$/.test(story.title);
  const explicitHeadline = !inHeading && (story.headline !== "" || /\)$/.test(story.title));
  const { context } = story;
  const contextLines = [
    ...(context.company ? [`Company: ${context.company}`] : []),
    ...(context.role ? [`Role: ${context.role}`] : []),
    ...(context.period ? [`Period: ${context.period}`] : []),
    ...(context.teamSize != null ? [`Team size: ${context.teamSize}`] : []),
  ];
  const linked = modes.values ? { blocks: [], company: undefined } : values(story, sets);
  const title = modes.title ? displayTitle(story.title) : story.title;
  return [
    heading(2, `Story ${n}: ${title}${inHeading ? ` (${story.headline})` : ""}`),
    ...field("title", () => []),
    ...field("headline", () => (explicitHeadline ? [label("Headline", story.headline)] : [])),
    ...field("kind", () => [label("Kind", story.kind)]),
    ...field("tags", () =>
      story.tags.length === 0
        ? []
        : story.tags.some((tag) => /[,;]/.test(tag))
          ? [label("Tags"), bullets(story.tags)]
          : [heading(3, `Tags: ${story.tags.join(", ")}`)],
    ),
    ...field("context", () =>
      contextLines.length ? [label("Context"), bullets(contextLines)] : [],
    ),
    ...linked.blocks,
    ...(modes.values ? verbatim(story, "values", modes.values) : []),
    ...field("questions", () =>
      story.questions.length
        ? [label("Question Variants"), bullets(story.questions.map(quote))]
        : [],
    ),
    ...(story.situation || story.task || story.actions.length || story.results.length
      ? [label("STAR Answer")]
      : []),
    ...field("situation", () =>
      story.situation ? [label("Situation"), ...prose(story.situation)] : [],
    ),
    ...field("task", () => (story.task ? [label("Task"), ...prose(story.task)] : [])),
    ...field("actions", () => sections("Action", story.actions, true)),
    ...field("results", () => sections("Result", story.results, false)),
    ...field("lessons", () =>
      story.lessons ? [label("Lessons Learned"), ...prose(story.lessons)] : [],
    ),
    ...field("differently", () =>
      story.differently ? [label("What I'd Do Differently"), ...prose(story.differently)] : [],
    ),
    ...field("takeaway", () =>
      story.takeaway ? [label("Key Takeaway"), ...prose(story.takeaway)] : [],
    ),
    ...field("draft", () =>
      story.draft
        ? [heading(3, "Write Your Story First (150-200 words):"), ...prose(story.draft)]
        : [],
    ),
    ...field("refined", () =>
      story.refined
        ? [
            heading(3, "Refined Story (45-60 seconds):"),
            ...story.refined.split(/\n{2,}/).map((p) => para(...escaped(quote(p)))),
          ]
        : [],
    ),
    ...field("notes", () => (story.notes ? [label("Notes"), ...prose(story.notes)] : [])),
    ...analysis(story, linked.company, modes),
    ...practice(story, modes),
    ...(modes.progress ? verbatim(story, "progress", modes.progress) : []),
    { type: "thematicBreak" },
  ];
}

function render(stories: Story.StoryContent[], sets: ValueSetRef[], modes: Modes[]): string {
  const root: Root = {
    type: "root",
    children: [
      // A title over the stories would read back as a part of no story: only an empty bank has one.
      ...(stories.length === 0 ? [heading(1, "Story Bank")] : []),
      ...stories.flatMap((story, index) => storyBlocks(story, index + 1, sets, modes[index]!)),
      ...(stories.length > 0
        ? progressTable(
            stories.map((s, i) => (modes[i]!.title ? { ...s, title: displayTitle(s.title) } : s)),
          )
        : []),
    ],
  };
  return processor.stringify(root);
}

/** What importing a document into an empty bank gives, or undefined when it is refused. */
function readBack(markdown: string, sets: ValueSetRef[]): Story.StoryContent[] | undefined {
  try {
    return readMarkdown(markdown, sets).stories.map((s) => {
      const content = Story.applyChange(Story.emptyContent(s.input.title), s.input);
      return JSON.parse(JSON.stringify(content)) as Story.StoryContent;
    });
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));

const differing = (story: Story.StoryContent, back: Story.StoryContent | undefined) =>
  back ? fields.filter((f) => !same(story[f], back[f])) : fields;

const next = (story: Story.StoryContent, field: Field, mode: Mode | undefined): Mode =>
  mode === undefined ? (typeof story[field] === "string" ? "text" : "json") : "armored";

/** Each field that did not read back the same goes one step further from prose. */
function escalate(story: Story.StoryContent, modes: Modes, back: Story.StoryContent | undefined) {
  for (const f of differing(story, back)) modes[f] = back ? next(story, f, modes[f]) : "armored";
}

const rounds = 4;
/** Stories checked together when the whole document does not read back. */
const chunk = 10;

/** Whether a value holds a control character other than tab, line feed or form feed, or a CR. */
const unprintable = (value: unknown) => /\\u00[01]|\\[rb]/i.test(JSON.stringify(value) ?? "");

/**
 * The stories as one Markdown document that `readMarkdown` reads back to the same stories.
 * Costs one read of the document, and one more for each round of fallbacks a story needs.
 * A bank beyond one import's bounds (256 KiB, 4,000 lines: about 45 stories) still exports,
 * each part of ten stories reading back the same; it imports in parts, or whole as JSON.
 */
export function toMarkdown(stories: Story.StoryContent[], sets: ValueSetRef[]): string {
  const clean = stories.map((s) => Story.StoryContent.parse(s));
  // Control characters and carriage returns make a document not text: such fields start escaped.
  const modes: Modes[] = clean.map((story) =>
    Object.fromEntries(fields.filter((f) => unprintable(story[f])).map((f) => [f, "armored"])),
  );
  let markdown = render(clean, sets, modes);
  for (let round = 0; round < rounds && clean.length > 0; round++) {
    const back = readBack(markdown, sets);
    if (back?.length === clean.length) {
      const bad = clean.flatMap((story, i) => (differing(story, back[i]).length ? [i] : []));
      if (bad.length === 0) return markdown;
      for (const i of bad) {
        if (round === rounds - 2) modes[i] = Object.fromEntries(fields.map((f) => [f, "armored"]));
        else escalate(clean[i]!, modes[i]!, back[i]);
      }
    } else {
      // The document as a whole did not read back story for story (or is beyond one import's
      // size): check it a few stories at a time, and a part that fails story by story.
      const before = JSON.stringify(modes);
      for (let from = 0; from < clean.length; from += chunk) {
        const part = clean.slice(from, from + chunk);
        const partModes = modes.slice(from, from + chunk);
        const partBack = readBack(render(part, sets, partModes), sets);
        part.forEach((story, k) => {
          let mine = partBack?.length === part.length ? partBack[k] : undefined;
          if (!mine) {
            const alone = readBack(render([story], sets, [partModes[k]!]), sets);
            mine = alone?.length === 1 ? alone[0] : undefined;
          }
          escalate(story, partModes[k]!, mine);
        });
      }
      // Every story reads back in its part: the whole is only beyond one import's bounds.
      if (JSON.stringify(modes) === before) return markdown;
    }
    markdown = render(clean, sets, modes);
  }
  return markdown;
}
