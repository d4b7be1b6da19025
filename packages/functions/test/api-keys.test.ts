import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "../../../tests/support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const withKey = (key: string) => (method: string, path: string, body?: unknown) =>
  h.app.request(path, {
    method,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("API keys", () => {
  it("shows a key once, with its prefix and 256 random bits, and stores only a hash", async () => {
    const user = await h.withUser();
    const created = await user.json("POST", "/v1/api-keys", {
      name: "timer app",
      scopes: ["read"],
    });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^sbk_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ name: "timer app", scopes: ["read"] });

    const listed = await user.json("GET", "/v1/api-keys");
    expect(listed.body.items).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);

    // The table itself never holds the key (a test may scan; the service never does).
    const { Items } = await h.db.doc.send(new ScanCommand({ TableName: h.db.table }));
    expect(JSON.stringify(Items)).not.toContain(created.body.key.slice(4));
  });

  it("enforces scopes: a read-only key reads but cannot write or make keys", async () => {
    const user = await h.withUser();
    const readKey = (await user.json("POST", "/v1/api-keys", { name: "ro", scopes: ["read"] })).body
      .key;
    const call = withKey(readKey);
    expect((await call("GET", "/v1/stories")).status).toBe(200);
    const write = await call("POST", "/v1/stories", { title: "nope" });
    expect(write.status).toBe(403);
    expect(write.headers.get("content-type")).toContain("application/problem+json");
    expect(
      (await call("POST", "/v1/api-keys", { name: "escalate", scopes: ["write"] })).status,
    ).toBe(403);
    expect((await user.json("GET", "/v1/stories")).body.items).toHaveLength(0);
  });

  it("does not let a key mint a key with scopes it lacks", async () => {
    const user = await h.withUser();
    const rw = (await user.json("POST", "/v1/api-keys", { name: "rw", scopes: ["read", "write"] }))
      .body.key;
    const call = withKey(rw);
    expect(
      (await call("POST", "/v1/api-keys", { name: "x", scopes: ["read", "export"] })).status,
    ).toBe(403);
    expect((await call("POST", "/v1/api-keys", { name: "x", scopes: ["read"] })).status).toBe(201);
  });

  it("refuses bad key requests", async () => {
    const user = await h.withUser();
    expect((await user.request("POST", "/v1/api-keys", { name: "" })).status).toBe(400);
    expect(
      (await user.request("POST", "/v1/api-keys", { name: "x", scopes: ["admin"] })).status,
    ).toBe(400);
    expect((await user.request("POST", "/v1/api-keys", { name: "x", hash: "abc" })).status).toBe(
      400,
    );
    expect((await user.request("DELETE", "/v1/api-keys/key_missing")).status).toBe(404);
  });
});
