import type { Principal } from "@storybank/core/auth";
import type { Db } from "@storybank/core/db";
import type { Limits } from "@storybank/core/ratelimit";

/** What every tool call reaches: the store, the caller (the owner of all it touches), budgets. */
export interface ToolContext {
  db: Db;
  principal: Principal;
  limits: Limits;
}
