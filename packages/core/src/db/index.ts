export { type IndexName, keyAttributes, tableDefinition, tableKeys } from "./table.ts";
/** The storage model: every item's keys and access patterns. */
export * as keys from "./keys.ts";
export { createDb, ensureTable, type Db, type DbOptions } from "./client.ts";
export * from "./items.ts";
export { type ListOptions, listPage, pageItemBytes } from "./list-page.ts";
export { type ContentOf, versioned, type VersionedEntity } from "./versioned.ts";
export {
  type BatchWrite,
  leaseMs,
  recoverAllBatches,
  recoverBatches,
  writeAllOrNone,
} from "./batch.ts";
export { sweepAbandonedBatches, type SweepOptions, type SweepReport } from "./sweep.ts";
