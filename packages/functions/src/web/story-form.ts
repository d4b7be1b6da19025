import type { Info as Story, StoryContent } from "@storybank/core/story";

type Section = StoryContent["actions"][number];
type Body = Record<string, string | File | (string | File)[]>;

/** The story fields the editor writes (everything but the server's and the practice log's). */
export type StoryEdit = Omit<StoryContent, "progress"> & {
  progress: Pick<StoryContent["progress"], "drafted" | "analyzed" | "refined">;
};

const str = (body: Body, key: string): string => {
  const value = body[key];
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === "string" ? one.replace(/\r\n?/g, "\n") : "";
};

/** Non-blank lines, trimmed. */
export const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Sections written as text: a line starting with `#` opens a section with that heading; every
 * other line (a leading `-` or `*` dropped) is a point of the current section.
 */
export function parseSections(text: string): Section[] {
  const sections: Section[] = [];
  for (const line of lines(text)) {
    if (line.startsWith("#")) {
      sections.push({ heading: line.replace(/^#+\s*/, ""), points: [] });
      continue;
    }
    if (sections.length === 0) sections.push({ points: [] });
    sections.at(-1)!.points.push(line.replace(/^[-*•]\s*/, ""));
  }
  return sections;
}

/** The text form of sections that `parseSections` reads back to the same sections. */
export function sectionsText(sections: Section[]): string {
  return sections
    .map((s) =>
      [...(s.heading ? [`# ${s.heading}`] : []), ...s.points.map((p) => `- ${p}`)].join("\n"),
    )
    .join("\n");
}

/** The rows `prefix.<field>.<n>` of a repeated group, blank rows left out. */
function rows<K extends string>(body: Body, prefix: string, fields: K[]): Record<K, string>[] {
  const out: Record<K, string>[] = [];
  for (let n = 0; n < 100; n++) {
    if (!(`${prefix}.${fields[0]}.${n}` in body)) break;
    const row = Object.fromEntries(
      fields.map((f) => [f, str(body, `${prefix}.${f}.${n}`).trim()]),
    ) as Record<K, string>;
    if (fields.some((f) => row[f])) out.push(row);
  }
  return out;
}

/** Reads the editor's form into the story fields it edits (see `StoryForm` in stories.tsx). */
export function readStoryForm(body: Body): StoryEdit {
  const teamSize = str(body, "context.teamSize").trim();
  return {
    title: str(body, "title").trim(),
    kind: (str(body, "kind") || "other") as StoryEdit["kind"],
    tags: lines(str(body, "tags")),
    headline: str(body, "headline").trim(),
    context: {
      company: str(body, "context.company").trim(),
      role: str(body, "context.role").trim(),
      period: str(body, "context.period").trim(),
      teamSize: teamSize && /^\d+$/.test(teamSize) ? Number(teamSize) : null,
    },
    questions: lines(str(body, "questions")),
    situation: str(body, "situation").trim(),
    task: str(body, "task").trim(),
    actions: parseSections(str(body, "actions")),
    results: parseSections(str(body, "results")),
    lessons: str(body, "lessons").trim(),
    differently: str(body, "differently").trim(),
    takeaway: str(body, "takeaway").trim(),
    draft: str(body, "draft").trim(),
    refined: str(body, "refined").trim(),
    hooks: lines(str(body, "hooks")),
    followUps: rows(body, "followUps", ["question", "answer"]),
    delivery: {
      pacing: str(body, "delivery.pacing").trim(),
      tone: str(body, "delivery.tone").trim(),
      keyWords: lines(str(body, "delivery.keyWords")),
    },
    coachingNotes: lines(str(body, "coachingNotes")),
    analysis: rows(body, "analysis", ["section", "question", "answer"]),
    values: lines(str(body, "values")).flatMap((line) => {
      const [valueSetId, ...rest] = line.split("/");
      const valueKey = rest.join("/").trim();
      return valueSetId?.trim() && valueKey ? [{ valueSetId: valueSetId.trim(), valueKey }] : [];
    }),
    connections: rows(body, "connections", ["company", "text"]),
    notes: str(body, "notes").trim(),
    progress: {
      drafted: str(body, "progress.drafted") === "on",
      analyzed: str(body, "progress.analyzed") === "on",
      refined: str(body, "progress.refined") === "on",
    },
  };
}

/** The editable fields of a saved story, in the editor's shape. */
export function editOf(story: Story): StoryEdit {
  const { drafted, analyzed, refined } = story.progress;
  return {
    title: story.title,
    kind: story.kind,
    tags: story.tags,
    headline: story.headline,
    context: {
      company: story.context.company ?? "",
      role: story.context.role ?? "",
      period: story.context.period ?? "",
      teamSize: story.context.teamSize ?? null,
    },
    questions: story.questions,
    situation: story.situation,
    task: story.task,
    actions: story.actions,
    results: story.results,
    lessons: story.lessons,
    differently: story.differently,
    takeaway: story.takeaway,
    draft: story.draft,
    refined: story.refined,
    hooks: story.hooks,
    followUps: story.followUps,
    delivery: story.delivery,
    coachingNotes: story.coachingNotes,
    analysis: story.analysis,
    values: story.values,
    connections: story.connections,
    notes: story.notes,
    progress: { drafted, analyzed, refined },
  };
}

/** A field's value as one readable text, for showing two versions side by side. */
export function fieldText(edit: StoryEdit, key: keyof StoryEdit): string {
  const value = edit[key];
  switch (key) {
    case "actions":
    case "results":
      return sectionsText(value as Section[]);
    case "tags":
      return (value as string[]).join(", ");
    case "questions":
    case "hooks":
    case "coachingNotes":
      return (value as string[]).join("\n");
    case "values":
      return edit.values.map((v) => `${v.valueSetId}/${v.valueKey}`).join("\n");
    case "followUps":
      return edit.followUps.map((f) => `${f.question}: ${f.answer}`).join("\n");
    case "analysis":
      return edit.analysis.map((a) => `[${a.section}] ${a.question}: ${a.answer}`).join("\n");
    case "connections":
      return edit.connections.map((c) => `${c.company}: ${c.text}`).join("\n");
    case "context": {
      const c = edit.context;
      return [c.company, c.role, c.period, c.teamSize == null ? "" : `team of ${c.teamSize}`]
        .filter(Boolean)
        .join(" · ");
    }
    case "delivery": {
      const d = edit.delivery;
      return [
        `Pacing: ${d.pacing ?? ""}`,
        `Tone: ${d.tone ?? ""}`,
        `Key words: ${(d.keyWords ?? []).join(", ")}`,
      ].join("\n");
    }
    case "progress": {
      const p = edit.progress;
      return (["drafted", "analyzed", "refined"] as const).filter((k) => p[k]).join(", ") || "—";
    }
    default:
      return String(value ?? "");
  }
}

/** The editable fields whose values differ between two versions, in the editor's order. */
export function changedFields(a: StoryEdit, b: StoryEdit): (keyof StoryEdit)[] {
  return (Object.keys(a) as (keyof StoryEdit)[]).filter(
    (key) => fieldText(a, key) !== fieldText(b, key),
  );
}
