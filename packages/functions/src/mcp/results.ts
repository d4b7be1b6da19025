import { AppError, fromZod } from "@storybank/core/error";
import { RateLimited } from "@storybank/core/ratelimit";
import type { CallToolResult, ContentBlock } from "@modelcontextprotocol/sdk/types.js";
import { ZodError } from "zod";
import { type Problem, problemBody, problemOf } from "../rest/problem.ts";

/** What a tool answers: a JSON object, and any content beside it (an embedded file). */
export interface ToolOutput {
  structured: Record<string, unknown>;
  content?: ContentBlock[];
}

/** A tool's answer: the object as text for the assistant to read, and as structured content. */
export function success({ structured, content = [] }: ToolOutput): CallToolResult {
  return {
    content: [{ type: "text", text: JSON.stringify(structured) }, ...content],
    structuredContent: structured,
  };
}

/** A tool error carrying the problem REST would answer, and when to retry after a 429. */
export type ToolProblem = Problem & { retryAfterSeconds?: number };

/**
 * The problem for any error: a domain error's is REST's (`type` `urn:storybank:problem:<code>`,
 * `status`, `detail`, `errors[]` naming each field, and `retryAfterSeconds` for a 429); anything
 * unexpected is logged with `where` it happened and shown as REST's opaque 500.
 */
export function problemFor(error: unknown, where: string): ToolProblem {
  const app = error instanceof ZodError ? fromZod(error) : error;
  if (app instanceof AppError) {
    const problem: ToolProblem = problemOf(app);
    if (app instanceof RateLimited) problem.retryAfterSeconds = app.retryAfterSeconds;
    return problem;
  }
  console.error(
    JSON.stringify({
      level: "error",
      msg: "unhandled",
      where,
      error: String((error as Error)?.stack ?? error),
    }),
  );
  return problemBody(500, "internal", "Something went wrong on our side.");
}

/** Any error of a tool call as an MCP tool error (`isError: true`) carrying its problem. */
export function failure(error: unknown, tool: string): CallToolResult {
  const problem = problemFor(error, `tool ${tool}`);
  return {
    content: [{ type: "text", text: JSON.stringify(problem) }],
    structuredContent: { ...problem },
    isError: true,
  };
}
