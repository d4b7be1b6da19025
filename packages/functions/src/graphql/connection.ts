import type { Page } from "@storybank/core/db";
import { invalid } from "@storybank/core/error";
import {
  GraphQLBoolean,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLString,
} from "graphql";

/**
 * Relay connections (https://relay.dev/graphql/connections.htm) over core's pages. Core pages by
 * one opaque cursor per page (`nextCursor`, REST's `?cursor=`); a Relay client wants a cursor on
 * every edge. An edge's cursor is the cursor its page was read after plus the edge's position in
 * that page; the last edge of a page that has a next one carries core's own `nextCursor`, so
 * `pageInfo.endCursor` is what REST would give and resuming from it costs one read. Resuming from
 * any other edge reads the skipped part of that page first (one more read of at most 100 items).
 */

const nonNull = <T extends GraphQLOutputType>(type: T) => new GraphQLNonNull(type);
const listOf = <T extends GraphQLOutputType>(type: T) =>
  new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));

const PageInfo = new GraphQLObjectType({
  name: "PageInfo",
  description: "Where a page sits in its list (Relay's PageInfo).",
  fields: {
    hasNextPage: { type: nonNull(GraphQLBoolean) },
    hasPreviousPage: {
      type: nonNull(GraphQLBoolean),
      description: "Whether the page was read `after` a cursor (paging is forward only).",
    },
    startCursor: {
      type: GraphQLString,
      description: "The first edge's cursor; null when the page is empty.",
    },
    endCursor: {
      type: GraphQLString,
      description: "The last edge's cursor: pass it as `after` for the next page. Null when empty.",
    },
  },
});

const connections = new Map<string, GraphQLObjectType>();

/**
 * A page of nodes as a Relay connection: `edges { cursor node }` and `pageInfo`, with the same
 * nodes also as a plain `nodes` list for clients that need no per-node cursor.
 */
export function connectionOf(node: GraphQLObjectType): GraphQLObjectType {
  const name = `${node.name}Connection`;
  let type = connections.get(name);
  if (!type) {
    const edge = new GraphQLObjectType({
      name: `${node.name}Edge`,
      fields: {
        cursor: {
          type: nonNull(GraphQLString),
          description: "Pass as `after` to read on from this node.",
        },
        node: { type: nonNull(node) },
      },
    });
    type = new GraphQLObjectType({
      name,
      fields: {
        edges: { type: listOf(edge) },
        nodes: { type: listOf(node), description: "The edges' nodes, in the same order." },
        pageInfo: { type: nonNull(PageInfo) },
      },
    });
    connections.set(name, type);
  }
  return type;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Marks an edge cursor apart from core's cursors, which never contain a colon. */
const edgePrefix = "edge:";

/** An edge's cursor: the cursor its page was read after, and how many nodes of it come first. */
const edgeCursor = (after: string | undefined, position: number) =>
  edgePrefix + Buffer.from(JSON.stringify([after ?? null, position])).toString("base64url");

/** The most nodes one page holds (core's `limit` bound), so no edge position is larger. */
const maxPosition = 100;

/**
 * Reads an `after` argument: core's own cursor as it is (`skip` 0), or an edge cursor as the
 * cursor its page was read after and the nodes of that page to skip. A malformed edge cursor
 * fails as core fails a malformed cursor (400, `after`: "Invalid cursor"); the core cursor inside
 * it is checked by core as any other, owner included.
 */
export function readAfter(after: string | undefined): { cursor: string | undefined; skip: number } {
  if (after === undefined || !after.startsWith(edgePrefix)) return { cursor: after, skip: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after.slice(edgePrefix.length), "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    (parsed[0] === null || typeof parsed[0] === "string") &&
    Number.isSafeInteger(parsed[1]) &&
    parsed[1] >= 1 &&
    parsed[1] <= maxPosition
  ) {
    return { cursor: parsed[0] ?? undefined, skip: parsed[1] as number };
  }
  throw invalid("The cursor is not valid for this list.", [
    { path: "after", message: "Invalid cursor" },
  ]);
}

/** A core page read after `after` (a core cursor, or none), as a Relay connection. */
export function toConnection<T>({ items, nextCursor }: Page<T>, after?: string): Connection<T> {
  const last = items.length - 1;
  const edges = items.map((node, index) => ({
    cursor: index === last && nextCursor !== null ? nextCursor : edgeCursor(after, index + 1),
    node,
  }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: nextCursor !== null,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[last]?.cursor ?? null,
    },
  };
}
