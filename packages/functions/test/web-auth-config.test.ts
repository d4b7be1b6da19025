import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import {
  checkApiAcceptsBearer,
  readOidcEnv,
  webAuth,
  webAuthFromEnv,
} from "../src/web/auth/index.ts";
import { webAuthFromLinks } from "../src/web/auth/lambda.ts";

const full = {
  STORYBANK_OIDC_ISSUER: "https://id.example.com/",
  STORYBANK_OIDC_CLIENT_ID: "storybank-web",
  STORYBANK_OIDC_REDIRECT_URL: "https://stories.example.com/app/callback",
  STORYBANK_WEB_COOKIE_SECRET: "0123456789abcdef0123456789abcdef",
};
const jwt = {
  issuer: "https://id.example.com/",
  audience: "storybank-web",
  jwksUrl: "https://id.example.com/jwks",
  algorithms: ["RS256"],
};

describe("web sign-in settings", () => {
  it("is off when nothing is set, and OpenID Connect when all is", () => {
    expect(readOidcEnv({})).toBeUndefined();
    expect(readOidcEnv(full)).toMatchObject({
      mode: "oidc",
      issuer: "https://id.example.com/",
      clientId: "storybank-web",
    });
  });

  it("fails at start with every missing variable named when half set", () => {
    const { STORYBANK_OIDC_CLIENT_ID: _id, STORYBANK_WEB_COOKIE_SECRET: _s, ...half } = full;
    expect(() => readOidcEnv(half)).toThrow(
      /half configured: STORYBANK_OIDC_CLIENT_ID, STORYBANK_WEB_COOKIE_SECRET not set/,
    );
    // A secret alone is half a configuration too.
    expect(() => readOidcEnv({ STORYBANK_OIDC_CLIENT_SECRET: "x" })).toThrow(/half configured/);
  });

  it("refuses settings that cannot work, saying what to change", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ STORYBANK_OIDC_ISSUER: "http://id.example.com/" }, /must be an https URL/],
      [{ STORYBANK_OIDC_ISSUER: "not a url" }, /must be a URL/],
      [
        { STORYBANK_OIDC_REDIRECT_URL: "https://stories.example.com/callback" },
        /must be this app's callback, https:\/\/stories.example.com\/app\/callback/,
      ],
      [{ STORYBANK_WEB_COOKIE_SECRET: "short" }, /at least 32 characters/],
      [{ STORYBANK_OIDC_BEARER: "refresh_token" }, /id_token or access_token/],
      [{ STORYBANK_OIDC_SCOPES: "profile email" }, /must include "openid"/],
    ];
    for (const [change, message] of cases) {
      expect(() => readOidcEnv({ ...full, ...change }), JSON.stringify(change)).toThrow(message);
    }
    // http is fine on this computer (a provider for development or tests).
    expect(
      readOidcEnv({
        ...full,
        STORYBANK_OIDC_ISSUER: "http://127.0.0.1:9000",
        STORYBANK_OIDC_REDIRECT_URL: "http://localhost:3000/app/callback",
      }),
    ).toBeDefined();
  });

  it("fails at start unless the API accepts the token the sign-in hands it", () => {
    const options = readOidcEnv(full)!;
    expect(() => checkApiAcceptsBearer(options, undefined)).toThrow(/API takes no JWT/);
    expect(() =>
      checkApiAcceptsBearer(options, { ...jwt, issuer: "https://id.example.com" }),
    ).toThrow(/must be the sign-in's issuer/);
    expect(() => checkApiAcceptsBearer(options, { ...jwt, audience: "storybank" })).toThrow(
      /set the API's JWT audience to "storybank-web"/,
    );
    expect(() => checkApiAcceptsBearer(options, jwt)).not.toThrow();
    // With the access token as the bearer, the audience is the API's own.
    const access = { ...options, bearer: "access_token" as const };
    expect(() => checkApiAcceptsBearer(access, { ...jwt, audience: "storybank" })).not.toThrow();
  });

  it("names the SST secrets on AWS, and has the pages answer 503 on a stage without sign-in", async () => {
    const links = {
      OidcIssuer: { value: "https://id.example.com/" },
      OidcClientId: { value: "" },
      OidcClientSecret: { value: "" },
      OidcRedirectUrl: { value: "https://stories.example.com/app/callback" },
      WebCookieSecret: { value: "" },
    };
    expect(() => webAuthFromLinks(links, jwt)).toThrow(
      /half configured: OidcClientId, WebCookieSecret not set/,
    );
    const off = webAuthFromLinks(
      Object.fromEntries(Object.keys(links).map((name) => [name, { value: "" }])),
      jwt,
    );
    const app = new Hono();
    app.route("/", off.routes);
    app.use("/app/*", off.requireUser);
    app.get("/app/stories", (c) => c.text("stories"));
    const page = await app.request("/app/stories");
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("Sign-in is not configured");
    expect((await app.request("/app/sign-in")).status).toBe(503);
    expect(webAuthFromEnv({ ...full }, jwt)).toHaveProperty("requireUser");
  });

  it("refuses a redirect URL outside the app when built directly", () => {
    expect(() =>
      webAuth({
        mode: "oidc",
        issuer: "https://id.example.com/",
        clientId: "c",
        redirectUrl: "https://evil.example/app/callback?x=1",
        cookieSecret: "0123456789abcdef0123456789abcdef",
      }),
    ).toThrow(/must be this app's callback/);
  });

  it("answers 503 with a way back when the provider cannot be reached, and tries again later", async () => {
    const auth = webAuth({
      mode: "oidc",
      issuer: "http://127.0.0.1:9/",
      clientId: "c",
      redirectUrl: "http://localhost:3000/app/callback",
      cookieSecret: "0123456789abcdef0123456789abcdef",
    });
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await auth.routes.request("http://localhost:3000/app/sign-in?next=%2Fapp");
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("The sign-in provider cannot be reached");
    }
  });
});
