import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../support/harness.ts";

let h: Harness;
let user: User;
const composed = "R\u00e9sum\u00e9 rewrite";
const decomposed = "Re\u0301sume\u0301 rewrite";
beforeAll(async () => {
  h = await harness();
  user = await h.withUser();
  // One story typed precomposed, one typed with combining accents; one without accents.
  expect(
    (await user.json("POST", "/v1/stories", { title: composed, tags: ["Caf\u00e9 launch"] }))
      .status,
  ).toBe(201);
  expect(
    (
      await user.json("POST", "/v1/stories", {
        title: "Pricing page",
        situation: `The ${decomposed} slipped.`,
        tags: ["Cafe\u0301 launch"],
      })
    ).status,
  ).toBe(201);
  expect(
    (await user.json("POST", "/v1/stories", { title: "Resume rewrite", tags: ["Cafe launch"] }))
      .status,
  ).toBe(201);
});

const titles = async (query: string) =>
  (await user.json("GET", `/v1/stories?${query}`)).body.items.map(
    (s: { title: string }) => s.title,
  );

describe("search and tag filters", () => {
  it("find text typed precomposed or decomposed, in any case, either way round", async () => {
    for (const q of [composed, decomposed, composed.toUpperCase(), decomposed.toUpperCase()]) {
      expect(await titles(`q=${encodeURIComponent(q)}`), JSON.stringify(q)).toEqual([
        composed,
        "Pricing page",
      ]);
    }
  });

  it("match tags typed either way, in any case", async () => {
    for (const tag of [
      "Caf\u00e9 launch",
      "Cafe\u0301 launch",
      "CAF\u00c9 LAUNCH",
      "CAFE\u0301 LAUNCH",
    ]) {
      expect(await titles(`tag=${encodeURIComponent(tag)}`), JSON.stringify(tag)).toEqual([
        composed,
        "Pricing page",
      ]);
    }
    expect(await titles(`tag=${encodeURIComponent("Cafe launch")}`)).toEqual(["Resume rewrite"]);
  });

  it("behave the same over GraphQL", async () => {
    const { body } = await user.json("POST", "/graphql", {
      query: `query($q: String, $tag: String) { stories(q: $q, tag: $tag) { nodes { title } } }`,
      variables: { q: decomposed.toUpperCase(), tag: "CAF\u00c9 LAUNCH" },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.stories.nodes.map((s: { title: string }) => s.title)).toEqual([
      composed,
      "Pricing page",
    ]);
  });
});
