export { tableDefinition, tableKeys } from "./table.ts";
export { createDb, ensureTable, type Db, type DbOptions } from "./client.ts";
export * from "./items.ts";
export {
  type BatchWrite,
  leaseMs,
  recoverAllBatches,
  recoverBatches,
  writeAllOrNone,
} from "./batch.ts";
