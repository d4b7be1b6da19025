import type { Principal } from "@storybank/core/auth";
import type { Db } from "@storybank/core/db";
import type { Limits } from "@storybank/core/ratelimit";

/** What every route handler can reach: the store and, on /v1, the caller. */
export interface AppEnv {
  Variables: {
    db: Db;
    principal: Principal;
    /** The request budgets this app enforces. */
    limits: Limits;
    /** The request's id, set first (observe/middleware.ts): a header and in problem bodies. */
    requestId: string;
  };
}
