/** @jsxImportSource hono/jsx */
import type { Info as Story } from "@storybank/core/story";
import type { Info as Target } from "@storybank/core/target";
import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import { all, type ApiApp, call, get, problemLines, type WebEnv } from "./api.ts";
import { type Flash, Layout } from "./layout.tsx";
import { lines } from "./story-form.ts";

interface ValueSet {
  id: string;
  company: string;
  name: string;
  builtIn?: boolean;
  values: { key: string; name: string }[];
}
interface Match {
  storyId: string;
  score: number;
  reasons: string[];
  weak?: boolean;
}
interface Tailoring {
  values: {
    valueSetId: string;
    valueKey: string;
    valueName?: string;
    best: Match | null;
    backup: Match | null;
  }[];
  selected: string[];
  gaps: { valueSetId: string; valueKey: string }[];
  questions: { question: string; storyId: string | null }[];
}

const isOwn = (set: ValueSet) => set.id.startsWith("vst_");

/** Targets and tailoring: value sets (built-in or pasted), targets, the matrix and the told log. */
export function targetPages(api: ApiApp) {
  const app = new Hono<WebEnv>();
  const render = (c: Context<WebEnv>, title: string, body: Child, flash?: Flash, status = 200) =>
    c.html(
      <Layout title={title} active="targets" userName={c.get("user").name} flash={flash}>
        {body}
      </Layout>,
      status as 200,
    );

  const listPage = async (
    c: Context<WebEnv>,
    flash?: Flash,
    status = 200,
    chosen: string[] = [],
  ) => {
    const [targets, sets] = await Promise.all([
      all<Target>(c, api, "/v1/targets"),
      all<ValueSet>(c, api, "/v1/value-sets"),
    ]);
    const own = sets.filter(isOwn);
    const builtIn = sets.filter((s) => !isOwn(s));
    const SetBox = ({ set }: { set: ValueSet }) => (
      <label class="check-inline">
        <input
          type="checkbox"
          name="valueSetIds"
          value={set.id}
          checked={chosen.includes(set.id)}
        />
        {set.name} <span class="muted">({set.values.length} values)</span>
      </label>
    );
    return render(
      c,
      "Targets",
      <>
        <h1>Targets</h1>
        {targets.length ? (
          <ul class="story-list" aria-label="Your targets">
            {targets.map((t) => (
              <li>
                <h2>
                  <a href={`/app/targets/${t.id}`}>
                    {t.company}
                    {t.role ? ` — ${t.role}` : ""}
                  </a>
                </h2>
                <p class="muted" style="margin:0">
                  {t.interviewDate ? `Interview ${t.interviewDate} · ` : ""}
                  {t.valueSetIds.length} value set(s) · {t.questions.length} question(s)
                </p>
                <p style="margin:.4rem 0 0">
                  <a href={`/app/targets/${t.id}/sheet`}>Cheat sheet</a>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="card">No target yet: name the company you are interviewing with below.</p>
        )}
        <h2 id="new-target">New target</h2>
        <form
          method="post"
          action="/app/targets"
          data-enhance
          class="card"
          aria-labelledby="new-target"
        >
          <div class="row">
            <div>
              <label for="t-company">Company</label>
              <input type="text" id="t-company" name="company" required />
            </div>
            <div>
              <label for="t-role">Role</label>
              <input type="text" id="t-role" name="role" />
            </div>
            <div>
              <label for="t-date">Interview date</label>
              <input type="date" id="t-date" name="interviewDate" />
            </div>
          </div>
          <fieldset style="margin-top:1rem">
            <legend>Values to tailor to</legend>
            {builtIn.map((set) => (
              <SetBox set={set} />
            ))}
            {own.length ? <p class="muted">Your own:</p> : null}
            {own.map((set) => (
              <SetBox set={set} />
            ))}
          </fieldset>
          <label for="t-questions">Questions to prepare</label>
          <p class="hint" id="t-questions-hint">
            One per line, as the recruiter or the loop's guide phrased them.
          </p>
          <textarea
            id="t-questions"
            name="questions"
            aria-describedby="t-questions-hint"
          ></textarea>
          <div class="actions">
            <button type="submit">Create target</button>
          </div>
        </form>
        <h2 id="paste-values">A company's values, pasted</h2>
        <form
          method="post"
          action="/app/value-sets"
          data-enhance
          class="card"
          aria-labelledby="paste-values"
        >
          <p class="hint" style="margin-top:0">
            Copy the values from the careers page: one value per line ("Name — what it means"), or
            headings over paragraphs. The new set is then ticked above.
          </p>
          <div class="row">
            <div>
              <label for="v-company">Company</label>
              <input type="text" id="v-company" name="company" required />
            </div>
            <div>
              <label for="v-name">Name of the set</label>
              <input type="text" id="v-name" name="name" placeholder="e.g. Acme values" />
            </div>
          </div>
          <label for="v-text" style="margin-top:.75rem">
            The values
          </label>
          <textarea id="v-text" name="text" class="tall" required></textarea>
          <div class="actions">
            <button type="submit">Create value set</button>
          </div>
        </form>
      </>,
      flash,
      status,
    );
  };

  app.get("/app/targets", (c) => listPage(c));

  app.post("/app/value-sets", async (c) => {
    const body = await c.req.parseBody();
    const company = String(body.company ?? "").trim();
    const name = String(body.name ?? "").trim() || `${company} values`;
    const query = new URLSearchParams({ company, name });
    const result = await call<ValueSet>(
      c,
      api,
      "POST",
      `/v1/value-sets/import?${query}`,
      String(body.text ?? ""),
      "text/plain",
    );
    if (!result.ok) {
      return listPage(
        c,
        {
          kind: "error",
          title: "The value set was not created.",
          lines: problemLines(result.problem),
        },
        result.status,
      );
    }
    const set = result.body;
    return listPage(
      c,
      {
        kind: "success",
        title: `Created "${set.name}" with ${set.values.length} values: ${set.values.map((v) => v.name).join(", ")}.`,
      },
      201,
      [set.id],
    );
  });

  app.post("/app/targets", async (c) => {
    const body = await c.req.parseBody({ all: true });
    const ids = body.valueSetIds;
    const result = await call<Target>(c, api, "POST", "/v1/targets", {
      company: String(body.company ?? "").trim(),
      role: String(body.role ?? "").trim(),
      interviewDate:
        typeof body.interviewDate === "string" && body.interviewDate ? body.interviewDate : null,
      valueSetIds: (Array.isArray(ids) ? ids : ids ? [ids] : []).map(String),
      questions: lines(String(body.questions ?? "")),
    });
    if (!result.ok) {
      return listPage(
        c,
        {
          kind: "error",
          title: "The target was not created.",
          lines: problemLines(result.problem),
        },
        result.status,
      );
    }
    return c.redirect(`/app/targets/${result.body.id}`, 303);
  });

  const targetPage = async (c: Context<WebEnv>, id: string, flash?: Flash, status = 200) => {
    const path = `/v1/targets/${encodeURIComponent(id)}`;
    const [target, tailoring, stories] = await Promise.all([
      get<Target>(c, api, path),
      get<Tailoring>(c, api, `${path}/tailoring`),
      all<Story>(c, api, "/v1/stories"),
    ]);
    const title = new Map(stories.map((s) => [s.id, s.title]));
    const StoryCell = ({ match }: { match: Match | null }) =>
      match ? (
        <>
          <a href={`/app/stories/${match.storyId}`}>{title.get(match.storyId) ?? match.storyId}</a>{" "}
          {match.weak ? <span class="pill weak">weak</span> : null}
          <details>
            <summary>Why ({match.score.toFixed(1)})</summary>
            <ul class="reasons">
              {match.reasons.map((r) => (
                <li>{r}</li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <span class="muted">—</span>
      );
    const name = (g: { valueSetId: string; valueKey: string }) =>
      tailoring.values.find((v) => v.valueSetId === g.valueSetId && v.valueKey === g.valueKey)
        ?.valueName ?? g.valueKey;
    return render(
      c,
      `${target.company} tailoring`,
      <>
        <p>
          <a href="/app/targets">← All targets</a>
        </p>
        <h1>
          {target.company}
          {target.role ? ` — ${target.role}` : ""}
        </h1>
        <div class="actions">
          <a class="button" href={`/app/targets/${target.id}/sheet`}>
            Cheat sheet (PDF, DOCX)
          </a>
          <span class="muted">
            {target.interviewDate ? `Interview ${target.interviewDate} · ` : ""}
            {target.valueSetIds.join(", ") || "no value set"}
          </span>
        </div>
        <h2>Value → story</h2>
        <div class="table-wrap" tabindex={0} role="region" aria-label="Value to story matrix">
          <table>
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col">Best story</th>
                <th scope="col">Backup</th>
              </tr>
            </thead>
            <tbody>
              {tailoring.values.map((v) => (
                <tr>
                  <th scope="row">{v.valueName ?? v.valueKey}</th>
                  <td>
                    <StoryCell match={v.best} />
                  </td>
                  <td>
                    <StoryCell match={v.backup} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="two">
          <section class="card" aria-labelledby="gaps-h">
            <h2 id="gaps-h" style="margin-top:0">
              Gaps ({tailoring.gaps.length})
            </h2>
            {tailoring.gaps.length ? (
              <>
                <p class="muted">No good story yet for:</p>
                <ul>
                  {tailoring.gaps.map((g) => (
                    <li>{name(g)}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Every value has a good story.</p>
            )}
            <h3>Stories chosen for the sheet</h3>
            <ol>
              {tailoring.selected.map((sid) => (
                <li>
                  <a href={`/app/stories/${sid}`}>{title.get(sid) ?? sid}</a>
                </li>
              ))}
            </ol>
          </section>
          <section class="card" aria-labelledby="questions-h">
            <h2 id="questions-h" style="margin-top:0">
              Questions → story
            </h2>
            {tailoring.questions.length ? (
              <dl class="facts">
                {tailoring.questions.map((q) => (
                  <>
                    <dt>{q.question}</dt>
                    <dd>
                      {q.storyId ? (
                        <a href={`/app/stories/${q.storyId}`}>
                          {title.get(q.storyId) ?? q.storyId}
                        </a>
                      ) : (
                        <span class="muted">no story</span>
                      )}
                    </dd>
                  </>
                ))}
              </dl>
            ) : (
              <p class="muted">No questions to prepare.</p>
            )}
          </section>
        </div>
        <h2 id="told-h">Told in this loop</h2>
        <p class="muted">Stories told are left out of the matrix, so you don't tell one twice.</p>
        {target.told.length ? (
          <div class="table-wrap" tabindex={0} role="region" aria-labelledby="told-h">
            <table>
              <thead>
                <tr>
                  <th scope="col">Round</th>
                  <th scope="col">Story</th>
                  <th scope="col">Interviewer</th>
                  <th scope="col">Date</th>
                </tr>
              </thead>
              <tbody>
                {target.told.map((t) => (
                  <tr>
                    <td>{t.round || "—"}</td>
                    <td>{title.get(t.storyId) ?? t.storyId}</td>
                    <td>{t.interviewer || "—"}</td>
                    <td>{t.date ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <form
          method="post"
          action={`/app/targets/${target.id}/told`}
          data-enhance
          class="card"
          aria-labelledby="told-h"
        >
          <input type="hidden" name="version" value={String(target.version)} />
          <div class="row">
            <div>
              <label for="told-story">Story told</label>
              <select id="told-story" name="storyId" required>
                {stories.map((s) => (
                  <option value={s.id}>{s.title}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="told-round">Round</label>
              <input type="text" id="told-round" name="round" placeholder="e.g. Onsite 2" />
            </div>
            <div>
              <label for="told-who">Interviewer</label>
              <input type="text" id="told-who" name="interviewer" />
            </div>
            <div>
              <label for="told-date">Date</label>
              <input type="date" id="told-date" name="date" />
            </div>
            <div class="shrink">
              <button type="submit">Log it</button>
            </div>
          </div>
        </form>
      </>,
      flash,
      status,
    );
  };

  app.get("/app/targets/:id", (c) => targetPage(c, c.req.param("id")));

  app.post("/app/targets/:id/told", async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const target = await get<Target>(c, api, `/v1/targets/${encodeURIComponent(id)}`);
    const version = Number(body.version);
    const entry = {
      storyId: String(body.storyId ?? ""),
      round: String(body.round ?? "").trim(),
      interviewer: String(body.interviewer ?? "").trim(),
      date: typeof body.date === "string" && body.date ? body.date : null,
    };
    const result = await call<Target>(c, api, "PATCH", `/v1/targets/${encodeURIComponent(id)}`, {
      version,
      told: [...target.told, entry],
    });
    if (result.ok)
      return targetPage(c, id, {
        kind: "success",
        title: "Logged. The matrix now leaves that story out.",
      });
    return targetPage(
      c,
      id,
      {
        kind: "error",
        title:
          result.status === 409
            ? "Not logged: this target changed since you opened it. Here it is as saved now; log the story again."
            : "Not logged.",
        lines: result.status === 409 ? [] : problemLines(result.problem),
      },
      result.status,
    );
  });

  return app;
}
