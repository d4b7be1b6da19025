/**
 * The scheduled jobs' settings, as plain data: infra/sweep.ts turns them into resources and
 * tests/infra.test.ts checks them offline.
 */

/** How often the sweep of abandoned import journals runs (EventBridge Scheduler's rate). */
export const SWEEP_SCHEDULE = "rate(15 minutes)" as const;

/**
 * The sweep's timeout. It stops starting work a minute before it (`SWEEP_RESERVE_MS` in
 * packages/functions/src/lambda/sweep.ts) and the next run goes on from there.
 */
export const SWEEP_TIMEOUT = "5 minutes" as const;

/** The sweep's Lambda handler, as SST takes it: the entry without its extension, the export. */
export const SWEEP_HANDLER = "packages/functions/src/lambda/sweep.handler";
