import { type Db, deleteWithChildren, listPage, type Page, putNew, queryAll } from "../db/index.ts";
import { AppError } from "../error/index.ts";
import * as Keys from "../db/keys.ts";
import { practiceOf } from "../db/keys.ts";
import { versioned } from "../db/versioned.ts";
import { firstVersion, parseWith } from "../util/index.ts";
import type { Info } from "./schema.ts";
import { CreateInput, ListQuery, PatchInput, StoryContent, limits } from "./schema.ts";

export * from "./schema.ts";

export const skPrefix = Keys.story.prefix;
const sk = Keys.story.sk;

/** The story a new title starts as: every list empty, every text blank. */
export function emptyContent(title: string): StoryContent {
  return {
    title,
    kind: "other",
    tags: [],
    headline: "",
    context: {},
    questions: [],
    situation: "",
    task: "",
    actions: [],
    results: [],
    lessons: "",
    differently: "",
    takeaway: "",
    draft: "",
    refined: "",
    hooks: [],
    followUps: [],
    delivery: { pacing: "", tone: "", keyWords: [] },
    coachingNotes: [],
    analysis: [],
    values: [],
    connections: [],
    notes: "",
    progress: {
      drafted: false,
      analyzed: false,
      refined: false,
      timedSeconds: null,
      practiceCount: 0,
      lastPracticedAt: null,
    },
  };
}

/** Applies a (validated) change to a story's content; objects merge key by key. */
export function applyChange(
  current: StoryContent,
  change: Omit<PatchInput, "version"> | CreateInput,
): StoryContent {
  const { context, delivery, progress, ...rest } = change;
  return {
    ...current,
    ...rest,
    context: { ...current.context, ...context },
    delivery: { ...current.delivery, ...delivery },
    progress: { ...current.progress, ...progress },
  };
}

/** Room left under the item limit for a story's content once the server's stamp is added. */
export const maxContentBytes = limits.storyBytes - 500;

/** Fails when `value` takes more than `max` bytes of UTF-8; `where` names the story in a batch. */
export function assertFits(value: object, max: number, where = ""): void {
  const bytes = Buffer.byteLength(JSON.stringify(value), "utf8");
  if (bytes > max) {
    throw new AppError(
      "too_large",
      "story_too_large",
      `A story would take ${bytes} bytes${where}; a story holds at most ${max}.`,
    );
  }
}

const assertSize = (story: Info) => assertFits(story, limits.storyBytes);

export async function create(db: Db, owner: string, input: unknown): Promise<Info> {
  const data = parseWith(CreateInput, input);
  const story: Info = firstVersion("story", applyChange(emptyContent(data.title), data));
  assertSize(story);
  await putNew(db, owner, sk(story.id), story);
  return story;
}

/** A stored story in today's shape: fields added since it was written take their empty value. */
const current = (story: Info): Info =>
  story.notes === undefined ? { ...story, notes: "" } : story;

/** Stories as versioned items: read, version check, next version, conditional put. */
const entity = versioned<Info>({ what: "Story", sk, upgrade: current, assertFits: assertSize });

export function get(db: Db, owner: string, id: string): Promise<Info> {
  return entity.get(db, owner, id);
}

/** Applies a change to a story only if it is still at the version the caller read. */
export async function update(db: Db, owner: string, id: string, input: unknown): Promise<Info> {
  const { version, ...change } = parseWith(PatchInput, input);
  return entity.update(db, owner, id, version, (content) =>
    parseWith(StoryContent, applyChange(content, change)),
  );
}

/**
 * Writes a story's next version from the one read. The write only lands if nobody wrote in
 * between; otherwise it fails with a conflict.
 */
export function write(
  db: Db,
  owner: string,
  story: Info,
  change: (content: StoryContent) => StoryContent,
): Promise<Info> {
  return entity.write(db, owner, story, (content) => parseWith(StoryContent, change(content)));
}

/**
 * Deletes a story and its practice log, so that no crash can leave entries behind with no story:
 * the story is marked deleted first (it reads as not found from then on), then its practice
 * entries go, then the story. A delete cut short is finished by the next listing of stories or by
 * deleting the story again (which then succeeds).
 */
export async function remove(db: Db, owner: string, id: string): Promise<void> {
  await deleteWithChildren(db, owner, sk(id), practiceOf(id), "Story");
}

/** Every story of the owner's, oldest first. */
export function all(db: Db, owner: string): Promise<Info[]> {
  return queryAll<Info>(db, owner, skPrefix).then((stories) => stories.map(current));
}

/**
 * One page of the owner's stories, oldest first, filtered: at most `limit` stories and at most
 * `maxPageBytes` (1,000,000) bytes of them, so a page of large stories ends early with a
 * `nextCursor` for the rest.
 */
export async function list(db: Db, owner: string, query: unknown): Promise<Page<Info>> {
  const { limit, cursor, ...filters } = parseWith(ListQuery, query);
  return listPage<Info>(db, owner, skPrefix, {
    limit,
    cursor,
    filter: matcher(filters),
    upgrade: current,
  });
}

type Filters = Omit<ListQuery, "limit" | "cursor">;

/** The filter for a list query, or undefined when it filters nothing. */
export function matcher({ tag, kind, value, q }: Filters): ((story: Info) => boolean) | undefined {
  if (!tag && !kind && !value && !q) return undefined;
  const tagLower = tag === undefined ? undefined : folded(tag);
  const qLower = q === undefined ? undefined : folded(q);
  const [valueSetId, valueKey] = value?.includes(":") ? value.split(":", 2) : [undefined, value];
  return (story) =>
    (!kind || story.kind === kind) &&
    (!tagLower || story.tags.some((t) => folded(t) === tagLower)) &&
    (!valueKey ||
      story.values.some(
        (link) => link.valueKey === valueKey && (!valueSetId || link.valueSetId === valueSetId),
      )) &&
    (!qLower || searchableText(story).includes(qLower));
}

/**
 * Text as filters compare it: composed (NFC, so "é" typed as one code point or as "e" and a
 * combining accent is the same), then lower-cased without regard to the server's locale.
 */
const folded = (text: string) => text.normalize("NFC").toLowerCase().normalize("NFC");

/** The story's words, folded, for free-text search. */
function searchableText(story: Info): string {
  const sections = [...story.actions, ...story.results].flatMap((s) => [
    s.heading ?? "",
    ...s.points,
  ]);
  const parts = [
    story.title,
    story.headline,
    story.situation,
    story.task,
    story.lessons,
    story.differently,
    story.takeaway,
    story.draft,
    story.refined,
    story.context.company ?? "",
    story.context.role ?? "",
    ...story.tags,
    ...story.questions,
    ...sections,
  ];
  return folded(parts.join("\n"));
}
