import { beforeAll, describe, expect, it } from "vitest";
import { fixtureInputs } from "../../../tests/fixtures/index.ts";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

let h: Harness;
let alice: User;
let bob: User;
let storyId: string;
let targetId: string;
let targetCursor: string;
let practiceCursor: string;

beforeAll(async () => {
  h = await harness();
  alice = await h.withUser("alice");
  bob = await h.withUser("bob");
  storyId = (await alice.json("POST", "/v1/stories", fixtureInputs["stripe-risk"])).body.id;
  for (let i = 0; i < 2; i++) {
    targetId = (
      await alice.json("POST", "/v1/targets", {
        company: `Alice Co ${i}`,
        valueSetIds: ["stripe-2025"],
        told: [{ storyId, round: "Screen" }],
      })
    ).body.id;
    await alice.json("POST", `/v1/stories/${storyId}/practice`, { seconds: 50 + i });
  }
  targetCursor = (await alice.json("GET", "/v1/targets?limit=1")).body.nextCursor;
  practiceCursor = (await alice.json("GET", `/v1/stories/${storyId}/practice?limit=1`)).body
    .nextCursor;
});

describe("a second user with the first user's target and story ids", () => {
  it("gets 404 on every target, tailoring, check and practice route", async () => {
    const missing = await bob.json("GET", "/v1/targets/tgt_00000000000000000000000000");
    const read = await bob.json("GET", `/v1/targets/${targetId}`);
    expect(read.status).toBe(404);
    // The same problem but for the request id, which names each request.
    expect({ ...read.body, requestId: undefined }).toEqual({
      ...missing.body,
      requestId: undefined,
    });
    const attempts: [string, string, unknown?][] = [
      ["PATCH", `/v1/targets/${targetId}`, { version: 1, company: "pwned" }],
      ["DELETE", `/v1/targets/${targetId}`],
      ["GET", `/v1/targets/${targetId}/tailoring`],
      ["GET", `/v1/targets/${targetId}/tailoring?includeTold=true`],
      ["GET", `/v1/stories/${storyId}/check`],
      ["GET", `/v1/check?targetId=${targetId}`],
      ["POST", `/v1/stories/${storyId}/practice`, { seconds: 1 }],
      ["GET", `/v1/stories/${storyId}/practice`],
    ];
    for (const [method, path, body] of attempts) {
      expect((await bob.request(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
  });

  it("sees empty lists, an empty bank, and cannot use the first user's cursors", async () => {
    expect((await bob.json("GET", "/v1/targets")).body).toEqual({ items: [], nextCursor: null });
    const bank = (await bob.json("GET", "/v1/check")).body;
    expect(bank).toMatchObject({ stories: [], readiness: null });
    const ownStory = (await bob.json("POST", "/v1/stories", { title: "Bob's" })).body.id;
    for (const path of [
      `/v1/targets?cursor=${encodeURIComponent(targetCursor)}`,
      `/v1/stories/${ownStory}/practice?cursor=${encodeURIComponent(practiceCursor)}`,
    ]) {
      const res = await bob.json("GET", path);
      expect(res.status, path).toBe(400);
      expect(JSON.stringify(res.body)).not.toContain("Alice");
    }
  });

  it("cannot tailor against the first user's stories from his own target", async () => {
    const own = (
      await bob.json("POST", "/v1/targets", {
        company: "Stripe",
        valueSetIds: ["stripe-2025"],
        told: [{ storyId }],
      })
    ).body;
    const t = (await bob.json("GET", `/v1/targets/${own.id}/tailoring?includeTold=true`)).body;
    // Bob's own story may fill the sheet as a weak match; Alice's never shows up.
    expect(t.selected).not.toContain(storyId);
    expect(JSON.stringify(t)).not.toContain(storyId);
  });

  it("leaves the first user's data untouched", async () => {
    const target = (await alice.json("GET", `/v1/targets/${targetId}`)).body;
    expect(target).toMatchObject({ company: "Alice Co 1", version: 1 });
    const story = (await alice.json("GET", `/v1/stories/${storyId}`)).body;
    expect(story.progress.practiceCount).toBe(
      fixtureInputs["stripe-risk"]!.progress!.practiceCount! + 2,
    );
    expect((await alice.json("GET", `/v1/stories/${storyId}/practice`)).body.items).toHaveLength(2);
  });
});
