import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

let h: Harness;
let user: User;
let storyId: string;
beforeAll(async () => {
  h = await harness();
  user = await h.withUser();
  storyId = (await user.json("POST", "/v1/stories", { title: "Timed story" })).body.id;
});

describe("POST /v1/stories/{id}/practice", () => {
  it("records an entry (201) and updates the story's progress", async () => {
    const res = await user.json("POST", `/v1/stories/${storyId}/practice`, {
      seconds: 57,
      variant: "refined",
      note: "Slowed down on the numbers",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ storyId, seconds: 57, variant: "refined" });
    const story = (await user.json("GET", `/v1/stories/${storyId}`)).body;
    expect(story.progress).toMatchObject({
      timedSeconds: 57,
      practiceCount: 1,
      lastPracticedAt: res.body.at,
    });
  });

  it("works for a practice tool with a write-scoped API key", async () => {
    const key = await h.apiKey(user.owner, ["write"]);
    const res = await h.app.request(`/v1/stories/${storyId}/practice`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ seconds: 240, variant: "full" }),
    });
    expect(res.status).toBe(201);
    const readOnly = await h.apiKey(user.owner, ["read"]);
    const refused = await h.app.request(`/v1/stories/${storyId}/practice`, {
      method: "POST",
      headers: { Authorization: `Bearer ${readOnly}`, "Content-Type": "application/json" },
      body: JSON.stringify({ seconds: 50 }),
    });
    expect(refused.status).toBe(403);
  });

  it("refuses bad bodies with 400 and unknown stories with 404", async () => {
    for (const body of [{}, { seconds: -1 }, { seconds: 50, variant: "long" }, { seconds: "50" }]) {
      const res = await user.request("POST", `/v1/stories/${storyId}/practice`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(
      (await user.request("POST", "/v1/stories/sty_none/practice", { seconds: 50 })).status,
    ).toBe(404);
    const story = (await user.json("GET", `/v1/stories/${storyId}`)).body;
    expect(story.progress.practiceCount).toBe(2);
  });
});

describe("GET /v1/stories/{id}/practice", () => {
  it("lists the story's entries in pages, oldest first", async () => {
    const first = await user.json("GET", `/v1/stories/${storyId}/practice?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.items).toMatchObject([{ seconds: 57 }]);
    const rest = await user.json(
      "GET",
      `/v1/stories/${storyId}/practice?limit=10&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(rest.body).toMatchObject({
      items: [{ seconds: 240, variant: "full" }],
      nextCursor: null,
    });
    expect((await user.request("GET", "/v1/stories/sty_none/practice")).status).toBe(404);
    expect((await user.request("GET", `/v1/stories/${storyId}/practice?limit=500`)).status).toBe(
      400,
    );
  });
});

describe("DELETE /v1/stories/{id}", () => {
  it("takes the story's practice log with it", async () => {
    const story = (await user.json("POST", "/v1/stories", { title: "Short-lived" })).body;
    for (const seconds of [50, 55]) {
      await user.json("POST", `/v1/stories/${story.id}/practice`, { seconds, variant: "refined" });
    }
    const kept = (await user.json("GET", `/v1/stories/${storyId}/practice?limit=100`)).body.items;
    expect((await user.request("DELETE", `/v1/stories/${story.id}`)).status).toBe(204);
    const bank = (await user.json("GET", "/v1/export?format=json")).body;
    expect(bank.practice.filter((p: { storyId: string }) => p.storyId === story.id)).toEqual([]);
    expect(bank.practice.filter((p: { storyId: string }) => p.storyId === storyId)).toHaveLength(
      kept.length,
    );
  });
});
