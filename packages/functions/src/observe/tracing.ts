import { Tracer } from "@aws-lambda-powertools/tracer";
import type { Span } from "./scope.ts";

/**
 * X-Ray tracing for a Lambda function with Powertools' Tracer: `traceClient` records every call
 * of an AWS SDK v3 client (DynamoDB) as a subsegment, `span` opens a subsegment around a piece of
 * work (rendering a sheet, tailoring). Outside Lambda, or with `POWERTOOLS_TRACE_ENABLED=false`,
 * both pass through untouched.
 */
export function lambdaTracing(service: string): {
  tracer: Tracer;
  traceClient<T>(client: T): T;
  span: Span;
} {
  const tracer = new Tracer({ serviceName: `storybank-${service}` });
  const span: Span = async (name, work) => {
    const parent = tracer.isTracingEnabled() ? tracer.getSegment() : undefined;
    if (!parent) return work();
    const segment = parent.addNewSubsegment(`## ${name}`);
    tracer.setSegment(segment);
    try {
      return await work();
    } catch (error) {
      if (error instanceof Error) segment.addError(error);
      throw error;
    } finally {
      segment.close();
      tracer.setSegment(parent);
    }
  };
  return {
    tracer,
    traceClient: (client) => tracer.captureAWSv3Client(client),
    span,
  };
}
