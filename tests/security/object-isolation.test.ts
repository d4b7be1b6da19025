import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../support/harness.ts";

/**
 * OWASP API1 across the whole published surface: a second user sends every id of the first
 * user's (of every kind, to every route that takes an id) and every cursor of the first user's
 * (to every list). Nothing succeeds, and each answer is the one a missing id gets.
 */
let h: Harness;
let alice: User;
let bob: User;
let spec: any;
const ids: string[] = [];
const cursors: string[] = [];

beforeAll(async () => {
  h = await harness({ limits: { perUserPerMinute: 100_000, exportsPerDay: 100_000 } });
  alice = await h.withUser("alice-iso");
  bob = await h.withUser("bob-iso");
  spec = await (await h.app.request("/openapi.json")).json();
  const add = async (path: string, body: unknown) => {
    const res = await alice.json("POST", path, body);
    expect(res.status).toBe(201);
    return res.body;
  };
  for (let i = 0; i < 3; i++) {
    const story = await add("/v1/stories", makeStory({ title: `Alice secret ${i}` }));
    const set = await add("/v1/value-sets", {
      company: "A",
      name: `Alice set ${i}`,
      values: [{ key: "k", name: "K" }],
    });
    const target = await add("/v1/targets", {
      company: `Alice co ${i}`,
      valueSetIds: [set.id, "staff-plus"],
    });
    const key = await add("/v1/api-keys", { name: `Alice key ${i}` });
    const entry = await add(`/v1/stories/${story.id}/practice`, {
      seconds: 50,
      variant: "refined",
    });
    ids.push(story.id, set.id, target.id, key.id, entry.id);
  }
  for (const path of [
    "/v1/stories",
    "/v1/value-sets",
    "/v1/targets",
    "/v1/api-keys",
    `/v1/stories/${ids[0]}/practice`,
  ]) {
    const page = await alice.json("GET", `${path}?limit=1`);
    if (page.body.nextCursor) cursors.push(page.body.nextCursor);
  }
});

const operations = () =>
  Object.entries<any>(spec.paths)
    .filter(([path]) => path.startsWith("/v1/"))
    .flatMap(([template, item]) =>
      Object.keys(item).map((method) => ({ method: method.toUpperCase(), template })),
    );

const bodyFor = (method: string) =>
  method === "GET" || method === "DELETE"
    ? undefined
    : { version: 1, title: "x", seconds: 50, variant: "refined" };

describe("a second user with every id and cursor of the first", () => {
  it("gets, from every route that takes an id, exactly what a missing id gets", async () => {
    const withIds = operations().filter(({ template }) => template.includes("{id}"));
    expect(withIds.length).toBeGreaterThanOrEqual(12);
    let probes = 0;
    const leaks: string[] = [];
    for (const { method, template } of withIds) {
      const missing = await bob.request(
        method,
        template.replace("{id}", "sty_01jd3k8w7q4t9m2x5c6v8b0n1r"),
        bodyFor(method),
      );
      // Each problem names its own request; everything else must match byte for byte.
      const withoutRequestId = (text: string) =>
        text.replace(/"requestId":"[0-9a-f-]{36}"/, '"requestId":""');
      const missingBody = withoutRequestId(await missing.text());
      for (const id of ids) {
        const res = await bob.request(method, template.replace("{id}", id), bodyFor(method));
        const body = withoutRequestId(await res.text());
        probes += 1;
        if (res.status < 400) leaks.push(`${method} ${template} with ${id} → ${res.status}`);
        if (res.status !== missing.status || body !== missingBody) {
          leaks.push(
            `${method} ${template} with ${id}: ${res.status} ${body}, not ${missing.status} ${missingBody}`,
          );
        }
        if (body.includes("Alice"))
          leaks.push(`${method} ${template} with ${id} shows Alice's data`);
      }
    }
    console.log(
      `object isolation: ${probes} probes of ${withIds.length} id routes × ${ids.length} ids, ${leaks.length} successes or leaks`,
    );
    expect(leaks).toEqual([]);
  });

  it("gets nothing of the first user's from lists, cursors and exports", async () => {
    const lists = operations().filter(
      ({ method, template }) => method === "GET" && !template.includes("{"),
    );
    let probes = 0;
    for (const { template } of lists) {
      for (const cursor of [undefined, ...cursors]) {
        const res = await bob.request(
          "GET",
          `${template}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
        );
        probes += 1;
        expect(res.status === 200 || res.status === 400, `${template} → ${res.status}`).toBe(true);
        expect(await res.text()).not.toContain("Alice");
      }
    }
    for (const format of ["json", "markdown"]) {
      const res = await bob.request("GET", `/v1/export?format=${format}`);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain("Alice");
    }
    console.log(
      `object isolation: ${probes} list probes with ${cursors.length} foreign cursors, 0 leaks`,
    );
    expect(probes).toBeGreaterThan(lists.length);
  });

  it("left the first user's data as it was", async () => {
    const bank = (await alice.json("GET", "/v1/export?format=json")).body;
    expect(bank.stories).toHaveLength(3);
    expect(bank.stories.every((s: { version: number }) => s.version === 2)).toBe(true);
    expect(bank.targets).toHaveLength(3);
    expect(bank.valueSets).toHaveLength(3);
    expect(bank.practice).toHaveLength(3);
    expect((await alice.json("GET", "/v1/api-keys")).body.items).toHaveLength(3);
  });
});
