import type { Scope } from "@storybank/core/apikey";
import { type Principal, requireScope } from "@storybank/core/auth";
import type { Db } from "@storybank/core/db";
import type { Limits } from "@storybank/core/ratelimit";
import type { Loaders } from "./loaders.ts";

/** What every resolver reaches: the store, the caller, this request's loaders and budgets. */
export interface Context {
  db: Db;
  principal: Principal;
  loaders: Loaders;
  limits: Limits;
}

/** The owner, once the caller is known to hold `scope`: the same scopes as REST. */
export function ownerWith(ctx: Context, scope: Scope): string {
  requireScope(ctx.principal, scope);
  return ctx.principal.owner;
}
