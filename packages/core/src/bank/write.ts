import { isDeepStrictEqual } from "node:util";
import type { Db } from "../db/index.ts";
import { type FieldError, invalid } from "../error/index.ts";
import * as Story from "../story/index.ts";
import { unstamp } from "../util/index.ts";
import type { Action } from "./schema/index.ts";

/**
 * How imports write: every change is planned and validated before the first write, then written
 * one by one with a journal of how to undo each. If any write fails, the ones that landed are
 * undone, so an import lands whole or not at all (DynamoDB transactions are not used: the local
 * store has none, and they cap at 100 items).
 */
export class Journal {
  private readonly undos: (() => Promise<unknown>)[] = [];

  record(undo: () => Promise<unknown>) {
    this.undos.push(undo);
  }

  /** Runs tasks a few at a time; on the first failure, lets the running ones end and rolls back. */
  async run<T>(items: T[], task: (item: T) => Promise<void>, concurrency = 8): Promise<void> {
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async () => {
      while (!failure && next < items.length) {
        const item = items[next++]!;
        try {
          await task(item);
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    if (failure) {
      await this.rollback();
      throw failure.error;
    }
  }

  async rollback(): Promise<void> {
    for (const undo of this.undos.splice(0).reverse()) {
      try {
        await undo();
      } catch (error) {
        // Keep undoing the rest; the one that failed is reported for an operator to see.
        console.error(
          JSON.stringify({ level: "error", msg: "import undo failed", error: String(error) }),
        );
      }
    }
  }
}

/**
 * A story's identity within its owner's bank is its title, compared without regard to case,
 * Unicode form, quote style or spacing: importing a document again updates the stories it
 * already brought in instead of adding copies.
 */
export const titleKey = (title: string) =>
  title
    .normalize("NFKC")
    .toLocaleLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

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

/** Writes the planned stories; each write's undo goes in the journal. */
export async function writeStories(
  db: Db,
  owner: string,
  plans: StoryPlan[],
  journal: Journal,
): Promise<(Story.Info | undefined)[]> {
  const written: (Story.Info | undefined)[] = plans.map((plan) => plan.current);
  const indexed = plans.map((plan, index) => ({ plan, index }));
  await journal.run(indexed, async ({ plan, index }) => {
    if (plan.action === "create") {
      const story = await Story.create(db, owner, plan.content);
      journal.record(() => Story.remove(db, owner, story.id));
      written[index] = story;
    } else if (plan.action === "update" && plan.current) {
      const previous = plan.current;
      const story = await Story.write(db, owner, previous, () => plan.content);
      journal.record(() => Story.write(db, owner, story, () => contentOf(previous)));
      written[index] = story;
    }
  });
  return written;
}
