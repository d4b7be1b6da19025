import { z } from "@hono/zod-openapi";
import * as Paging from "@storybank/core/paging";

/** Schemas the API shares across routes; the resources' own come from core. */

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional().openapi({
      description:
        "The request's id, as in the X-Request-Id header: quote it when reporting a problem.",
    }),
  })
  .openapi("Problem");

const problemContent = { "application/problem+json": { schema: Problem } };

const problemResponse = (description: string) => ({ description, content: problemContent });

export const errors = {
  400: problemResponse("Invalid input"),
  401: problemResponse("Missing or invalid credentials"),
  403: problemResponse("The credential lacks a scope"),
  404: problemResponse("Not found (also for another user's ids)"),
  409: problemResponse("Version conflict: re-read and retry"),
  413: problemResponse("Body too large"),
} as const;

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});

/** A list's page, as core declares it (`items`, `nextCursor`, the page's byte budget). */
export const pageOf = Paging.pageOf;

export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  required: true,
  description,
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const security = [{ bearer: [] }];
