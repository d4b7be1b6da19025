import type { Tracer } from "@aws-lambda-powertools/tracer";
import type { LambdaTelemetry } from "../observe/telemetry.ts";
import type { lambdaTracing } from "../observe/tracing.ts";

/**
 * X-Ray tracing, when the function runs with active tracing (Lambda then sets
 * `AWS_XRAY_DAEMON_ADDRESS`) and `POWERTOOLS_TRACE_ENABLED` is not `false`; else undefined. The
 * X-Ray SDK is loaded only then: elsewhere (tests, benchmarks, tracing off) a cold start does
 * not read it.
 */
export async function tracingIfActive(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ReturnType<typeof lambdaTracing> | undefined> {
  if (!env.AWS_XRAY_DAEMON_ADDRESS || env.POWERTOOLS_TRACE_ENABLED === "false") return undefined;
  const { lambdaTracing } = await import("../observe/tracing.ts");
  return lambdaTracing(service);
}

/**
 * Wraps a Lambda handler so that its log lines carry the invocation's context (function name,
 * Lambda request id, cold start) and the first invocation of a container reports `ColdStart`
 * (an EMF metric and an X-Ray annotation). The request's own line and metrics come from the
 * app's middleware (observe/middleware.ts).
 */
export function observedHandler<E, R>(
  handler: (event: E, context?: never) => Promise<R>,
  telemetry: LambdaTelemetry,
  tracer: Tracer | undefined,
): (event: E, context: unknown) => Promise<R> {
  let cold = true;
  return async (event, context) => {
    telemetry.logger.addContext(context as Parameters<LambdaTelemetry["logger"]["addContext"]>[0]);
    if (cold) {
      cold = false;
      telemetry.metrics.captureColdStartMetric();
      tracer?.annotateColdStart();
    }
    return handler(event, context as never);
  };
}
