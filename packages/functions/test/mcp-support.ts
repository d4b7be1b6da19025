import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** Two stories in the usual story-document shape: STAR labels, question variants, lessons. */
export const twoStories = `# Interview stories

## STORY 1: CUTTING THE CLOUD BILL

**Question Variants:**
- "Tell me about a time you saved money"

**Situation:** At Northwind in 2022 our cloud bill grew 40% in a year while traffic grew 8%. Finance asked every team to cut spend.

**Task:** I owned finding and removing the waste in our platform's compute.

**Action:**
- Tagged every workload by owner and plotted cost per request
- Found idle staging clusters that ran all weekend
- Moved batch jobs to spot instances with checkpointing
- Pushed back on my director's plan to freeze hiring instead, with the data

**Result:**
- Spend down $1.2M a year, 31%
- No incident from the spot move in six months
- The cost dashboard became a monthly review for 9 teams

**Lessons Learned:** Measure before cutting; the biggest waste was invisible.

---

## STORY 2: THE FAILED MIGRATION

**Question Variants:**
- "Tell me about a failure"

**Situation:** At Northwind in 2023 we moved orders to a new database. The cut-over lost writes for 12 minutes.

**Task:** I led the migration and owned the recovery.

**Action:**
- Rolled back within 20 minutes and replayed the lost writes from the queue
- Wrote a blameless review and shared it with 4 teams
- Added dual writes and a shadow-read comparison before the next try

**Result:**
- Zero orders lost after the replay
- The second cut-over went clean, 0 errors
- The checklist is now the company's migration standard

**Lessons Learned:** Rehearse the rollback, not only the roll-forward.
`;

/** A tool's structured answer, failing the test with the problem when the call failed. */
export async function call<T = any>(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<T> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (result.isError)
    throw new Error(`${name} failed: ${JSON.stringify(result.structuredContent)}`);
  return result.structuredContent as T;
}

/** A failed call's problem (REST's body), failing the test if the call succeeded. */
export async function problemOf(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<{ type: string; status: number; detail: string; errors?: { path: string }[] }> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (!result.isError) throw new Error(`${name} succeeded: ${JSON.stringify(result)}`);
  return result.structuredContent as any;
}

/** The tools the server offers, in order. */
export const toolNames = [
  "search_stories",
  "get_story",
  "create_story",
  "update_story",
  "import_document",
  "list_value_sets",
  "create_target",
  "list_targets",
  "get_target",
  "tailor",
  "check_story",
  "log_practice",
  "get_cheat_sheet",
];
