/**
 * A whole flow through the typed client: create a story, create a target for a company, tailor
 * the bank to it, and download the one-page cheat sheet as a PDF.
 *
 *   npm start                                   # in another terminal
 *   npx tsx packages/client/examples/flow.ts    # STORYBANK_URL, STORYBANK_API_KEY to override
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createStorybankClient, type StorybankClient } from "../src/index.ts";

export interface FlowResult {
  storyId: string;
  targetId: string;
  /** The stories the tailoring chose for the sheet. */
  selected: string[];
  /** The PDF's bytes. */
  sheet: Uint8Array;
}

/** Runs the flow against `api`; throws with the problem's detail if any call fails. */
export async function flow(api: StorybankClient): Promise<FlowResult> {
  const story = await api.POST("/v1/stories", {
    body: {
      title: "Streaming shipment tracking",
      kind: "achievement",
      headline: "P95 freshness 38 min → 70 s",
      tags: ["Performance"],
      situation: "Tracking lagged reality by 38 minutes; shippers filed 9,000 tickets a month.",
      task: "I owned bringing freshness under two minutes before peak season.",
      actions: [{ heading: "Measure first", points: ["Stamped each event at every hop"] }],
      results: [{ points: ["P95 freshness from 38 min to 70 s", "Tickets down 66%"] }],
      values: [{ valueSetId: "staff-plus", valueKey: "metrics" }],
    },
  });
  if (!story.data) throw new Error(`Creating the story failed: ${story.error?.detail}`);

  const target = await api.POST("/v1/targets", {
    body: { company: "Stripe", role: "Staff engineer", valueSetIds: ["staff-plus"] },
  });
  if (!target.data) throw new Error(`Creating the target failed: ${target.error?.detail}`);

  const tailoring = await api.GET("/v1/targets/{id}/tailoring", {
    params: { path: { id: target.data.id } },
  });
  if (!tailoring.data) throw new Error(`Tailoring failed: ${tailoring.error?.detail}`);

  const sheet = await api.GET("/v1/targets/{id}/cheat-sheet", {
    params: { path: { id: target.data.id }, query: { format: "pdf", paper: "a4" } },
    parseAs: "arrayBuffer",
  });
  if (!sheet.data) throw new Error(`The cheat sheet failed: ${sheet.error?.detail}`);

  return {
    storyId: story.data.id,
    targetId: target.data.id,
    selected: tailoring.data.selected,
    sheet: new Uint8Array(sheet.data as ArrayBuffer),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const baseUrl = process.env.STORYBANK_URL ?? "http://127.0.0.1:3000";
  const token =
    process.env.STORYBANK_API_KEY ?? (await readFile(".storybank/api-key", "utf8")).trim();
  const result = await flow(createStorybankClient({ baseUrl, token }));
  await writeFile("cheat-sheet.pdf", result.sheet);
  console.log(
    `Story ${result.storyId}, target ${result.targetId}: ${result.selected.length} stories chosen; cheat-sheet.pdf written (${result.sheet.length} bytes).`,
  );
}
