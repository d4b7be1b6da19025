import { generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, jwtAudience, jwtIssuer } from "../../../tests/support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const call = (authorization?: string) =>
  h.app.request("/v1/stories", { headers: authorization ? { Authorization: authorization } : {} });

const expect401 = async (authorization?: string) => {
  const res = await call(authorization);
  expect(res.status).toBe(401);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.headers.get("www-authenticate")).toContain("Bearer");
};

const now = () => Math.floor(Date.now() / 1000);

describe("authentication", () => {
  it("accepts a valid JWT and a valid API key", async () => {
    expect((await call(`Bearer ${await h.sign()}`)).status).toBe(200);
    expect((await call(`Bearer ${await h.apiKey("someone")}`)).status).toBe(200);
  });

  it("refuses a missing or malformed Authorization header", async () => {
    await expect401();
    await expect401("Bearer");
    await expect401("Basic dXNlcjpwYXNz");
    await expect401("Bearer not.a.jwt");
    await expect401(`Bearer ${"a".repeat(5000)}`);
  });

  it("refuses expired and not-yet-valid tokens", async () => {
    await expect401(`Bearer ${await h.sign({ exp: now() - 60 })}`);
    await expect401(`Bearer ${await h.sign({ nbf: now() + 600 })}`);
  });

  it("refuses the wrong issuer or audience", async () => {
    await expect401(`Bearer ${await h.sign({ iss: "https://evil.test/" })}`);
    await expect401(`Bearer ${await h.sign({ aud: "someone-else" })}`);
  });

  it("refuses tokens without exp or sub", async () => {
    const noExp = await new SignJWT({ sub: "x" })
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer(jwtIssuer)
      .setAudience(jwtAudience)
      .sign(h.privateKey);
    await expect401(`Bearer ${noExp}`);
    const noSub = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer(jwtIssuer)
      .setAudience(jwtAudience)
      .setExpirationTime("5m")
      .sign(h.privateKey);
    await expect401(`Bearer ${noSub}`);
  });

  it("refuses alg none and HS256 signed with the public key", async () => {
    const none = new UnsecuredJWT({ sub: "x" })
      .setIssuer(jwtIssuer)
      .setAudience(jwtAudience)
      .setExpirationTime("5m")
      .encode();
    await expect401(`Bearer ${none}`);
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const signingInput = `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ sub: "x", iss: jwtIssuer, aud: jwtAudience, exp: now() + 300 })}`;
    const mac = createHmac("sha256", h.publicKeyPem).update(signingInput).digest("base64url");
    await expect401(`Bearer ${signingInput}.${mac}`);
  });

  it("refuses a token signed by another key or with a tampered payload", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const foreign = await new SignJWT({ sub: "x" })
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer(jwtIssuer)
      .setAudience(jwtAudience)
      .setExpirationTime("5m")
      .sign(privateKey);
    await expect401(`Bearer ${foreign}`);
    const [header, , signature] = (await h.sign({ sub: "alice" })).split(".");
    const forged = Buffer.from(
      JSON.stringify({ sub: "mallory", iss: jwtIssuer, aud: jwtAudience, exp: now() + 300 }),
    ).toString("base64url");
    await expect401(`Bearer ${header}.${forged}.${signature}`);
  });

  it("refuses unknown, malformed and revoked API keys", async () => {
    await expect401(`Bearer sbk_${"A".repeat(43)}`);
    await expect401("Bearer sbk_short");
    const user = await h.withUser();
    const created = await user.json("POST", "/v1/api-keys", { name: "temp" });
    expect((await call(`Bearer ${created.body.key}`)).status).toBe(200);
    expect((await user.request("DELETE", `/v1/api-keys/${created.body.id}`)).status).toBe(204);
    await expect401(`Bearer ${created.body.key}`);
  });

  it("leaves /health and the docs open", async () => {
    expect((await h.app.request("/health")).status).toBe(200);
    expect((await h.app.request("/openapi.json")).status).toBe(200);
    expect((await h.app.request("/docs")).status).toBe(200);
  });
});
