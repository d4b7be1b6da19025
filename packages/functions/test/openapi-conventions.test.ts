import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

/**
 * The published document is one that client generators take as is: every operation named by
 * its action, every body with an example, every error it can answer documented with the problem
 * schema, the headers a client relies on documented, and nothing a generator would misread
 * (no `default` in what a client sends).
 */

let h: Harness;
let alice: User;
let spec: any;
beforeAll(async () => {
  h = await harness();
  alice = await h.withUser("openapi-conventions");
  spec = await (await h.app.request("/openapi.json")).json();
});

type Operation = { method: string; path: string; op: any };

const operations = (): Operation[] =>
  Object.entries<any>(spec.paths).flatMap(([path, item]) =>
    Object.entries<any>(item).map(([method, op]) => ({ method, path, op })),
  );

/** Follows `$ref`s within the document. */
const deref = (value: any): any => {
  if (!value?.$ref) return value;
  const found = (value.$ref as string)
    .replace(/^#\//, "")
    .split("/")
    .reduce((node: any, key) => node?.[key], spec);
  return deref(found);
};

const binary = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
]);

describe("the OpenAPI document, for client generators", () => {
  it("names every operation by its action, once", () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids).toHaveLength(28);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z]+$/);
    expect(ids).toEqual(
      expect.arrayContaining([
        "createStory",
        "listStories",
        "getStory",
        "updateStory",
        "deleteStory",
        "getCheatSheet",
        "getTailoring",
        "importDocument",
        "exportBank",
        "revokeApiKey",
      ]),
    );
  });

  it("has an example on every request and response body (binary sheets aside)", () => {
    const missing: string[] = [];
    let examples = 0;
    for (const { method, path, op } of operations()) {
      for (const [type, media] of Object.entries<any>(op.requestBody?.content ?? {})) {
        if (media.example === undefined) missing.push(`${method} ${path} request ${type}`);
        else examples++;
      }
      for (const [status, response] of Object.entries<any>(op.responses)) {
        for (const [type, media] of Object.entries<any>(deref(response).content ?? {})) {
          if (binary.has(type)) continue;
          if (media.example === undefined) missing.push(`${method} ${path} ${status} ${type}`);
          else examples++;
        }
      }
    }
    expect(missing).toEqual([]);
    expect(examples).toBeGreaterThanOrEqual(233);
  });

  it("documents every error an operation can answer, with the problem schema", () => {
    const missing: string[] = [];
    for (const { method, path, op } of operations()) {
      if (!path.startsWith("/v1/")) continue;
      const wanted = ["401", "403", "429", "500"];
      const hasBody = op.requestBody !== undefined;
      if (hasBody || (op.parameters ?? []).length > 0) wanted.push("400");
      if (path.includes("{id}")) wanted.push("404");
      if (method === "post" || method === "patch") wanted.push("409");
      if (hasBody) wanted.push("413", "415");
      if (/^\/v1\/(stories|targets|value-sets)\/\{id\}$/.test(path) && method !== "get") {
        wanted.push("412");
      }
      for (const status of wanted) {
        const response = deref(op.responses[status]);
        const problem = response?.content?.["application/problem+json"];
        if (!problem || deref(problem.schema) !== spec.components.schemas.Problem) {
          missing.push(`${method} ${path} ${status}`);
        } else expect(problem.example.status).toBe(Number(status));
      }
      const limited = deref(op.responses["429"]);
      expect(Object.keys(limited.headers)).toEqual(expect.arrayContaining(["Retry-After"]));
    }
    expect(missing).toEqual([]);
  });

  it("documents the budget, idempotency, Location and ETag headers and their parameters", () => {
    for (const { method, path, op } of operations()) {
      if (!path.startsWith("/v1/")) continue;
      const parameters = (op.parameters ?? []).map((p: any) => deref(p).name);
      if (method === "post") expect(parameters).toContain("Idempotency-Key");
      const versioned = /^\/v1\/(stories|targets|value-sets)\/\{id\}$/.test(path);
      if (versioned && method !== "get") expect(parameters).toContain("If-Match");
      for (const [status, response] of Object.entries<any>(op.responses)) {
        if (!status.startsWith("2")) continue;
        const headers = Object.keys(response.headers ?? {});
        expect(headers).toEqual(
          expect.arrayContaining(["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]),
        );
        if (method === "post") expect(headers).toContain("Idempotent-Replayed");
        if (status === "201" && op.operationId !== "recordPractice") {
          expect(headers).toContain("Location");
        }
        if (versioned && method !== "delete") expect(headers).toContain("ETag");
      }
    }
  });

  it("puts no default in what a client sends", () => {
    const defaults: string[] = [];
    const seen = new Set<unknown>();
    const walk = (node: any, where: string) => {
      if (node === null || typeof node !== "object" || seen.has(node)) return;
      seen.add(node);
      if (node.$ref) return walk(deref(node), `${where} → ${node.$ref}`);
      if (!Array.isArray(node) && "default" in node) defaults.push(where);
      for (const [key, value] of Object.entries(node)) {
        if (key !== "example" && key !== "examples") walk(value, `${where}.${key}`);
      }
    };
    for (const { method, path, op } of operations()) {
      for (const [type, media] of Object.entries<any>(op.requestBody?.content ?? {})) {
        walk(media.schema, `${method} ${path} ${type}`);
      }
    }
    expect(defaults).toEqual([]);
  });

  it("describes every tag in its own words", () => {
    expect(spec.tags).toHaveLength(7);
    for (const tag of spec.tags) {
      expect(tag.description.length).toBeGreaterThan(40);
      expect(tag.description).not.toBe(tag.name);
    }
  });
});

describe("Location, ETag and If-Match", () => {
  it("answers a create with Location and ETag, and a read with the version as ETag", async () => {
    const created = await alice.request("POST", "/v1/stories", { title: "Tagged" });
    expect(created.status).toBe(201);
    const story = await created.json();
    expect(created.headers.get("Location")).toBe(`/v1/stories/${story.id}`);
    expect(created.headers.get("ETag")).toBe('"1"');
    const read = await alice.request("GET", created.headers.get("Location")!);
    expect(read.status).toBe(200);
    expect(read.headers.get("ETag")).toBe('"1"');

    const target = await alice.request("POST", "/v1/targets", { company: "Stripe" });
    expect(target.headers.get("Location")).toMatch(/^\/v1\/targets\/tgt_/);
    const set = await alice.request("POST", "/v1/value-sets", {
      company: "Kestrel",
      name: "Kestrel values",
      values: [{ key: "own-it", name: "Own it" }],
    });
    expect(set.headers.get("Location")).toMatch(/^\/v1\/value-sets\/vst_/);
    const key = await alice.request("POST", "/v1/api-keys", { name: "tool" });
    expect(key.headers.get("Location")).toMatch(/^\/v1\/api-keys\/key_/);
  });

  it("changes only the version If-Match names: 412 otherwise, and nothing changes", async () => {
    const story = await (await alice.request("POST", "/v1/stories", { title: "Guarded" })).json();
    const path = `/v1/stories/${story.id}`;
    const first = await alice.request(
      "PATCH",
      path,
      { version: 1, lessons: "One" },
      {
        "If-Match": '"1"',
      },
    );
    expect(first.status).toBe(200);
    expect(first.headers.get("ETag")).toBe('"2"');

    const stale = await alice.request(
      "PATCH",
      path,
      { version: 1, lessons: "Lost" },
      {
        "If-Match": '"1"',
      },
    );
    expect(stale.status).toBe(412);
    expect(stale.headers.get("content-type")).toContain("application/problem+json");
    expect((await stale.json()).type).toBe("urn:storybank:problem:precondition_failed");

    const disagree = await alice.request(
      "PATCH",
      path,
      { version: 2, lessons: "Lost" },
      {
        "If-Match": '"1"',
      },
    );
    expect(disagree.status).toBe(412);
    const weak = await alice.request(
      "PATCH",
      path,
      { version: 2, lessons: "Lost" },
      {
        "If-Match": 'W/"2"',
      },
    );
    expect(weak.status).toBe(412);
    const garbage = await alice.request(
      "PATCH",
      path,
      { version: 2, lessons: "Lost" },
      {
        "If-Match": "2",
      },
    );
    expect(garbage.status).toBe(400);
    expect((await (await alice.request("GET", path)).json()).lessons).toBe("One");

    const staleDelete = await alice.request("DELETE", path, undefined, { "If-Match": '"1"' });
    expect(staleDelete.status).toBe(412);
    expect((await alice.request("GET", path)).status).toBe(200);
    const deleted = await alice.request("DELETE", path, undefined, { "If-Match": '"7", "2"' });
    expect(deleted.status).toBe(204);
    expect((await alice.request("GET", path)).status).toBe(404);
  });

  it("guards targets and value sets the same way", async () => {
    const target = await (
      await alice.request("POST", "/v1/targets", { company: "Netflix" })
    ).json();
    const stale = await alice.request(
      "PATCH",
      `/v1/targets/${target.id}`,
      { version: 1, notes: "x" },
      { "If-Match": '"4"' },
    );
    expect(stale.status).toBe(412);
    const set = await (
      await alice.request("POST", "/v1/value-sets", {
        company: "Kestrel",
        name: "Guarded values",
        values: [{ key: "own-it", name: "Own it" }],
      })
    ).json();
    const staleDelete = await alice.request("DELETE", `/v1/value-sets/${set.id}`, undefined, {
      "If-Match": '"2"',
    });
    expect(staleDelete.status).toBe(412);
    const any = await alice.request("DELETE", `/v1/value-sets/${set.id}`, undefined, {
      "If-Match": "*",
    });
    expect(any.status).toBe(204);
  });
});
