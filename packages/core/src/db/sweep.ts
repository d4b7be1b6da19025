import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { recoverBatches } from "./batch.ts";
import type { Db } from "./client.ts";
import { ownerPk, pendingBatches } from "./keys.ts";

/**
 * The scheduled sweep of abandoned import journals, for a deployment with no start-up moment
 * (Lambda): the same roll-back the local server runs when it starts (`recoverAllBatches`), but
 * bounded in time and leaving running imports alone.
 *
 * It reads the index of batch headers (`gsi1pk = BATCH#PENDING`, one page at a time, no scan)
 * and, for each owner with a header whose lease has run out (the process writing it died: a
 * crash, a kill, a Lambda timeout), runs `recoverBatches` for that owner, which undoes every
 * write of an uncommitted batch and deletes the journal of a committed one. Before each owner
 * it checks the deadline, so it stops with time to spare and says so (`complete: false`). A
 * header leaves the index when its batch is swept, so the next run starts at the head of the
 * index and finds exactly what is left: nothing is stored between runs.
 */

/** What one sweep saw and did. Counts are of batch headers unless named otherwise. */
export interface SweepReport {
  /** Headers read from the index (running, committed or abandoned). */
  headers: number;
  /** Headers whose lease had run out when read: the batches this sweep is for. */
  abandoned: number;
  /** Of those, batches that had committed and only left their journal behind. */
  committed: number;
  /** Owners whose batches were recovered. */
  owners: number;
  /** Uncommitted batches whose writes were undone (from `recoverBatches`). */
  rolledBack: number;
  /** Index pages read. */
  pages: number;
  /** False when the deadline stopped the sweep before the end of the index. */
  complete: boolean;
}

export interface SweepOptions {
  /** When to stop starting work, in epoch milliseconds; an owner already begun is finished. */
  deadline: number;
  /** Headers read per index page (DynamoDB `Limit`); default 100. */
  pageSize?: number;
  /** The time now, in epoch milliseconds; `Date.now` unless a test gives its own. */
  clock?: () => number;
}

/**
 * Sweeps abandoned import journals across owners until the index is read to its end or the
 * deadline comes (see above). Running batches within their lease are counted and left alone.
 * Store errors are passed on; what was swept before one stays swept.
 */
export async function sweepAbandonedBatches(
  db: Db,
  { deadline, pageSize = 100, clock = Date.now }: SweepOptions,
): Promise<SweepReport> {
  const report: SweepReport = {
    headers: 0,
    abandoned: 0,
    committed: 0,
    owners: 0,
    rolledBack: 0,
    pages: 0,
    complete: false,
  };
  const ownerPrefix = ownerPk("");
  /** Owners already recovered in this sweep: a later page may list them again. */
  const done = new Set<string>();
  let startKey: Record<string, unknown> | undefined;
  do {
    if (clock() >= deadline) return report;
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pending",
        ExpressionAttributeValues: { ":pending": pendingBatches },
        ExpressionAttributeNames: { "#state": "state" },
        ProjectionExpression: "pk, leaseUntil, #state",
        ExclusiveStartKey: startKey,
        Limit: pageSize,
      }),
    );
    report.pages += 1;
    const now = clock();
    // The owners of this page with an abandoned header, in index order.
    const owners: string[] = [];
    for (const item of page.Items ?? []) {
      report.headers += 1;
      if (typeof item.leaseUntil !== "number" || item.leaseUntil >= now) continue;
      report.abandoned += 1;
      if (item.state === "committed") report.committed += 1;
      const owner = (item.pk as string).slice(ownerPrefix.length);
      if (!done.has(owner) && !owners.includes(owner)) owners.push(owner);
    }
    for (const owner of owners) {
      if (clock() >= deadline) return report;
      report.rolledBack += await recoverBatches(db, owner);
      report.owners += 1;
      done.add(owner);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  report.complete = true;
  return report;
}
