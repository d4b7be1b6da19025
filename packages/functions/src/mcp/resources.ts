import { invalid, notFound } from "@storybank/core/error";
import { parseWith } from "@storybank/core/util";
import {
  ErrorCode,
  McpError,
  type ReadResourceResult,
  type ResourceTemplate,
} from "@modelcontextprotocol/sdk/types.js";
import type { ToolContext } from "./context.ts";
import { GetCheatSheet } from "./inputs.ts";
import { problemFor } from "./results.ts";
import { cheatSheet, sheetPattern } from "./sheet.ts";

/** The sheet as a resource: what `get_cheat_sheet` embeds can be read again by its URI. */
export const templates: ResourceTemplate[] = [
  {
    uriTemplate: "storybank://targets/{targetId}/cheat-sheet.{format}{?paper,size,includeTold}",
    name: "cheat-sheet",
    title: "Cheat sheet",
    description:
      "A target's one-page cheat sheet: `pdf`, `docx`, or `json` (the view model and its fit). Needs the export scope; each read spends one of the day's exports.",
  },
];

/** JSON-RPC error codes for a failed read: MCP's "resource not found", else by kind. */
const codeOf = (status: number) =>
  status === 404
    ? -32002
    : status === 400
      ? ErrorCode.InvalidParams
      : status >= 500
        ? ErrorCode.InternalError
        : ErrorCode.InvalidRequest;

/**
 * Reads a sheet by its URI (`storybank://targets/<id>/cheat-sheet.<format>?paper=…`): the file
 * as a base64 `blob`, or the JSON view as text. A failure is a JSON-RPC error whose `data` is
 * REST's problem for it (404 for another owner's target, 403 without the export scope …).
 */
export async function readSheet(ctx: ToolContext, uri: string): Promise<ReadResourceResult> {
  try {
    const input = parseWith(GetCheatSheet, sheetArguments(uri));
    const { structured, content = [] } = await cheatSheet(ctx, input);
    const file = content.find((block) => block.type === "resource");
    if (file?.type === "resource") return { contents: [{ ...file.resource, uri }] };
    return { contents: [{ uri, mimeType: "application/json", text: JSON.stringify(structured) }] };
  } catch (error) {
    const problem = problemFor(error, `resource ${uri.slice(0, 200)}`);
    throw new McpError(codeOf(problem.status), problem.detail, problem);
  }
}

/** The `get_cheat_sheet` arguments a sheet URI names; 404 for a URI that names no sheet. */
function sheetArguments(uri: string): Record<string, unknown> {
  const match = sheetPattern.exec(uri);
  if (!match) throw notFound("Resource");
  const [, targetId = "", format, query = ""] = match;
  const params = new URLSearchParams(query);
  const size = params.get("size");
  return {
    targetId: decoded(targetId),
    format,
    ...(params.has("paper") ? { paper: params.get("paper") } : {}),
    ...(size !== null ? { size: Number(size) } : {}),
    ...(params.has("includeTold") ? { includeTold: params.get("includeTold") === "true" } : {}),
  };
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid("The URI is not well formed.", [{ path: "uri", message: "Bad escape" }]);
  }
}
