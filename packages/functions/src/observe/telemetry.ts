import { Logger, type LogItem } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { Measurement, Span } from "./scope.ts";

/**
 * The request log line's fields. Never a secret, a token or anything a user wrote: the owner is
 * a hash (see `ownerHash`), the route is its pattern (`/v1/stories/:id`), not the path.
 */
export interface RequestLog {
  requestId: string;
  method: string;
  route: string;
  status: number;
  latencyMs: number;
  owner?: string;
  credential?: "api-key" | "jwt";
  /** The problem's code (`not_found`, `rate_limited`, …) for an error answer. */
  problem?: string;
  /** Which budget refused the request (429), e.g. `requests`, `key`, `daily:exports`. */
  budget?: string;
  /** For a 500 only: the error's stack, so a user's report can be traced to its cause. */
  error?: string;
}

/** Where requests report to: the log, the metrics and the traces. */
export interface Telemetry {
  /** Writes the request's one log line (error level for a 5xx). */
  request(line: RequestLog): void;
  /**
   * Publishes the request's metrics: `Requests` (Count) and `Latency` (Milliseconds) by route
   * and status, then what the request recorded itself (render time, import counts, …).
   */
  publish(route: string, status: number, latencyMs: number, recorded: Measurement[]): void;
  /** Opens a trace segment around work (X-Ray on Lambda); elsewhere runs it as it is. */
  span: Span;
}

const untraced: Span = (_name, work) => work();

/** Reports nothing: the default of an app built without telemetry (tests, scripts). */
export const silentTelemetry: Telemetry = {
  request: () => undefined,
  publish: () => undefined,
  span: untraced,
};

/** The CloudWatch namespace of every Storybank metric. */
export const METRICS_NAMESPACE = "Storybank";

const units: Record<Measurement["unit"], (typeof MetricUnit)[keyof typeof MetricUnit]> = {
  Count: MetricUnit.Count,
  Milliseconds: MetricUnit.Milliseconds,
  Bytes: MetricUnit.Bytes,
};

/**
 * Telemetry for a Lambda function (`service` names it: `rest`, `graphql`): Powertools' Logger
 * writes one JSON line per request, its Metrics one CloudWatch embedded-metric-format (EMF) line
 * per request (namespace `Storybank`; dimension sets `service` and `service` + `route` +
 * `status`), and `span` opens X-Ray subsegments when a tracer's span is given.
 */
export function lambdaTelemetry(service: string, span: Span = untraced): LambdaTelemetry {
  const serviceName = `storybank-${service}`;
  const logger = new Logger({ serviceName });
  const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
  return {
    logger,
    metrics,
    request(line) {
      if (line.status >= 500) logger.error("request", { ...line });
      else logger.info("request", { ...line });
    },
    publish(route, status, latencyMs, recorded) {
      metrics.addDimensions({ route, status: String(status) });
      metrics.addMetric("Requests", MetricUnit.Count, 1);
      metrics.addMetric("Latency", MetricUnit.Milliseconds, latencyMs);
      for (const { name, unit, value } of recorded) metrics.addMetric(name, units[unit], value);
      metrics.publishStoredMetrics();
    },
    span,
  };
}

export interface LambdaTelemetry extends Telemetry {
  logger: Logger;
  metrics: Metrics;
}

/**
 * Powertools' Logger printing one readable line per entry instead of JSON, for a terminal:
 * `10:42:07.118 INFO request GET /v1/stories/:id 200 3.1 ms requestId=… owner=…`.
 */
export class ReadableLogger extends Logger {
  protected override printLog(_level: number, log: LogItem): void {
    log.prepareForPrint();
    const { timestamp, level, message, service, sampling_rate, ...rest } = log.getAttributes();
    void service;
    void sampling_rate;
    const time = String(timestamp ?? new Date().toISOString()).slice(11, 23);
    const fields = { ...rest } as Record<string, unknown>;
    let head = `${time} ${String(level).padEnd(5)} ${String(message)}`;
    if (message === "request") {
      head += ` ${String(fields.method)} ${String(fields.route)} ${String(fields.status)} ${Number(fields.latencyMs).toFixed(1)} ms`;
      for (const key of ["method", "route", "status", "latencyMs"]) delete fields[key];
    }
    const tail = Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
      .join(" ");
    process.stdout.write(`${head}${tail ? ` ${tail}` : ""}\n`);
  }
}

/**
 * Telemetry for the local server: the same logger, one readable line per request on stdout; no
 * metrics (they are CloudWatch's) and no traces.
 */
export function localTelemetry(): Telemetry & { logger: Logger } {
  const logger = new ReadableLogger({ serviceName: "storybank-local" });
  return {
    logger,
    request(line) {
      if (line.status >= 500) logger.error("request", { ...line });
      else logger.info("request", { ...line });
    },
    publish: () => undefined,
    span: untraced,
  };
}
