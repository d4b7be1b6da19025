import type {
  BlockContent,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { classify } from "../importer/labels.ts";
import { type ValueSetRef, nameOf, quote, resolveValues, unquote } from "../importer/index.ts";
import type * as Story from "../story/index.ts";
import { progressTable } from "./progress-table.ts";

/**
 * Stories as a Markdown document in the shape people write them (bold labels, numbered actions,
 * "Question Variants", "Refined Story", "Practice Notes", a progress table), which the importer
 * reads back to the same stories. Built as a syntax tree and serialized by remark, so any
 * character a story holds is escaped where Markdown would read it as syntax.
 */

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: "-", listItemIndent: "one", rule: "-", emphasis: "*" });

const t = (value: string): PhrasingContent => ({ type: "text", value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [t(value)] });
const para = (...children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
const label = (name: string, rest?: string) =>
  para(strong(`${name}:`), ...(rest ? [t(` ${rest}`)] : []));
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: "heading",
  depth,
  children: [t(value)],
});
const item = (...children: BlockContent[]): ListItem => ({
  type: "listItem",
  spread: false,
  children,
});
const bullets = (texts: string[]): List => ({
  type: "list",
  ordered: false,
  spread: false,
  children: texts.map((text) => item(para(t(text)))),
});

/** Prose as paragraphs, and as lists where every line of a block is a "- " or "1. " line. */
function prose(text: string): RootContent[] {
  return text
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== "")
    .map((block): RootContent => {
      const lines = block.split("\n");
      const numbered = lines.map((line) => /^(\d+)\. (\S.*)$/.exec(line));
      const start = Number(numbered[0]?.[1]);
      if (numbered.every((m, i) => m && Number(m[1]) === start + i)) {
        return {
          type: "list",
          ordered: true,
          start,
          spread: false,
          children: numbered.map((m) => item(para(t(m![2]!)))),
        };
      }
      if (lines.every((line) => /^- \S/.test(line))) return bullets(lines.map((l) => l.slice(2)));
      return para(t(block));
    });
}

/** Text as written, in quotes only when its own quotes would otherwise be read as decoration. */
const keepQuotes = (text: string) => (unquote(text) === text ? text : quote(text));

const labelled = (name: string, text: string): RootContent[] =>
  text ? [label(name), ...prose(text)] : [];

/** A point that, written as a paragraph, would not read as a label. */
const plainPoint = (point: string) => {
  const colon = point.indexOf(":");
  return colon < 0 || !classify(point.slice(0, colon), null);
};

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
      ...(intro ? intro.points.map((point) => para(t(point))) : []),
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
function analysis(story: Story.StoryContent, valuesCompany: string | undefined): RootContent[] {
  const blocks: RootContent[] = [];
  const derived: Story.StoryContent["connections"] = [];
  let section: string | undefined;
  for (const entry of story.analysis) {
    if (entry.section !== section) {
      section = entry.section;
      blocks.push(label(section), bullets([]));
    }
    const list = blocks.at(-1) as List;
    list.children.push(
      item(para(t(entry.answer ? `${entry.question}\n${entry.answer}` : entry.question))),
    );
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
  const connections =
    explicit.length > 0
      ? [label("Connections"), bullets(explicit.map((c) => `${c.company}: ${c.text}`))]
      : [];
  return [
    ...(blocks.length > 0 ? [heading(3, "Story Analysis - Extract Key Elements:"), ...blocks] : []),
    ...connections,
  ];
}

function practice(story: Story.StoryContent): RootContent[] {
  const { pacing, tone, keyWords } = story.delivery;
  const delivery = [
    ...(pacing ? [`Pacing`, pacing] : []),
    ...(tone ? [`Tone`, tone] : []),
    ...(keyWords.length ? ["Key Words", keyWords.map((k) => quote(k)).join(", ")] : []),
  ];
  const pairs: ListItem[] = [];
  for (let i = 0; i < delivery.length; i += 2)
    pairs.push(item(label(delivery[i]!, delivery[i + 1])));
  const blocks: RootContent[] = [
    ...(story.hooks.length ? [label("Opening Hook Options"), bullets(story.hooks.map(quote))] : []),
    ...(pairs.length
      ? [
          label("Delivery Guidance"),
          { type: "list", ordered: false, spread: false, children: pairs } as List,
        ]
      : []),
    ...(story.followUps.length
      ? [
          label("Follow-up Responses"),
          bullets(
            story.followUps.map((f) =>
              f.answer ? `${f.question}:\n${quote(f.answer)}` : `${f.question}:`,
            ),
          ),
        ]
      : []),
    ...(story.coachingNotes.length
      ? [label("Story Coaching Notes"), bullets(story.coachingNotes.map(keepQuotes))]
      : []),
  ];
  return blocks.length > 0 ? [heading(3, "Practice Notes:"), ...blocks] : [];
}

function storyBlocks(story: Story.StoryContent, n: number, sets: ValueSetRef[]): RootContent[] {
  const inHeading =
    story.headline !== "" && !/[()]/.test(story.headline) && !/\)$/.test(story.title);
  const explicitHeadline = !inHeading && (story.headline !== "" || /\)$/.test(story.title));
  const { context } = story;
  const contextLines = [
    ...(context.company ? [`Company: ${context.company}`] : []),
    ...(context.role ? [`Role: ${context.role}`] : []),
    ...(context.period ? [`Period: ${context.period}`] : []),
    ...(context.teamSize != null ? [`Team size: ${context.teamSize}`] : []),
  ];
  const linked = values(story, sets);
  return [
    heading(2, `Story ${n}: ${story.title}${inHeading ? ` (${story.headline})` : ""}`),
    ...(explicitHeadline ? [label("Headline", story.headline)] : []),
    label("Kind", story.kind),
    ...(story.tags.length ? [heading(3, `Tags: ${story.tags.join(", ")}`)] : []),
    ...(contextLines.length ? [label("Context"), bullets(contextLines)] : []),
    ...linked.blocks,
    ...(story.questions.length
      ? [label("Question Variants"), bullets(story.questions.map(quote))]
      : []),
    ...(story.situation || story.task || story.actions.length || story.results.length
      ? [label("STAR Answer")]
      : []),
    ...labelled("Situation", story.situation),
    ...labelled("Task", story.task),
    ...sections("Action", story.actions, true),
    ...sections("Result", story.results, false),
    ...labelled("Lessons Learned", story.lessons),
    ...labelled("What I'd Do Differently", story.differently),
    ...labelled("Key Takeaway", story.takeaway),
    ...(story.draft
      ? [heading(3, "Write Your Story First (150-200 words):"), ...prose(story.draft)]
      : []),
    ...(story.refined
      ? [
          heading(3, "Refined Story (45-60 seconds):"),
          ...story.refined.split(/\n{2,}/).map((p) => para(t(quote(p)))),
        ]
      : []),
    ...analysis(story, linked.company),
    ...practice(story),
    { type: "thematicBreak" },
  ];
}

export function toMarkdown(stories: Story.StoryContent[], sets: ValueSetRef[]): string {
  const root: Root = {
    type: "root",
    children: [
      heading(1, "Story Bank"),
      ...stories.flatMap((story, index) => storyBlocks(story, index + 1, sets)),
      ...(stories.length > 0 ? progressTable(stories) : []),
    ],
  };
  return processor.stringify(root);
}
