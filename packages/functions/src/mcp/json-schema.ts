import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";

/**
 * A tool's arguments as JSON Schema (2020-12), the object at the root as MCP requires: a core
 * schema with an id of its own (`StoryCreate`) comes out as a `$ref` to its `$defs` entry, which
 * is moved up to the root; the other `$defs` (shared parts such as `StorySection`) stay.
 */
export function objectSchema(schema: z.ZodType): Tool["inputSchema"] {
  type Json = { $ref?: string; $defs?: Record<string, object>; [key: string]: unknown };
  const json = z.toJSONSchema(schema, { io: "input" }) as Json;
  const name = json.$ref?.match(/^#\/\$defs\/(.+)$/)?.[1];
  const root = name ? json.$defs?.[name] : undefined;
  if (!name || !root) return json as Tool["inputSchema"];
  const { $ref: _ref, $defs: { [name]: _root, ...others } = {}, ...rest } = json;
  const shared = Object.keys(others).length > 0 ? { $defs: others } : {};
  return { ...rest, ...root, ...shared } as Tool["inputSchema"];
}
