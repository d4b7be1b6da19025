import { fromZod } from "@storybank/core/error";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";

/** A router whose request validation fails as the domain's validation error (400). */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw fromZod(result.error);
    },
  });
}
