import { beforeAll, describe, expect, it } from "vitest";
import { fixtureInputs } from "../../../tests/fixtures/index.ts";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";

let h: Harness;
let user: User;
beforeAll(async () => {
  h = await harness();
  user = await h.withUser();
});

const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toContain("application/problem+json");
  return (await res.json()) as { detail: string; errors?: { path: string }[] };
};

describe("POST and GET /v1/targets", () => {
  it("creates a target (201) and reads it back", async () => {
    const created = await user.json("POST", "/v1/targets", {
      company: "Stripe",
      role: "Staff engineer",
      valueSetIds: ["stripe-2025"],
      interviewDate: "2025-06-06",
      questions: ["Tell me about a time you moved fast"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ company: "Stripe", version: 1, told: [], notes: "" });
    expect(created.body.id).toMatch(/^tgt_/);
    const read = await user.json("GET", `/v1/targets/${created.body.id}`);
    expect(read).toMatchObject({ status: 200, body: created.body });
  });

  it("refuses bad bodies with 400 and the field", async () => {
    const problem = await expectProblem(
      await user.request("POST", "/v1/targets", { company: "X", valueSetIds: ["made-up"] }),
      400,
    );
    expect(problem.errors).toEqual([{ path: "valueSetIds.0", message: 'No value set "made-up"' }]);
    await expectProblem(await user.request("POST", "/v1/targets", { role: "no company" }), 400);
    await expectProblem(await user.request("POST", "/v1/targets", "{not json"), 400);
  });

  it("lists targets in pages", async () => {
    const own = await h.withUser();
    for (let i = 0; i < 3; i++) await own.json("POST", "/v1/targets", { company: `C${i}` });
    const first = await own.json("GET", "/v1/targets?limit=2");
    expect(first.body.items.map((t: { company: string }) => t.company)).toEqual(["C0", "C1"]);
    const rest = await own.json(
      "GET",
      `/v1/targets?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(rest.body).toMatchObject({ items: [{ company: "C2" }], nextCursor: null });
    await expectProblem(await own.request("GET", "/v1/targets?limit=0"), 400);
  });
});

describe("PATCH and DELETE /v1/targets/{id}", () => {
  it("logs a telling with the version read, and refuses a stale version with 409", async () => {
    const target = (await user.json("POST", "/v1/targets", { company: "Meta" })).body;
    const told = [{ storyId: "sty_a", round: "Onsite 1", interviewer: "Kim", date: "2025-06-03" }];
    const next = await user.json("PATCH", `/v1/targets/${target.id}`, { version: 1, told });
    expect(next).toMatchObject({ status: 200, body: { version: 2, told } });
    await expectProblem(
      await user.request("PATCH", `/v1/targets/${target.id}`, { version: 1, notes: "x" }),
      409,
    );
    await expectProblem(
      await user.request("PATCH", `/v1/targets/${target.id}`, { notes: "x" }),
      400,
    );
  });

  it("deletes (204), then answers 404", async () => {
    const target = (await user.json("POST", "/v1/targets", { company: "Gone" })).body;
    expect((await user.request("DELETE", `/v1/targets/${target.id}`)).status).toBe(204);
    await expectProblem(await user.request("GET", `/v1/targets/${target.id}`), 404);
    await expectProblem(await user.request("DELETE", `/v1/targets/${target.id}`), 404);
    await expectProblem(
      await user.request("PATCH", `/v1/targets/${target.id}`, { version: 1 }),
      404,
    );
  });
});

describe("GET /v1/targets/{id}/tailoring", () => {
  let owner: User;
  const ids: Record<string, string> = {};
  let targetId: string;
  beforeAll(async () => {
    owner = await h.withUser();
    for (const key of ["stripe-risk", "stripe-conflict", "stripe-learning", "stripe-team"]) {
      ids[key] = (await owner.json("POST", "/v1/stories", fixtureInputs[key])).body.id;
    }
    targetId = (
      await owner.json("POST", "/v1/targets", {
        company: "Stripe",
        valueSetIds: ["stripe-2025"],
        questions: ["Tell me about learning accounting from scratch"],
        told: [{ storyId: ids["stripe-learning"], round: "Screen" }],
      })
    ).body.id;
  });

  it("matches the target's values to stories, with reasons, leaving out told stories", async () => {
    const { status, body } = await owner.json("GET", `/v1/targets/${targetId}/tailoring`);
    expect(status).toBe(200);
    expect(body.targetId).toBe(targetId);
    expect(body.values).toHaveLength(8);
    const urgency = body.values.find(
      (v: { valueKey: string }) => v.valueKey === "move-with-urgency-and-focus",
    );
    expect(urgency).toMatchObject({
      valueSetId: "stripe-2025",
      valueName: "Move with urgency and focus",
      best: { storyId: ids["stripe-risk"], score: expect.any(Number) },
    });
    expect(urgency.best.reasons.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(ids["stripe-learning"]);
    // Without the learning story, Curious falls to a story that only touches it.
    const curious = body.values.find((v: { valueKey: string }) => v.valueKey === "curious");
    expect(curious.best.score).toBeLessThan(urgency.best.score / 2);
    expect(body.questions[0]).toMatchObject({ source: "target" });
  });

  it("takes size and includeTold from the query", async () => {
    const small = await owner.json("GET", `/v1/targets/${targetId}/tailoring?size=1`);
    expect(small.body.selected).toHaveLength(1);
    const all = await owner.json("GET", `/v1/targets/${targetId}/tailoring?includeTold=true`);
    expect(all.body.selected).toContain(ids["stripe-learning"]);
    // The told story back in the bank can only close gaps, never open one.
    const told = await owner.json("GET", `/v1/targets/${targetId}/tailoring`);
    const keys = (gaps: { valueKey: string }[]) => gaps.map((gap) => gap.valueKey);
    expect(keys(told.body.gaps)).toEqual(expect.arrayContaining(keys(all.body.gaps)));
    expect(all.body.gaps.length).toBeLessThanOrEqual(told.body.gaps.length);
    expect(all.body.questions[0].storyId).toBe(ids["stripe-learning"]);
    for (const query of ["size=0", "size=13", "size=two", "includeTold=yes", "other=1"]) {
      await expectProblem(
        await owner.request("GET", `/v1/targets/${targetId}/tailoring?${query}`),
        400,
      );
    }
  });

  it("answers 404 for an unknown target", async () => {
    await expectProblem(await owner.request("GET", "/v1/targets/tgt_nothing/tailoring"), 404);
  });

  it("is described in the OpenAPI document from the core schema", async () => {
    const doc = await (await h.app.request("/openapi.json")).json();
    expect(doc.paths["/v1/targets/{id}/tailoring"].get).toBeDefined();
    expect(doc.components.schemas.Tailoring.properties).toHaveProperty("gaps");
    expect(doc.components.schemas.Target.properties).toHaveProperty("told");
  });
});
