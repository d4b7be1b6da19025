import { authenticator } from "@storybank/core/auth";
import type { Db } from "@storybank/core/db";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { type Harness, harness, type User } from "../support/harness.ts";

let h: Harness;
let user: User;
beforeAll(async () => {
  h = await harness();
  user = await h.withUser();
});

const gql = (query: string, variables?: Record<string, unknown>) =>
  user.request("POST", "/graphql", { query, variables });

describe("production GraphQL", () => {
  it("suggests no names in any error: fields, arguments, enum values, variables' input fields", async () => {
    const documents: [string, Record<string, unknown>?][] = [
      ["{ storys { nodes { id } } }"],
      ["{ stories(kind: achievment) { nodes { id } } }"],
      ["{ stories(frist: 2) { nodes { id } } }"],
      ["query($k: StoryKind) { stories(kind: $k) { nodes { id } } }", { k: "achievment" }],
      ["query($k: StoryKnd) { stories(kind: $k) { nodes { id } } }", { k: "achievement" }],
      [
        "mutation($input: StoryCreateInput!) { createStory(input: $input) { id } }",
        { input: { titel: "x" } },
      ],
      ["{ stories { nodes { titel } } }"],
    ];
    for (const [query, variables] of documents) {
      const res = await gql(query, variables);
      const body = await res.json();
      expect(body.errors?.length, query).toBeGreaterThan(0);
      for (const error of body.errors) {
        expect(error.message, query).not.toMatch(/Did you mean/i);
        expect(error.extensions.code, query).toBe("BAD_USER_INPUT");
      }
    }
  });
});

describe("/openapi.json", () => {
  it("does not copy the Host header into servers", async () => {
    const res = await h.app.request("http://evil.example/openapi.json", {
      headers: { Host: "evil.example", "X-Forwarded-Host": "evil.example" },
    });
    const text = await res.text();
    expect(text).not.toContain("evil.example");
    expect(JSON.parse(text).servers).toEqual([{ url: "/", description: "This server" }]);
  });
});

describe("responses to a credential", () => {
  it("carry Cache-Control: no-store and X-Content-Type-Options: nosniff, errors and GraphQL too", async () => {
    const created = await user.json("POST", "/v1/stories", { title: "Private" });
    const answers: [string, Response][] = [
      ["list", await user.request("GET", "/v1/stories")],
      ["one", await user.request("GET", `/v1/stories/${created.body.id}`)],
      ["create", await user.request("POST", "/v1/stories", { title: "Two" })],
      ["404", await user.request("GET", "/v1/stories/nope")],
      ["400", await user.request("POST", "/v1/stories", { title: "" })],
      ["401", await h.app.request("/v1/stories", { headers: { Authorization: "Bearer x" } })],
      ["405", await user.request("PUT", "/v1/stories")],
      ["graphql", await gql("{ stories { nodes { id } } }")],
      ["graphql 401", await h.app.request("/graphql?query=%7B__typename%7D")],
    ];
    for (const [name, res] of answers) {
      expect(res.headers.get("cache-control"), name).toContain("no-store");
      expect(res.headers.get("x-content-type-options"), name).toBe("nosniff");
    }
    expect(answers.map(([, res]) => res.status)).toEqual([
      200, 200, 201, 404, 400, 401, 405, 200, 401,
    ]);
  });
});

describe("unauthenticated requests", () => {
  /** An app whose store calls are logged by command name. */
  function spiedApp(unauthenticatedPerMinute: number) {
    const sent: string[] = [];
    const db: Db = {
      ...h.db,
      doc: {
        send: (command: { constructor: { name: string } }) => {
          sent.push(command.constructor.name);
          return h.db.doc.send(command as never);
        },
      } as unknown as Db["doc"],
    };
    const app = createApp({
      db,
      authenticate: authenticator(db, h.jwt),
      limits: { unauthenticatedPerMinute },
    });
    return { app, sent };
  }
  const badKey = (i: number) => `Bearer sbk_${String(i).padStart(43, "A")}`;

  it("are throttled per client after a few failures, at no store cost", async () => {
    const { app, sent } = spiedApp(3);
    const from = (client: string, authorization: string, path = "/v1/stories") =>
      app.request(path, { headers: { Authorization: authorization, "X-Forwarded-For": client } });
    for (let i = 0; i < 3; i++) expect((await from("203.0.113.7", badKey(i))).status).toBe(401);
    sent.length = 0;
    const throttled = await from("203.0.113.7", badKey(9));
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    const graphql = await from("203.0.113.7", badKey(10), "/graphql?query=%7B__typename%7D");
    expect(graphql.status).toBe(429);
    expect((await graphql.json()).errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(sent).toEqual([]);
    // Another client is not held back, and a valid credential from it works.
    expect((await from("198.51.100.2", badKey(11))).status).toBe(401);
    expect((await from("198.51.100.2", `Bearer ${user.token}`)).status).toBe(200);
  });

  it("count GraphQL failures too", async () => {
    const { app } = spiedApp(2);
    const from = (authorization: string) =>
      app.request("/graphql?query=%7B__typename%7D", {
        headers: { Authorization: authorization, "X-Forwarded-For": "192.0.2.4" },
      });
    expect((await from(badKey(1))).status).toBe(401);
    expect((await from(badKey(2))).status).toBe(401);
    expect((await from(badKey(3))).status).toBe(429);
  });
});
