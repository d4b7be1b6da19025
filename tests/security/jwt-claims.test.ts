import { authenticator } from "@storybank/core/auth";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { type Harness, harness, jwtAudience, jwtIssuer } from "../support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const as = (token: string, method = "GET", path = "/v1/stories", body?: unknown) =>
  h.app.request(path, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });

describe("a JWT's scope claim", () => {
  it("refuses a present but malformed claim (null, an object, a number, a list of non-strings)", async () => {
    for (const scope of [null, {}, { read: true }, 7, true, ["read", 3], [["read"]]]) {
      const token = await h.sign({ sub: `scope-${JSON.stringify(scope)}`, scope });
      const res = await as(token);
      expect(res.status, JSON.stringify(scope)).toBe(401);
      expect((await as(token, "POST", "/v1/stories", { title: "x" })).status).toBe(401);
      expect((await as(token, "GET", "/v1/export")).status).toBe(401);
    }
  });

  it("honours a list of strings as the list of scopes", async () => {
    const token = await h.sign({ sub: `scope-list-${Date.now()}`, scope: ["read"] });
    expect((await as(token)).status).toBe(200);
    expect((await as(token, "POST", "/v1/stories", { title: "x" })).status).toBe(403);
    expect((await as(token, "GET", "/v1/export")).status).toBe(403);
    const both = await h.sign({
      sub: `scope-both-${Date.now()}`,
      scope: ["read", "storybank:write"],
    });
    expect((await as(both, "POST", "/v1/stories", { title: "x" })).status).toBe(201);
    expect((await as(both, "GET", "/v1/export")).status).toBe(403);
  });

  it("still reads a space-separated string and gives everything without a claim", async () => {
    const read = await h.sign({ sub: `scope-str-${Date.now()}`, scope: "read" });
    expect((await as(read, "POST", "/v1/stories", { title: "x" })).status).toBe(403);
    const all = await h.sign({ sub: `scope-none-${Date.now()}` });
    expect((await as(all, "GET", "/v1/export")).status).toBe(200);
  });
});

describe("a JWT's subject", () => {
  it("is refused unless it is well-formed Unicode, so no two subjects share a partition", async () => {
    const victim = await h.sign({ sub: "victim\ufffd" });
    expect((await as(victim, "POST", "/v1/stories", { title: "Private" })).status).toBe(201);
    for (const sub of ["victim\ud800", "victim\udc00", "\udfff", "a\ud800b"]) {
      const res = await as(await h.sign({ sub }));
      expect(res.status, JSON.stringify(sub)).toBe(401);
    }
    // Well-formed neighbours are their own users.
    const plain = await as(await h.sign({ sub: "victim" }));
    expect((await plain.json()).items).toEqual([]);
    const astral = await as(await h.sign({ sub: "victim\ud83d\ude00" }));
    expect(astral.status).toBe(200);
    expect((await astral.json()).items).toEqual([]);
  });
});

describe("JWT keys", () => {
  for (const alg of ["ES256", "EdDSA", "PS256"] as const) {
    it(`verifies ${alg} tokens against its public key with the default algorithm list`, async () => {
      const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
      const jwt = {
        issuer: jwtIssuer,
        audience: jwtAudience,
        publicKeyPem: await exportSPKI(publicKey),
        algorithms: ["RS256", "PS256", "ES256", "EdDSA"],
      };
      const app = createApp({ db: h.db, authenticate: authenticator(h.db, jwt) });
      const token = await new SignJWT({ sub: `key-${alg}` })
        .setProtectedHeader({ alg })
        .setIssuer(jwtIssuer)
        .setAudience(jwtAudience)
        .setExpirationTime("5m")
        .sign(privateKey);
      const get = () =>
        app.request("/v1/stories", { headers: { Authorization: `Bearer ${token}` } });
      expect((await get()).status).toBe(200);
      expect((await get()).status).toBe(200);
      // Signed by the configured key but named with another algorithm: refused.
      const [, payload, signature] = token.split(".");
      const header = Buffer.from(JSON.stringify({ alg: "RS256" })).toString("base64url");
      const relabelled = `${header}.${payload}.${signature}`;
      expect(
        (await app.request("/v1/stories", { headers: { Authorization: `Bearer ${relabelled}` } }))
          .status,
      ).toBe(401);
    });
  }
});
