import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { authenticator } from "@storybank/core/auth";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/harness.ts";
import { createApp } from "../src/rest/app.ts";
import { webAuth } from "../src/web/auth/index.ts";
import { deriveKey, seal, unseal } from "../src/web/auth/session.ts";

/**
 * The OpenID Connect sign-in end to end: a real provider (oidc-provider, the certified OpenID
 * implementation) on 127.0.0.1, the app on localhost (another site, as a provider is), and
 * Debian's chromium driven by playwright-core. No part is a stand-in.
 */

const clientId = "storybank-web";
const clientSecret = "a-client-secret-for-the-test-provider-only";
const cookieSecret = "a-cookie-secret-of-at-least-32-characters!";

/** Debian's chromium; the tests fail (never skip) without it. */
function chromiumPath(): string {
  const fromEnv = process.env.STORYBANK_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(
      "The browser tests need Debian's chromium on the PATH (apt-get install chromium), or STORYBANK_CHROMIUM set to a Chromium binary.",
    );
  }
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

let providerServer: Server;
let appServer: ServerType;
let browser: Browser;
let issuer: string;
let appOrigin: string;
/** The service: the REST API with the web app mounted. */
let restApp: ReturnType<typeof createApp>;
/** When set, the provider's answer (the callback URL) goes to it instead of the app. */
let holdAnswer: ((url: string) => void) | undefined;

beforeAll(async () => {
  const executablePath = chromiumPath();

  // The app's port first: the provider must know the redirect URL.
  appServer = serve({
    fetch: (req) => {
      if (holdAnswer && new URL(req.url).pathname === "/app/callback") {
        holdAnswer(req.url);
        return new Response("held back by the test", { status: 202 });
      }
      return restApp.fetch(req);
    },
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise((resolve) => appServer.once("listening", resolve));
  appOrigin = `http://localhost:${(appServer.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  providerServer = createServer();
  const providerPort = await listen(providerServer);
  issuer = `http://127.0.0.1:${providerPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${appOrigin}/app/callback`],
        post_logout_redirect_uris: [`${appOrigin}/app/signed-out`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["a-provider-cookie-key-for-the-test"] },
    claims: { openid: ["sub"], profile: ["name"], email: ["email"] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, name: `Candidate ${sub}`, email: `${sub}@example.test` }),
    }),
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  providerServer.on("request", provider.callback());

  const db = await freshDb();
  const jwt = {
    issuer,
    audience: clientId,
    jwksUrl: `${issuer}/jwks`,
    algorithms: ["RS256"],
  };
  const auth = webAuth({
    mode: "oidc",
    issuer,
    clientId,
    clientSecret,
    redirectUrl: `${appOrigin}/app/callback`,
    cookieSecret,
  });
  // The service as it runs: the REST API with the web app, its sign-in and its pages.
  restApp = createApp({ db, authenticate: authenticator(db, jwt), web: { auth } });

  browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  appServer?.close();
  providerServer?.close();
});

/** A browser profile that reaches only the two servers of the test (the provider's page links a web font). */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route(
    (url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
    (route) => route.abort(),
  );
  return context;
}

/** Signs in at the provider's own pages: its login form, then its consent page. */
async function logInAtProvider(page: Page, login: string) {
  await page.waitForURL(`${issuer}/interaction/**`);
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', "any password");
  await page.click('button:has-text("Sign-in")');
  await page.click('button:has-text("Continue")');
}

const sessionKey = deriveKey(cookieSecret, "session");
const signInKey = deriveKey(cookieSecret, "sign-in");

/** Each test drives one to three sign-ins in chromium: room for a busy machine. */
const BROWSER_TEST_MS = 120_000;

const bearerCall = (token: string, path: string) =>
  restApp.request(path, { headers: { Authorization: `Bearer ${token}` } });

describe("web sign-in through OpenID Connect, in chromium", () => {
  it(
    "signs in at the provider, uses the API through the pages, makes and revokes a key, signs out",
    async () => {
      const context = await newContext();
      const page = await context.newPage();

      // Not signed in: the settings page sends the browser to the provider.
      await page.goto(`${appOrigin}/app/settings`);
      expect(new URL(page.url()).origin).toBe(issuer);
      await logInAtProvider(page, "ada");
      await page.waitForURL(`${appOrigin}/app/settings`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Settings");
      await expect(page.locator("main").textContent()).resolves.toContain(
        "Signed in as Candidate ada",
      );

      // The session cookie: HttpOnly, SameSite=Lax, encrypted; the token in it is never in a page.
      const cookie = (await context.cookies(appOrigin)).find((c) => c.name === "storybank_session");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
      const session = await unseal(sessionKey, cookie?.value);
      expect(session?.sub).toBe("ada");
      const bearer = String(session?.b);
      expect(bearer.split(".")).toHaveLength(3);
      expect(cookie?.value).not.toContain(bearer.split(".")[1]);
      expect(await page.content()).not.toContain(bearer.split(".")[1]);
      // The API takes the token as the user's own.
      expect((await bearerCall(bearer, "/v1/stories")).status).toBe(200);

      // A key: created through the page, shown once, working, then revoked and refused.
      await page.fill("#key-name", "practice timer");
      await page.uncheck('input[name="scopes"][value="export"]');
      await page.click('button:has-text("Create key")');
      const key = await page.locator("[data-created-key]").inputValue();
      expect(key).toMatch(/^sbk_[A-Za-z0-9_-]{43}$/);
      expect((await bearerCall(key, "/v1/stories")).status).toBe(200);
      const listed = await bearerCall(bearer, "/v1/api-keys");
      expect(
        ((await listed.json()) as { items: { name: string; scopes: string[] }[] }).items,
      ).toEqual([expect.objectContaining({ name: "practice timer", scopes: ["read", "write"] })]);
      await page.goto(`${appOrigin}/app/settings`);
      expect(await page.content()).not.toContain(key);
      await expect(page.locator("tbody tr").count()).resolves.toBe(1);

      await page.click('button[aria-label="Revoke the key practice timer"]');
      await page.waitForURL(`${appOrigin}/app/settings?revoked=1`);
      await expect(page.locator("tbody tr").count()).resolves.toBe(0);
      expect((await bearerCall(key, "/v1/stories")).status).toBe(401);

      // Sign out: here and at the provider, which asks first.
      await page.click('button:has-text("Sign out")');
      await page.waitForURL(`${issuer}/**`);
      await page.click('button[name="logout"]');
      await page.waitForURL(`${appOrigin}/app/signed-out`);
      await expect(page.locator("h1").textContent()).resolves.toBe("You are signed out");
      expect((await context.cookies(appOrigin)).map((c) => c.name)).not.toContain(
        "storybank_session",
      );
      // Signed out at the provider too: coming back asks for the login again.
      await page.goto(`${appOrigin}/app/settings`);
      await page.waitForURL(`${issuer}/interaction/**`);
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    "refuses a tampered session cookie and a session sealed with another secret",
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${appOrigin}/app/settings`);
      await logInAtProvider(page, "grace");
      await page.waitForURL(`${appOrigin}/app/settings`);
      const value = (await context.cookies(appOrigin)).find(
        (c) => c.name === "storybank_session",
      )?.value;
      await context.close();
      expect(value).toBeTruthy();
      const withCookie = (v: string) =>
        restApp.request(`${appOrigin}/app/settings`, {
          headers: { Cookie: `storybank_session=${v}` },
        });

      expect((await withCookie(value as string)).status).toBe(200);
      const parts = (value as string).split(".");
      // Flip one character of the ciphertext, then of the tag.
      for (const index of [3, 4]) {
        const altered = [...parts];
        const part = altered[index] as string;
        altered[index] = (part[0] === "A" ? "B" : "A") + part.slice(1);
        const res = await withCookie(altered.join("."));
        expect(res.status).toBe(303);
        expect(res.headers.get("location")).toBe("/app/sign-in?next=%2Fapp%2Fsettings");
      }
      // A session the attacker sealed with a guessed secret, naming another user.
      const forged = await seal(
        deriveKey("another-secret-of-at-least-32-characters", "session"),
        { sub: "victim", name: "Victim", b: "x" },
        600,
      );
      expect((await withCookie(forged)).status).toBe(303);
    },
    BROWSER_TEST_MS,
  );

  it(
    "refuses an answer whose state or PKCE verifier does not match the sign-in started",
    async () => {
      /** One sign-in up to the provider's answer, which is held back from the app. */
      const answer = async () => {
        const context = await newContext();
        const page = await context.newPage();
        let callback = "";
        holdAnswer = (url) => (callback = url);
        await page.goto(`${appOrigin}/app/settings`);
        await logInAtProvider(page, "lin");
        await expect.poll(() => callback).not.toBe("");
        holdAnswer = undefined;
        const sealed = (await context.cookies(appOrigin)).find(
          (c) => c.name === "storybank_sign_in",
        )?.value;
        await context.close();
        const pending = await unseal(signInKey, sealed);
        return { callback, sealed: sealed as string, pending: pending as Record<string, string> };
      };
      const send = (url: string, sealed: string) =>
        restApp.request(url, { headers: { Cookie: `storybank_sign_in=${sealed}` } });

      // The state in the answer is not the one this browser's sign-in holds.
      const first = await answer();
      const wrongState = new URL(first.callback);
      wrongState.searchParams.set("state", "not-the-state-that-was-sent");
      const refusedState = await send(wrongState.href, first.sealed);
      expect(refusedState.status).toBe(400);
      expect(await refusedState.text()).toContain("did not match");
      expect(refusedState.headers.get("set-cookie") ?? "").not.toMatch(/storybank_session=[^;]/);
      // No sign-in cookie at all (the answer carried to another browser).
      expect((await restApp.request(first.callback)).status).toBe(400);

      // The right state, but another PKCE verifier: the provider refuses to redeem the code.
      const second = await answer();
      const otherVerifier = await seal(signInKey, { ...second.pending, v: "a".repeat(43) }, 600);
      const refusedPkce = await send(second.callback, otherVerifier);
      expect(refusedPkce.status).toBe(400);
      expect(refusedPkce.headers.get("set-cookie") ?? "").not.toMatch(/storybank_session=[^;]/);

      // The same steps with everything matching do sign in (so the refusals above are the checks').
      const third = await answer();
      const accepted = await send(third.callback, third.sealed);
      expect(accepted.status).toBe(303);
      expect(accepted.headers.get("location")).toBe("/app/settings");
      expect(accepted.headers.get("set-cookie")).toMatch(/storybank_session=[^;]+;.*HttpOnly/);
    },
    BROWSER_TEST_MS,
  );
});
