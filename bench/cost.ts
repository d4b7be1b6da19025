import { authenticator } from "@storybank/core/auth";
import * as ApiKey from "@storybank/core/apikey";
import { createDb, type Db, ensureTable } from "@storybank/core/db";
import { DEFAULT_LIMITS } from "@storybank/core/ratelimit";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import { startStore } from "../packages/functions/src/local/store.ts";
import { createApp } from "../packages/functions/src/rest/app.ts";
import { benchJwt, heading, measure } from "./support.ts";

/**
 * AWS prices, us-east-1, on-demand, as published on aws.amazon.com/{dynamodb,lambda,
 * api-gateway}/pricing on 2024-11-01 (DynamoDB's on-demand prices after that day's cut); check
 * them before relying on the totals.
 */
export const prices = {
  asOf: "2024-11-01",
  /** DynamoDB on-demand, per million read request units (one strongly consistent 4 KB read). */
  readRequestUnit: 0.125,
  /** DynamoDB on-demand, per million write request units (one 1 KB write). */
  writeRequestUnit: 0.625,
  /** API Gateway HTTP API, per million requests (first 300 million a month). */
  httpApiRequest: 1.0,
  /** Lambda, per million requests. */
  lambdaRequest: 0.2,
  /** Lambda arm64, per GB-second. */
  lambdaGbSecond: 0.0000133334,
};

/** The functions' memory (infra/api.ts), in GB. */
const LAMBDA_GB = 1;

/** Request units a store call consumed: DynamoDB's own figure where the store reports one. */
interface Units {
  reads: number;
  writes: number;
}

/**
 * Counts the request units every call through `db` consumes: writes 1 per KB of the item, reads
 * 1 per 4 KB strongly consistent and half that eventually consistent (Query: over the items it
 * answers), as DynamoDB bills them on demand.
 */
function meter(db: Db): Units {
  const units: Units = { reads: 0, writes: 0 };
  db.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ConsistentRead?: boolean; ReturnConsumedCapacity?: string };
      const name = String(context.commandName);
      const itemCall = /^(GetItem|PutItem|UpdateItem|DeleteItem|Query)Command$/.test(name);
      if (itemCall && name !== "QueryCommand") input.ReturnConsumedCapacity = "TOTAL";
      const result = await next(args);
      if (!itemCall) return result;
      const output = result.output as {
        ConsumedCapacity?: { CapacityUnits?: number };
        Items?: unknown[];
      };
      const reported = output.ConsumedCapacity?.CapacityUnits;
      const write = /^(PutItem|UpdateItem|DeleteItem)/.test(name);
      if (write) units.writes += reported ?? 1;
      else if (name === "QueryCommand") {
        const bytes = JSON.stringify(output.Items ?? []).length;
        units.reads += Math.max(1, Math.ceil(bytes / 4096)) * (input.ConsistentRead ? 1 : 0.5);
      } else units.reads += reported ?? (input.ConsistentRead ? 1 : 0.5);
      return result;
    },
    { step: "initialize", name: "benchMeter" },
  );
  return units;
}

const money = (dollars: number) => `$${dollars.toFixed(2)}`;

/**
 * What a million requests of a kind cost on AWS: DynamoDB request units counted on the store,
 * plus API Gateway and Lambda (requests, and GB-seconds at the median in-process time measured
 * here, which on a loaded machine overstates it).
 */
export async function run() {
  heading(
    `Cost per request: DynamoDB request units and AWS cost per million (prices us-east-1, ${prices.asOf})`,
  );
  const store = await startStore();
  try {
    const db = createDb({ table: "bench-cost", endpoint: store.endpoint });
    await ensureTable(db);
    const units = meter(db);
    const scenarios: { name: string; make: () => Promise<() => Promise<number>>; runs: number }[] =
      [];

    const user = async (sub: string) => {
      const { jwt, token } = await benchJwt(sub);
      // The deployed budgets: a busy client below half of them, as most are.
      const app = createApp({ db, authenticate: authenticator(db, jwt), limits: DEFAULT_LIMITS });
      return { app, token, owner: `jwt:${sub}` };
    };
    const request =
      (
        app: ReturnType<typeof createApp>,
        path: string,
        headers: Record<string, string>,
        init: RequestInit = {},
      ) =>
      async () => {
        const res = await app.request(path, {
          ...init,
          headers: { ...headers, ...(init.headers ?? {}) },
        });
        await res.arrayBuffer();
        return res.status;
      };

    scenarios.push({
      name: "GET /v1/stories/{id}, JWT",
      runs: 100,
      make: async () => {
        const { app, token, owner } = await user(`cost-get-jwt-${Date.now()}`);
        const story = await Story.create(db, owner, { title: "Cost", situation: "x".repeat(400) });
        return request(app, `/v1/stories/${story.id}`, { Authorization: `Bearer ${token}` });
      },
    });
    scenarios.push({
      name: "GET /v1/stories/{id}, API key",
      runs: 100,
      make: async () => {
        const { app, owner } = await user(`cost-get-key-${Date.now()}`);
        const story = await Story.create(db, owner, { title: "Cost", situation: "x".repeat(400) });
        const { key } = await ApiKey.create(db, owner, { name: "cost" });
        return request(app, `/v1/stories/${story.id}`, { Authorization: `Bearer ${key}` });
      },
    });
    scenarios.push({
      name: "POST /v1/stories, JWT",
      runs: 100,
      make: async () => {
        const { app, token } = await user(`cost-post-${Date.now()}`);
        return request(
          app,
          "/v1/stories",
          { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          { method: "POST", body: JSON.stringify({ title: "Cost", situation: "x".repeat(400) }) },
        );
      },
    });
    scenarios.push({
      name: "GET cheat sheet (JSON view, 6 stories), JWT",
      runs: 20,
      make: async () => {
        const { app, token, owner } = await user(`cost-sheet-${Date.now()}`);
        for (let i = 0; i < 6; i++) {
          await Story.create(db, owner, {
            title: `Story ${i}`,
            headline: "$4.2M saved, 42%",
            values: [{ valueSetId: "staff-plus", valueKey: "metrics" }],
          });
        }
        const target = await Target.create(db, owner, {
          company: "Stripe",
          valueSetIds: ["staff-plus"],
        });
        return request(app, `/v1/targets/${target.id}/cheat-sheet?format=json`, {
          Authorization: `Bearer ${token}`,
        });
      },
    });

    console.log(
      `  ${"request".padEnd(46)} ${"RRU/req".padStart(8)} ${"WRU/req".padStart(8)} ${"DynamoDB/M".padStart(11)} ${"median".padStart(8)} ${"total/M".padStart(9)}`,
    );
    for (const { name, make, runs } of scenarios) {
      const op = await make();
      const before = { ...units };
      const statuses = new Set<number>();
      const figures = await measure(async () => statuses.add(await op()), { runs, warmup: 0 });
      if ([...statuses].some((s) => s >= 300)) throw new Error(`${name}: status ${[...statuses]}`);
      const reads = (units.reads - before.reads) / runs;
      const writes = (units.writes - before.writes) / runs;
      const dynamo = reads * prices.readRequestUnit + writes * prices.writeRequestUnit;
      const lambda =
        prices.lambdaRequest + (figures.median / 1000) * LAMBDA_GB * prices.lambdaGbSecond * 1e6;
      const total = dynamo + lambda + prices.httpApiRequest;
      console.log(
        `  ${name.padEnd(46)} ${reads.toFixed(2).padStart(8)} ${writes.toFixed(2).padStart(8)} ${money(dynamo).padStart(11)} ${`${figures.median.toFixed(1)} ms`.padStart(8)} ${money(total).padStart(9)}`,
      );
    }
    console.log(
      "  (a busy client below half its minute budgets; past half, each request also writes its count)",
    );
  } finally {
    await store.close();
  }
}
