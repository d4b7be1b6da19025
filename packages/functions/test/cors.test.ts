import { authenticator } from "@storybank/core/auth";
import { beforeAll, describe, expect, it } from "vitest";
import { corsSettings, developmentCorsOrigins } from "../../../infra/stage.ts";
import { createApp } from "../src/rest/app.ts";
import { localCorsOrigins, originAllowed, parseCorsOrigins } from "../src/rest/cors.ts";
import { type Harness, harness } from "../../../tests/support/harness.ts";

let h: Harness;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  h = await harness();
  app = createApp({
    db: h.db,
    authenticate: authenticator(h.db, h.jwt),
    corsOrigins: [...localCorsOrigins(3000), "https://coach.example"],
  });
});

const preflight = (origin: string, path = "/v1/stories", method = "POST") =>
  app.request(path, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": method,
      "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
    },
  });

describe("CORS", () => {
  it("answers an allowed origin's preflight before authentication, naming that origin", async () => {
    for (const origin of [
      "https://coach.example",
      "http://localhost:5173",
      "http://127.0.0.1:3000",
    ]) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBe(origin);
      expect(res.headers.get("Access-Control-Allow-Methods")).toContain("PATCH");
      expect(res.headers.get("Access-Control-Allow-Headers")).toMatch(/Authorization/);
      expect(res.headers.get("Access-Control-Allow-Headers")).toMatch(/Idempotency-Key/);
      expect(res.headers.get("Access-Control-Allow-Headers")).toMatch(/If-Match/);
      expect(res.headers.get("Access-Control-Allow-Headers")).toMatch(/Mcp-Protocol-Version/);
      expect(res.headers.get("Access-Control-Max-Age")).toBe("600");
      expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
      expect(res.headers.get("Vary")).toMatch(/Origin/);
    }
  });

  it("gives any other origin no CORS headers, on a preflight or a request", async () => {
    for (const origin of ["https://evil.example", "https://coach.example.evil.example", "null"]) {
      const res = await preflight(origin);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
      const get = await app.request("/v1/stories", {
        headers: { Origin: origin, Authorization: `Bearer ${await h.sign()}` },
      });
      expect(get.status).toBe(200);
      expect(get.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(get.headers.get("Vary")).toMatch(/Origin/);
    }
  });

  it("lets an allowed page read the answer and its headers, errors included", async () => {
    const token = await h.sign({ sub: `cors-${Date.now()}` });
    const ok = await app.request("/v1/stories", {
      method: "POST",
      headers: {
        Origin: "https://coach.example",
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ title: "Cross-origin" }),
    });
    expect(ok.status).toBe(201);
    expect(ok.headers.get("Access-Control-Allow-Origin")).toBe("https://coach.example");
    const exposed = ok.headers.get("Access-Control-Expose-Headers") ?? "";
    for (const name of ["ETag", "Location", "RateLimit-Remaining", "Retry-After"]) {
      expect(exposed).toContain(name);
    }
    const unauthorized = await app.request("/v1/stories", {
      headers: { Origin: "https://coach.example" },
    });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("Access-Control-Allow-Origin")).toBe("https://coach.example");
  });

  it("answers a wildcard setting with a literal *, never the asking origin", async () => {
    const open = createApp({
      db: h.db,
      authenticate: authenticator(h.db, h.jwt),
      corsOrigins: ["*"],
    });
    const res = await open.request("/v1/stories", {
      method: "OPTIONS",
      headers: { Origin: "https://any.example", "Access-Control-Request-Method": "GET" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("is off when no origin is configured, and leaves an OPTIONS that is no preflight to auth", async () => {
    const closed = createApp({ db: h.db, authenticate: authenticator(h.db, h.jwt) });
    const res = await closed.request("/v1/stories", {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "GET" },
    });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(res.status).toBe(401);
    const plain = await app.request("/v1/stories", {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173" },
    });
    expect(plain.status).toBe(401);
  });
});

describe("CORS settings", () => {
  it("reads origins, refusing what is not one", () => {
    expect(parseCorsOrigins(" https://Coach.example/, http://localhost:* ")).toEqual([
      "https://coach.example",
      "http://localhost:*",
    ]);
    for (const bad of ["coach.example", "https://*.example.com", "https://a.example/path"]) {
      expect(() => parseCorsOrigins(bad)).toThrow(/STORYBANK_CORS_ORIGINS/);
    }
  });

  it("matches exact origins and any-port entries only", () => {
    const allowed = ["https://coach.example", "http://localhost:*"];
    expect(originAllowed(allowed, "https://coach.example")).toBe(true);
    expect(originAllowed(allowed, "http://localhost:8080")).toBe(true);
    expect(originAllowed(allowed, "http://localhost")).toBe(true);
    expect(originAllowed(allowed, "https://localhost:8080")).toBe(false);
    expect(originAllowed(allowed, "http://localhost.evil.example")).toBe(false);
    expect(originAllowed(allowed, "https://coach.example:444")).toBe(false);
  });

  it("on AWS come from the stage: localhost on a dev stage, none in production unless set", () => {
    expect(corsSettings("alice", {})).toMatchObject({
      allowOrigins: developmentCorsOrigins,
      allowCredentials: false,
      maxAge: "600 seconds",
    });
    expect(corsSettings("prod", {})).toBe(false);
    expect(corsSettings("prod", { STORYBANK_CORS_ORIGINS: "https://coach.example" })).toMatchObject(
      { allowOrigins: ["https://coach.example"] },
    );
    expect(() => corsSettings("prod", { STORYBANK_CORS_ORIGINS: "http://localhost:*" })).toThrow(
      /exact origins/,
    );
  });
});
