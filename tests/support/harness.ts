import { randomUUID } from "node:crypto";
import * as ApiKey from "@storybank/core/apikey";
import { authenticator } from "@storybank/core/auth";
import type { JwtConfig } from "@storybank/core/config";
import { createDb, type Db, ensureTable } from "@storybank/core/db";
import { exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { inject } from "vitest";
import { type AppDeps, createApp } from "../../packages/functions/src/rest/app.ts";
import { responseValidator } from "./openapi.ts";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export const jwtIssuer = "https://issuer.test/";
export const jwtAudience = "storybank-test";

/** A fresh table on the run's DynamoDB-protocol server. */
export async function freshDb(): Promise<Db> {
  const db = createDb({ table: `t-${randomUUID()}`, endpoint: inject("dynamoEndpoint") });
  await ensureTable(db);
  return db;
}

export interface Harness {
  db: Db;
  app: ReturnType<typeof createApp>;
  jwt: JwtConfig;
  /** Signs a token with the trusted key; claims override the defaults. */
  sign(claims?: JWTPayload, header?: Record<string, unknown>): Promise<string>;
  privateKey: CryptoKey;
  publicKeyPem: string;
  /** A user with a bearer token (a JWT for `sub`) and a request helper. */
  withUser(sub?: string): Promise<User>;
  /** An API key of `owner` with the given scopes. */
  apiKey(owner: string, scopes?: ApiKey.Scope[]): Promise<string>;
}

export interface User {
  owner: string;
  token: string;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  json<T = any>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T; res: Response }>;
}

export async function harness({
  maxBodyBytes,
  limits,
}: { maxBodyBytes?: number; limits?: AppDeps["limits"] } = {}): Promise<Harness> {
  const db = await freshDb();
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const publicKeyPem = await exportSPKI(publicKey);
  const jwt: JwtConfig = {
    issuer: jwtIssuer,
    audience: jwtAudience,
    publicKeyPem,
    algorithms: ["RS256"],
  };
  const app = createApp({ db, authenticate: authenticator(db, jwt), maxBodyBytes, limits });
  const validateResponse = responseValidator(await (await app.request("/openapi.json")).json());

  const sign = (claims: JWTPayload = {}, header: Record<string, unknown> = {}) =>
    new SignJWT({
      sub: "user-1",
      iss: jwtIssuer,
      aud: jwtAudience,
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 600,
      ...claims,
    })
      .setProtectedHeader({ alg: "RS256", ...header })
      .sign(privateKey);

  const userWithToken = (owner: string, token: string): User => {
    const request = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await app.request(path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
          ...headers,
        },
        body:
          body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      const contentType = res.headers.get("content-type") ?? "";
      if (contentType.includes("json")) {
        const url = new URL(path, "http://x");
        validateResponse(method, url.pathname, res.status, contentType, await res.clone().json());
      }
      return res;
    };
    return {
      owner,
      token,
      request,
      async json(method, path, body) {
        const res = await request(method, path, body);
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : undefined, res };
      },
    };
  };

  return {
    db,
    app,
    jwt,
    sign,
    privateKey,
    publicKeyPem,
    async withUser(sub = `user-${randomUUID()}`) {
      return userWithToken(`jwt:${sub}`, await sign({ sub }));
    },
    async apiKey(owner, scopes = ApiKey.allScopes) {
      return (await ApiKey.create(db, owner, { name: "test", scopes })).key;
    },
  };
}

/** A story with every field filled, overridable. */
export function makeStory(overrides: Record<string, unknown> = {}) {
  return {
    title: "Streaming shipment tracking",
    kind: "achievement",
    tags: ["Performance", "Data platform"],
    headline: "P95 freshness 38 min → 70 s",
    context: { company: "Kestrel Freight", role: "Staff engineer", period: "2021", teamSize: 6 },
    questions: ["Tell me about your most significant technical achievement"],
    situation:
      "Tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month.",
    task: "I owned bringing freshness under two minutes before peak season.",
    actions: [
      {
        heading: "Measure first",
        points: ["Stamped each event at every hop", "Plotted a waterfall"],
      },
    ],
    results: [{ heading: "Cost", points: ["Spend down 12%"] }],
    lessons: "Measure every hop before choosing a design.",
    differently: "Pull the ETA team in during week one.",
    takeaway: "Scheduling, not compute.",
    draft: "At Kestrel Freight…",
    refined: "At Kestrel Freight, tracking lagged…",
    hooks: ["Thirty-eight minutes of lag…"],
    followUps: [{ question: "If asked about outcome", answer: "Tickets fell 66%." }],
    delivery: { pacing: "Slow on the numbers", tone: "Calm", keyWords: ["p95", "70 seconds"] },
    coachingNotes: ["Open with the number"],
    analysis: [
      { section: "Impact", question: "What was the business impact?", answer: "$4.1M renewed" },
    ],
    values: [{ valueSetId: "staff-plus", valueKey: "metrics" }],
    connections: [{ company: "Stripe", text: "Streaming ledgers at scale" }],
    progress: {
      drafted: true,
      analyzed: false,
      refined: false,
      timedSeconds: null,
      practiceCount: 0,
    },
    ...overrides,
  };
}
