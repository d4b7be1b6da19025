import type { AddressInfo } from "node:net";
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { serve } from "@hono/node-server";
import * as ApiKey from "@storybank/core/apikey";
import { createDb, ensureTable, ownerPk } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import autocannon from "autocannon";
import { Hono } from "hono";
import { startStore } from "../packages/functions/src/local/store.ts";
import {
  benchApp,
  benchJwt,
  heading,
  measureInterleaved,
  report,
  type Figures,
} from "./support.ts";

/**
 * The REST API against its floor: a bare Hono route doing the same single GetItem / Query on
 * the same dynalite. Measured in-process (app.request) and over HTTP (autocannon).
 */
export async function run() {
  heading("REST API (foundation): full stack vs a bare Hono route on the same dynalite");
  const store = await startStore();
  const db = createDb({ table: "bench", endpoint: store.endpoint });
  await ensureTable(db);
  const owner = "bench-user";
  const stories = [];
  for (let i = 0; i < 50; i++) {
    stories.push(
      await Story.create(db, owner, {
        title: `Story ${i}`,
        situation: "x".repeat(400),
        tags: ["bench"],
      }),
    );
  }
  const id = stories[0]!.id;
  const key = (await ApiKey.create(db, owner, { name: "bench" })).key;
  const { jwt, token } = await benchJwt("bench-user");

  const app = benchApp(db, jwt);
  const floor = new Hono();
  floor.get("/story/:id", async (c) => {
    const { Item } = await db.doc.send(
      new GetCommand({
        TableName: db.table,
        Key: { pk: ownerPk(owner), sk: `STORY#${c.req.param("id")}` },
        ConsistentRead: true,
      }),
    );
    return c.json(Item?.data);
  });
  floor.get("/stories", async (c) => {
    const { Items } = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
        ExpressionAttributeValues: { ":pk": ownerPk(owner), ":p": "STORY#" },
        Limit: 50,
      }),
    );
    return c.json({ items: Items?.map((i) => i.data), nextCursor: null });
  });

  const viaKey = { Authorization: `Bearer ${key}` };
  const viaJwt = { Authorization: `Bearer ${token}` };
  const jwtOwnerStory = await Story.create(db, "jwt:bench-user", { title: "jwt" });
  for (let i = 0; i < 49; i++)
    await Story.create(db, "jwt:bench-user", { title: `jwt ${i}`, situation: "x".repeat(400) });

  const get =
    (path: string, headers: Record<string, string> = {}) =>
    () =>
      Promise.resolve(app.request(path, { headers })).then((r) => r.arrayBuffer());
  const bare = (path: string) => () =>
    Promise.resolve(floor.request(path)).then((r) => r.arrayBuffer());

  console.log(" in-process (app.request), 300 requests each, interleaved with the floor:");
  const one = await measureInterleaved(
    {
      floor: bare(`/story/${id}`),
      key: get(`/v1/stories/${id}`, viaKey),
      jwt: get(`/v1/stories/${jwtOwnerStory.id}`, viaJwt),
    },
    { runs: 300 },
  );
  report("floor: bare Hono GetItem", one.floor);
  report("GET /v1/stories/{id} (API key)", one.key, one.floor);
  report("GET /v1/stories/{id} (JWT)", one.jwt, one.floor);
  const fifty = await measureInterleaved(
    {
      floor: bare("/stories"),
      key: get("/v1/stories?limit=50", viaKey),
      jwt: get("/v1/stories?limit=50", viaJwt),
    },
    { runs: 300 },
  );
  report("floor: bare Hono Query 50", fifty.floor);
  report("GET /v1/stories?limit=50 (API key)", fifty.key, fifty.floor);
  report("GET /v1/stories?limit=50 (JWT)", fifty.jwt, fifty.floor);

  console.log(" over HTTP (autocannon, 10 connections, 3 s each):");
  const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
    new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
      const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          // Waits for requests still in flight, so none writes to a closed store.
          close: () => new Promise<void>((done) => server.close(() => done())),
        }),
      );
    });
  const floorServer = await listen(floor.fetch);
  const appServer = await listen(app.fetch);
  const load = async (
    url: string,
    headers: Record<string, string> = {},
  ): Promise<Figures & { rps: number }> => {
    const result = await autocannon({ url, connections: 10, duration: 3, headers });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return {
      median: result.latency.p50,
      p99: result.latency.p99,
      runs: result.requests.total,
      rps: result.requests.average,
    };
  };
  const http = async (
    name: string,
    figures: Figures & { rps: number },
    base?: Figures & { rps: number },
  ) => {
    report(`${name} (${Math.round(figures.rps)} req/s)`, figures, base);
  };
  const hFloorGet = await load(`${floorServer.url}/story/${id}`);
  await http("floor: bare Hono GetItem", hFloorGet);
  await http(
    "GET /v1/stories/{id} (API key)",
    await load(`${appServer.url}/v1/stories/${id}`, viaKey),
    hFloorGet,
  );
  await http(
    "GET /v1/stories/{id} (JWT)",
    await load(`${appServer.url}/v1/stories/${jwtOwnerStory.id}`, viaJwt),
    hFloorGet,
  );
  const hFloorList = await load(`${floorServer.url}/stories`);
  await http("floor: bare Hono Query 50", hFloorList);
  await http(
    "GET /v1/stories?limit=50 (API key)",
    await load(`${appServer.url}/v1/stories?limit=50`, viaKey),
    hFloorList,
  );
  await http(
    "GET /v1/stories?limit=50 (JWT)",
    await load(`${appServer.url}/v1/stories?limit=50`, viaJwt),
    hFloorList,
  );
  await Promise.all([floorServer.close(), appServer.close()]);
  // Requests the load generator abandoned at its deadline still finish their store calls.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await store.close();
}
