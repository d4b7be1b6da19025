import { describe, expect, it } from "vitest";
import { v1Groups } from "../src/rest/groups.ts";
import { loadGroup } from "../src/rest/lazy-routes.ts";

describe("the /v1 route groups read on first use", () => {
  it("list exactly the operations each module declares, in its order", async () => {
    for (const [name, group] of Object.entries(v1Groups)) {
      const router = await loadGroup(group);
      const declared = [...new Set(router.routes.map((r) => `${r.method} ${r.path}`))];
      expect({ name, routes: group.routes.map(([m, p]) => `${m} ${p}`) }).toEqual({
        name,
        routes: declared,
      });
    }
  });

  it("declare no middleware of their own, which a lazy route would not run", async () => {
    for (const group of Object.values(v1Groups)) {
      const router = await loadGroup(group);
      expect(router.routes.filter((r) => r.method === "ALL")).toEqual([]);
    }
  });

  it("read a module once, however many requests ask for it", async () => {
    const group = v1Groups.practice;
    expect(await loadGroup(group)).toBe(await loadGroup(group));
  });
});
