import type { TestProject } from "vitest/node";
import { startStore } from "../../packages/functions/src/local/store.ts";

import "./harness.ts";

/**
 * One DynamoDB-protocol server for the whole run: dynalite in memory, started here, unless
 * STORYBANK_TEST_DYNAMODB_ENDPOINT names another (e.g. DynamoDB Local). Each test file makes
 * its own table.
 */
export default async function setup(project: TestProject) {
  const external = process.env.STORYBANK_TEST_DYNAMODB_ENDPOINT;
  if (external) {
    project.provide("dynamoEndpoint", external);
    return;
  }
  const store = await startStore();
  project.provide("dynamoEndpoint", store.endpoint);
  return () => store.close();
}
