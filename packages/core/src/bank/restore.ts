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

/** What planning a restore carries from one kind of item to the next. */
interface Context {
  dryRun: boolean;
  journal: Journal;
  warnings: Warning[];
  /** Bank ids → ids in this bank; in a dry run, items still to be created keep their bank ids. */
  setIds: Map<string, string>;
  storyIds: Map<string, string>;
}

type Bank = ReturnType<typeof BankInput.parse>;

const remap = (ids: Map<string, string>, id: string) => ids.get(id) ?? id;

/**
 * A restore, planned and checked: the report it answers (`result`) and the writes that carry it
 * out (`journal`, empty for a bank that changes nothing). Nothing is written while planning.
 */
export interface RestorePlan {
  result: ImportResult;
  journal: Journal;
}

/**
 * Restores a JSON bank (see the top of this file): plans it, then, unless `dryRun`, writes it all
 * or none. Answers what was (or, in a dry run, would be) created, updated or left alone.
 */
export async function restoreBank(
  db: Db,
  owner: string,
  text: string,
  dryRun: boolean,
): Promise<ImportResult> {
  const planned = await planRestore(db, owner, text, dryRun);
  if (!dryRun) await writeRestore(db, owner, planned);
  return planned.result;
}

/**
 * The plan phase: reads the owner's bank, validates every item of `text` (400 with every invalid
 * field of the value sets, then of the stories; 413 for an item too large to store) and decides
 * each item's action, in the order value sets, stories, targets, practice, since each later kind
 * links to the ids of the earlier ones. A dry run reports no id for an item it would create.
 */
export async function planRestore(
  db: Db,
  owner: string,
  text: string,
  dryRun: boolean,
): Promise<RestorePlan> {
  const bank = parseWith(BankInput, parseJson(text));
  const [ownSets, stories, targets, practice] = await Promise.all([
    ValueSet.own(db, owner),
    Story.all(db, owner),
    Target.all(db, owner),
    Practice.all(db, owner),
  ]);
  const context: Context = {
    dryRun,
    journal: new Journal(),
    warnings: [],
    setIds: new Map(),
    storyIds: new Map(),
  };
  const valueSets = planValueSets(bank, ownSets, context);
  const storyRows = planBankStories(bank, stories, context);
  const targetRows = planTargets(bank, targets, ownSets, context);
  const practiceRows = planPractice(bank, practice, context);
  return {
    journal: context.journal,
    result: {
      format: "json",
      dryRun,
      stories: storyRows,
      valueSets,
      targets: targetRows,
      practice: practiceRows,
      warnings: context.warnings,
    },
  };
}

/** The write phase: every write of the plan, all or none (see `Journal`). */
export async function writeRestore(db: Db, owner: string, planned: RestorePlan): Promise<void> {
  await planned.journal.commit(db, owner);
}

/** The bank's value sets: validated, matched by company and name, and their ids recorded. */
function planValueSets(bank: Bank, ownSets: ValueSet.Info[], context: Context) {
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
  return setPlans.map((p) => {
    const set = after(p, context.journal, "valueSet", keys.valueSet.sk, "Value set", (c) => ({
      ...c,
      builtIn: false,
    }));
    const id = set && (p.current || !context.dryRun) ? set.id : undefined;
    if (p.source && id) context.setIds.set(p.source, id);
    return { action: p.action, id: id ?? null, company: p.content.company, name: p.content.name };
  });
}

/** The bank's stories, their value links rewritten to the restored sets, matched by title. */
function planBankStories(bank: Bank, stories: Story.Info[], context: Context) {
  const storyPlans = planStories(
    stories,
    bank.stories.map((story) => ({
      input: {
        ...strip(story),
        values: story.values?.map((l) => ({
          ...l,
          valueSetId: remap(context.setIds, l.valueSetId),
        })),
      },
      line: null,
    })),
  );
  return storyPlans.map((p, i) => {
    const story = storyAfter(p, context.journal);
    const id = story && (p.current || !context.dryRun) ? story.id : undefined;
    const source = bank.stories[i]!.id;
    if (source && id) context.storyIds.set(source, id);
    return { action: p.action, id: id ?? null, line: null, story: p.content };
  });
}

/**
 * The bank's targets, matched by company, role and date; links to value sets and stories the
 * bank does not hold are dropped with a warning, the others rewritten to the restored ids.
 */
function planTargets(
  bank: Bank,
  targets: Target.Info[],
  ownSets: ValueSet.Info[],
  context: Context,
) {
  const { warnings, setIds, storyIds } = context;
  const known = new Set([...ValueSet.builtIns, ...ownSets].map((s) => s.id));
  bank.valueSets.forEach((set) => set.id && known.add(set.id));
  const inBank = storiesOf(bank);
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
  return plan(targets, targetWanted, targetKey, strip).map((p) => {
    const target = after(p, context.journal, "target", keys.target.sk, "Target", (c) => c);
    const id = target && (p.current || !context.dryRun) ? target.id : undefined;
    return { action: p.action, id: id ?? null, company: p.content.company, role: p.content.role };
  });
}

/** The bank's practice entries not yet logged (same story, time, length and variant). */
function planPractice(bank: Bank, practice: Practice.Info[], context: Context) {
  const inBank = storiesOf(bank);
  const logged = new Set(practice.map(practiceKey));
  const entries = bank.practice.flatMap((entry) => {
    if (!inBank.has(entry.storyId)) return [];
    const mapped = { ...entry, storyId: remap(context.storyIds, entry.storyId) };
    return logged.has(practiceKey(mapped)) ? [] : [mapped];
  });
  const orphans = bank.practice.filter((entry) => !inBank.has(entry.storyId)).length;
  if (orphans > 0) {
    context.warnings.push(warning(`${orphans} practice entries name no story in the bank.`));
  }
  for (const entry of entries) {
    const id = createId("practice");
    context.journal.add({
      sk: practiceSk(entry.storyId, id),
      data: { ...entry, id },
      what: "Practice",
    });
  }
  return { created: entries.length, unchanged: bank.practice.length - orphans - entries.length };
}

/** The ids the bank gives its stories. */
const storiesOf = (bank: Bank) => new Set(bank.stories.flatMap((s) => (s.id ? [s.id] : [])));

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
