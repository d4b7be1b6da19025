import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";
import { ok, selectionOf, withoutNulls } from "./graphql-support.ts";

/**
 * Parity: the same scenario through REST and through GraphQL gives the same data, and each face
 * reads exactly what the other wrote.
 */

type Json = any;

interface Face {
  createStory(input: Json): Promise<Json>;
  listStories(query: { first: number; tag?: string }): Promise<Json>;
  updateStory(id: string, input: Json): Promise<Json>;
  getStory(id: string): Promise<Json>;
  createValueSet(input: Json): Promise<Json>;
  createTarget(input: Json): Promise<Json>;
  getTarget(id: string): Promise<Json>;
  tailoring(targetId: string): Promise<Json>;
  storyCheck(id: string, targetId: string): Promise<Json>;
  bankCheck(targetId: string): Promise<Json>;
  logPractice(storyId: string, input: Json): Promise<Json>;
  practiceLog(storyId: string): Promise<Json>;
  cheatSheet(targetId: string, paper: string): Promise<Json>;
}

function restFace(user: User): Face {
  const call = async (method: string, path: string, body?: unknown) => {
    const { status, body: answer } = await user.json(method, path, body);
    expect(status, JSON.stringify(answer)).toBeLessThan(300);
    return answer;
  };
  return {
    createStory: (input) => call("POST", "/v1/stories", input),
    listStories: ({ first, tag }) =>
      call("GET", `/v1/stories?limit=${first}${tag ? `&tag=${encodeURIComponent(tag)}` : ""}`),
    updateStory: (id, input) => call("PATCH", `/v1/stories/${id}`, input),
    getStory: (id) => call("GET", `/v1/stories/${id}`),
    createValueSet: (input) => call("POST", "/v1/value-sets", input),
    createTarget: (input) => call("POST", "/v1/targets", input),
    getTarget: (id) => call("GET", `/v1/targets/${id}`),
    tailoring: (id) => call("GET", `/v1/targets/${id}/tailoring`),
    storyCheck: (id, targetId) => call("GET", `/v1/stories/${id}/check?targetId=${targetId}`),
    bankCheck: (targetId) => call("GET", `/v1/check?targetId=${targetId}`),
    logPractice: (id, input) => call("POST", `/v1/stories/${id}/practice`, input),
    practiceLog: (id) => call("GET", `/v1/stories/${id}/practice`),
    cheatSheet: (id, paper) =>
      call("GET", `/v1/targets/${id}/cheat-sheet?format=json&paper=${paper}`),
  };
}

function graphqlFace(user: User): Face {
  const STORY = selectionOf("Story");
  const TARGET = selectionOf("Target");
  const page = (nodes: string) => `{ nodes ${nodes} pageInfo { hasNextPage endCursor } }`;
  // REST's nextCursor is null on the last page; GraphQL's endCursor still names the last edge.
  const asPage = ({ nodes, pageInfo }: Json) => ({
    items: nodes,
    nextCursor: pageInfo.hasNextPage ? pageInfo.endCursor : null,
  });
  const one = async (query: string, variables: Json) =>
    Object.values(await ok(user, query, variables))[0] as Json;
  return {
    createStory: (input) =>
      one(`mutation($input: StoryCreateInput!) { createStory(input: $input) ${STORY} }`, {
        input,
      }),
    listStories: async (args) =>
      asPage(
        await one(
          `query($first: Int, $tag: String) { stories(first: $first, tag: $tag) ${page(STORY)} }`,
          args,
        ),
      ),
    updateStory: (id, input) =>
      one(
        `mutation($id: ID!, $input: StoryPatchInput!) { updateStory(id: $id, input: $input) ${STORY} }`,
        { id, input },
      ),
    getStory: (id) => one(`query($id: ID!) { story(id: $id) ${STORY} }`, { id }),
    createValueSet: (input) =>
      one(
        `mutation($input: ValueSetCreateInput!) { createValueSet(input: $input) ${selectionOf("ValueSet")} }`,
        { input },
      ),
    createTarget: (input) =>
      one(`mutation($input: TargetCreateInput!) { createTarget(input: $input) ${TARGET} }`, {
        input,
      }),
    getTarget: (id) => one(`query($id: ID!) { target(id: $id) ${TARGET} }`, { id }),
    tailoring: (targetId) =>
      one(`query($id: ID!) { tailoring(targetId: $id) ${selectionOf("Tailoring")} }`, {
        id: targetId,
      }),
    storyCheck: (id, targetId) =>
      one(
        `query($id: ID!, $t: ID) { storyCheck(id: $id, targetId: $t) ${selectionOf("StoryCheck")} }`,
        { id, t: targetId },
      ),
    bankCheck: (targetId) =>
      one(`query($t: ID) { bankCheck(targetId: $t) ${selectionOf("BankCheck")} }`, {
        t: targetId,
      }),
    logPractice: (storyId, input) =>
      one(
        `mutation($id: ID!, $input: PracticeRecordInput!) { logPractice(storyId: $id, input: $input) ${selectionOf("PracticeEntry")} }`,
        { id: storyId, input },
      ),
    practiceLog: async (storyId) =>
      asPage(
        await one(
          `query($id: ID!) { practiceLog(storyId: $id) ${page(selectionOf("PracticeEntry"))} }`,
          {
            id: storyId,
          },
        ),
      ),
    cheatSheet: (targetId, paper) =>
      one(
        `query($id: ID!, $paper: Paper) { cheatSheet(targetId: $id, paper: $paper) ${selectionOf("CheatSheetView")} }`,
        { id: targetId, paper },
      ),
  };
}

/** Create, list, update, tailor, check, practice and print, recording every answer. */
async function scenario(face: Face) {
  const seen: Record<string, Json> = {};
  const first = (seen.createStory = await face.createStory(makeStory()));
  const second = await face.createStory(
    makeStory({
      title: "Untangling the release train",
      kind: "leadership",
      tags: ["Delivery"],
      headline: "Releases from monthly to daily",
      values: [{ valueSetId: "stripe-2025", valueKey: "move-with-urgency-and-focus" }],
    }),
  );
  seen.ownValueSet = await face.createValueSet({
    company: "Kestrel",
    name: "Kestrel values",
    values: [{ key: "measure", name: "Measure first", keywords: ["p95", "waterfall"] }],
  });
  seen.list = await face.listStories({ first: 10, tag: "performance" });
  seen.update = await face.updateStory(first.id, {
    version: 1,
    lessons: "Measure every hop, then decide.",
    values: [...first.values, { valueSetId: seen.ownValueSet.id, valueKey: "measure" }],
  });
  seen.target = await face.createTarget({
    company: "Stripe",
    role: "Staff engineer",
    valueSetIds: ["stripe-2025", "staff-plus", seen.ownValueSet.id],
    interviewDate: "2026-12-01",
    questions: ["Tell me about a time you moved fast"],
    told: [{ storyId: second.id, round: "Phone screen" }],
  });
  seen.tailoring = await face.tailoring(seen.target.id);
  seen.storyCheck = await face.storyCheck(first.id, seen.target.id);
  seen.practice = await face.logPractice(first.id, { seconds: 55, note: "Smooth" });
  seen.practiceLog = await face.practiceLog(first.id);
  seen.afterPractice = await face.getStory(first.id);
  seen.bankCheck = await face.bankCheck(seen.target.id);
  seen.cheatSheet = await face.cheatSheet(seen.target.id, "a4");
  return seen;
}

/** Keys in one order, so that ids are numbered in the same order for both runs. */
function sorted(value: Json): Json {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted(value[key])]),
    );
  }
  return value;
}

/** Ids and times differ between two runs; everything else must not. */
function normalized(value: Json): Json {
  const ids = new Map<string, string>();
  const text = JSON.stringify(sorted(withoutNulls(value)))
    .replace(/\b(sty|tgt|vst|prc|key)_[0-9a-z]{26}\b/g, (id, kind) => {
      if (!ids.has(id)) ids.set(id, `${kind}#${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "<time>");
  return JSON.parse(text);
}

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

describe("REST and GraphQL parity", () => {
  it("gives the same data for one scenario run through each", async () => {
    const rest = await scenario(restFace(await h.withUser()));
    const graphql = await scenario(graphqlFace(await h.withUser()));
    expect(rest.tailoring.selected.length).toBeGreaterThan(0);
    expect(rest.cheatSheet.sheet.cards.length).toBeGreaterThan(0);
    expect(rest.afterPractice.progress.practiceCount).toBe(1);
    const [a, b] = [normalized(rest), normalized(graphql)];
    for (const step of Object.keys(rest)) expect(b[step], step).toEqual(a[step]);
  });

  it("reads through each face exactly what the other wrote", async () => {
    const user = await h.withUser();
    const [rest, graphql] = [restFace(user), graphqlFace(user)];
    const viaGraphql = await scenario(graphql);
    const { target, createStory: story } = viaGraphql;
    const both = async (read: (face: Face) => Promise<Json>) => {
      const [a, b] = await Promise.all([read(rest), read(graphql)]);
      expect(withoutNulls(b)).toEqual(withoutNulls(a));
      return a;
    };
    expect(withoutNulls(await rest.getStory(story.id))).toEqual(
      withoutNulls(viaGraphql.afterPractice),
    );
    await both((face) => face.listStories({ first: 10 }));
    await both((face) => face.getTarget(target.id));
    await both((face) => face.tailoring(target.id));
    await both((face) => face.storyCheck(story.id, target.id));
    await both((face) => face.bankCheck(target.id));
    await both((face) => face.practiceLog(story.id));
    await both((face) => face.cheatSheet(target.id, "letter"));
  });
});
