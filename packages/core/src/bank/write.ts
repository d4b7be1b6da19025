import { isDeepStrictEqual } from "node:util";
import { type BatchWrite, writeAllOrNone } from "../db/batch.ts";
import { type Db, keys } from "../db/index.ts";
import { type FieldError, invalid } from "../error/index.ts";
import { titleKey } from "../identity/index.ts";
import * as Story from "../story/index.ts";
import { firstVersion, nextVersion, unstamp } from "../util/index.ts";
import type { Action } from "./schema/index.ts";

/**
 * How imports write: every change is planned and validated before the first write, collected in
 * a journal, and written with `writeAllOrNone`: the undo of every write is stored before the
 * first one, so an import lands whole or not at all even when the process dies part-way (the
 * next start, or the owner's next import, undoes what a dead import left). DynamoDB
 * transactions are not used: the local store has none, and they cap at 100 items.
 */
export class Journal {
  readonly writes: BatchWrite[] = [];

  add(write: BatchWrite) {
    this.writes.push(write);
  }

  /** Writes everything added, all or none; fails (having undone it all) on the first failure. */
  async commit(db: Db, owner: string): Promise<void> {
    await writeAllOrNone(db, owner, this.writes);
  }
}

/** Compares as stored: undefined fields dropped, key order ignored. */
export const sameData = (a: unknown, b: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

export const contentOf = (story: Story.Info): Story.StoryContent => unstamp(story).content;

/** What a write of `content` does to the item it matched, if any. */
export const actionFor = (stored: unknown, content: unknown): Action =>
  stored === undefined ? "create" : sameData(stored, content) ? "unchanged" : "update";

export interface StoryPlan {
  action: Action;
  current: Story.Info | undefined;
  content: Story.StoryContent;
  line: number | null;
}

export interface StoryInput {
  input: Story.CreateInput;
  line: number | null;
}

/**
 * What each input does to the owner's stories: the n-th input with a title updates the n-th
 * existing story with that title (oldest first), or creates one. Fields an input leaves out keep
 * their stored values. Fails with every invalid field, by position, before anything is written.
 */
export function planStories(existing: Story.Info[], inputs: StoryInput[]): StoryPlan[] {
  const byKey = new Map<string, Story.Info[]>();
  for (const story of existing) {
    const key = titleKey(story.title);
    byKey.set(key, [...(byKey.get(key) ?? []), story]);
  }
  const errors: FieldError[] = [];
  const plans = inputs.map(({ input, line }, index): StoryPlan => {
    const current = byKey.get(titleKey(input.title))?.shift();
    const base = current ? contentOf(current) : Story.emptyContent(input.title);
    const where = line ? ` (story "${input.title}", line ${line})` : ` (story "${input.title}")`;
    const parsed = Story.StoryContent.safeParse(Story.applyChange(base, definedOnly(input)));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = ["stories", index, ...issue.path].map(String).join(".");
        errors.push({ path, message: `${issue.message}${where}` });
      }
      return { action: "create", current, content: base, line };
    }
    const content = parsed.data;
    Story.assertFits(content, Story.maxContentBytes, where);
    const action = actionFor(current && contentOf(current), content);
    return { action, current, content, line };
  });
  if (errors.length > 0) {
    throw invalid("Some stories in the document are not valid; nothing was imported.", errors);
  }
  return plans;
}

/**
 * The input without its undefined fields: a field a document leaves out (or a mapping step left
 * `undefined`) keeps the stored or default value instead of erasing it.
 */
function definedOnly<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
}

/** The story a plan leaves (undefined when it creates nothing), its write added to `journal`. */
export function storyAfter(plan: StoryPlan, journal: Journal): Story.Info | undefined {
  const { action, current, content } = plan;
  if (action === "unchanged") return current;
  const story: Story.Info =
    action === "update" && current
      ? nextVersion(unstamp(current).stamp, content)
      : firstVersion("story", content);
  Story.assertFits(story, Story.limits.storyBytes);
  journal.add({
    sk: keys.story.sk(story.id),
    data: story,
    previous: action === "update" ? current : undefined,
    what: "Story",
  });
  return story;
}

/** Writes the planned stories, all or none (with anything else already in `journal`). */
export async function writeStories(
  db: Db,
  owner: string,
  plans: StoryPlan[],
  journal = new Journal(),
): Promise<(Story.Info | undefined)[]> {
  const written = plans.map((plan) => storyAfter(plan, journal));
  await journal.commit(db, owner);
  return written;
}
