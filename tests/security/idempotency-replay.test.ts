import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import * as Idempotency from "@storybank/core/idempotency";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "../support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const send = (
  token: string,
  path: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
) =>
  h.app.request(path, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
    body: body as BodyInit,
  });

/** Every stored attribute value of the table, as one string. */
async function wholeTable(): Promise<string> {
  const { Items } = await h.db.doc.send(new ScanCommand({ TableName: h.db.table }));
  return JSON.stringify(Items);
}

describe("a replay", () => {
  it("is refused to a credential that lacks a scope of the one that made the response", async () => {
    const owner = `replay-${Date.now()}`;
    const full = await h.apiKey(owner);
    const writeOnly = await h.apiKey(owner, ["write"]);
    const body = JSON.stringify({ name: "ci" });
    const first = await send(full, "/v1/api-keys", body, { "Idempotency-Key": "key-1" });
    expect(first.status).toBe(201);
    const secret = (await first.json()).key as string;
    const replay = await send(writeOnly, "/v1/api-keys", body, { "Idempotency-Key": "key-1" });
    expect(replay.status).toBe(403);
    expect(replay.headers.get("idempotent-replayed")).toBeNull();
    expect(await replay.text()).not.toContain(secret);

    // The same holds for any response: a story made by a full token is not replayed to a
    // write-only one.
    const story = JSON.stringify({ title: "Made by the full token" });
    const sub = `replay-jwt-${Date.now()}`;
    const fullJwt = await h.sign({ sub });
    const writeJwt = await h.sign({ sub, scope: "write" });
    expect((await send(fullJwt, "/v1/stories", story, { "Idempotency-Key": "s-1" })).status).toBe(
      201,
    );
    expect((await send(writeJwt, "/v1/stories", story, { "Idempotency-Key": "s-1" })).status).toBe(
      403,
    );
  });

  it("never keeps a new API key's secret: the record holds no plaintext and a retry is told it was shown once", async () => {
    const owner = `secret-${Date.now()}`;
    const full = await h.apiKey(owner);
    const body = JSON.stringify({ name: "sync" });
    const first = await send(full, "/v1/api-keys", body, { "Idempotency-Key": "mk-1" });
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created.key).toMatch(/^sbk_/);
    expect(await wholeTable()).not.toContain(created.key);

    const retry = await send(full, "/v1/api-keys", body, { "Idempotency-Key": "mk-1" });
    expect(retry.status).toBe(409);
    const problem = await retry.json();
    expect(problem.type).toBe("urn:storybank:problem:idempotency_secret_withheld");
    expect(problem.detail).toContain(created.id);
    expect(JSON.stringify(problem)).not.toContain(created.key);
    const list = await h.app.request("/v1/api-keys", {
      headers: { Authorization: `Bearer ${full}` },
    });
    // The two made by h.apiKey for this owner: the first one, and the one made above; no third.
    expect((await list.json()).items.map((k: { name: string }) => k.name).sort()).toEqual([
      "sync",
      "test",
    ]);
  });
});

describe("a crashed request's key", () => {
  it("runs again once the crashed request's short lease is over, instead of 409 for a day", async () => {
    const sub = `crash-${Date.now()}`;
    const token = await h.sign({ sub });
    const body = JSON.stringify({ title: "After the crash" });
    const print = Idempotency.fingerprint("POST", "/v1/stories", new TextEncoder().encode(body), {
      contentType: "application/json",
    });
    // A request claimed the key two minutes ago and its process died: nobody renewed the lease.
    await Idempotency.claim(h.db, `jwt:${sub}`, "crashed", print, {
      scopes: ["read", "write", "export"],
      now: Date.now() - 120_000,
    });
    const retry = await send(token, "/v1/stories", body, { "Idempotency-Key": "crashed" });
    expect(retry.status).toBe(201);
    const again = await send(token, "/v1/stories", body, { "Idempotency-Key": "crashed" });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("still makes a twin wait while the lease is held", async () => {
    const sub = `running-${Date.now()}`;
    const token = await h.sign({ sub });
    const body = JSON.stringify({ title: "Still running" });
    const print = Idempotency.fingerprint("POST", "/v1/stories", new TextEncoder().encode(body), {
      contentType: "application/json",
    });
    await Idempotency.claim(h.db, `jwt:${sub}`, "running", print, {
      scopes: ["read", "write", "export"],
    });
    const twin = await send(token, "/v1/stories", body, { "Idempotency-Key": "running" });
    expect(twin.status).toBe(409);
    expect((await twin.json()).type).toBe("urn:storybank:problem:idempotency_in_progress");
  });
});

describe("an Idempotency-Key", () => {
  it("compares JSON by content: the same body with keys in another order replays", async () => {
    const token = await h.sign({ sub: `order-${Date.now()}` });
    const first = await send(token, "/v1/stories", '{"title":"Order","kind":"achievement"}', {
      "Idempotency-Key": "o-1",
    });
    expect(first.status).toBe(201);
    const again = await send(
      token,
      "/v1/stories",
      '{ "kind": "achievement",\n  "title": "Order" }',
      { "Idempotency-Key": "o-1" },
    );
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await again.json()).id).toBe((await first.json()).id);
    const other = await send(token, "/v1/stories", '{"title":"Other","kind":"achievement"}', {
      "Idempotency-Key": "o-1",
    });
    expect(other.status).toBe(400);
  });

  it("does not change how a body is decoded: invalid UTF-8 is refused and UTF-16 read alike", async () => {
    const token = await h.sign({ sub: `bytes-${Date.now()}` });
    const latin1 = Uint8Array.from(
      Buffer.from("## Caf\xe9 launch\n\n**Situation:** The caf\xe9 was slow.\n", "latin1"),
    );
    const markdown = { "Content-Type": "text/markdown" };
    const plain = await send(token, "/v1/import?dryRun=true", latin1, markdown);
    expect(plain.status).toBe(400);
    const keyed = await send(token, "/v1/import?dryRun=true", latin1, {
      ...markdown,
      "Idempotency-Key": "bytes-1",
    });
    expect(keyed.status).toBe(400);
    // The same problem but for the request id, which names each request.
    const { requestId: keyedId, ...keyedProblem } = (await keyed.json()) as { requestId: string };
    const { requestId: plainId, ...plainProblem } = (await plain.json()) as { requestId: string };
    expect(keyedId).not.toBe(plainId);
    expect(keyedProblem).toEqual(plainProblem);

    const text = "## Café launch\n\n**Situation:** The café was slow.\n";
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const a = await send(token, "/v1/import?dryRun=true", utf16, markdown);
    const b = await send(token, "/v1/import?dryRun=true", utf16, {
      ...markdown,
      "Idempotency-Key": "bytes-2",
    });
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const [ra, rb] = [await a.json(), await b.json()];
    expect(JSON.stringify(rb)).toContain("Café");
    expect(rb).toEqual(ra);
  });
});
