import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "../../../tests/support/harness.ts";
import { ok } from "./graphql-support.ts";

/**
 * Nested fields read through per-request loaders: the DynamoDB calls a query makes do not grow
 * with the number of nodes. The real client talks to the real dynalite; only `send` is counted.
 */

let h: Harness;
let calls: string[] = [];
beforeAll(async () => {
  h = await harness();
  const send = h.db.doc.send.bind(h.db.doc);
  h.db.doc.send = ((command: { constructor: { name: string } }, ...rest: unknown[]) => {
    calls.push(command.constructor.name);
    return (send as (...args: unknown[]) => unknown)(command, ...rest);
  }) as typeof h.db.doc.send;
});

/** A user with `n` stories, each linked to two value sets of theirs and a built-in one. */
async function bank(n: number) {
  const user = await h.withUser();
  const sets: string[] = [];
  for (const name of ["Grit", "Craft"]) {
    const { createValueSet } = await ok(
      user,
      `mutation($name: String!) { createValueSet(input: { company: "Acme", name: $name, values: [{ key: "k", name: $name }] }) { id } }`,
      { name },
    );
    sets.push(createValueSet.id);
  }
  const stories: string[] = [];
  for (let i = 0; i < n; i++) {
    const { createStory } = await ok(
      user,
      `mutation($input: StoryCreateInput!) { createStory(input: $input) { id } }`,
      {
        input: {
          title: `Story ${i}`,
          values: [
            ...sets.map((valueSetId) => ({ valueSetId, valueKey: "k" })),
            { valueSetId: "staff-plus", valueKey: "metrics" },
          ],
        },
      },
    );
    stories.push(createStory.id);
  }
  for (let t = 0; t < 3; t++) {
    await ok(user, `mutation($input: TargetCreateInput!) { createTarget(input: $input) { id } }`, {
      input: {
        company: `Company ${t}`,
        valueSetIds: [...sets, "stripe-2025"],
        told: stories.map((storyId) => ({ storyId, round: "Onsite" })),
      },
    });
  }
  return user;
}

async function counted(user: User, query: string) {
  calls = [];
  const data = await ok(user, query);
  return { data, calls: [...calls] };
}

const storiesQuery = `{ stories(first: 50) { nodes { title values { valueKey valueSet { name } value { name } } } } }`;
const targetsQuery = `{ targets { nodes { company valueSets { name } told { round story { title values { valueSet { name } } } } } } }`;

describe("DynamoDB calls per query", () => {
  let small: User;
  let large: User;
  beforeAll(async () => {
    small = await bank(2);
    large = await bank(25);
  });

  it("a page of stories with their links' value sets: the same few calls for 2 or 25", async () => {
    const few = await counted(small, storiesQuery);
    const many = await counted(large, storiesQuery);
    expect(many.data.stories.nodes).toHaveLength(25);
    expect(many.data.stories.nodes[24].values).toEqual([
      { valueKey: "k", valueSet: { name: "Grit" }, value: { name: "Grit" } },
      { valueKey: "k", valueSet: { name: "Craft" }, value: { name: "Craft" } },
      {
        valueKey: "metrics",
        valueSet: { name: expect.any(String) },
        value: { name: expect.any(String) },
      },
    ]);
    // The page and one read of the owner's value sets (the request budget is counted in memory
    // while its window is under half spent).
    expect(many.calls).toEqual(["QueryCommand", "QueryCommand"]);
    expect(few.calls).toEqual(many.calls);
  });

  it("targets with their value sets and told stories: the same few calls for 2 or 25", async () => {
    const few = await counted(small, targetsQuery);
    const many = await counted(large, targetsQuery);
    const told = many.data.targets.nodes.flatMap((t: any) => t.told);
    expect(told).toHaveLength(75);
    expect(told.every((t: any) => t.story.values.length === 3)).toBe(true);
    expect(many.calls.length).toBeLessThanOrEqual(5);
    expect(few.calls).toEqual(many.calls);
  });

  it("one story's links: a single read each, not a scan of the bank", async () => {
    const { data } = await counted(large, `{ stories(first: 1) { nodes { id } } }`);
    const id = data.stories.nodes[0].id;
    calls = [];
    await ok(large, `{ story(id: "${id}") { values { valueSet { name } } } }`);
    expect(calls).toEqual(["GetCommand", "QueryCommand"]);
  });
});
