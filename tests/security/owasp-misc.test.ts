import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { authenticator } from "@storybank/core/auth";
import { createDb } from "@storybank/core/db";
import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { type Harness, harness, jwtAudience, jwtIssuer } from "../support/harness.ts";

let h: Harness;
let hits = 0;
let server: ReturnType<typeof serve>;
let origin: string;
beforeAll(async () => {
  h = await harness({ limits: { exportsPerDay: 2 } });
  // A server that counts any request that reaches it: nothing a user sends may make us call out.
  server = serve({
    fetch: () => (hits++, new Response("{not json")),
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise((r) => server.once("listening", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe("API6: sensitive flows", () => {
  it("caps exports per day, sheets and bank downloads together", async () => {
    const user = await h.withUser();
    const target = (
      await user.json("POST", "/v1/targets", { company: "Stripe", valueSetIds: ["stripe-2025"] })
    ).body;
    expect((await user.request("GET", "/v1/export?format=json")).status).toBe(200);
    expect(
      (await user.request("GET", `/v1/targets/${target.id}/cheat-sheet?format=json`)).status,
    ).toBe(200);
    const third = await user.request("GET", "/v1/export?format=markdown");
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await user.request("GET", "/v1/stories")).status).toBe(200);
  });
});

describe("API7: no request forgery", () => {
  it("never fetches a URL a user stored or imported", async () => {
    const user = await h.withUser();
    const set = await user.json("POST", "/v1/value-sets", {
      company: "Probe",
      name: "Probe",
      source: `${origin}/values`,
      values: [{ key: "k", name: "K" }],
    });
    expect(set.status).toBe(201);
    const doc = `## Story 1: Probe\n\n![pixel](${origin}/pixel.png) [link](${origin}/link)\n\n**Situation:**\nSee ${origin}/text\n`;
    expect(
      (await user.request("POST", "/v1/import", doc, { "Content-Type": "text/markdown" })).status,
    ).toBe(200);
    const target = (
      await user.json("POST", "/v1/targets", { company: "Probe", valueSetIds: [set.body.id] })
    ).body;
    for (const format of ["pdf", "docx", "json"]) {
      expect(
        (
          await h.app.request(`/v1/targets/${target.id}/cheat-sheet?format=${format}`, {
            headers: { Authorization: `Bearer ${user.token}` },
          })
        ).status,
      ).toBeLessThan(500);
    }
    expect(hits).toBe(0);
  });
});

describe("API8: misconfiguration shows nothing", () => {
  it("answers an internal failure with an opaque problem, not a stack", async () => {
    const broken = createDb({ table: "missing-table", endpoint: "http://127.0.0.1:9" });
    const app = createApp({
      db: broken,
      authenticate: async () => ({ owner: "x", scopes: ["read", "write", "export"], via: "jwt" }),
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await app.request("/v1/stories");
      expect(res.status).toBe(500);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const body = await res.text();
      expect(JSON.parse(body)).toMatchObject({
        status: 500,
        detail: "Something went wrong on our side.",
      });
      expect(body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at |\.ts/);
    } finally {
      console.error = original;
    }
    expect(errors.length).toBeGreaterThan(0);
  }, 60_000);
});

describe("API10: unsafe consumption", () => {
  it("treats a JWKS endpoint that answers garbage as bad credentials, not a crash", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const app = createApp({
      db: h.db,
      authenticate: authenticator(h.db, {
        issuer: jwtIssuer,
        audience: jwtAudience,
        jwksUrl: `${origin}/jwks`,
        algorithms: ["ES256"],
      }),
    });
    const token = await new SignJWT({ sub: "x" })
      .setProtectedHeader({ alg: "ES256", kid: "k" })
      .setIssuer(jwtIssuer)
      .setAudience(jwtAudience)
      .setExpirationTime("5m")
      .sign(privateKey);
    const res = await app.request("/v1/stories", { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
    expect(hits).toBeGreaterThan(0);
  });
});
