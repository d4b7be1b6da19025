import { requireScope } from "@storybank/core/auth";
import { countRequest } from "@storybank/core/ratelimit";
import { parseWith } from "@storybank/core/util";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type Tool as ToolDefinition,
} from "@modelcontextprotocol/sdk/types.js";
import type { ToolContext } from "./context.ts";
import { objectSchema } from "./json-schema.ts";
import { readSheet, templates } from "./resources.ts";
import { failure, problemFor, success } from "./results.ts";
import { tools } from "./tools.ts";

export const serverInfo = { name: "storybank", version: "0.1.0" };

const instructions =
  "Storybank keeps the user's behavioral-interview stories (STAR) and tailors them to a company's values. Typical flow: import_document (dry run, then dryRun: false) or create_story; list_value_sets; create_target with valueSetIds; tailor; get_cheat_sheet (json, then pdf; the PDF comes as an embedded resource whose storybank:// URI can be read again). Errors carry a problem `type` (urn:storybank:problem:<code>) and `status` as the REST API answers them.";

const byName = new Map(tools.map((tool) => [tool.name, tool]));

let definitions: ToolDefinition[] | undefined;

/** The tools as `tools/list` shows them, their JSON Schemas derived once from core's zod. */
function toolDefinitions(): ToolDefinition[] {
  return (definitions ??= tools.map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: objectSchema(tool.input),
    annotations: { title: tool.title, ...tool.annotations },
  })));
}

export interface ServerOptions {
  /**
   * Count each tool call against the caller's request budget (stdio). Over HTTP each request is
   * counted where it arrives, before any MCP code runs, as REST and GraphQL count theirs.
   */
  countCalls: boolean;
}

/**
 * An MCP server for one caller. The low-level `Server` rather than `McpServer`: arguments are
 * validated by core (`parseWith`: well-formed Unicode, then the zod schema), so a bad input fails
 * as REST's 400 problem naming each field rather than as the SDK's plain text. Each call needs
 * the tool's scopes (403 `missing_scope` otherwise), as the REST route does, before anything is
 * counted or read. The sheets are resources too, read by the URIs `get_cheat_sheet` embeds.
 */
export function createMcpServer(ctx: ToolContext, { countCalls }: ServerOptions): Server {
  const server = new Server(serverInfo, {
    capabilities: { tools: {}, resources: {} },
    instructions,
  });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: toolDefinitions() }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = byName.get(request.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `No tool ${request.params.name}.`);
    try {
      const { db, principal, limits } = ctx;
      for (const scope of tool.scopes) requireScope(principal, scope);
      if (countCalls) await countRequest(db, principal.owner, principal.keyId, limits);
      const input = parseWith(tool.input, request.params.arguments ?? {});
      return success(await tool.run(ctx, input));
    } catch (error) {
      return failure(error, tool.name);
    }
  });
  // Sheets are read by the URIs the tool hands out; none is listed (each read spends an export).
  server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: [] }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({
    resourceTemplates: templates,
  }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    if (countCalls) {
      const { db, principal, limits } = ctx;
      await countRequest(db, principal.owner, principal.keyId, limits).catch((error: unknown) => {
        const problem = problemFor(error, "resources/read");
        throw new McpError(ErrorCode.InvalidRequest, problem.detail, problem);
      });
    }
    return readSheet(ctx, request.params.uri);
  });
  return server;
}
