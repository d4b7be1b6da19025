import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as ApiKey from "@storybank/core/apikey";
import { createDb, ensureTable, ownerPk } from "@storybank/core/db";
import * as Story from "@storybank/core/story";
import { printSchema } from "graphql";
import { createSchema, createYoga } from "graphql-yoga";
import { schema } from "../packages/functions/src/graphql/schema.ts";
import { startStore } from "../packages/functions/src/local/store.ts";
import { benchApp, benchJwt, heading, measureInterleaved, report } from "./support.ts";

/**
 * `stories(first: 50)` with every field, through the local stack in-process (Hono, auth, the
 * request budget, armor, Yoga, core) against its floor: a bare Yoga server with the same types
 * answering the same 50 objects from one Query on the same dynalite.
 */
export async function run() {
  heading("GraphQL: stories(first: 50) via the local stack vs a bare Yoga server, same dynalite");
  const store = await startStore();
  const db = createDb({ table: "bench-graphql", endpoint: store.endpoint });
  await ensureTable(db);
  const owner = "jwt:bench-user";
  for (let i = 0; i < 50; i++) await Story.create(db, owner, story(i));
  const key = (await ApiKey.create(db, owner, { name: "bench" })).key;
  const { jwt, token } = await benchJwt("bench-user");

  const app = benchApp(db, jwt);
  const floor = createYoga({
    schema: createSchema({
      typeDefs: printSchema(schema),
      resolvers: {
        Query: {
          stories: async () => {
            const { Items = [] } = await db.doc.send(
              new QueryCommand({
                TableName: db.table,
                KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
                ExpressionAttributeValues: { ":pk": ownerPk(owner), ":p": Story.skPrefix },
                Limit: 50,
              }),
            );
            return {
              nodes: Items.map((item) => item.data),
              pageInfo: { hasNextPage: false, endCursor: null },
            };
          },
        },
      },
    }),
    graphiql: false,
    landingPage: false,
    logging: false,
  });

  const body = JSON.stringify({ query: storiesQuery() });
  const post = (authorization?: string) => () =>
    Promise.resolve(
      (authorization ? app : floor).fetch(
        new Request("http://bench/graphql", {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            ...(authorization ? { Authorization: authorization } : {}),
          },
          body,
        }),
      ),
    ).then((res) => res.text());
  const rest = () =>
    Promise.resolve(
      app.request("/v1/stories?limit=50", { headers: { Authorization: `Bearer ${token}` } }),
    ).then((res) => res.arrayBuffer());

  const ops = {
    floor: post(),
    jwt: post(`Bearer ${token}`),
    key: post(`Bearer ${key}`),
    rest,
  };
  await sameAnswers(ops.floor, ops.jwt, ops.key);

  console.log(" in-process, 300 requests each, interleaved with the floor:");
  const figures = await measureInterleaved(ops, { runs: 300, warmup: 30 });
  report("floor: bare Yoga, one Query of 50", figures.floor);
  report("POST /graphql stories(first: 50) (JWT)", figures.jwt, figures.floor);
  report("POST /graphql stories(first: 50) (API key)", figures.key, figures.floor);
  report("for comparison: GET /v1/stories?limit=50 (JWT)", figures.rest, figures.floor);
  await store.close();
}

/** The floor must answer what the stack answers, or the ratio compares different work. */
async function sameAnswers(...ops: (() => Promise<string>)[]) {
  const answers = await Promise.all(ops.map((op) => op()));
  const parsed = answers.map((text) => JSON.parse(text));
  if (parsed.some((answer) => answer.errors || answer.data.stories.nodes.length !== 50)) {
    throw new Error(`A GraphQL answer is not 50 stories: ${answers.map((a) => a.slice(0, 200))}`);
  }
  // The same 50 stories, every field; the stack's page also names its end cursor (a Relay
  // connection's last edge), which the floor does not make up.
  const [floor, ...rest] = parsed.map((answer) => JSON.stringify(answer.data.stories.nodes));
  if (rest.some((answer) => answer !== floor)) throw new Error("The floor answers differently");
}

function storiesQuery(): string {
  const fields = `id version createdAt updatedAt title kind tags headline
    context { company role period teamSize } questions situation task
    actions { heading points } results { heading points } lessons differently takeaway draft
    refined hooks followUps { question answer } delivery { pacing tone keyWords }
    coachingNotes analysis { section question answer } values { valueSetId valueKey }
    connections { company text }
    progress { drafted analyzed refined timedSeconds practiceCount lastPracticedAt }`;
  return `{ stories(first: 50) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`;
}

/** A story of the size a filled-in one has: about 2 KB of text. */
function story(i: number) {
  return {
    title: `Story ${i}: streaming shipment tracking`,
    kind: "achievement",
    tags: ["performance", "data platform"],
    headline: "P95 freshness 38 min → 70 s",
    context: { company: "Kestrel Freight", role: "Staff engineer", period: "2021", teamSize: 6 },
    questions: ["Tell me about your most significant technical achievement"],
    situation: "Tracking lagged reality by 38 minutes at p95. ".repeat(4),
    task: "I owned bringing freshness under two minutes before peak season.",
    actions: [
      {
        heading: "Measure first",
        points: ["Stamped each event at every hop", "Plotted a waterfall"],
      },
    ],
    results: [{ heading: "Cost", points: ["Spend down 12%", "Tickets down 66%"] }],
    lessons: "Measure every hop before choosing a design.",
    refined: "At Kestrel Freight, tracking lagged by 38 minutes. ".repeat(6),
    hooks: ["Thirty-eight minutes of lag…"],
    followUps: [{ question: "If asked about outcome", answer: "Tickets fell 66%." }],
    delivery: { pacing: "Slow on the numbers", tone: "Calm", keyWords: ["p95", "70 seconds"] },
    values: [{ valueSetId: "staff-plus", valueKey: "metrics" }],
    connections: [{ company: "Stripe", text: "Streaming ledgers at scale" }],
  };
}
