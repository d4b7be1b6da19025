import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../support/harness.ts";

let h: Harness;
let user: User;
let spec: { paths: Record<string, Record<string, unknown>> };
beforeAll(async () => {
  h = await harness({ limits: { perUserPerMinute: 10_000, perKeyPerMinute: 10_000 } });
  user = await h.withUser();
  spec = await (await h.app.request("/openapi.json")).json();
});

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

describe("a method the path does not have", () => {
  it("answers 405 with Allow naming the path's methods, for every documented path", async () => {
    let checked = 0;
    for (const [template, item] of Object.entries(spec.paths)) {
      const path = template.replace(/\{[^}]+\}/g, "x-1");
      // Methods of every template the path fits (`/value-sets/import` is also `/value-sets/{id}`).
      const documented = Object.entries(spec.paths)
        .filter(([other]) => new RegExp(`^${other.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path))
        .flatMap(([, other]) => Object.keys(other).map((m) => m.toUpperCase()));
      expect(documented).toEqual(
        expect.arrayContaining(Object.keys(item).map((m) => m.toUpperCase())),
      );
      if (documented.includes("GET")) documented.push("HEAD");
      const allow = methods.filter((m) => documented.includes(m));
      for (const method of methods.filter((m) => !documented.includes(m))) {
        const res =
          method === "HEAD"
            ? await h.app.request(path, {
                method,
                headers: { Authorization: `Bearer ${user.token}` },
              })
            : await user.request(method, path, method === "GET" ? undefined : {});
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get("allow"), `${method} ${path}`).toBe(allow.join(", "));
        if (method !== "HEAD") {
          const body = await res.json();
          expect(body.status).toBe(405);
          expect(body.type).toBe("urn:storybank:problem:method_not_allowed");
        }
        checked++;
      }
    }
    // Every /v1 path lacks at least PUT: the count moves only if paths are added or removed.
    expect(checked).toBeGreaterThanOrEqual(Object.keys(spec.paths).length);
  });

  it("answers PUT /v1/stories/{id} with 405 and leaves the story alone", async () => {
    const created = await user.json("POST", "/v1/stories", { title: "Kept" });
    const res = await user.request("PUT", `/v1/stories/${created.body.id}`, { title: "Replaced" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE");
    expect((await user.json("GET", `/v1/stories/${created.body.id}`)).body.title).toBe("Kept");
  });

  it("still answers 404 for a path no route has", async () => {
    const res = await user.request("GET", "/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("allow")).toBeNull();
    expect((await h.app.request("/health", { method: "DELETE" })).status).toBe(405);
  });
});
