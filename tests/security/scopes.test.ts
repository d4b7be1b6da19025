import type { Scope } from "@storybank/core/apikey";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "../support/harness.ts";

/** Operations that hand out the whole bank or a rendered document also need `export`. */
const exportOperations = new Set(["GET /v1/export", "GET /v1/targets/{id}/cheat-sheet"]);

let h: Harness;
let operations: { method: string; template: string }[];
beforeAll(async () => {
  h = await harness();
  const spec = await (await h.app.request("/openapi.json")).json();
  operations = Object.entries<any>(spec.paths)
    .filter(([path]) => path.startsWith("/v1/"))
    .flatMap(([template, item]) =>
      Object.keys(item).map((method) => ({ method: method.toUpperCase(), template })),
    );
});

const needed = (method: string, template: string): Scope[] => [
  method === "GET" ? "read" : "write",
  ...(exportOperations.has(`${method} ${template}`) ? (["export"] as Scope[]) : []),
];

const scopeSets: Scope[][] = [
  ["read"],
  ["write"],
  ["export"],
  ["read", "write"],
  ["read", "export"],
  ["write", "export"],
  ["read", "write", "export"],
];

describe("every scope × every operation", () => {
  it("refuses with 403 exactly when a scope the operation needs is missing", async () => {
    const owner = `scopes-${Date.now()}`;
    const keys = await Promise.all(scopeSets.map((scopes) => h.apiKey(owner, scopes)));
    const mismatches: string[] = [];
    let probes = 0;
    for (const { method, template } of operations) {
      const path = template.replace(/\{[^}]+\}/g, "x_missing");
      for (const [i, scopes] of scopeSets.entries()) {
        const res = await h.app.request(path, {
          method,
          headers: { Authorization: `Bearer ${keys[i]}`, "Content-Type": "application/json" },
          body:
            method === "GET" || method === "DELETE"
              ? undefined
              : JSON.stringify({ name: "n", title: "t" }),
        });
        probes += 1;
        const allowed = needed(method, template).every((scope) => scopes.includes(scope));
        const refused = res.status === 403;
        if (allowed === refused || res.status === 401 || res.status >= 500) {
          mismatches.push(`${method} ${template} with [${scopes}] → ${res.status}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(probes).toBe(operations.length * scopeSets.length);
  });
});
