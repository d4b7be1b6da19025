import { z } from "zod";
import { groupDigits } from "../util/index.ts";

/**
 * The paging shapes every list shares (REST's `?limit=&cursor=` and `{ items, nextCursor }`,
 * GraphQL's `first`/`after` read through the same core lists), with the page's byte budget in
 * their descriptions, so the API's documentation says what the store does.
 */

/**
 * The most bytes the items of one list page take, as their JSON in UTF-8: a page stops before
 * the item that would pass it, and its `nextCursor` starts the next page at that item. It keeps
 * a whole answer far below Lambda's 6 MB response limit (the JSON envelope and its escaping
 * included) whatever `limit` asks for. One item is at most 300,000 bytes (`maxItemBytes`), so a
 * page always holds at least one.
 */
export const maxPageBytes = 1_000_000;

const budget = `${groupDigits(maxPageBytes)} bytes`;

/** The query fields of a list: `limit` (1–100, `defaultLimit` when absent) and `cursor`. */
export const pageQuery = (defaultLimit: number) => ({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(defaultLimit)
    .meta({
      description: `The most items a page holds. A page also ends before its items would pass ${budget} of JSON, so it may hold fewer and still have a \`nextCursor\`.`,
    }),
  cursor: z
    .string()
    .max(1_000)
    .optional()
    .meta({ description: "The previous page's `nextCursor`: where this page starts." }),
});

/**
 * A page of `item`s: `items` in list order and `nextCursor`, registered as the component `id`
 * (`StoryPage`, …). A page holds at most `limit` items and at most `maxPageBytes` bytes of
 * them (their JSON in UTF-8), always at least one item when one is left.
 */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item).meta({
        description: `This page's items, in list order: at most \`limit\`, and together at most ${budget} of JSON.`,
      }),
      nextCursor: z.string().nullable().meta({
        description:
          "Pass as `cursor` for the next page; null on the last page. A page cut short by its byte budget has one too, so every item is read once, none skipped or repeated.",
      }),
    })
    .meta({ id });
}
