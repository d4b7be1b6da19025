import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "../../../tests/support/harness.ts";
import { settingsPages, type WebAuthEnv, webAuth } from "../src/web/auth/index.ts";

let h: Harness;
let apiKey: string;
let web: Hono<WebAuthEnv>;
const base = "http://127.0.0.1:3000";

beforeAll(async () => {
  h = await harness();
  apiKey = await h.apiKey("local");
  const auth = webAuth({ mode: "local", apiKey: () => apiKey });
  web = new Hono<WebAuthEnv>();
  web.route("/", auth.routes);
  web.use("/app/*", auth.requireUser);
  web.use("/app", auth.requireUser);
  // A page that uses the API with the session's bearer, as the app's pages do.
  const storyCount = async (bearer: string) => {
    const res = await h.app.request("/v1/stories", {
      headers: { Authorization: `Bearer ${bearer}` },
    });
    return res.status === 200 ? ((await res.json()) as { items: unknown[] }).items.length : -1;
  };
  web.get("/app", async (c) =>
    c.json({ user: c.get("user"), stories: await storyCount(c.get("bearer")) }),
  );
  web.post("/app/stories", (c) => c.text("saved", 201));
  web.route("/", settingsPages(h.app));
});

const get = (path: string, headers: Record<string, string> = {}) =>
  web.request(`${base}${path}`, { headers: { Host: "127.0.0.1:3000", ...headers } });

/** Signs a browser in the way a browser does: follows the redirect, keeps the cookie. */
async function signIn(): Promise<string> {
  const res = await get("/app/sign-in?next=%2Fapp");
  const cookie = res.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}

describe("local web sign-in", () => {
  it("sends a browser without a session to sign in, and back where it was going", async () => {
    const res = await get("/app?tab=stories");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/app/sign-in?next=%2Fapp%3Ftab%3Dstories");

    const signedIn = await get("/app/sign-in?next=%2Fapp%3Ftab%3Dstories");
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/app?tab=stories");
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^storybank_session=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    // The cookie holds no credential: neither the key nor any part of it.
    expect(cookie).not.toContain(apiKey.slice(4, 14));
  });

  it("sends a form posted after the session ended back to the page it came from", async () => {
    const post = (referer: string) =>
      web.request(`${base}/app/stories`, {
        method: "POST",
        headers: { Host: "127.0.0.1:3000", Origin: "http://127.0.0.1:3000", Referer: referer },
      });
    const own = await post("http://127.0.0.1:3000/app/stories/sty_1?tab=edit");
    expect(own.status).toBe(303);
    expect(own.headers.get("location")).toBe(
      "/app/sign-in?next=%2Fapp%2Fstories%2Fsty_1%3Ftab%3Dedit",
    );
    const foreign = await post("https://evil.example/app/x");
    expect(foreign.headers.get("location")).toBe("/app/sign-in?next=%2Fapp");
  });

  it("lets a signed-in browser through with a bearer the API accepts", async () => {
    const cookie = await signIn();
    const res = await get("/app", { Cookie: cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: { owner: "local", name: "Local user" }, stories: 0 });
  });

  it("refuses a tampered or foreign session cookie", async () => {
    const cookie = await signIn();
    const value = cookie.slice(cookie.indexOf("=") + 1);
    const flipped = value.slice(0, -3) + (value.at(-3) === "A" ? "B" : "A") + value.slice(-2);
    const tampered = await get("/app", { Cookie: `storybank_session=${flipped}` });
    expect(tampered.status).toBe(303);
    expect(tampered.headers.get("location")).toMatch(/^\/app\/sign-in/);

    // A cookie sealed for another key (another data folder) is not a session here.
    const other = webAuth({ mode: "local", apiKey: () => `${apiKey}x` });
    const foreign = await other.routes.request(`${base}/app/sign-in`, {
      headers: { Host: "127.0.0.1:3000" },
    });
    const foreignCookie = (foreign.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect((await get("/app", { Cookie: foreignCookie })).status).toBe(303);
  });

  it("answers only to a loopback name, so a rebound DNS name gets nothing", async () => {
    const cookie = await signIn();
    for (const host of ["evil.example:3000", "127.0.0.1.evil.example:3000"]) {
      expect((await get("/app/sign-in", { Host: host })).status).toBe(403);
      expect((await get("/app", { Host: host, Cookie: cookie })).status).toBe(403);
    }
    expect((await get("/app", { Host: "localhost:3000", Cookie: cookie })).status).toBe(200);
  });

  it("refuses a form posted from another site and takes one from its own pages", async () => {
    const cookie = await signIn();
    const post = (headers: Record<string, string>) =>
      web.request(`${base}/app/stories`, {
        method: "POST",
        headers: {
          Host: "127.0.0.1:3000",
          Cookie: cookie,
          "Content-Type": "application/x-www-form-urlencoded",
          ...headers,
        },
        body: "title=x",
      });
    expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post({ Origin: "null" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ Origin: "http://127.0.0.1:3000" })).status).toBe(201);
    expect((await post({ "Sec-Fetch-Site": "same-origin" })).status).toBe(201);
  });

  it("never sends a browser to another site after signing in", async () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "/%5Cevil",
      "javascript:alert(1)",
      "/app/sign-in",
    ]) {
      const res = await get(`/app/sign-in?next=${encodeURIComponent(next)}`);
      const location = res.headers.get("location") ?? "";
      expect(location.startsWith("/") && !location.startsWith("//"), next).toBe(true);
      expect(new URL(location, base).origin).toBe(base);
    }
  });

  it("signs out: the cookie is cleared", async () => {
    const cookie = await signIn();
    const res = await web.request(`${base}/app/sign-out`, {
      method: "POST",
      headers: { Host: "127.0.0.1:3000", Cookie: cookie, Origin: "http://127.0.0.1:3000" },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/app/signed-out");
    expect(res.headers.get("set-cookie")).toMatch(/^storybank_session=;.*Max-Age=0/);
    const page = await get("/app/signed-out");
    expect(await page.text()).toContain("You are signed out");
  });
});

describe("settings page, locally", () => {
  it("marks the key the app itself uses and will not revoke it", async () => {
    const cookie = await signIn();
    const page = await get("/app/settings", { Cookie: cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Used by this app");
    expect(html).not.toContain(apiKey);
    const listed = await h.app.request("/v1/api-keys", {
      headers: { Authorization: `Bearer ${apiKey}` },
    });
    const [own] = ((await listed.json()) as { items: { id: string }[] }).items;
    const refused = await web.request(`${base}/app/settings/api-keys/${own?.id}/revoke`, {
      method: "POST",
      headers: { Host: "127.0.0.1:3000", Cookie: cookie, Origin: "http://127.0.0.1:3000" },
    });
    expect(refused.status).toBe(409);
    const still = await h.app.request("/v1/stories", {
      headers: { Authorization: `Bearer ${apiKey}` },
    });
    expect(still.status).toBe(200);
  });

  it("shows a refused key's reason and keeps what was typed", async () => {
    const cookie = await signIn();
    const res = await web.request(`${base}/app/settings/api-keys`, {
      method: "POST",
      headers: {
        Host: "127.0.0.1:3000",
        Cookie: cookie,
        Origin: "http://127.0.0.1:3000",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "name=timer",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("The key was not created.");
    expect(html).toContain('value="timer"');
  });
});
