import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { readConfig } from "@storybank/core/config";
import { createDb, type Db, type SweepReport, sweepAbandonedBatches } from "@storybank/core/db";
import { Resource } from "sst";
import { type LambdaTelemetry, lambdaTelemetry } from "../observe/telemetry.ts";

/**
 * The scheduled sweep of abandoned import journals (infra/sweep.ts runs it every 15 minutes):
 * imports whose process died part-way (a crash, a Lambda timeout) are undone, and the journals
 * of finished imports that were not tidied up are deleted. The local server does the same at
 * start; on AWS nothing starts, so this job does it.
 */

/** Time kept back from the function's timeout, in milliseconds: no owner is begun after it. */
export const SWEEP_RESERVE_MS = 60_000;

/** The part of Lambda's context the job reads. */
export interface SweepContext {
  /** Milliseconds until Lambda stops the invocation. */
  getRemainingTimeInMillis(): number;
}

/**
 * The job's handler over `db`: sweeps until `reserveMs` before the invocation's timeout, logs one
 * line (`import journals swept`, with the `SweepReport`; a warning when it stopped early), and
 * publishes EMF metrics (namespace `Storybank`, service `storybank-sweep`): `SweepAbandoned`,
 * `SweepRolledBack`, `SweepCommittedTidied`, `SweepOwners` (counts) and `SweepIncomplete` (1 when
 * the deadline stopped it; the next run goes on from there). Answers the report. A store error
 * fails the invocation (the function's error alarm); the next run retries.
 */
export function sweepHandler(
  db: Db,
  telemetry: Pick<LambdaTelemetry, "logger" | "metrics">,
  { reserveMs = SWEEP_RESERVE_MS, pageSize }: { reserveMs?: number; pageSize?: number } = {},
) {
  return async (_event: unknown, context: SweepContext): Promise<SweepReport> => {
    const deadline = Date.now() + context.getRemainingTimeInMillis() - reserveMs;
    const report = await sweepAbandonedBatches(db, { deadline, pageSize });
    const { logger, metrics } = telemetry;
    if (report.complete) logger.info("import journals swept", { ...report });
    else logger.warn("import journals swept in part; the next run goes on", { ...report });
    metrics.addMetric("SweepAbandoned", MetricUnit.Count, report.abandoned);
    metrics.addMetric("SweepRolledBack", MetricUnit.Count, report.rolledBack);
    metrics.addMetric("SweepCommittedTidied", MetricUnit.Count, report.committed);
    metrics.addMetric("SweepOwners", MetricUnit.Count, report.owners);
    metrics.addMetric("SweepIncomplete", MetricUnit.Count, report.complete ? 0 : 1);
    metrics.publishStoredMetrics();
    return report;
  };
}

/** The table: linked by SST on Lambda (`Resource.Table`), else `STORYBANK_TABLE` as locally. */
function tableConfig(links: object = Resource) {
  const config = readConfig();
  const table = "Table" in links ? (links as { Table: { name: string } }).Table.name : config.table;
  return { ...config, table };
}

const config = tableConfig();
const telemetry = lambdaTelemetry("sweep");

/** The Lambda entry, built once per container. */
export const handler = sweepHandler(
  createDb({ table: config.table, region: config.region, endpoint: config.endpoint }),
  telemetry,
);
