import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";

const tagDescriptions: Record<string, string> = {
  Stories: "STAR stories: the bank itself.",
  "Value sets": "Companies' and frameworks' named values, built in and your own.",
  "API keys": "Keys for tools that call the API on your behalf.",
};

/** `POST /v1/stories/{id}/practice` → `postStoriesByIdPractice`. */
function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/v1\//, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      const word = param ? `by-${param[1]}` : segment;
      return word.replace(/(^|[-_])(\w)/g, (_, _sep, c: string) => c.toUpperCase());
    });
  return `${method}${words.join("")}`;
}

/**
 * The published OpenAPI document: what the routes declare, completed so every operation has an
 * id and a description, every tag is defined. The server is this one, named by a relative URL:
 * nothing of the request (its Host header) is written into the document.
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  const doc = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Storybank API",
      version: "1.0.0",
      description: "Behavioral-interview stories, tailored to a company's values.",
      contact: { name: "Storybank" },
    },
    servers: [{ url: "/", description: "This server" }],
  });
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const operations = item as Record<
      string,
      { operationId?: string; description?: string; summary?: string; tags?: string[] }
    >;
    for (const [method, operation] of Object.entries(operations)) {
      operation.operationId ??= operationIdOf(method, path);
      operation.description ??= operation.summary;
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  doc.tags = [...tags].map((name) => ({ name, description: tagDescriptions[name] ?? name }));
  return doc;
}
