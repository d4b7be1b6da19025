import { authenticator } from "@storybank/core/auth";
import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import { beforeAll, describe, expect, it } from "vitest";
import { selectionOf } from "../../packages/functions/test/graphql-support.ts";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { type Harness, harness, makeStory } from "../support/harness.ts";

let h: Harness;
let token: string;
let owner: string;
let targetIds: string[];
const storySelection = selectionOf("Story");

/** A story near the size limit: long prose in every free-text field. */
const largeStory = () =>
  makeStory({
    situation: "The dispatch board lagged reality. ".repeat(110),
    task: "I owned the fix. ".repeat(230),
    lessons: "Measure first, then change one thing at a time. ".repeat(80),
    differently: "Start the migration a quarter sooner. ".repeat(100),
    takeaway: "Freshness is a product feature. ".repeat(120),
    draft: "A long free write about the shipment tracking work. ".repeat(150),
    refined: "The spoken version of the shipment tracking story. ".repeat(75),
  });

beforeAll(async () => {
  h = await harness({ limits: { perUserPerMinute: 10_000 } });
  const sub = `amplify-${Date.now()}`;
  owner = `jwt:${sub}`;
  token = await h.sign({ sub });
  const story = await Story.create(h.db, owner, largeStory());
  const told = Array.from({ length: 200 }, (_, i) => ({ storyId: story.id, round: `R${i}` }));
  targetIds = [];
  for (let i = 0; i < 3; i++) {
    const target = await Target.create(h.db, owner, {
      company: `Company ${i}`,
      valueSetIds: ["staff-plus"],
      told,
    });
    targetIds.push(target.id);
  }
});

const post = async (
  query: string,
  variables?: Record<string, unknown>,
  app: ReturnType<typeof createApp> = h.app,
) => {
  const res = await app.request("/graphql", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, bytes: text.length, body: JSON.parse(text) };
};

describe("GraphQL amplification", () => {
  it("bounds the answer: three targets' told stories in full are refused, not 65 MB", async () => {
    const result = await post(
      `{ targets(first: 3) { nodes { told { story ${storySelection} } } } }`,
    );
    expect(result.bytes).toBeLessThan(10_000);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    // Few fields, but each long: about 21 MB of JSON, refused before it is written.
    const prose = await post(
      `{ targets(first: 3) { nodes { told { story { situation task lessons differently takeaway draft refined } } } } }`,
    );
    expect(prose.bytes).toBeLessThan(10_000);
    expect(prose.body.data ?? null).toBeNull();
    expect(prose.body.errors[0].message).toBe(
      "The answer is too large: ask for a smaller page, fewer fields or fewer told stories.",
    );
    // The same targets with only what a told log needs are answered.
    const small = await post(
      `{ targets(first: 3) { nodes { told { storyId round story { title } } } } }`,
    );
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.targets.nodes).toHaveLength(3);
    expect(small.body.data.targets.nodes[0].told).toHaveLength(200);
  });

  it("reckons `told` by the entries it can hold and `first` given as a variable", async () => {
    const query = `query($n: Int) { targets(first: $n) { nodes { told { story { title situation task lessons } } } } }`;
    const many = await post(query, { n: 100 });
    expect(many.body.errors[0].message).toBe(
      "The query asks for too much: ask for a smaller page or fewer fields.",
    );
    expect(many.body.data ?? null).toBeNull();
    const few = await post(query, { n: 1 });
    expect(few.body.errors).toBeUndefined();
    expect(few.body.data.targets.nodes).toHaveLength(1);
  });

  it("counts each use of a costly field, aliases and fragment spreads included", async () => {
    const [id] = targetIds;
    const use = (alias: string) => `${alias}: tailoring(targetId: "${id}") { selected }`;
    const four = await post(`{ ${["a", "b", "c", "d"].map(use).join(" ")} }`);
    expect(four.body.errors[0].message).toBe(
      "The query runs too many tailorings, sheets, checks or imports at once.",
    );
    expect(four.body.data ?? null).toBeNull();
    const spread = await post(
      `fragment T on Query { ${use("x")} } { ...T ${use("a")} ${use("b")} c: bankCheck { readiness } }`,
    );
    expect(spread.body.errors[0].message).toBe(
      "The query runs too many tailorings, sheets, checks or imports at once.",
    );
    const three = await post(`{ ${["a", "b", "c"].map(use).join(" ")} }`);
    expect(three.body.errors).toBeUndefined();
    expect(Object.keys(three.body.data)).toEqual(["a", "b", "c"]);
  });

  it("charges each costly use past the first against the minute budget, before it runs", async () => {
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      limits: { perUserPerMinute: 4 },
    });
    const sub = `charged-${Date.now()}`;
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    const own = await Target.create(h.db, `jwt:${sub}`, {
      company: "Own",
      valueSetIds: ["staff-plus"],
    });
    token = await h.sign({ sub });
    const use = (alias: string) => `${alias}: tailoring(targetId: "${own.id}") { selected }`;
    const three = await post(`{ ${["a", "b", "c"].map(use).join(" ")} }`, undefined, app);
    expect(three.body.errors).toBeUndefined();
    expect((await post(`{ stories { nodes { id } } }`, undefined, app)).status).toBe(200);
    const over = await post(`{ stories { nodes { id } } }`, undefined, app);
    expect(over.status).toBe(429);
    // Two more uses than the budget has left: refused before any tailoring runs.
    const refused = await post(`{ ${["a", "b"].map(use).join(" ")} }`, undefined, app);
    expect(refused.status).toBe(429);
  });
});
