/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { type Flash, Layout } from "../layout.tsx";
import { paths } from "./guard.ts";
import type { WebAuthEnv } from "./types.ts";

/** Anything that answers `request(path, init)` like a Hono app: the REST app, in-process. */
export interface RestApi {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** An API key as `GET /v1/api-keys` lists it (never the key itself). */
interface KeyInfo {
  id: string;
  name: string;
  scopes: string[];
  hint: string;
  createdAt: string;
}

interface Problem {
  status: number;
  detail?: string;
  title?: string;
  errors?: { path: string; message: string }[];
}

const scopes = [
  { value: "read", label: "Read", hint: "stories, value sets, targets, tailoring" },
  { value: "write", label: "Write", hint: "create, change and delete them, log practice" },
  { value: "export", label: "Export", hint: "download the whole bank" },
] as const;

/** The largest number of keys the page lists (the API's pages, followed). */
const MAX_KEYS = 500;

async function call<T>(
  c: Context<WebAuthEnv>,
  api: RestApi,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ ok: true; body: T } | { ok: false; problem: Problem }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${c.get("bearer")}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await api.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (res.ok) return { ok: true, body: parsed as T };
  return { ok: false, problem: { status: res.status, ...(parsed as object) } };
}

async function listKeys(
  c: Context<WebAuthEnv>,
  api: RestApi,
): Promise<{ keys: KeyInfo[]; problem?: Problem }> {
  const keys: KeyInfo[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const page = await call<{ items: KeyInfo[]; nextCursor: string | null }>(
      c,
      api,
      "GET",
      `/v1/api-keys?limit=100${query}`,
    );
    if (!page.ok) return { keys, problem: page.problem };
    keys.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor && keys.length < MAX_KEYS);
  return { keys };
}

const problemFlash = (title: string, problem: Problem): Flash => ({
  kind: "error",
  title,
  lines: [
    problem.detail ?? problem.title ?? `The API answered ${problem.status}.`,
    ...(problem.errors ?? []).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)),
  ],
});

/** The hint of the key this browser's session uses, when the session uses an API key. */
const ownHint = (c: Context<WebAuthEnv>) => {
  const bearer = c.get("bearer");
  return bearer.startsWith("sbk_") ? bearer.slice(0, 10) : undefined;
};

function CreatedKey({ name, value }: { name: string; value: string }) {
  return (
    <section class="card" aria-labelledby="created-title">
      <h2 id="created-title">Your new key “{name}”</h2>
      <p>
        Copy it now: Storybank keeps only a hash of it and <strong>will not show it again</strong>.
      </p>
      <p>
        <label for="created-key">API key</label>
        <input
          id="created-key"
          type="text"
          readonly
          value={value}
          autocomplete="off"
          spellcheck={false}
          data-created-key
        />
      </p>
      <p class="hint">
        Send it as <code>Authorization: Bearer …</code> to the API (<a href="/docs">API docs</a>).
      </p>
    </section>
  );
}

interface SettingsView {
  keys: KeyInfo[];
  flash?: Flash;
  created?: { name: string; key: string };
  /** What the create form held when it was refused. */
  form?: { name: string; scopes: string[] };
}

function SettingsPage({ c, view }: { c: Context<WebAuthEnv>; view: SettingsView }) {
  const user = c.get("user");
  const own = ownHint(c);
  const checked = new Set(view.form?.scopes ?? scopes.map((s) => s.value));
  return (
    <Layout title="Settings" active="settings" userName={user.name} flash={view.flash}>
      <h1>Settings</h1>
      {view.created ? <CreatedKey name={view.created.name} value={view.created.key} /> : null}
      <section class="card" aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
        <p>
          Signed in as <strong>{user.name}</strong>.
        </p>
        <form method="post" action={paths.signOut}>
          <button type="submit" class="secondary">
            Sign out
          </button>
        </form>
      </section>
      <section class="card" aria-labelledby="keys-title">
        <h2 id="keys-title">API keys</h2>
        <p class="hint">
          Keys let other tools (a practice timer, a coaching app, a script) use your stories through
          the API. A key is shown once, when you create it; revoking it stops it at once.
        </p>
        {view.keys.length === 0 ? (
          <p>You have no API keys yet.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="muted">
                {view.keys.length === 1 ? "1 key" : `${view.keys.length} keys`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key starts</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span class="muted">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.keys.map((key) => (
                  <tr data-key-id={key.id}>
                    <th scope="row">{key.name}</th>
                    <td>
                      <code>{key.hint}…</code>
                    </td>
                    <td>{key.scopes.join(", ")}</td>
                    <td>
                      <time datetime={key.createdAt}>{key.createdAt.slice(0, 10)}</time>
                    </td>
                    <td>
                      {own === key.hint ? (
                        <span class="pill">Used by this app</span>
                      ) : (
                        <form method="post" action={`${paths.settings}/api-keys/${key.id}/revoke`}>
                          <button
                            type="submit"
                            class="danger"
                            aria-label={`Revoke the key ${key.name}`}
                          >
                            Revoke
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>Create a key</h3>
        <form method="post" action={`${paths.settings}/api-keys`}>
          <div class="field">
            <label for="key-name">Name</label>
            <p class="hint" id="key-name-hint">
              What the key is for, so you can tell keys apart (“practice timer”).
            </p>
            <input
              id="key-name"
              name="name"
              type="text"
              required
              maxlength={100}
              value={view.form?.name ?? ""}
              aria-describedby="key-name-hint"
            />
          </div>
          <fieldset>
            <legend>What it may do</legend>
            {scopes.map((scope) => (
              <label class="check-inline">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope.value}
                  checked={checked.has(scope.value)}
                />{" "}
                {scope.label} <span class="muted">({scope.hint})</span>
              </label>
            ))}
          </fieldset>
          <div class="actions">
            <button type="submit">Create key</button>
          </div>
        </form>
      </section>
    </Layout>
  );
}

/**
 * The settings page, `/app/settings`, for the signed-in user (mount behind `requireUser`): who is
 * signed in and a sign-out button; the user's API keys listed, created (the key shown once, on
 * the answer to the form, never stored or shown again) and revoked. Every change goes through
 * the public REST API's key routes with the session's bearer. The key this browser's session uses
 * (the local server's own key) is marked and cannot be revoked here.
 */
export function settingsPages(api: RestApi) {
  const app = new Hono<WebAuthEnv>();

  app.get(paths.settings, async (c) => {
    const { keys, problem } = await listKeys(c, api);
    const revoked = c.req.query("revoked") === "1";
    const flash: Flash | undefined = problem
      ? problemFlash("Your keys could not be listed.", problem)
      : revoked
        ? { kind: "success", title: "The key is revoked: it no longer works." }
        : undefined;
    return c.html(<SettingsPage c={c} view={{ keys, flash }} />, problem ? 502 : 200);
  });

  app.post(`${paths.settings}/api-keys`, async (c) => {
    const form = await c.req.parseBody({ all: true });
    const name = typeof form.name === "string" ? form.name.trim() : "";
    const raw = form.scopes;
    const chosen = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (s): s is string => typeof s === "string",
    );
    const created = await call<{ key: string; name: string }>(c, api, "POST", "/v1/api-keys", {
      name,
      scopes: chosen,
    });
    const { keys } = await listKeys(c, api);
    if (!created.ok) {
      const view = {
        keys,
        flash: problemFlash("The key was not created.", created.problem),
        form: { name, scopes: chosen },
      };
      return c.html(<SettingsPage c={c} view={view} />, 400);
    }
    const view = {
      keys,
      flash: { kind: "success", title: `Created the key “${created.body.name}”.` } as Flash,
      created: { name: created.body.name, key: created.body.key },
    };
    c.header("Cache-Control", "no-store");
    return c.html(<SettingsPage c={c} view={view} />, 200);
  });

  app.post(`${paths.settings}/api-keys/:id/revoke`, async (c) => {
    const id = c.req.param("id");
    const { keys } = await listKeys(c, api);
    const key = keys.find((k) => k.id === id);
    if (key && key.hint === ownHint(c)) {
      const flash: Flash = {
        kind: "error",
        title: "This key is the one this app uses; it cannot be revoked from here.",
      };
      return c.html(<SettingsPage c={c} view={{ keys, flash }} />, 409);
    }
    const revoked = await call(c, api, "DELETE", `/v1/api-keys/${encodeURIComponent(id)}`);
    if (!revoked.ok) {
      const view = { keys, flash: problemFlash("The key was not revoked.", revoked.problem) };
      return c.html(<SettingsPage c={c} view={view} />, revoked.problem.status === 404 ? 404 : 400);
    }
    return c.redirect(`${paths.settings}?revoked=1`, 303);
  });

  return app;
}
