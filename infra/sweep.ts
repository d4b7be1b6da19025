import { architecture, nodejs, runtime } from "../packages/functions/scripts/lambda-bundle.ts";
import { LOG_RETENTION } from "./alarms.ts";
import { SWEEP_HANDLER, SWEEP_SCHEDULE, SWEEP_TIMEOUT } from "./schedule.ts";
import { table } from "./storage.ts";

/**
 * The scheduled sweep of abandoned import journals: an import whose process died part-way (a
 * crash, a Lambda timeout) is undone once its lease has run out, and a finished import's journal
 * left behind is deleted. It reads the table's index of unfinished imports (no scan) and needs
 * only the table. No retries: a failed run is the next run's work.
 */
export const sweep = new sst.aws.CronV2("SweepImports", {
  schedule: SWEEP_SCHEDULE,
  function: {
    handler: SWEEP_HANDLER,
    runtime,
    architecture,
    nodejs,
    memory: "512 MB",
    timeout: SWEEP_TIMEOUT,
    link: [table],
    logging: { retention: LOG_RETENTION },
  },
});
