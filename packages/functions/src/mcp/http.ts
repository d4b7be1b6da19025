import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { ToolContext } from "./context.ts";
import { createMcpServer } from "./server.ts";

/**
 * Answers one MCP request over Streamable HTTP, statelessly: no session id generator, so no
 * session is kept between requests (each may land on another Lambda instance), and a JSON body
 * rather than an event stream, so the answer is complete when the function returns. A fresh
 * server and transport per request: the SDK refuses to reuse a stateless transport. `message` is
 * the body, already read and parsed from JSON.
 */
export async function handleMcp(
  request: Request,
  message: unknown,
  ctx: ToolContext,
): Promise<Response> {
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  const server = createMcpServer(ctx, { countCalls: false });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request, { parsedBody: message });
  } finally {
    await server.close();
  }
}
