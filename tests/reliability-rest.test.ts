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

describe("deleting a value set that a target names", () => {
  it("answers 409 naming the target through REST and GraphQL, and keeps the set", async () => {
    const set = await user.json("POST", "/v1/value-sets", {
      company: "Acme",
      name: "Grit",
      values: [{ key: "grit", name: "Grit" }],
    });
    expect(set.status).toBe(201);
    const target = await user.json("POST", "/v1/targets", {
      company: "Stripe",
      role: "Staff engineer",
      valueSetIds: [set.body.id],
    });
    const rest = await user.json("DELETE", `/v1/value-sets/${set.body.id}`);
    expect(rest.status).toBe(409);
    expect(rest.body.type).toBe("urn:storybank:problem:value_set_in_use");
    expect(rest.body.detail).toContain("Stripe (Staff engineer)");
    expect(rest.body.errors[0].message).toContain(target.body.id);

    const viaGraphql = await graphql(
      `
        mutation ($id: ID!) {
          deleteValueSet(id: $id)
        }
      `,
      {
        id: set.body.id,
      },
    );
    expect(viaGraphql.errors?.[0]?.extensions.code).toBe("CONFLICT");
    expect(viaGraphql.errors?.[0]?.extensions.errors[0].message).toContain(target.body.id);
    expect((await user.json("GET", `/v1/value-sets/${set.body.id}`)).status).toBe(200);

    // The target's own list sent back is fine; then, without the set, the delete goes through.
    const same = await user.json("PATCH", `/v1/targets/${target.body.id}`, {
      version: 1,
      valueSetIds: target.body.valueSetIds,
    });
    expect(same.status).toBe(200);
    await user.json("PATCH", `/v1/targets/${target.body.id}`, { version: 2, valueSetIds: [] });
    expect((await user.json("DELETE", `/v1/value-sets/${set.body.id}`)).status).toBe(204);
  });
});

describe("the JSON bank through POST /v1/import", () => {
  const post = (body: string | Uint8Array<ArrayBuffer>, contentType = "application/json") =>
    h.app.request("/v1/import", {
      method: "POST",
      headers: { Authorization: `Bearer ${user.token}`, "Content-Type": contentType },
      body,
    });

  it("refuses deep nesting with 400, not 500", async () => {
    const res = await post(
      `{"version":"1.0.0","stories":${"[".repeat(400_000)}${"]".repeat(400_000)}}`,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toContain("nest more than 64 deep");
  });

  it("refuses bytes that are not UTF-8, and a declared charset other than UTF-8", async () => {
    const bytes = new TextEncoder().encode('{"version":"1.0.0","stories":[{"title":"Caf\u00e9"}]}');
    const latin1 = Uint8Array.from([...bytes].filter((b) => b !== 0xc3));
    const notUtf8 = await post(latin1);
    expect(notUtf8.status).toBe(400);
    expect((await notUtf8.json()).detail).toBe("The body is not UTF-8 text.");
    const declared = await post(
      '{"version":"1.0.0","stories":[{"title":"Plain"}]}',
      "application/json; charset=iso-8859-1",
    );
    expect(declared.status).toBe(400);
    expect((await declared.json()).errors[0].path).toBe("Content-Type");
    const utf8 = await post(
      '{"version":"1.0.0","stories":[{"title":"Plain"}]}',
      "application/json; charset=UTF-8",
    );
    expect(utf8.status).toBe(200);
    const stories = await user.json("GET", "/v1/stories?limit=100");
    expect(stories.body.items.map((s: any) => s.title)).toEqual(["Plain"]);
  });
});
