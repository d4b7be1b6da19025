import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";

let h: Harness;
let alice: User;
let bob: User;
const ids = { stories: [] as string[], valueSets: [] as string[], apiKeys: [] as string[] };
let storyCursor: string;
let valueSetCursor: string;
let keyCursor: string;

beforeAll(async () => {
  h = await harness();
  alice = await h.withUser("alice");
  bob = await h.withUser("bob");
  for (let i = 0; i < 4; i++) {
    ids.stories.push(
      (await alice.json("POST", "/v1/stories", makeStory({ title: `Alice ${i}` }))).body.id,
    );
    ids.valueSets.push(
      (
        await alice.json("POST", "/v1/value-sets", {
          company: "A",
          name: `Set ${i}`,
          values: [{ key: "k", name: "K" }],
        })
      ).body.id,
    );
    ids.apiKeys.push((await alice.json("POST", "/v1/api-keys", { name: `key ${i}` })).body.id);
  }
  storyCursor = (await alice.json("GET", "/v1/stories?limit=1")).body.nextCursor;
  keyCursor = (await alice.json("GET", "/v1/api-keys?limit=1")).body.nextCursor;
  const sets = await alice.json("GET", "/v1/value-sets?limit=100");
  const builtIns = sets.body.items.filter((s: { builtIn: boolean }) => s.builtIn).length;
  valueSetCursor = (await alice.json("GET", `/v1/value-sets?limit=${builtIns + 1}`)).body
    .nextCursor;
});

describe("a second user with every id and cursor of the first", () => {
  it("gets 404 on every item route, exactly as for a missing id", async () => {
    const missing = await bob.json("GET", "/v1/stories/sty_00000000000000000000000000");
    for (const id of ids.stories) {
      const read = await bob.json("GET", `/v1/stories/${id}`);
      expect(read.status).toBe(404);
      // The same problem but for the request id, which names each request.
      expect({ ...read.body, requestId: undefined }).toEqual({
        ...missing.body,
        requestId: undefined,
      });
      expect(
        (await bob.request("PATCH", `/v1/stories/${id}`, { version: 1, title: "pwned" })).status,
      ).toBe(404);
      expect((await bob.request("DELETE", `/v1/stories/${id}`)).status).toBe(404);
    }
    for (const id of ids.valueSets) {
      expect((await bob.request("GET", `/v1/value-sets/${id}`)).status).toBe(404);
      expect(
        (await bob.request("PATCH", `/v1/value-sets/${id}`, { version: 1, name: "pwned" })).status,
      ).toBe(404);
      expect((await bob.request("DELETE", `/v1/value-sets/${id}`)).status).toBe(404);
    }
    for (const id of ids.apiKeys) {
      expect((await bob.request("DELETE", `/v1/api-keys/${id}`)).status).toBe(404);
    }
  });

  it("sees empty lists and cannot use the first user's cursors", async () => {
    expect((await bob.json("GET", "/v1/stories")).body).toEqual({ items: [], nextCursor: null });
    expect((await bob.json("GET", "/v1/api-keys")).body).toEqual({ items: [], nextCursor: null });
    const sets = (await bob.json("GET", "/v1/value-sets?limit=100")).body.items;
    expect(sets.every((s: { builtIn: boolean }) => s.builtIn)).toBe(true);
    for (const [path, cursor] of [
      ["/v1/stories", storyCursor],
      ["/v1/api-keys", keyCursor],
      ["/v1/value-sets", valueSetCursor],
    ]) {
      expect(cursor).toEqual(expect.any(String));
      const res = await bob.json("GET", `${path}?cursor=${encodeURIComponent(cursor!)}`);
      expect(
        res.status === 400 ||
          (res.status === 200 &&
            res.body.items.every((i: { builtIn?: boolean }) => i.builtIn !== false)),
      ).toBe(true);
      expect(JSON.stringify(res.body)).not.toContain("Alice");
    }
  });

  it("leaves the first user's data untouched", async () => {
    const stories = (await alice.json("GET", "/v1/stories")).body.items;
    expect(stories.map((s: { title: string; version: number }) => [s.title, s.version])).toEqual([
      ["Alice 0", 1],
      ["Alice 1", 1],
      ["Alice 2", 1],
      ["Alice 3", 1],
    ]);
    expect((await alice.json("GET", "/v1/api-keys")).body.items).toHaveLength(4);
  });
});
