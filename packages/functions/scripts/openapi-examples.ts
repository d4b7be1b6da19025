/**
 * Writes src/rest/examples.json: a request and an answer for every operation of the REST API,
 * taken from a real run of the API (in process, on an in-memory store), with ids and times made
 * stable so the file changes only when what the API says changes. The OpenAPI document shows
 * them as examples; Spectral checks each against its schema.
 *
 *   npx tsx packages/functions/scripts/openapi-examples.ts
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import * as ApiKey from "@storybank/core/apikey";
import { authenticator } from "@storybank/core/auth";
import { createDb, ensureTable } from "@storybank/core/db";
import { createApp } from "../src/rest/app.ts";
import { startStore } from "../src/local/store.ts";

/** Per operationId: the request body (by media type) and each answer (by status, media type). */
type Examples = Record<
  string,
  { request?: Record<string, unknown>; responses: Record<string, Record<string, unknown>> }
>;

export const story = {
  title: "Streaming shipment tracking",
  kind: "achievement",
  tags: ["Performance", "Data platform"],
  headline: "P95 freshness 38 min → 70 s",
  context: { company: "Kestrel Freight", role: "Staff engineer", period: "2021", teamSize: 6 },
  questions: ["Tell me about your most significant technical achievement"],
  situation:
    "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
  task: "I owned bringing freshness under two minutes before peak season, without adding headcount.",
  actions: [
    {
      heading: "Measure first",
      points: [
        "Stamped each event at every hop and plotted a latency waterfall",
        "Found 31 of the 38 minutes in a nightly batch scheduler",
      ],
    },
    {
      heading: "Stream the hot path",
      points: [
        "Moved carrier pings onto a Kafka stream with idempotent writes",
        "Kept the batch job as a reconciler for late events",
      ],
    },
  ],
  results: [
    {
      heading: "Impact",
      points: ["P95 freshness from 38 min to 70 s", "Tickets down 66%", "Cloud spend down 12%"],
    },
  ],
  lessons: "Measure every hop before choosing a design.",
  differently: "Pull the ETA team in during week one.",
  takeaway: "The delay was scheduling, not compute.",
  refined:
    "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
  hooks: ["Thirty-eight minutes of lag, and 31 of them were a cron job."],
  followUps: [
    { question: "If asked about outcome", answer: "Tickets fell 66% and spend 12% in a quarter." },
  ],
  delivery: { pacing: "Slow down on the numbers", tone: "Calm", keyWords: ["p95", "70 seconds"] },
  values: [{ valueSetId: "staff-plus", valueKey: "metrics" }],
  connections: [
    { company: "Stripe", text: "Streaming ledgers need the same freshness discipline." },
  ],
  progress: { drafted: true, analyzed: true, refined: true },
};

const markdown = `## Pushing back on a launch date

**Situation:** Two weeks before launch, load tests showed checkout failing at 3x traffic.

**Task:** I owned the launch readiness review.

**Action:**
- I showed my director the failure curve and proposed a one-week slip
- I split the fix into three parallel tracks

**Result:**
- Launched one week late with zero checkout incidents
- Peak day revenue up 18%

**Lessons Learned:** Bring data, not opinions, to a disagreement.
`;

const valuesText = `# Kestrel values

**Own the outcome** — We finish what we start and say so early when we cannot.

**Measure twice** — Numbers before opinions.
`;

async function main() {
  const store = await startStore();
  const db = createDb({ table: "examples", endpoint: store.endpoint });
  await ensureTable(db);
  const app = createApp({ db, authenticate: authenticator(db, undefined) });
  const { key } = await ApiKey.create(db, "example-owner", { name: "examples" });
  const examples: Examples = {};

  async function call(
    operationId: string,
    method: string,
    path: string,
    body?: unknown,
    contentType = "application/json",
    accept?: string,
  ) {
    const text =
      body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const res = await app.request(path, {
      method,
      headers: {
        Authorization: `Bearer ${key}`,
        ...(text !== undefined ? { "Content-Type": contentType } : {}),
        ...(accept ? { Accept: accept } : {}),
      },
      body: text,
    });
    const type = (res.headers.get("Content-Type") ?? "").split(";")[0]!.trim();
    const raw = await res.text();
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${raw}`);
    const entry = (examples[operationId] ??= { responses: {} });
    if (body !== undefined) entry.request = { ...entry.request, [contentType]: body };
    if (raw) {
      const value = type.includes("json") ? JSON.parse(raw) : raw;
      entry.responses[res.status] = { ...entry.responses[res.status], [type]: value };
    }
    return raw && type.includes("json") ? JSON.parse(raw) : raw;
  }

  const created = await call("createStory", "POST", "/v1/stories", story);
  await call("listStories", "GET", "/v1/stories?limit=1");
  await call("getStory", "GET", `/v1/stories/${created.id}`);
  await call("updateStory", "PATCH", `/v1/stories/${created.id}`, {
    version: 1,
    lessons: "Measure every hop before choosing a design; the slow part is rarely where you guess.",
  });
  await call("checkStory", "GET", `/v1/stories/${created.id}/check`);
  await call("recordPractice", "POST", `/v1/stories/${created.id}/practice`, {
    seconds: 52,
    variant: "refined",
    note: "Rushed the numbers",
  });
  await call("listPractice", "GET", `/v1/stories/${created.id}/practice`);

  await call("listValueSets", "GET", "/v1/value-sets?limit=1");
  await call("getValueSet", "GET", "/v1/value-sets/staff-plus");
  const set = await call("createValueSet", "POST", "/v1/value-sets", {
    company: "Kestrel Freight",
    name: "Kestrel values",
    values: [
      {
        key: "own-the-outcome",
        name: "Own the outcome",
        description: "We finish what we start, and say so early when we cannot.",
      },
      { key: "measure-twice", name: "Measure twice", keywords: ["data", "metrics"] },
    ],
  });
  await call("updateValueSet", "PATCH", `/v1/value-sets/${set.id}`, {
    version: 1,
    source: "https://kestrel.example/careers/values",
  });
  await call(
    "importValueSet",
    "POST",
    "/v1/value-sets/import?company=Kestrel%20Freight&dryRun=true",
    valuesText,
    "text/markdown",
  );
  await call(
    "importValueSet",
    "POST",
    "/v1/value-sets/import?company=Kestrel%20Freight",
    valuesText,
    "text/markdown",
  );

  const apiKey = await call("createApiKey", "POST", "/v1/api-keys", {
    name: "Mock interview app",
    scopes: ["read", "write"],
  });
  await call("listApiKeys", "GET", "/v1/api-keys?limit=1");
  await call("revokeApiKey", "DELETE", `/v1/api-keys/${apiKey.id}`);

  const target = await call("createTarget", "POST", "/v1/targets", {
    company: "Stripe",
    role: "Staff engineer",
    valueSetIds: ["staff-plus"],
    interviewDate: "2026-03-12",
    questions: ["Tell me about a time you improved a system's performance"],
  });
  await call("listTargets", "GET", "/v1/targets?limit=1");
  await call("getTarget", "GET", `/v1/targets/${target.id}`);
  await call("updateTarget", "PATCH", `/v1/targets/${target.id}`, {
    version: 1,
    told: [{ storyId: created.id, round: "Hiring manager", date: "2026-03-12" }],
  });
  await call("getTailoring", "GET", `/v1/targets/${target.id}/tailoring?includeTold=true`);
  await call(
    "getCheatSheet",
    "GET",
    `/v1/targets/${target.id}/cheat-sheet?format=json&includeTold=true`,
  );
  await call("checkBank", "GET", `/v1/check?targetId=${target.id}`);

  await call("importDocument", "POST", "/v1/import?dryRun=true", markdown, "text/markdown");
  await call("exportBank", "GET", "/v1/export?format=json");
  await call("exportBank", "GET", "/v1/export?format=markdown");

  await call("deleteValueSet", "DELETE", `/v1/value-sets/${set.id}`);
  await call("deleteTarget", "DELETE", `/v1/targets/${target.id}`);
  await call("deleteStory", "DELETE", `/v1/stories/${created.id}`);
  await store.close();

  // The JSON bank to import: the export, as another tool would send it back.
  const exported = examples.exportBank!.responses["200"]!["application/json"];
  examples.importDocument!.request!["application/json"] = exported;
  // The schema document is long; its example names what it is.
  examples.getBankSchema = {
    responses: {
      "200": {
        "application/json": {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          $id: "https://storybank.dev/schema/bank/v1.json",
          title: "Storybank bank",
          type: "object",
        },
      },
    },
  };

  const path = new URL("../src/rest/examples.json", import.meta.url);
  const filepath = fileURLToPath(path);
  const options = { ...(await resolveConfig(filepath)), filepath };
  await writeFile(path, await format(JSON.stringify(stable(examples)), options));
  console.log(`Wrote ${path.pathname}`);
}

/** Ids numbered in order of appearance and every time set to one moment, so reruns match. */
function stable(examples: Examples): Examples {
  const ids = new Map<string, string>();
  let text = JSON.stringify(examples);
  text = text.replace(/\b(sty|tgt|vst|key|prc|imp)_[0-9a-z]{26}\b/g, (id, prefix: string) => {
    let fixed = ids.get(id);
    if (!fixed) {
      const n = [...ids.values()].filter((v) => v.startsWith(prefix)).length + 1;
      fixed = `${prefix}_01jd3k8w7q4t9m2x5c6v8b0n${String(n).padStart(2, "0")}`;
      ids.set(id, fixed);
    }
    return fixed;
  });
  text = text
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "2026-03-02T09:30:00.000Z")
    .replace(/sbk_[A-Za-z0-9_-]{43}/g, "sbk_YW4gZXhhbXBsZSBrZXksIG5vdCBhIHJlYWwgb25lISE")
    .replace(/"nextCursor":"[^"]+"/g, '"nextCursor":"eyJzIjoiU1RPUlkjc3R5XzAxIn0"')
    .replace(/"hint":"sbk_[A-Za-z0-9_-]{6}"/g, '"hint":"sbk_YW4gZX"')
    .replace(/storybank-\d{4}-\d{2}-\d{2}/g, "storybank-2026-03-02");
  return JSON.parse(text) as Examples;
}

await main();
