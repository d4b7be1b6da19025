import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { authenticator } from "@storybank/core/auth";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { type Harness, harness, jwtAudience, jwtIssuer } from "../support/harness.ts";

/** Over real HTTP: what a client on the wire can do to body limits and key discovery. */
let h: Harness;
let base: string;
let token: string;
let close: () => void;

beforeAll(async () => {
  h = await harness({ maxBodyBytes: 64 * 1024 });
  token = await h.sign({ sub: "wire" });
  await new Promise<void>((resolve) => {
    const server = serve(
      { fetch: h.app.fetch, port: 0, hostname: "127.0.0.1" },
      (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      },
    );
    close = () => server.close();
  });
});
afterAll(() => close());

/** Sends a raw request: chunks written as given, headers as given (a lying Content-Length too). */
function send(
  headers: Record<string, string>,
  chunks: string[],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/v1/stories`, { method: "POST", headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${token}`, "Content-Type": "application/json" });
const countStories = async () =>
  (await (await fetch(`${base}/v1/stories?limit=100`, { headers: auth() })).json()).items.length;

describe("body limits on the wire", () => {
  it("refuse a chunked body over the limit (no Content-Length)", async () => {
    const before = await countStories();
    const big = JSON.stringify({ title: "chunked", draft: "x".repeat(7_000) });
    const res = await send({ ...auth(), "Transfer-Encoding": "chunked" }, Array(12).fill(big));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).status).toBe(413);
    expect(await countStories()).toBe(before);
  });

  it("refuse a declared Content-Length over the limit before reading it", async () => {
    const res = await send({ ...auth(), "Content-Length": String(10 * 1024 * 1024) }, [
      '{"title":"x"}',
    ]);
    expect(res.status).toBe(413);
  });

  it("read no more than a Content-Length that understates the body", async () => {
    const before = await countStories();
    const body = JSON.stringify({ title: "truncated", draft: "y".repeat(100_000) });
    const res = await send({ ...auth(), "Content-Length": "20" }, [body]).catch(() => ({
      status: 400,
      body: "",
    }));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await countStories()).toBe(before);
  });

  it("accept a chunked body under the limit", async () => {
    const res = await send({ ...auth(), "Transfer-Encoding": "chunked" }, [
      '{"title":',
      '"in chunks"}',
    ]);
    expect(res.status).toBe(201);
  });
});

describe("JWKS key discovery", () => {
  it("accepts a known key id and refuses an unknown one", async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "known", alg: "ES256", use: "sig" };
    const jwks = serve({
      fetch: () => Response.json({ keys: [jwk] }),
      port: 0,
      hostname: "127.0.0.1",
    });
    await new Promise((r) => jwks.once("listening", r));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, {
        issuer: jwtIssuer,
        audience: jwtAudience,
        jwksUrl,
        algorithms: ["ES256"],
      }),
    });
    const signed = (kid: string) =>
      new SignJWT({ sub: "jwks-user" })
        .setProtectedHeader({ alg: "ES256", kid })
        .setIssuer(jwtIssuer)
        .setAudience(jwtAudience)
        .setExpirationTime("5m")
        .sign(privateKey);
    const call = async (kid: string) =>
      (
        await app.request("/v1/stories", {
          headers: { Authorization: `Bearer ${await signed(kid)}` },
        })
      ).status;
    expect(await call("known")).toBe(200);
    expect(await call("unknown")).toBe(401);
    jwks.close();
  });
});
