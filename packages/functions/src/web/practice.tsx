/** @jsxImportSource hono/jsx */
import type { Info as Story } from "@storybank/core/story";
import { type Context, Hono } from "hono";
import { all, type ApiApp, call, get, problemLines, type WebEnv } from "./api.ts";
import { type Flash, Layout } from "./layout.tsx";

interface Practice {
  id: string;
  seconds: number;
  variant: "refined" | "full";
  note: string;
  at: string;
}

/**
 * The order in which stories are due for practice: never practiced first, then the longest
 * since the last telling; fewer tellings first on a tie. Stories without a spoken version last.
 */
export function dueOrder(stories: Story[]): Story[] {
  const key = (s: Story) => [
    s.refined.trim() ? 0 : 1,
    s.progress.lastPracticedAt
      ? Date.parse(s.progress.lastPracticedAt)
      : s.progress.practiceCount > 0
        ? 1
        : 0,
    s.progress.practiceCount,
  ];
  return [...stories].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return a.title.localeCompare(b.title);
  });
}

const when = (iso: string | null) =>
  iso ? new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never";

/** Practice: what is due first, and a timer on a story's refined version that logs the telling. */
export function practicePages(api: ApiApp) {
  const app = new Hono<WebEnv>();

  app.get("/app/practice", async (c) => {
    const stories = dueOrder(await all<Story>(c, api, "/v1/stories"));
    return c.html(
      <Layout title="Practice" active="practice" userName={c.get("user").name}>
        <h1>Practice</h1>
        <p class="muted">Due first: stories never told out loud, then the ones told longest ago.</p>
        {stories.length === 0 ? (
          <p class="card">
            No stories yet. <a href="/app/import">Import your document</a> first.
          </p>
        ) : (
          <div class="table-wrap" tabindex={0} role="region" aria-label="Stories due for practice">
            <table>
              <thead>
                <tr>
                  <th scope="col">Story</th>
                  <th scope="col">Tellings</th>
                  <th scope="col">Last timed</th>
                  <th scope="col">Last practiced</th>
                </tr>
              </thead>
              <tbody>
                {stories.map((s) => (
                  <tr>
                    <th scope="row">
                      <a href={`/app/practice/${s.id}`}>{s.title}</a>
                      {s.refined.trim() ? null : <div class="muted">no spoken version yet</div>}
                    </th>
                    <td>{s.progress.practiceCount}</td>
                    <td>
                      {s.progress.timedSeconds == null ? "—" : `${s.progress.timedSeconds} s`}
                    </td>
                    <td>
                      {s.progress.lastPracticedAt || s.progress.practiceCount === 0
                        ? when(s.progress.lastPracticedAt)
                        : "no date"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Layout>,
    );
  });

  const storyPage = async (c: Context<WebEnv>, id: string, flash?: Flash, status = 200) => {
    const path = `/v1/stories/${encodeURIComponent(id)}`;
    const [story, log] = await Promise.all([
      get<Story>(c, api, path),
      get<{ items: Practice[] }>(c, api, `${path}/practice?limit=10`),
    ]);
    return c.html(
      <Layout
        title={`Practice: ${story.title}`}
        active="practice"
        userName={c.get("user").name}
        flash={flash}
      >
        <p>
          <a href="/app/practice">← What is due</a>
        </p>
        <h1>{story.title}</h1>
        <section class="card" aria-labelledby="refined-h">
          <h2 id="refined-h" style="margin-top:0">
            Refined version
          </h2>
          <p class="refined-text">
            {story.refined ||
              "No spoken version yet: write one in the story editor, or time the full telling."}
          </p>
        </section>
        <form
          method="post"
          action={`/app/practice/${story.id}`}
          data-enhance
          class="card"
          data-timer
        >
          <h2 style="margin-top:0">Time a telling</h2>
          <p class="hint">Start, tell the story out loud, stop. Aim for 45–60 seconds.</p>
          <div class="timer" role="timer" aria-live="off" data-timer-display>
            0:00
          </div>
          <div class="actions">
            <button type="button" data-timer-start hidden>
              Start
            </button>
            <button type="button" class="secondary" data-timer-stop hidden>
              Stop
            </button>
          </div>
          <div class="row">
            <div>
              <label for="seconds">Seconds</label>
              <input type="number" id="seconds" name="seconds" min="1" max="36000" required />
            </div>
            <div>
              <label for="variant">Version told</label>
              <select id="variant" name="variant">
                <option value="refined">Refined (45–60 s)</option>
                <option value="full">Full STAR telling</option>
              </select>
            </div>
            <div>
              <label for="note">Note</label>
              <input type="text" id="note" name="note" />
            </div>
          </div>
          <div class="actions">
            <button type="submit" data-timer-log>
              Log this telling
            </button>
          </div>
        </form>
        <h2>Recent tellings</h2>
        {log.items.length === 0 ? (
          <p class="muted">None logged yet.</p>
        ) : (
          <ul>
            {log.items.map((p) => (
              <li>
                {when(p.at)}: {p.seconds} s ({p.variant}){p.note ? ` — ${p.note}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Layout>,
      status as 200,
    );
  };

  app.get("/app/practice/:id", (c) => storyPage(c, c.req.param("id")));

  app.post("/app/practice/:id", async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const result = await call<Practice>(
      c,
      api,
      "POST",
      `/v1/stories/${encodeURIComponent(id)}/practice`,
      {
        seconds: Number(body.seconds),
        variant: body.variant === "full" ? "full" : "refined",
        note: String(body.note ?? "").trim(),
      },
    );
    if (!result.ok) {
      return storyPage(
        c,
        id,
        { kind: "error", title: "Not logged.", lines: problemLines(result.problem) },
        result.status,
      );
    }
    const s = result.body.seconds;
    const verdict =
      result.body.variant === "refined"
        ? s > 60
          ? " Over 60 s: trim it."
          : s < 45
            ? " Under 45 s."
            : " Right in 45–60 s."
        : "";
    return storyPage(c, id, { kind: "success", title: `Logged a ${s} s telling.${verdict}` });
  });

  return app;
}
