import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../support/harness.ts";

/**
 * Many writers on one resource, each reading, changing and writing back with the version it
 * read and retrying on 409: the final state must hold every write that was acknowledged.
 */
let h: Harness;
let user: User;
beforeAll(async () => {
  h = await harness({ limits: { perUserPerMinute: 100_000 } });
  user = await h.withUser();
});

interface Race {
  acknowledged: number;
  conflicts: number;
}

async function race(
  writers: number,
  read: () => Promise<any>,
  write: (current: any, i: number) => Promise<Response>,
): Promise<Race> {
  const result: Race = { acknowledged: 0, conflicts: 0 };
  await Promise.all(
    Array.from({ length: writers }, async (_, i) => {
      for (let attempt = 0; attempt < 500; attempt++) {
        const res = await write(await read(), i);
        if (res.status === 200) {
          result.acknowledged += 1;
          return;
        }
        expect(res.status).toBe(409);
        result.conflicts += 1;
        await new Promise((r) => setTimeout(r, Math.random() * 5));
      }
      throw new Error(`writer ${i} never got through`);
    }),
  );
  return result;
}

describe("no lost updates", () => {
  it("on one story: 30 writers each add a question", async () => {
    const story = (await user.json("POST", "/v1/stories", { title: "Contested story" })).body;
    const path = `/v1/stories/${story.id}`;
    const outcome = await race(
      30,
      async () => (await user.json("GET", path)).body,
      (current, i) =>
        user.request("PATCH", path, {
          version: current.version,
          questions: [...current.questions, `Q${i}`],
        }),
    );
    const final = (await user.json("GET", path)).body;
    const lost = 30 - final.questions.length;
    console.log(
      `race on a story: 30 writers, ${outcome.acknowledged} acknowledged, ${outcome.conflicts} conflicts retried, ${lost} lost`,
    );
    expect(outcome.acknowledged).toBe(30);
    expect(new Set(final.questions).size).toBe(30);
    expect(final.version).toBe(31);
  });

  it("on one target: 40 writers each log a told story", async () => {
    const stories: string[] = [];
    for (let i = 0; i < 4; i++)
      stories.push((await user.json("POST", "/v1/stories", { title: `S${i}` })).body.id);
    const target = (
      await user.json("POST", "/v1/targets", { company: "Stripe", valueSetIds: ["stripe-2025"] })
    ).body;
    const path = `/v1/targets/${target.id}`;
    const outcome = await race(
      40,
      async () => (await user.json("GET", path)).body,
      (current, i) =>
        user.request("PATCH", path, {
          version: current.version,
          told: [
            ...current.told,
            { storyId: stories[i % 4], round: `Round ${i}`, interviewer: `I${i}` },
          ],
        }),
    );
    const final = (await user.json("GET", path)).body;
    const rounds = new Set(final.told.map((t: { round: string }) => t.round));
    console.log(
      `race on a target: 40 writers, ${outcome.acknowledged} acknowledged, ${outcome.conflicts} conflicts retried, ${40 - rounds.size} lost`,
    );
    expect(outcome.acknowledged).toBe(40);
    expect(rounds.size).toBe(40);
    expect(final.version).toBe(41);
  });

  it("between practice timers and an editor on one story", async () => {
    const story = (await user.json("POST", "/v1/stories", { title: "Practised" })).body;
    const path = `/v1/stories/${story.id}`;
    const timers = Array.from({ length: 20 }, (_, i) =>
      user.json("POST", `${path}/practice`, { seconds: 45 + i, variant: "refined" }),
    );
    const editor = race(
      10,
      async () => (await user.json("GET", path)).body,
      (current, i) =>
        user.request("PATCH", path, {
          version: current.version,
          hooks: [...current.hooks, `H${i}`],
        }),
    );
    const logged = await Promise.all(timers);
    await editor;
    expect(logged.every((r) => r.status === 201)).toBe(true);
    const final = (await user.json("GET", path)).body;
    expect(final.progress.practiceCount).toBe(20);
    expect(new Set(final.hooks).size).toBe(10);
  });
});
