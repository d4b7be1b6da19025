import { AppError, invalid } from "@storybank/core/error";
import type { Context } from "hono";

/**
 * Optimistic concurrency over HTTP: a resource's version is its entity tag (`"3"`), sent as
 * `ETag`; `If-Match` on PATCH and DELETE makes the change happen only to that version, and
 * otherwise answers 412 with nothing changed.
 */

/** The strong entity tag of a version: `3` → `"3"`. */
export const etagOf = (version: number) => `"${version}"`;

/** Raised when `If-Match` does not name the current version; REST answers 412. */
export class PreconditionFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PreconditionFailed";
  }
}

/**
 * The versions `If-Match` names (`"3"`, `"2", "3"`), `"*"` for any, or undefined when the header
 * is absent. A weak tag (`W/"3"`) never matches, as If-Match compares strongly. Throws a
 * validation error (400) for a header that is not a list of entity tags.
 */
export function ifMatch(c: Context): number[] | "*" | undefined {
  const header = c.req.header("If-Match")?.trim();
  if (header === undefined) return undefined;
  if (header === "*") return "*";
  const versions: number[] = [];
  for (const part of header.split(",").map((p) => p.trim())) {
    const tag = /^(W\/)?"([^"]*)"$/.exec(part);
    if (!tag) {
      throw invalid('If-Match must list entity tags such as "3".', [
        { path: "If-Match", message: `Not an entity tag: ${part.slice(0, 100)}` },
      ]);
    }
    if (!tag[1] && /^[1-9]\d{0,14}$/.test(tag[2]!)) versions.push(Number(tag[2]));
  }
  return versions;
}

const named = (versions: number[]) =>
  versions.length === 0 ? "no version" : versions.map(etagOf).join(", ");

/**
 * Runs a versioned change (PATCH) under `If-Match`: the body's `version` must be one the header
 * names, and a version conflict then answers 412 instead of 409 (the write is conditional on
 * that version in the store, so nothing can slip in between).
 */
export async function changeIfMatch<T>(
  c: Context,
  what: string,
  bodyVersion: number,
  change: () => Promise<T>,
): Promise<T> {
  const match = ifMatch(c);
  if (match !== undefined && match !== "*" && !match.includes(bodyVersion)) {
    throw new PreconditionFailed(
      `If-Match names ${named(match)}, but the body's version is ${bodyVersion}: send the version you read in both.`,
    );
  }
  try {
    return await change();
  } catch (error) {
    if (match !== undefined && error instanceof AppError && error.code === "version_conflict") {
      throw new PreconditionFailed(`${what} changed: ${error.message}`);
    }
    throw error;
  }
}

/**
 * Runs a delete under `If-Match`: the current version (read first) must be one the header names,
 * else 412 and nothing is deleted.
 */
export async function deleteIfMatch(
  c: Context,
  what: string,
  current: () => Promise<{ version: number }>,
  remove: () => Promise<void>,
): Promise<void> {
  const match = ifMatch(c);
  if (match !== undefined && match !== "*") {
    const { version } = await current();
    if (!match.includes(version)) {
      throw new PreconditionFailed(
        `${what} is at version ${version}, not ${named(match)} as If-Match names: read it again.`,
      );
    }
  }
  await remove();
}
