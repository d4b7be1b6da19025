import { AsyncLocalStorage } from "node:async_hooks";

/** A unit CloudWatch takes for a metric value. */
export type MetricUnit = "Count" | "Milliseconds" | "Bytes";

/** One value a request recorded, published with the request's own metrics. */
export interface Measurement {
  name: string;
  unit: MetricUnit;
  value: number;
}

/** Opens a trace segment around `work` (X-Ray on Lambda); elsewhere runs it as it is. */
export type Span = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** What one request carries while it runs: its id and the measurements it made. */
export interface RequestScope {
  requestId: string;
  measurements: Measurement[];
  span: Span;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` as the request `scope`: `record` and `timed` inside it report to that request. */
export const withScope = <T>(scope: RequestScope, work: () => T): T => storage.run(scope, work);

/** The scope of the request running now, if any. */
export const currentScope = (): RequestScope | undefined => storage.getStore();

/**
 * Records one metric value for the request running now (none outside a request: a no-op). Names
 * are CloudWatch metric names, e.g. `ImportStories` (Count) or `SheetRenderTime` (Milliseconds).
 */
export function record(name: string, value: number, unit: MetricUnit = "Count"): void {
  currentScope()?.measurements.push({ name, unit, value });
}

/**
 * Runs `work` inside a trace segment named `name` and records how long it took as the metric
 * `metric` (milliseconds), when given. Errors pass through unchanged.
 */
export async function timed<T>(name: string, work: () => Promise<T>, metric?: string): Promise<T> {
  const scope = currentScope();
  if (!scope) return work();
  const started = performance.now();
  try {
    return await scope.span(name, work);
  } finally {
    if (metric) record(metric, performance.now() - started, "Milliseconds");
  }
}
