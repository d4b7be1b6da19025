import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, type User } from "./support/harness.ts";

let h: Harness;
let user: User;
beforeAll(async () => {
  h = await harness({ limits: { perUserPerMinute: 100_000 } });
  user = await h.withUser();
});

const graphql = async (query: string, variables?: Record<string, unknown>) =>
  (await user.json("POST", "/graphql", { query, variables })).body as {
    data?: any;
    errors?: { message: string; extensions: Record<string, any> }[];
  };

/** 60 values (the most a set may hold), each with a long description and ten long questions. */
const largeValueSet = {
  company: "Big Co",
  name: "Everything",
  values: Array.from({ length: 60 }, (_, i) => ({
    key: `value-${i}`,
    name: `Value ${i}`,
    description: "d".repeat(2_000),
    questions: Array.from({ length: 10 }, () => "q".repeat(500)),
  })),
};

describe("a value set within every field limit but over DynamoDB's item limit", () => {
  it("gets 413 with the field's path through REST, and nothing is stored", async () => {
    const { status, body, res } = await user.json("POST", "/v1/value-sets", largeValueSet);
    expect(status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(body.errors[0].path).toBe("values");
    const list = await user.json("GET", "/v1/value-sets?limit=100");
    expect(list.body.items.filter((s: any) => !s.builtIn)).toEqual([]);
  });

  it("gets the same refusal through GraphQL", async () => {
    const result = await graphql(
      "mutation($input: ValueSetCreateInput!) { createValueSet(input: $input) { id } }",
      { input: largeValueSet },
    );
    expect(result.errors, JSON.stringify(result).slice(0, 500)).toBeDefined();
    expect(result.errors?.[0]?.extensions.type, JSON.stringify(result.errors).slice(0, 600)).toBe(
      "urn:storybank:problem:item_too_large",
    );
    expect(result.errors?.[0]?.extensions.errors[0].path).toBe("values");
  });
});
