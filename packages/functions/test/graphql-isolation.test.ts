import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";
import { codes, gql, ok } from "./graphql-support.ts";

/**
 * Isolation: another user's ids answer NOT_FOUND (exactly as a missing id does) from every
 * query and mutation, nested fields resolve to nothing, and lists and cursors stay the caller's.
 */

let h: Harness;
let alice: User;
let bob: User;
const a = { story: "", valueSet: "", target: "", apiKey: "", cursor: "", secret: "" };

beforeAll(async () => {
  h = await harness();
  alice = await h.withUser("alice");
  bob = await h.withUser("bob");
  a.secret = `Alice's secret ${Date.now()}`;
  a.valueSet = (
    await ok(
      alice,
      `mutation($n: String!) { createValueSet(input: { company: "A", name: $n, values: [{ key: "k", name: "K" }] }) { id } }`,
      { n: a.secret },
    )
  ).createValueSet.id;
  const story = (input: object) =>
    ok(alice, `mutation($i: StoryCreateInput!) { createStory(input: $i) { id } }`, { i: input });
  a.story = (
    await story(makeStory({ title: a.secret, values: [{ valueSetId: a.valueSet, valueKey: "k" }] }))
  ).createStory.id;
  await story({ title: `${a.secret} 2` });
  a.target = (
    await ok(alice, `mutation($i: TargetCreateInput!) { createTarget(input: $i) { id } }`, {
      i: {
        company: a.secret,
        valueSetIds: ["staff-plus", a.valueSet],
        told: [{ storyId: a.story, round: "1" }],
      },
    })
  ).createTarget.id;
  await ok(
    alice,
    `mutation($id: ID!) { logPractice(storyId: $id, input: { seconds: 50 }) { id } }`,
    {
      id: a.story,
    },
  );
  a.apiKey = (
    await ok(alice, `mutation { createApiKey(input: { name: "k" }) { id } }`)
  ).createApiKey.id;
  a.cursor = (
    await ok(alice, `{ stories(first: 1) { pageInfo { endCursor } } }`)
  ).stories.pageInfo.endCursor;
});

const notFound = async (query: string, variables: Record<string, unknown>) => {
  const result = await gql(bob, query, variables);
  expect(codes(result), query).toEqual(["NOT_FOUND"]);
  expect(JSON.stringify(result.data ?? null)).not.toContain(a.secret);
  return result;
};

describe("another user's ids", () => {
  it.each([
    ["story", `query($id: ID!) { story(id: $id) { title } }`, () => ({ id: a.story })],
    ["valueSet", `query($id: ID!) { valueSet(id: $id) { name } }`, () => ({ id: a.valueSet })],
    ["target", `query($id: ID!) { target(id: $id) { company } }`, () => ({ id: a.target })],
    [
      "tailoring",
      `query($id: ID!) { tailoring(targetId: $id) { selected } }`,
      () => ({ id: a.target }),
    ],
    [
      "storyCheck",
      `query($id: ID!) { storyCheck(id: $id) { readiness } }`,
      () => ({ id: a.story }),
    ],
    [
      "bankCheck",
      `query($id: ID!) { bankCheck(targetId: $id) { readiness } }`,
      () => ({ id: a.target }),
    ],
    [
      "practiceLog",
      `query($id: ID!) { practiceLog(storyId: $id) { nodes { id } } }`,
      () => ({ id: a.story }),
    ],
    [
      "cheatSheet",
      `query($id: ID!) { cheatSheet(targetId: $id) { sheet { targetId } } }`,
      () => ({ id: a.target }),
    ],
  ])("query %s answers NOT_FOUND", async (_name, query, variables) => {
    await notFound(query, variables());
  });

  it("storyCheck against another user's target answers NOT_FOUND", async () => {
    const own = (await ok(bob, `mutation { createStory(input: { title: "Bob's" }) { id } }`))
      .createStory.id;
    await notFound(`query($id: ID!, $t: ID) { storyCheck(id: $id, targetId: $t) { readiness } }`, {
      id: own,
      t: a.target,
    });
  });

  it.each([
    [
      "updateStory",
      `mutation($id: ID!) { updateStory(id: $id, input: { version: 1, title: "Bob was here" }) { id } }`,
      () => a.story,
    ],
    ["deleteStory", `mutation($id: ID!) { deleteStory(id: $id) }`, () => a.story],
    [
      "updateValueSet",
      `mutation($id: ID!) { updateValueSet(id: $id, input: { version: 1, name: "Bob" }) { id } }`,
      () => a.valueSet,
    ],
    ["deleteValueSet", `mutation($id: ID!) { deleteValueSet(id: $id) }`, () => a.valueSet],
    [
      "updateTarget",
      `mutation($id: ID!) { updateTarget(id: $id, input: { version: 1, company: "Bob" }) { id } }`,
      () => a.target,
    ],
    ["deleteTarget", `mutation($id: ID!) { deleteTarget(id: $id) }`, () => a.target],
    [
      "logPractice",
      `mutation($id: ID!) { logPractice(storyId: $id, input: { seconds: 40 }) { id } }`,
      () => a.story,
    ],
    ["revokeApiKey", `mutation($id: ID!) { revokeApiKey(id: $id) }`, () => a.apiKey],
  ])("mutation %s answers NOT_FOUND", async (_name, query, id) => {
    await notFound(query, { id: id() });
  });

  it("left Alice's data as it was", async () => {
    const data = await ok(
      alice,
      `query($s: ID!, $v: ID!, $t: ID!) { story(id: $s) { title version progress { practiceCount } } valueSet(id: $v) { name version } target(id: $t) { company version } apiKeys { nodes { id } } }`,
      { s: a.story, v: a.valueSet, t: a.target },
    );
    expect(data.story).toEqual({ title: a.secret, version: 2, progress: { practiceCount: 1 } });
    expect(data.valueSet).toEqual({ name: a.secret, version: 1 });
    expect(data.target).toEqual({ company: a.secret, version: 1 });
    expect(data.apiKeys.nodes).toContainEqual({ id: a.apiKey });
  });
});

describe("lists, cursors and nested fields", () => {
  it("lists only the caller's own", async () => {
    const data = await ok(
      bob,
      `{ stories(first: 100) { nodes { id } } valueSets(first: 100) { nodes { id builtIn } } targets(first: 100) { nodes { id } } apiKeys(first: 100) { nodes { id } } bankCheck { stories { storyId } } exportBank }`,
    );
    expect(JSON.stringify(data)).not.toMatch(
      new RegExp([a.story, a.valueSet, a.target, a.apiKey, a.secret].join("|")),
    );
    expect(data.valueSets.nodes.every((set: { builtIn: boolean }) => set.builtIn)).toBe(true);
  });

  it("refuses another user's cursor", async () => {
    const result = await gql(bob, `query($c: String) { stories(after: $c) { nodes { id } } }`, {
      c: a.cursor,
    });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions.errors).toEqual([
      expect.objectContaining({ path: "after" }),
    ]);
  });

  it("resolves links and told stories that name another user's ids to nothing", async () => {
    const { createStory } = await ok(
      bob,
      `mutation($i: StoryCreateInput!) { createStory(input: $i) { id values { valueSetId valueSet { name } value { name } } } }`,
      { i: { title: "Bob's", values: [{ valueSetId: a.valueSet, valueKey: "k" }] } },
    );
    expect(createStory.values).toEqual([{ valueSetId: a.valueSet, valueSet: null, value: null }]);
    const { createTarget } = await ok(
      bob,
      `mutation($i: TargetCreateInput!) { createTarget(input: $i) { id told { storyId story { title } } valueSets { id } } }`,
      { i: { company: "B", valueSetIds: ["staff-plus"], told: [{ storyId: a.story }] } },
    );
    expect(createTarget.told).toEqual([{ storyId: a.story, story: null }]);
    const { tailoring } = await ok(
      bob,
      `query($id: ID!) { tailoring(targetId: $id, includeTold: true) { selected values { best { story { title } } backup { story { title } } } questions { storyId } } }`,
      { id: createTarget.id },
    );
    expect(JSON.stringify(tailoring)).not.toContain(a.secret);
    const many = await ok(
      bob,
      `{ stories { nodes { values { valueSet { name } } } } targets { nodes { told { story { title } } } } }`,
    );
    expect(JSON.stringify(many)).not.toContain(a.secret);
  });

  it("refuses a target naming another user's value set", async () => {
    const result = await gql(
      bob,
      `mutation($i: TargetCreateInput!) { createTarget(input: $i) { id } }`,
      { i: { company: "B", valueSetIds: [a.valueSet] } },
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(result)).not.toContain(a.secret);
  });
});
