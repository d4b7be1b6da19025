import {
  type Db,
  deleteItem,
  keysUnder,
  listPage,
  type Page,
  putNew,
  queryAll,
} from "../db/index.ts";
import { AppError } from "../error/index.ts";
import * as Story from "../story/index.ts";
import { createId, nowIso, parseWith } from "../util/index.ts";
import { type Info, ListQuery, RecordInput } from "./schema.ts";

export * from "./schema.ts";

import { sk, skPrefix, storyPrefix } from "./keys.ts";

export { skPrefix };

/**
 * Attempts at the progress write before giving up with the conflict; each re-reads the story
 * after a short random pause, so writers that collided spread out instead of colliding again.
 */
const maxAttempts = 30;
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(5 * attempt, 50)));

const isConflict = (error: unknown) => error instanceof AppError && error.kind === "conflict";

/**
 * Records a timed telling and counts it in the story's progress. The progress write is
 * conditional on the version read and retried on conflict, so concurrent practice timers lose
 * no count and never overwrite a user's edit. Only a refined telling sets `timedSeconds`,
 * which is held against the 45–60 s rule.
 */
export async function record(
  db: Db,
  owner: string,
  storyId: string,
  input: unknown,
): Promise<Info> {
  const data = parseWith(RecordInput, input);
  let story = await Story.get(db, owner, storyId);
  const entry: Info = { id: createId("practice"), storyId, ...data, at: nowIso() };
  await putNew(db, owner, sk(storyId, entry.id), entry);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await Story.write(db, owner, story, (content) => countIn(content, entry));
        return entry;
      } catch (error) {
        if (!isConflict(error) || attempt >= maxAttempts) throw error;
        await pause(attempt);
        story = await Story.get(db, owner, storyId);
      }
    }
  } catch (error) {
    // The story went away or stayed contended: an entry it does not count would be an orphan.
    await deleteItem(db, owner, sk(storyId, entry.id), "Practice entry");
    throw error;
  }
}

function countIn(content: Story.StoryContent, entry: Info): Story.StoryContent {
  const { progress } = content;
  return {
    ...content,
    progress: {
      ...progress,
      practiceCount: Math.min(progress.practiceCount + 1, 1_000_000),
      lastPracticedAt: latest(progress.lastPracticedAt, entry.at),
      ...(entry.variant === "refined" ? { timedSeconds: entry.seconds } : {}),
    },
  };
}

const latest = (a: string | null, b: string) => (a !== null && a > b ? a : b);

/** One page of a story's practice entries, oldest first. */
export async function list(
  db: Db,
  owner: string,
  storyId: string,
  query: unknown,
): Promise<Page<Info>> {
  const { limit, cursor } = parseWith(ListQuery, query);
  await Story.get(db, owner, storyId);
  return listPage<Info>(db, owner, storyPrefix(storyId), { limit, cursor });
}

/**
 * Every practice entry of the owner's, grouped by story, each story's oldest first. Entries of a
 * story whose delete is under way are left out (that delete removes them).
 */
export async function all(db: Db, owner: string): Promise<Info[]> {
  const [entries, storyKeys] = await Promise.all([
    queryAll<Info>(db, owner, skPrefix),
    keysUnder(db, owner, Story.skPrefix),
  ]);
  const live = new Set(storyKeys.map((key) => key.slice(Story.skPrefix.length)));
  return entries.filter((entry) => live.has(entry.storyId));
}
