import { maxPageBytes } from "@storybank/core/paging";
import * as ValueSet from "@storybank/core/valueset";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";
import { ok } from "./graphql-support.ts";

/**
 * List pages are bounded in bytes as well as in count: a page of large stories ends before its
 * items pass `maxPageBytes`, with a cursor that resumes at the next one, so no answer nears
 * Lambda's 6 MB response limit and no item is lost or read twice.
 */

let h: Harness;
let user: User;
/** The stories created, in creation (list) order: id, title, tags, JSON bytes. */
const created: { id: string; title: string; tags: string[]; bytes: number }[] = [];

const telling =
  "Moved carrier pings onto a Kafka stream with idempotent writes — kept the nightly batch as a reconciler for late events, and measured every hop before and after. ";

/** A large story: `points` bullet points of 1,000 characters in each of 10 actions and 10 results. */
function largeStory(i: number, points: number) {
  const point = (section: string, s: number, p: number) =>
    `${section} ${s}.${p} of story ${i}: ${telling.repeat(8)}`.slice(0, 1_000);
  const sections = (section: string) =>
    Array.from({ length: 10 }, (_, s) => ({
      heading: `${section} ${s}`,
      points: Array.from({ length: points }, (_, p) => point(section, s, p)),
    }));
  return makeStory({
    title: `Large ${i}`,
    tags: ["Large", i % 2 === 1 ? "Odd" : "Even"],
    actions: sections("Action"),
    results: sections("Result"),
  });
}

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

beforeAll(async () => {
  h = await harness({ maxBodyBytes: 1_000_000 });
  user = await h.withUser();
  // 48 large stories (about 45 KB to 245 KB each) among 24 small ones: 72 in all.
  for (let i = 0; i < 72; i++) {
    const body = i % 3 === 2 ? makeStory({ title: `Small ${i}` }) : largeStory(i, 2 + (i % 11));
    const res = await user.json("POST", "/v1/stories", body);
    expect(res.status).toBe(201);
    created.push({
      id: res.body.id,
      title: res.body.title,
      tags: res.body.tags,
      bytes: bytesOf(res.body),
    });
  }
}, 120_000);

/** Reads a list to its end through REST, answering each page's body text and parsed body. */
async function readAll(path: string) {
  const pages: { text: string; items: any[]; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const url: string = cursor === null ? path : `${path}${separator}cursor=${cursor}`;
    const res = await user.request("GET", url);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as { items: any[]; nextCursor: string | null };
    pages.push({ text, ...body });
    cursor = body.nextCursor;
  } while (cursor !== null && pages.length < 100);
  return pages;
}

describe("a list of large stories", () => {
  it("is made of stories up to 245 KB each, more than Lambda's 6 MB in all", () => {
    const sizes = created.map((s) => s.bytes);
    expect(Math.max(...sizes)).toBeGreaterThan(240_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(300_000);
    // Unbounded, `limit=100` would answer all of them at once: over Lambda's response limit.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(6 * 1024 * 1024);
  });

  it("comes in pages of at most 1,000,000 bytes of items, every story once, in order", async () => {
    expect(maxPageBytes).toBe(1_000_000);
    const pages = await readAll("/v1/stories?limit=100");
    const total = created.reduce((sum, s) => sum + s.bytes + 1, 0);
    // The pages are cut by bytes, not by count: at least as many as the bytes need.
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(total / maxPageBytes));
    for (const page of pages) {
      expect(page.items.length).toBeGreaterThan(0);
      expect(bytesOf(page.items)).toBeLessThanOrEqual(maxPageBytes + 1);
      expect(Buffer.byteLength(page.text, "utf8")).toBeLessThan(maxPageBytes + 1_000);
    }
    // Each page but the last stopped because the next story would not fit.
    for (let n = 0; n < pages.length - 1; n++) {
      const next = pages[n + 1]!.items[0];
      expect(bytesOf(pages[n]!.items) + bytesOf(next)).toBeGreaterThan(maxPageBytes);
    }
    const ids = pages.flatMap((page) => page.items.map((s: { id: string }) => s.id));
    expect(ids).toEqual(created.map((s) => s.id));
    expect(new Set(ids).size).toBe(72);
    expect(pages.at(-1)!.nextCursor).toBeNull();
  });

  it("keeps the count limit when it is the tighter bound", async () => {
    const pages = await readAll("/v1/stories?limit=2");
    expect(pages.map((page) => page.items.length)).toEqual(Array(36).fill(2));
    expect(pages.flatMap((page) => page.items.map((s: { id: string }) => s.id))).toEqual(
      created.map((s) => s.id),
    );
  });

  it("keeps a filter across pages cut short by bytes", async () => {
    const pages = await readAll("/v1/stories?limit=100&tag=odd");
    const odd = created.filter((s) => s.tags.includes("Odd"));
    expect(odd).toHaveLength(24);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(bytesOf(page.items)).toBeLessThanOrEqual(maxPageBytes + 1);
    expect(pages.flatMap((page) => page.items.map((s: { id: string }) => s.id))).toEqual(
      odd.map((s) => s.id),
    );
  });

  it("reads through GraphQL's Relay connection from endCursor, every story once", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { stories } = (await ok(
        user,
        `query($after: String) { stories(first: 100, after: $after) {
          nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      )) as { stories: { nodes: { id: string }[]; pageInfo: any } };
      ids.push(...stories.nodes.map((n) => n.id));
      after = stories.pageInfo.hasNextPage ? stories.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null && pages < 100);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(ids).toEqual(created.map((s) => s.id));
  });
});

describe("a list of large value sets", () => {
  /** A value set of about 136 KB: 60 values with long descriptions. */
  const largeSet = (i: number) => ({
    company: `Company ${i}`,
    name: `Large ${i}`,
    values: Array.from({ length: 60 }, (_, v) => ({
      key: `value-${v}`,
      name: `Value ${v}`,
      description: `${telling.repeat(30)}`.slice(0, ValueSet.limits.description),
      keywords: Array.from({ length: 10 }, (_, k) => `keyword ${v}.${k}`),
    })),
  });

  it("pages built-ins and own sets within the byte budget, every set once", async () => {
    const owner = await h.withUser();
    const own: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await owner.json("POST", "/v1/value-sets", largeSet(i));
      expect(res.status).toBe(201);
      expect(bytesOf(res.body)).toBeGreaterThan(130_000);
      own.push(res.body.id);
    }
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/v1/value-sets?limit=100${cursor ? `&cursor=${cursor}` : ""}`;
      const { status, body } = await owner.json("GET", path);
      expect(status).toBe(200);
      expect(bytesOf(body.items)).toBeLessThanOrEqual(maxPageBytes + 1);
      ids.push(...body.items.map((set: { id: string }) => set.id));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 20);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(ids).toEqual([...ValueSet.builtIns.map((set) => set.id), ...own]);
  });
});
