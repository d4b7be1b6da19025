import type {
  Card,
  CheatSheet,
  DropKind,
  MatchRef,
  MatrixRow,
  StoryRef,
} from "@storybank/core/cheatsheet";
import type { Para, Section } from "./layout.ts";
import type { Run } from "./text.ts";

/** The sheet's look: what each part says, in which weight, size and colour. */

export const accent = "#1f4e79";
export const muted = "#5f5f5f";

const bold = (text: string, color?: string): Run => ({ text, style: "bold", color });
const plain = (text: string, color?: string): Run => ({ text, style: "regular", color });
const italic = (text: string, color?: string): Run => ({ text, style: "italic", color });

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Sat 14 Mar 2026" for an ISO date; anything else as written. */
function formatDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return iso;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${weekdays[date.getUTCDay()]} ${day} ${months[month - 1]} ${year}`;
}

/** A story reference: its card number, and its title unless the fit left only the number. */
function ref(story: StoryRef, color = accent): Run[] {
  if (story.number === null) return [plain(story.title)];
  return story.title
    ? [bold(`${story.number}`, color), plain(` ${story.title}`)]
    : [bold(`${story.number}`, color)];
}

const leftOffNames: Record<DropKind, string> = {
  backup: "backup stories",
  "extra-key-number": "key numbers",
  question: "questions",
  situation: "situation lines",
  task: "task lines",
  lesson: "lessons",
  connection: "company connections",
  "key-number": "key numbers",
  action: "action lines",
  result: "result lines",
  hook: "hooks",
  headline: "headlines",
  "matrix-title": "story titles in the matrix",
  "matrix-row": "values",
  "value-sets": "value-set names",
  card: "story cards",
};

/** The page says what the fit left off, so nothing goes missing unnoticed on paper either. */
function leftOffNote(kinds: DropKind[]): Para | undefined {
  if (kinds.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const kind of kinds) {
    const name = leftOffNames[kind];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const list = [...counts].map(([name, count]) => `${count} ${name}`).join(", ");
  const text = `Left off to fit one page (the JSON view lists them): ${list}`;
  return { runs: [italic(text, muted)], scale: 0.9, hang: 0, before: 0.2, keep: 0 };
}

function header(sheet: CheatSheet): Para[] {
  const { company, role, interviewDate, valueSets } = sheet.header;
  const facts = [
    interviewDate ? `Interview ${formatDate(interviewDate)}` : "",
    valueSets.length > 0 ? `Values: ${valueSets.map((set) => set.name).join(", ")}` : "",
  ].filter(Boolean);
  const paras: Para[] = [
    {
      runs: role ? [bold(company), plain(` — ${role}`, muted)] : [bold(company)],
      scale: 1.6,
      hang: 0,
      before: 0,
      keep: 0,
    },
  ];
  if (facts.length > 0) {
    paras.push({
      runs: [plain(facts.join(" · "), muted)],
      scale: 1,
      hang: 0,
      before: 0.2,
      keep: 0,
    });
  }
  paras.push({
    runs: [bold("Delivery ", accent), plain(sheet.reminders.join(" · "))],
    scale: 1,
    hang: 0,
    before: 0.3,
    keep: 0,
  });
  return paras;
}

const heading = (text: string, keep: number, before: number): Para => ({
  runs: [bold(text.toUpperCase(), accent)],
  scale: 0.95,
  hang: 0,
  before,
  keep,
});

/** How a weak match is marked on the page, and the legend line that says what it means. */
export const weakMark = "(weak)";
export const weakLegend = `${weakMark} = the closest story in the bank, not a real fit: strengthen it or add one`;

/** A matrix reference, marked when the tailoring found no story that really fits. */
function matchRef(match: MatchRef, color = accent): Run[] {
  const runs = ref(match, match.weak ? muted : color);
  return match.weak ? [...runs, italic(` ${weakMark}`, muted)] : runs;
}

function matrixRow(row: MatrixRow, keep: number): Para {
  const runs: Run[] = [bold(row.valueName), plain(" ")];
  if (row.best) runs.push(...matchRef(row.best));
  else runs.push(italic("no story yet", muted));
  if (row.backup) runs.push(plain(" · alt ", muted), ...matchRef(row.backup, muted));
  return { runs, scale: 1, hang: 1, before: 0.15, keep };
}

const legend = (keep: number): Para => ({
  runs: [italic(weakLegend, muted)],
  scale: 0.9,
  hang: 1,
  before: 0.2,
  keep,
});

function card(card: Card, keep: number): Para[] {
  const line = (label: string, runs: Run[]): Para => ({
    runs: [bold(`${label} `, accent), ...runs],
    scale: 1,
    hang: 1,
    before: 0.05,
    keep,
  });
  const title: Run[] = [bold(`${card.number} `, accent), bold(card.title)];
  if (card.told.length > 0) title.push(italic(` told: ${card.told.join(", ")}`, muted));
  const paras: Para[] = [{ runs: title, scale: 1.12, hang: 1.2, before: 0.6, keep }];
  if (card.headline)
    paras.push({ runs: [bold(card.headline, accent)], scale: 1, hang: 0, before: 0.05, keep });
  if (card.hook) paras.push(line("Open", [italic(card.hook)]));
  const star = [
    ["S", card.situation],
    ["T", card.task],
    ["A", card.action],
    ["R", card.result],
  ] as const;
  for (const [label, text] of star) if (text) paras.push(line(label, [plain(text)]));
  if (card.keyNumbers.length > 0) paras.push(line("#", [plain(card.keyNumbers.join(" · "))]));
  if (card.lesson) paras.push(line("Lesson", [plain(card.lesson)]));
  if (card.connection) {
    paras.push(line(`For ${card.connection.company}`, [plain(card.connection.text)]));
  }
  return paras;
}

/** The sheet as sections of paragraphs: a full-width header, then two columns. */
export function sections(sheet: CheatSheet, leftOff: DropKind[] = []): Section[] {
  const body: Para[] = [];
  let keep = 1;
  if (sheet.matrix.length > 0) {
    const first = keep;
    body.push(heading("Values → stories", first, 0));
    sheet.matrix.forEach((row, i) => body.push(matrixRow(row, i === 0 ? first : ++keep)));
    if (sheet.matrix.some((row) => row.best?.weak || row.backup?.weak)) body.push(legend(keep));
  }
  if (sheet.cards.length > 0) {
    const first = ++keep;
    body.push(heading("Stories", first, body.length > 0 ? 1 : 0));
    sheet.cards.forEach((c, i) => body.push(...card(c, i === 0 ? first : ++keep)));
  }
  if (sheet.questions.length > 0) {
    const first = ++keep;
    body.push(heading("Questions → stories", first, body.length > 0 ? 1 : 0));
    sheet.questions.forEach((q, i) => {
      const answer: Run[] = q.story ? ref(q.story) : [italic("no story yet", muted)];
      const runs = [plain(q.question), plain(" → ", muted), ...answer];
      body.push({ runs, scale: 1, hang: 1, before: 0.15, keep: i === 0 ? first : ++keep });
    });
  }
  const note = leftOffNote(leftOff);
  return [
    { columns: 1, paras: note ? [...header(sheet), note] : header(sheet) },
    { columns: 2, paras: body },
  ];
}
