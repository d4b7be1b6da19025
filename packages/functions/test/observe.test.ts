import { authenticator } from "@storybank/core/auth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Harness, harness } from "../../../tests/support/harness.ts";
import { ownerHash } from "../src/observe/middleware.ts";
import { lambdaTelemetry, localTelemetry } from "../src/observe/telemetry.ts";
import { createApp } from "../src/rest/app.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** What `work` writes to stdout, line by line (the logger and EMF metrics write there). */
async function stdoutOf(work: () => Promise<unknown>): Promise<string[]> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return written
    .join("")
    .split("\n")
    .filter((line) => line.trim());
}

describe("the local server's request log", () => {
  it("prints one readable line per request with its id, route, status and owner hash", async () => {
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      telemetry: localTelemetry(),
    });
    const token = await h.sign({ sub: "observe-local" });
    let res: Response | undefined;
    const lines = await stdoutOf(async () => {
      res = await app.request("/v1/stories/sty_01hzzzzzzzzzzzzzzzzzzzzz", {
        headers: { Authorization: `Bearer ${token}` },
      });
    });
    expect(res!.status).toBe(404);
    const requestId = res!.headers.get("X-Request-Id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await res!.json()) as { requestId: string }).requestId).toBe(requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} INFO {2}request GET \/v1\/stories\/:id 404 \d+\.\d ms /,
    );
    expect(lines[0]).toContain(`requestId=${requestId}`);
    expect(lines[0]).toContain(`owner=${ownerHash("jwt:observe-local")}`);
    expect(lines[0]).toContain("problem=not_found");
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain("observe-local");
  });

  it("gives each request its own id", async () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 3; i++)
      ids.add((await h.app.request("/health")).headers.get("X-Request-Id"));
    expect(ids.size).toBe(3);
  });
});

describe("budget refusals", () => {
  it("are logged with the budget's name and counted as BudgetRefusals", async () => {
    const telemetry = lambdaTelemetry("rest");
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      limits: { perUserPerMinute: 1000, perKeyPerMinute: 1 },
      telemetry,
    });
    const key = await h.apiKey(`observe-budget-${Date.now()}`, ["read"]);
    // Away from a minute's edge, so both requests count in one window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 55_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    const statuses: number[] = [];
    const lines = await stdoutOf(async () => {
      for (let i = 0; i < 2; i++) {
        const res = await app.request("/v1/stories", {
          headers: { Authorization: `Bearer ${key}` },
        });
        statuses.push(res.status);
      }
    });
    expect(statuses).toEqual([200, 429]);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const logs = parsed.filter((line) => line.message === "request");
    expect(logs.map((line) => [line.status, line.budget, line.credential])).toEqual([
      [200, undefined, "api-key"],
      [429, "key", "api-key"],
    ]);
    const metrics = parsed.filter((line) => "_aws" in line);
    expect(metrics.map((line) => [line.status, line.BudgetRefusals])).toEqual([
      ["200", undefined],
      ["429", 1],
    ]);
    expect(JSON.stringify(parsed)).not.toContain(key);
  });
});
