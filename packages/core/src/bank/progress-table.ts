import type { RootContent, TableCell, TableRow } from "mdast";
import type * as Story from "../story/index.ts";

const cell = (value: string): TableCell => ({
  type: "tableCell",
  children: value ? [{ type: "text", value }] : [],
});
const row = (values: string[]): TableRow => ({ type: "tableRow", children: values.map(cell) });
const mark = (done: boolean) => (done ? "✓" : "☐");

/** The progress of every story as one table, one row per story, named "Story N: title". */
export function progressTable(stories: Story.StoryContent[]): RootContent[] {
  const header = [
    "Story",
    "First Draft",
    "Analyzed",
    "Refined",
    "Timed",
    "Practiced",
    "Last Practiced",
  ];
  const rows = stories.map(({ title, progress: p }, index) =>
    row([
      `Story ${index + 1}: ${title}`,
      mark(p.drafted),
      mark(p.analyzed),
      mark(p.refined),
      p.timedSeconds === null ? "" : `${p.timedSeconds}s`,
      String(p.practiceCount),
      p.lastPracticedAt ?? "",
    ]),
  );
  return [
    { type: "heading", depth: 2, children: [{ type: "text", value: "Your Story Bank Progress" }] },
    { type: "table", align: header.map(() => null), children: [row(header), ...rows] },
  ];
}
