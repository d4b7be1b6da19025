import type { Draft } from "./draft.ts";
import { splitLabelText } from "./fieldtext.ts";
import { describedCompany, isCompanyName } from "./headingmeta.ts";
import { metaLine } from "./meta-lines.ts";
import { isJobTitle } from "./job-words.ts";
import { type ContextKey, classify } from "./labels.ts";

/**
 * Sets one context field; a team size that is not a number goes to the notes. A line of
 * several ("Acme · Role: Staff engineer · When: 2022") sets each; "Acme, 2020" is a company
 * and its period.
 */
export function setContextField(d: Draft, key: ContextKey, whole: string): void {
  // "My role: I owned the appointment diary and the adviser rota": what was the teller's to do.
  if (key === "role" && (/^I\b/.test(whole) || whole.split(/\s+/).length > 8)) {
    (d.text.task ??= []).push(whole);
    return;
  }
  // "Where: Corvid Pay · backend engineer · 2023": where, the job held and when, in one line.
  // "Where were you, what was your role, and when?" over "Quarry Analytics, Senior AE, Q4 2023".
  const job =
    (key === "company" && /\s[·|•]\s/.test(whole)) || (key === "role" && whole.includes(","))
      ? metaLine(whole)
      : undefined;
  if (job?.role) {
    // "Cardwell Pharmacy, Leeds · Pharmacist Manager · 2020": the company; its town in the notes.
    const site = describedCompany(job.company);
    if (site) d.notes.push(job.company);
    d.context.company = site?.company ?? job.company;
    d.context.role ??= job.role;
    d.context.period ??= job.period;
    if (job.about) d.notes.push(job.about);
    return;
  }
  const [text = "", ...more] = whole
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
    .replace(/\[\[([^\]]*)\]\]/g, "$1")
    // "Ardent Facilities — site: Kelbrook Park": another labelled part after a dash, too.
    .split(/\s+[·|•]\s+|\s+[—–]\s+(?=[\p{L} ]{1,20}:)/u);
  for (const part of more) {
    const split = splitLabelText(part);
    const target = split && classify(split.label, null);
    if (split && target?.kind === "contextField") setContextField(d, target.key, split.rest);
    else d.notes.push(part);
  }
  // "Marlow & Finch (e-commerce, 2023)": the name, what it is (notes) and when.
  const bracketed = /^(.*?\S)\s*\(([^(),]+),\s*((?:19|20)\d{2}\b[^()]*)\)$/.exec(text);
  if (key === "company" && bracketed) {
    // "Kessler Plastics, Dayton plant (Process Engineer, 2021–2023)": the site apart, the job held.
    const site = describedCompany(bracketed[1]!);
    d.context.company = site?.company ?? bracketed[1]!;
    if (site) d.notes.push(bracketed[1]!);
    if (isJobTitle(bracketed[2]!)) d.context.role ??= bracketed[2]!.trim();
    else d.notes.push(`${bracketed[1]}: ${bracketed[2]!.trim()}`);
    d.context.period ??= bracketed[3]!.trim();
    return;
  }
  // "Brightwater Foods – general ledger team, 2022": the company, the part of it, and when.
  const line = key === "company" ? metaLine(text) : undefined;
  if (line?.role) {
    d.context.company = line.company;
    d.context.role ??= line.role;
    d.context.period ??= line.period;
    return;
  }
  const dated = /^(.*?\S)\s*(?:,|\(|[—–]|\s-)\s*((?:19|20)\d{2}\b[^)]*)\)?$/.exec(text);
  // "Quayside Hotels Group — Leith": the company, then where it is (notes).
  const placed = /^(.*?\S)\s+[—–]\s+(\S.*)$/.exec(text);
  if (key === "company" && !dated && placed && isCompanyName(placed[1]!)) {
    d.context.company = placed[1]!;
    d.notes.push(placed[2]!);
    return;
  }
  if (key === "company" && dated) {
    // "Vélonia (startup de location de vélos) — 2020": the name, its description in notes.
    const described = /^(.*?\S)\s*\(([^()]+)\)$/u.exec(dated[1]!);
    if (described) d.notes.push(`${described[1]}: ${described[2]}`);
    const name = described ? described[1]! : dated[1]!;
    const about = describedCompany(name);
    if (about && !described) d.notes.push(name);
    d.context.company = about ? about.company : name;
    // "2020 — I was the NCOIC": when, then a remark on the job, for the notes.
    const [period, remark] = dated[2]!.split(/\s+[—–]\s+|;\s+/, 2);
    d.context.period ??= period!.trim();
    if (remark) d.notes.push(dated[2]!.slice(dated[2]!.indexOf(remark)).trim());
    return;
  }
  // "Fenwick & Dale (manufacturing), financial controller": the name, what it is, the job held.
  const held =
    key === "company" ? /^(.*?\S)\s*\(([^()]{1,60})\)\s*,\s*([^,()\d]{2,60})$/u.exec(text) : null;
  if (held && isCompanyName(held[1]!) && held[3]!.trim().split(/\s+/).length <= 5) {
    d.context.company = held[1]!;
    d.notes.push(`${held[1]}: ${held[2]}`);
    d.context.role ??= held[3]!.trim();
    return;
  }
  // "Odlum & Price (agency)": the name, what it is in notes.
  const described = key === "company" ? /^(.*?\S)\s*\(([^()]{1,60})\)$/u.exec(text) : null;
  if (described) {
    d.notes.push(`${described[1]}: ${described[2]}`);
    d.context.company = describedCompany(described[1]!)?.company ?? described[1]!;
    return;
  }
  // "Loomwise, Series B, ~80 people": the name, what it is in notes.
  const about = key === "company" ? describedCompany(text) : undefined;
  if (about) {
    d.notes.push(`${about.company}: ${about.about}`);
    d.context.company = about.company;
    return;
  }
  // "My role: Own the experiment and the recommendation.": a sentence is the task, not a title.
  if (key === "role" && (/[.!]$|\bI\b|\bI['’]/u.test(text) || text.split(/\s+/).length > 8)) {
    (d.text.task ??= []).push(text);
    return;
  }
  // "Role: Integration engineer, 2021": the job held, and when.
  if (key === "role" && dated) {
    d.context.role = dated[1]!;
    d.context.period ??= dated[2]!.trim();
    return;
  }
  if (key !== "teamSize") {
    d.context[key] = text;
    return;
  }
  // "9 engineers across 3 teams": the first figure is the size; the words stay in the notes.
  const figure = /\d[\d,]*/.exec(text)?.[0];
  const size = figure ? Number.parseInt(figure.replace(/,/g, ""), 10) : Number.NaN;
  if (Number.isSafeInteger(size)) {
    d.context.teamSize = size;
    if (!/^\s*~?\d[\d,]*\s*(?:people|persons?|engineers|staff|members)?\s*$/i.test(text))
      d.notes.push(`Team: ${text}`);
    return;
  }
  d.notes.push(`Team: ${text}`);
  return;
}

/**
 * "Company / Role / Dates: Pelham Logistics / HR Generalist / 2021–2023": a label of several
 * context fields over as many values, each value for its field; undefined unless every part of
 * the label names a context field and the values come in the same number.
 */
export function combinedContext(
  label: string,
  rest: string,
): { key: ContextKey; text: string }[] | undefined {
  const keys = label.split(/\s+\/\s+/).map((part) => {
    const slot =
      classify(part, null) ??
      (/^(dates?|years?|when)$/i.test(part.trim()) ? classify("period", null) : undefined);
    return slot?.kind === "contextField" ? slot.key : undefined;
  });
  const values = rest.split(/\s+\/\s+/).map((part) => part.trim());
  if (keys.length < 2 || keys.some((key) => key === undefined) || values.length !== keys.length)
    return undefined;
  return keys.map((key, i) => ({ key: key!, text: values[i]! }));
}

/**
 * Sets the company, role and period a job line gives ("Senior PM, Orchid Grocery Delivery,
 * 2022"), each unless the story sets it already; what the line says of the place goes to notes.
 */
export function setJob(
  d: Draft,
  job: { company: string; role?: string; period: string; about?: string },
): void {
  d.context.company ??= job.company;
  if (job.role) d.context.role ??= job.role;
  d.context.period ??= job.period;
  if (job.about) d.notes.push(job.about);
}
