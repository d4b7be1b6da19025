import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";
import { codes, gql, ok } from "./graphql-support.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

interface Page {
  edges: { cursor: string; node: { title?: string; id: string } }[];
  nodes: { title?: string; id: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const storiesQuery = `query($first: Int, $after: String, $tag: String) {
  stories(first: $first, after: $after, tag: $tag) {
    edges { cursor node { id title } }
    nodes { id title }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function stories(user: User, variables: Record<string, unknown>): Promise<Page> {
  return (await ok(user, storiesQuery, variables)).stories;
}

const titles = (page: Page) => page.edges.map((edge) => edge.node.title ?? "");

async function withStories(count: number, tagged: (i: number) => boolean = () => false) {
  const user = await h.withUser();
  for (let i = 0; i < count; i++) {
    await ok(user, `mutation($input: StoryCreateInput!) { createStory(input: $input) { id } }`, {
      input: { title: `Story ${i}`, tags: tagged(i) ? ["odd"] : [] },
    });
  }
  return user;
}

describe("Relay connections", () => {
  it("gives each node an edge with a cursor, and pageInfo as Relay reads it", async () => {
    const user = await withStories(3);
    const page = await stories(user, { first: 2 });
    expect(titles(page)).toEqual(["Story 0", "Story 1"]);
    expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
    expect(new Set(page.edges.map((edge) => edge.cursor)).size).toBe(2);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: page.edges[0]!.cursor,
      endCursor: page.edges[1]!.cursor,
    });
  });

  it("reads every story exactly once, page after page, from endCursor", async () => {
    const user = await withStories(7);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await stories(user, { first: 3, after });
      pages++;
      seen.push(...titles(page));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `Story ${i}`));
  });

  it("reads on from any edge's cursor, not only the last one", async () => {
    const user = await withStories(6);
    const page = await stories(user, { first: 4 });
    for (const [index, edge] of page.edges.entries()) {
      const next = await stories(user, { first: 2, after: edge.cursor });
      expect(titles(next)).toEqual([`Story ${index + 1}`, `Story ${index + 2}`]);
      expect(next.pageInfo.hasNextPage).toBe(index + 3 < 6);
    }
  });

  it("keeps the list's filters when reading on from an edge", async () => {
    const user = await withStories(8, (i) => i % 2 === 1);
    const page = await stories(user, { first: 3, tag: "odd" });
    expect(titles(page)).toEqual(["Story 1", "Story 3", "Story 5"]);
    const fromFirst = await stories(user, { first: 3, tag: "odd", after: page.edges[0]!.cursor });
    expect(titles(fromFirst)).toEqual(["Story 3", "Story 5", "Story 7"]);
    expect(fromFirst.pageInfo.hasNextPage).toBe(false);
  });

  it("reads stories written after the last page from that page's endCursor", async () => {
    const user = await withStories(2);
    const page = await stories(user, { first: 5 });
    expect(page.pageInfo.hasNextPage).toBe(false);
    const empty = await stories(user, { first: 5, after: page.pageInfo.endCursor });
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toMatchObject({
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
    await ok(user, `mutation { createStory(input: { title: "Later" }) { id } }`);
    const later = await stories(user, { first: 5, after: page.pageInfo.endCursor });
    expect(titles(later)).toEqual(["Later"]);
  });

  it("pages value sets from the built-ins into one's own by edge cursors", async () => {
    const user = await h.withUser();
    await ok(
      user,
      `mutation { createValueSet(input: { company: "Acme", name: "Acme values", values: [{ key: "grit", name: "Grit" }] }) { id } }`,
    );
    const query = `query($after: String) { valueSets(first: 100, after: $after) { edges { cursor node { id builtIn } } } }`;
    const all = (await ok(user, query)).valueSets.edges as Page["edges"];
    const own = all.findIndex((edge: any) => !edge.node.builtIn);
    expect(own).toBeGreaterThan(0);
    const fromLastBuiltIn = (await ok(user, query, { after: all[own - 1]!.cursor })).valueSets;
    expect(fromLastBuiltIn.edges.map((edge: any) => edge.node)).toEqual(
      all.slice(own).map((edge) => edge.node),
    );
  });

  it("refuses a forged or another user's edge cursor as REST refuses a bad cursor", async () => {
    const alice = await withStories(3);
    const bob = await withStories(3);
    const forged = `edge:${Buffer.from(JSON.stringify([null, 1_000])).toString("base64url")}`;
    const aliceCursor = (await stories(alice, { first: 2 })).edges[0]!.cursor;
    const aliceMid = (await stories(alice, { first: 1, after: aliceCursor })).pageInfo.endCursor;
    const fromAlice = `edge:${Buffer.from(JSON.stringify([aliceMid, 1])).toString("base64url")}`;
    for (const after of [forged, "edge:not-json", fromAlice]) {
      const result = await gql(bob, storiesQuery, { first: 2, after });
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.extensions.errors).toEqual([
        { path: "after", message: "Invalid cursor" },
      ]);
      expect(result.data).toBeNull();
    }
  });
});
