import type { Tracer } from "@aws-lambda-powertools/tracer";
import type { LambdaTelemetry } from "../observe/telemetry.ts";

/**
 * Wraps a Lambda handler so that its log lines carry the invocation's context (function name,
 * Lambda request id, cold start) and the first invocation of a container reports `ColdStart`
 * (an EMF metric and an X-Ray annotation). The request's own line and metrics come from the
 * app's middleware (observe/middleware.ts).
 */
export function observedHandler<E, R>(
  handler: (event: E, context?: never) => Promise<R>,
  telemetry: LambdaTelemetry,
  tracer: Tracer,
): (event: E, context: unknown) => Promise<R> {
  let cold = true;
  return async (event, context) => {
    telemetry.logger.addContext(context as Parameters<LambdaTelemetry["logger"]["addContext"]>[0]);
    if (cold) {
      cold = false;
      telemetry.metrics.captureColdStartMetric();
      tracer.annotateColdStart();
    }
    return handler(event, context as never);
  };
}
