import { beforeAll, describe, expect, it } from "vitest";
import { fixtureInputs } from "../../../tests/fixtures/index.ts";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

let h: Harness;
let user: User;
const ids: Record<string, string> = {};
let targetId: string;
beforeAll(async () => {
  h = await harness();
  user = await h.withUser();
  for (const key of ["stripe-risk", "stripe-team"]) {
    ids[key] = (await user.json("POST", "/v1/stories", fixtureInputs[key])).body.id;
  }
  targetId = (
    await user.json("POST", "/v1/targets", { company: "Netflix", valueSetIds: ["netflix-2024"] })
  ).body.id;
});

describe("GET /v1/stories/{id}/check", () => {
  it("answers the findings, readiness and figures", async () => {
    const { status, body } = await user.json("GET", `/v1/stories/${ids["stripe-team"]}/check`);
    expect(status).toBe(200);
    expect(body.storyId).toBe(ids["stripe-team"]);
    const codes = body.findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "placeholder",
        "results_no_numbers",
        "we_over_i",
        "refined_too_long",
      ]),
    );
    expect(body.findings[0]).toEqual({
      code: "placeholder",
      severity: "error",
      field: expect.any(String),
      message: expect.any(String),
    });
    expect(body.readiness).toBeGreaterThanOrEqual(0);
    expect(body.figures).toMatchObject({ wpm: 150, weCount: expect.any(Number) });
  });

  it("takes the pace and a target from the query", async () => {
    const path = `/v1/stories/${ids["stripe-risk"]}/check`;
    const plain = (await user.json("GET", path)).body;
    const slow = (await user.json("GET", `${path}?wpm=110`)).body;
    expect(slow.figures.refinedSeconds).toBeGreaterThan(plain.figures.refinedSeconds);
    expect(slow.findings.map((f: { code: string }) => f.code)).toContain("refined_too_long");
    const forNetflix = (await user.json("GET", `${path}?targetId=${targetId}`)).body;
    expect(forNetflix.findings).toContainEqual(
      expect.objectContaining({ code: "connection_missing", field: "connections" }),
    );
  });

  it("answers 400 for a bad query and 404 for unknown ids", async () => {
    const path = `/v1/stories/${ids["stripe-risk"]}/check`;
    for (const query of ["wpm=10", "wpm=fast", "wpm=1000", "extra=1"]) {
      expect((await user.request("GET", `${path}?${query}`)).status, query).toBe(400);
    }
    expect((await user.request("GET", "/v1/stories/sty_none/check")).status).toBe(404);
    expect((await user.request("GET", `${path}?targetId=tgt_none`)).status).toBe(404);
  });
});

describe("GET /v1/check", () => {
  it("answers readiness per story and for the bank", async () => {
    const { status, body } = await user.json("GET", "/v1/check");
    expect(status).toBe(200);
    expect(body.stories.map((s: { storyId: string }) => s.storyId)).toEqual([
      ids["stripe-risk"],
      ids["stripe-team"],
    ]);
    expect(body.stories[0]).toMatchObject({ ready: true, errors: 0 });
    expect(body.stories[1]).toMatchObject({ ready: false });
    expect(body).toMatchObject({ targetId: null, wpm: 150, valuesWithoutReadyStory: [] });
  });

  it("names the target's values without a ready story", async () => {
    const { body } = await user.json("GET", `/v1/check?targetId=${targetId}&wpm=160`);
    expect(body).toMatchObject({ targetId, wpm: 160 });
    expect(body.valuesWithoutReadyStory.length).toBeGreaterThan(0);
    expect(body.valuesWithoutReadyStory[0]).toEqual({
      valueSetId: "netflix-2024",
      valueKey: expect.any(String),
      valueName: expect.any(String),
      storyIds: expect.any(Array),
    });
    expect((await user.request("GET", "/v1/check?targetId=tgt_none")).status).toBe(404);
  });

  it("answers an empty bank", async () => {
    const other = await h.withUser();
    expect((await other.json("GET", "/v1/check")).body).toMatchObject({
      readiness: null,
      stories: [],
    });
  });
});
