import { assertItemFits, type Db, keys, maxItemBytes } from "../db/index.ts";
import { type FieldError, fromZod, invalid } from "../error/index.ts";
import { titleKey } from "../identity/index.ts";
import type { Warning } from "../importer/index.ts";
import * as Practice from "../practice/index.ts";
import { sk as practiceSk } from "../practice/keys.ts";
import * as Story from "../story/index.ts";
import * as Target from "../target/index.ts";
import {
  createId,
  firstVersion,
  nextVersion,
  parseWith,
  type Stamp,
  unstamp,
} from "../util/index.ts";
import * as ValueSet from "../valueset/index.ts";
import { parseJson } from "./json.ts";
import { type Action, BankInput, type ImportResult } from "./schema/index.ts";
import { actionFor, Journal, planStories, storyAfter } from "./write.ts";

/**
 * Restores a JSON bank into the owner's bank. New items get new ids, and the links between
 * items (a story's own value sets, a target's value sets and told stories, a practice entry's
 * story) are rewritten to them. Items that match existing ones — stories by title, value sets by
 * company and name, targets by company, role and date, practice entries by story, time and
 * length — are updated or left alone, so restoring the same bank twice adds nothing.
 */

interface Plan<C, I> {
  action: Action;
  current: I | undefined;
  content: C;
  /** The id the item had in the bank, if it had one. */
  source: string | undefined;
}

type SetContent = ValueSet.CreateInput;
type TargetContent = Target.CreateInput;

const strip = <
  T extends { id?: string; version?: number; createdAt?: string; updatedAt?: string },
>({
  id: _i,
  version: _v,
  createdAt: _c,
  updatedAt: _u,
  ...rest
}: T) => rest;

const setKey = (set: { company: string; name: string }) =>
  `${titleKey(set.company)}\n${titleKey(set.name)}`;
const targetKey = (t: { company: string; role: string; interviewDate: string | null }) =>
  `${titleKey(t.company)}\n${titleKey(t.role)}\n${t.interviewDate ?? ""}`;
const practiceKey = (p: Omit<Practice.Info, "id">) =>
  `${p.storyId}\n${p.at}\n${p.seconds}\n${p.variant}`;
/** Room for an item's content once the server's stamp (id, version, times) is added. */
const maxContent = maxItemBytes - 500;
const warning = (message: string): Warning => ({ line: 0, endLine: 0, message, excerpt: "" });

/** The n-th wanted item with a key matches the n-th existing one with it (oldest first). */
function plan<C, I extends { id: string }>(
  existing: I[],
  wanted: { content: C; source: string | undefined }[],
  key: (item: C | I) => string,
  stored: (item: I) => unknown,
): Plan<C, I>[] {
  const byKey = new Map<string, I[]>();
  for (const item of existing) byKey.set(key(item), [...(byKey.get(key(item)) ?? []), item]);
  return wanted.map(({ content, source }) => {
    const current = byKey.get(key(content))?.shift();
    const action = actionFor(current && stored(current), content);
    return { action, current, content, source };
  });
}

export async function restoreBank(
  db: Db,
  owner: string,
  text: string,
  dryRun: boolean,
): Promise<ImportResult> {
  const bank = parseWith(BankInput, parseJson(text));
  const [ownSets, stories, targets, practice] = await Promise.all([
    ValueSet.own(db, owner),
    Story.all(db, owner),
    Target.all(db, owner),
    Practice.all(db, owner),
  ]);
  // Everything is planned and checked before the first write, then written all or none.
  const journal = new Journal();
  const warnings: Warning[] = [];
  // Bank ids → ids in this bank; in a dry run, items still to be created keep their bank ids.
  const setIds = new Map<string, string>();
  const storyIds = new Map<string, string>();
  const remap = (ids: Map<string, string>, id: string) => ids.get(id) ?? id;

  const setErrors: FieldError[] = [];
  const setWanted = bank.valueSets.map(({ builtIn: _b, ...set }, index) => {
    const parsed = ValueSet.CreateInput.safeParse(strip(set));
    if (!parsed.success) {
      for (const e of fromZod(parsed.error).errors) {
        setErrors.push({ path: `valueSets.${index}.${e.path}`, message: e.message });
      }
    }
    if (parsed.success) {
      const where = `Value set "${set.name}" of the bank`;
      assertItemFits(parsed.data, where, { max: maxContent, pathPrefix: `valueSets.${index}` });
    }
    return { content: parsed.data ?? (strip(set) as SetContent), source: set.id };
  });
  if (setErrors.length > 0) throw invalid("Some value sets in the bank are not valid.", setErrors);
  const setPlans = plan(ownSets, setWanted, setKey, (s) => strip({ ...s, builtIn: undefined }));
  const setRows = setPlans.map((p) => {
    const set = after(p, journal, "valueSet", keys.valueSet.sk, "Value set", (c) => ({
      ...c,
      builtIn: false,
    }));
    const id = set && (p.current || !dryRun) ? set.id : undefined;
    if (p.source && id) setIds.set(p.source, id);
    return id;
  });

  const storyPlans = planStories(
    stories,
    bank.stories.map((story) => ({
      input: {
        ...strip(story),
        values: story.values?.map((l) => ({ ...l, valueSetId: remap(setIds, l.valueSetId) })),
      },
      line: null,
    })),
  );
  const written = storyPlans.map((p) => storyAfter(p, journal));
  const storyRows = written.map((story, i) =>
    story && (storyPlans[i]!.current || !dryRun) ? story.id : undefined,
  );
  storyRows.forEach((id, i) => {
    const source = bank.stories[i]!.id;
    if (source && id) storyIds.set(source, id);
  });

  const known = new Set([...ValueSet.builtIns, ...ownSets].map((s) => s.id));
  bank.valueSets.forEach((set) => set.id && known.add(set.id));
  const inBank = new Set(bank.stories.flatMap((s) => (s.id ? [s.id] : [])));
  const targetWanted = bank.targets.map((target, index) => {
    const content: TargetContent = {
      ...strip(target),
      valueSetIds: target.valueSetIds
        .filter((id) => {
          if (!known.has(id))
            warnings.push(warning(`Target "${target.company}": no value set "${id}".`));
          return known.has(id);
        })
        .map((id) => remap(setIds, id)),
      told: target.told
        .filter((told) => {
          if (!inBank.has(told.storyId)) {
            warnings.push(
              warning(`Target "${target.company}": no story "${told.storyId}" in the bank.`),
            );
          }
          return inBank.has(told.storyId);
        })
        .map((told) => ({ ...told, storyId: remap(storyIds, told.storyId) })),
    };
    const where = `Target "${target.company}" of the bank`;
    assertItemFits(content, where, { max: maxContent, pathPrefix: `targets.${index}` });
    return { content, source: target.id };
  });
  const targetPlans = plan(targets, targetWanted, targetKey, strip);
  const targetRows = targetPlans.map((p) => {
    const target = after(p, journal, "target", keys.target.sk, "Target", (c) => c);
    return target && (p.current || !dryRun) ? target.id : undefined;
  });

  const logged = new Set(practice.map(practiceKey));
  const entries = bank.practice.flatMap((entry) => {
    if (!inBank.has(entry.storyId)) return [];
    const mapped = { ...entry, storyId: remap(storyIds, entry.storyId) };
    return logged.has(practiceKey(mapped)) ? [] : [mapped];
  });
  const orphans = bank.practice.filter((entry) => !inBank.has(entry.storyId)).length;
  if (orphans > 0) warnings.push(warning(`${orphans} practice entries name no story in the bank.`));
  for (const entry of entries) {
    const id = createId("practice");
    journal.add({ sk: practiceSk(entry.storyId, id), data: { ...entry, id }, what: "Practice" });
  }

  if (!dryRun) await journal.commit(db, owner);

  return {
    format: "json",
    dryRun,
    stories: storyPlans.map((p, i) => ({
      action: p.action,
      id: storyRows[i] ?? null,
      line: null,
      story: p.content,
    })),
    valueSets: setPlans.map((p, i) => ({
      action: p.action,
      id: setRows[i] ?? null,
      company: p.content.company,
      name: p.content.name,
    })),
    targets: targetPlans.map((p, i) => ({
      action: p.action,
      id: targetRows[i] ?? null,
      company: p.content.company,
      role: p.content.role,
    })),
    practice: {
      created: entries.length,
      unchanged: bank.practice.length - orphans - entries.length,
    },
    warnings,
  };
}

/**
 * The item a plan leaves: the current one when unchanged, else its next version (or a new item,
 * with a new id) whose write goes in the journal.
 */
function after<C extends object, I extends { id: string; version: number } & Stamp>(
  { action, current, content }: Plan<C, I>,
  journal: Journal,
  kind: "valueSet" | "target",
  sk: (id: string) => string,
  what: string,
  stored: (content: C) => object,
): I | undefined {
  if (action === "unchanged") return current;
  const item = (action === "update" && current
    ? nextVersion(unstamp(current).stamp, stored(content))
    : firstVersion(kind, stored(content))) as unknown as I;
  journal.add({
    sk: sk(item.id),
    data: item,
    previous: action === "update" ? current : undefined,
    what,
  });
  return item;
}
