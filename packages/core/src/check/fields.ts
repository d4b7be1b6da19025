import type { Info as Story } from "../story/index.ts";

type Sections = Story["actions"];
export const sectionText = (list: Sections) => list.flatMap((s) => [s.heading ?? "", ...s.points]);
/** Several headed groups count as points each ("4–5 grouped points"); else the bullets count. */
export const pointCount = (list: Sections) =>
  list.length > 1 ? list.length : (list[0]?.points.length ?? 0);

/** Every text of a story a blank could hide in, with its field path. */
export function texts(story: Story): [string, string][] {
  const out: [string, string][] = [];
  const add = (field: string, text: string | undefined) => {
    if (text) out.push([field, text]);
  };
  for (const key of ["title", "headline", "situation", "task", "lessons", "differently"] as const) {
    add(key, story[key]);
  }
  for (const key of ["takeaway", "draft", "refined"] as const) add(key, story[key]);
  add("context.company", story.context.company);
  add("context.role", story.context.role);
  add("context.period", story.context.period);
  story.questions.forEach((q, i) => add(`questions.${i}`, q));
  for (const key of ["actions", "results"] as const) {
    story[key].forEach((section, i) => {
      add(`${key}.${i}.heading`, section.heading);
      section.points.forEach((p, j) => add(`${key}.${i}.points.${j}`, p));
    });
  }
  story.hooks.forEach((h, i) => add(`hooks.${i}`, h));
  story.followUps.forEach((f, i) => {
    add(`followUps.${i}.question`, f.question);
    add(`followUps.${i}.answer`, f.answer);
  });
  add("delivery.pacing", story.delivery.pacing);
  add("delivery.tone", story.delivery.tone);
  story.delivery.keyWords.forEach((k, i) => add(`delivery.keyWords.${i}`, k));
  story.coachingNotes.forEach((n, i) => add(`coachingNotes.${i}`, n));
  story.analysis.forEach((a, i) => add(`analysis.${i}.answer`, a.answer));
  story.connections.forEach((c, i) => add(`connections.${i}.text`, c.text));
  return out;
}

/** What the speaker says out loud, by top-level field, for "I" against "we". */
export function spoken(story: Story): [string, string][] {
  return [
    ["situation", story.situation],
    ["task", story.task],
    ["actions", sectionText(story.actions).join("\n")],
    ["results", sectionText(story.results).join("\n")],
    ["draft", story.draft],
    ["refined", story.refined],
    ["hooks", story.hooks.join("\n")],
    ["followUps", story.followUps.map((f) => f.answer).join("\n")],
  ];
}

/** Every action bullet, in order. */
export const actionBullets = (story: Story) => story.actions.flatMap((s) => s.points);
