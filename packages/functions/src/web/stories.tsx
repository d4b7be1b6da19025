/** @jsxImportSource hono/jsx */
import type { Info as Story } from "@storybank/core/story";
import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import { all, type ApiApp, call, get, problemLines, type WebEnv } from "./api.ts";
import { type Flash, Layout } from "./layout.tsx";
import { changedFields, editOf, fieldText, readStoryForm, type StoryEdit } from "./story-form.ts";

export const kinds = [
  "achievement",
  "architecture",
  "leadership",
  "influence",
  "conflict",
  "failure",
  "risk",
  "learning",
  "team",
  "other",
] as const;

interface Finding {
  code: string;
  severity: "error" | "warning" | "info";
  field: string;
  message: string;
}
interface Check {
  findings: Finding[];
  readiness: number;
  figures: { wpm: number; refinedSeconds: number; refinedWords: number };
}
interface BankCheck {
  readiness: number;
  stories: { storyId: string; readiness: number; ready: boolean }[];
}

const fieldLabels: Record<keyof StoryEdit, string> = {
  title: "Title",
  kind: "Kind",
  tags: "Tags",
  headline: "Headline",
  context: "Context",
  questions: "Questions it answers",
  situation: "Situation",
  task: "Task",
  actions: "Actions",
  results: "Results",
  lessons: "Lessons",
  differently: "What I'd do differently",
  takeaway: "Takeaway",
  draft: "Draft",
  refined: "Refined (spoken) version",
  hooks: "Opening hooks",
  followUps: "Follow-ups",
  delivery: "Delivery",
  coachingNotes: "Coaching notes",
  analysis: "Analysis",
  values: "Linked values",
  connections: "Company connections",
  notes: "Notes",
  progress: "Progress",
};

/** The readiness badge: good from 70, as the story check counts a story ready. */
export function Readiness({ value }: { value: number }) {
  return (
    <span class={`pill ${value >= 70 ? "good" : value >= 40 ? "weak" : "error"}`}>
      Readiness {value}
    </span>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings" aria-label="Story check">
      {findings.map((f) => (
        <li class={f.severity}>
          <strong>
            {f.severity === "info" ? "Note" : f.severity === "error" ? "Error" : "Warning"}:
          </strong>{" "}
          {f.message}
        </li>
      ))}
    </ul>
  );
}

/** The editor: every field of a story, the check's findings beside the fields they name. */
function StoryForm({
  id,
  edit,
  version,
  findings,
  wpm,
  submitLabel,
}: {
  id: string;
  edit: StoryEdit;
  version: number;
  findings: Finding[];
  wpm: number;
  submitLabel: string;
}) {
  const byField = (name: string) =>
    findings.filter((f) => f.field === name || f.field.startsWith(`${name}.`));
  const text = (
    name: keyof StoryEdit,
    hint?: string,
    opts: { tall?: boolean; spoken?: boolean } = {},
  ) => {
    const found = byField(name);
    const fid = `f-${name}`;
    return (
      <div class={`field${found.length ? " with-findings" : ""}`}>
        <label for={fid}>{fieldLabels[name]}</label>
        {hint ? (
          <p class="hint" id={`${fid}-hint`}>
            {hint}
          </p>
        ) : null}
        <textarea
          id={fid}
          name={name}
          class={opts.tall ? "tall" : undefined}
          aria-describedby={hint ? `${fid}-hint` : undefined}
          data-spoken={opts.spoken ? "" : undefined}
          data-wpm={opts.spoken ? String(wpm) : undefined}
        >
          {fieldText(edit, name)}
        </textarea>
        {opts.spoken ? <output id={`${fid}-time`} for={fid} class="spoken"></output> : null}
        <Findings findings={found} />
      </div>
    );
  };
  const rows = <T extends Record<string, string>>(
    name: string,
    items: T[],
    cols: { key: keyof T & string; label: string }[],
  ) => (
    <div class="pairs">
      {[...items, Object.fromEntries(cols.map((c) => [c.key, ""])) as T].map((item, n) => (
        <div class={cols.length === 3 ? "triple" : "pair"}>
          {cols.map((col) => (
            <div>
              <label for={`f-${name}-${col.key}-${n}`}>
                {col.label} {n + 1}
              </label>
              {col.key === "answer" || col.key === "text" ? (
                <textarea id={`f-${name}-${col.key}-${n}`} name={`${name}.${col.key}.${n}`}>
                  {item[col.key]}
                </textarea>
              ) : (
                <input
                  type="text"
                  id={`f-${name}-${col.key}-${n}`}
                  name={`${name}.${col.key}.${n}`}
                  value={item[col.key]}
                />
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
  const general = findings.filter(
    (f) =>
      !(Object.keys(fieldLabels) as string[]).some(
        (k) => f.field === k || f.field.startsWith(`${k}.`),
      ),
  );
  return (
    <form method="post" action={`/app/stories/${id}`} data-enhance class="editor">
      <input type="hidden" name="version" value={String(version)} />
      {general.length ? (
        <div class="card">
          <h2>Story check</h2>
          <Findings findings={general} />
        </div>
      ) : null}
      <div class={`field${byField("title").length ? " with-findings" : ""}`}>
        <label for="f-title">Title</label>
        <input type="text" id="f-title" name="title" value={edit.title} required />
        <Findings findings={byField("title")} />
      </div>
      <div class="field">
        <div class="row">
          <div>
            <label for="f-kind">Kind</label>
            <select id="f-kind" name="kind">
              {kinds.map((k) => (
                <option value={k} selected={k === edit.kind}>
                  {k}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-tags">Tags</label>
            <textarea id="f-tags" name="tags" class="short" aria-describedby="f-tags-hint">
              {edit.tags.join("\n")}
            </textarea>
            <p class="hint" id="f-tags-hint">
              One per line.
            </p>
          </div>
        </div>
      </div>
      <div class={`field${byField("headline").length ? " with-findings" : ""}`}>
        <label for="f-headline">Headline</label>
        <p class="hint" id="f-headline-hint">
          The one-line result, leading with its number.
        </p>
        <input
          type="text"
          id="f-headline"
          name="headline"
          value={edit.headline}
          aria-describedby="f-headline-hint"
        />
        <Findings findings={byField("headline")} />
      </div>
      <fieldset>
        <legend>Context</legend>
        <div class="row">
          <div>
            <label for="f-company">Company</label>
            <input
              type="text"
              id="f-company"
              name="context.company"
              value={edit.context.company ?? ""}
            />
          </div>
          <div>
            <label for="f-role">Role</label>
            <input type="text" id="f-role" name="context.role" value={edit.context.role ?? ""} />
          </div>
          <div>
            <label for="f-period">Period</label>
            <input
              type="text"
              id="f-period"
              name="context.period"
              value={edit.context.period ?? ""}
            />
          </div>
          <div>
            <label for="f-team">Team size</label>
            <input
              type="number"
              min="0"
              id="f-team"
              name="context.teamSize"
              value={edit.context.teamSize == null ? "" : String(edit.context.teamSize)}
            />
          </div>
        </div>
      </fieldset>
      {text("refined", "The 45–60 second telling you say out loud.", { tall: true, spoken: true })}
      {text("questions", "One question variant per line.")}
      {text("situation", "2–3 sentences.")}
      {text("task", "1–2 sentences.")}
      {text(
        "actions",
        "A line starting with # opens a section; every other line is a point. Aim for 4–5 points.",
        { tall: true },
      )}
      {text("results", "Same form as actions: 3–4 points with numbers.", { tall: true })}
      {text("lessons")}
      {text("differently")}
      {text("takeaway")}
      {text("draft", "The free write, 150–200 words.", { tall: true })}
      {text("hooks", "One opening hook per line.")}
      <fieldset>
        <legend>Follow-ups</legend>
        {rows("followUps", edit.followUps, [
          { key: "question", label: "Question" },
          { key: "answer", label: "Answer" },
        ])}
      </fieldset>
      <fieldset>
        <legend>Delivery</legend>
        <div class="row">
          <div>
            <label for="f-pacing">Pacing</label>
            <input
              type="text"
              id="f-pacing"
              name="delivery.pacing"
              value={edit.delivery.pacing ?? ""}
            />
          </div>
          <div>
            <label for="f-tone">Tone</label>
            <input type="text" id="f-tone" name="delivery.tone" value={edit.delivery.tone ?? ""} />
          </div>
          <div>
            <label for="f-keywords">Key words (one per line)</label>
            <textarea id="f-keywords" name="delivery.keyWords" class="short">
              {(edit.delivery.keyWords ?? []).join("\n")}
            </textarea>
          </div>
        </div>
      </fieldset>
      {text("coachingNotes", "One note per line.")}
      <fieldset>
        <legend>Analysis</legend>
        {rows("analysis", edit.analysis, [
          { key: "section", label: "Section" },
          { key: "question", label: "Question" },
          { key: "answer", label: "Answer" },
        ])}
      </fieldset>
      {text(
        "values",
        "One value per line as value-set/value, for example stripe-2025/users-first.",
      )}
      <fieldset>
        <legend>Company connections</legend>
        {rows("connections", edit.connections, [
          { key: "company", label: "Company" },
          { key: "text", label: "How it connects" },
        ])}
        <Findings findings={byField("connections")} />
      </fieldset>
      {text("notes")}
      <fieldset>
        <legend>Progress</legend>
        <div class="row">
          {(["drafted", "analyzed", "refined"] as const).map((k) => (
            <label class="check-inline">
              <input type="checkbox" name={`progress.${k}`} checked={edit.progress[k]} /> {k}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit">{submitLabel}</button>
        <a href={`/app/practice/${id}`}>Practice this story</a>
      </div>
    </form>
  );
}

/** The two versions of every field that differs, side by side. */
function ConflictTable({
  mine,
  saved,
  version,
}: {
  mine: StoryEdit;
  saved: StoryEdit;
  version: number;
}) {
  const fields = changedFields(mine, saved);
  return (
    <div
      class="table-wrap"
      tabindex={0}
      role="region"
      aria-label="Your version and the saved version"
    >
      <table class="diff">
        <caption class="muted" style="text-align:left;padding:.4rem .6rem">
          {fields.length === 1 ? "1 field differs" : `${fields.length} fields differ`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Yours (not saved)</th>
            <th scope="col">Saved now (version {version})</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((key) => (
            <tr>
              <th scope="row">{fieldLabels[key]}</th>
              <td>{fieldText(mine, key)}</td>
              <td>{fieldText(saved, key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Stories: the list with search and filters, the editor, saving with the version read. */
export function storyPages(api: ApiApp) {
  const app = new Hono<WebEnv>();
  const render = (c: Context<WebEnv>, title: string, body: Child, flash?: Flash, status = 200) =>
    c.html(
      <Layout title={title} active="stories" userName={c.get("user").name} flash={flash}>
        {body}
      </Layout>,
      status as 200,
    );

  app.get("/app/stories", async (c) => {
    const { q = "", tag = "", kind = "", value = "" } = c.req.query();
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (tag) params.set("tag", tag);
    if (kind) params.set("kind", kind);
    if (value) params.set("value", value);
    const [every, bank] = await Promise.all([
      all<Story>(c, api, "/v1/stories"),
      get<BankCheck>(c, api, "/v1/check"),
    ]);
    const shown = params.size ? await all<Story>(c, api, `/v1/stories?${params}`) : every;
    const tags = [...new Set(every.flatMap((s) => s.tags))].sort();
    const values = [
      ...new Set(every.flatMap((s) => s.values.map((v) => `${v.valueSetId}:${v.valueKey}`))),
    ].sort();
    const readiness = new Map(bank.stories.map((s) => [s.storyId, s.readiness]));
    return render(
      c,
      "Stories",
      <>
        <h1>Stories</h1>
        <p class="muted">
          {every.length} stor{every.length === 1 ? "y" : "ies"} · bank readiness {bank.readiness}
        </p>
        <form
          method="get"
          action="/app/stories"
          class="card"
          role="search"
          aria-label="Find stories"
        >
          <div class="row">
            <div>
              <label for="q">Search</label>
              <input type="search" id="q" name="q" value={q} />
            </div>
            <div>
              <label for="tag">Tag</label>
              <select id="tag" name="tag">
                <option value="">Any tag</option>
                {tags.map((t) => (
                  <option selected={t === tag}>{t}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="kind">Kind</label>
              <select id="kind" name="kind">
                <option value="">Any kind</option>
                {kinds.map((k) => (
                  <option selected={k === kind}>{k}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="value">Linked value</label>
              <select id="value" name="value">
                <option value="">Any value</option>
                {values.map((v) => (
                  <option selected={v === value}>{v}</option>
                ))}
              </select>
            </div>
            <div class="shrink">
              <button type="submit">Filter</button>
            </div>
          </div>
        </form>
        {shown.length === 0 ? (
          <p class="card">
            {every.length === 0 ? (
              <>
                No stories yet. <a href="/app/import">Import your story document</a> or start one
                below.
              </>
            ) : (
              "No story matches these filters."
            )}
          </p>
        ) : (
          <ul class="story-list" aria-label="Stories">
            {shown.map((s) => (
              <li>
                <h2>
                  <a href={`/app/stories/${s.id}`}>{s.title}</a>
                </h2>
                <p class="muted" style="margin:.1rem 0 .4rem">
                  {s.headline || s.context.company || "—"}
                </p>
                <span class="pill">{s.kind}</span>
                <Readiness value={readiness.get(s.id) ?? 0} />
                {s.tags.map((t) => (
                  <span class="pill">{t}</span>
                ))}
              </li>
            ))}
          </ul>
        )}
        <h2>Start a story</h2>
        <form method="post" action="/app/stories" class="card row" data-enhance>
          <div>
            <label for="new-title">Title</label>
            <input type="text" id="new-title" name="title" required />
          </div>
          <div class="shrink">
            <button type="submit">Create story</button>
          </div>
        </form>
      </>,
    );
  });

  app.post("/app/stories", async (c) => {
    const body = await c.req.parseBody();
    const result = await call<Story>(c, api, "POST", "/v1/stories", {
      title: String(body.title ?? ""),
    });
    if (!result.ok) {
      return render(
        c,
        "Stories",
        <a href="/app/stories">Back to the stories</a>,
        {
          kind: "error",
          title: "The story was not created.",
          lines: problemLines(result.problem),
        },
        result.status,
      );
    }
    return c.redirect(`/app/stories/${result.body.id}?created=1`, 303);
  });

  const editorPage = async (
    c: Context<WebEnv>,
    story: Story,
    opts: {
      edit?: StoryEdit;
      version?: number;
      flash?: Flash;
      conflict?: boolean;
      status?: number;
    } = {},
  ) => {
    const check = await get<Check>(c, api, `/v1/stories/${story.id}/check`);
    const saved = editOf(story);
    return render(
      c,
      story.title,
      <>
        <p>
          <a href="/app/stories">← All stories</a>
        </p>
        <h1>{story.title}</h1>
        <p class="muted">
          Version {story.version} · <Readiness value={check.readiness} />
        </p>
        {opts.conflict && opts.edit ? (
          <section class="card" aria-labelledby="conflict-h">
            <h2 id="conflict-h">Your changes and the saved story</h2>
            <ConflictTable mine={opts.edit} saved={saved} version={story.version} />
            <p>
              The form below still holds your version. Save it over version {story.version}, or{" "}
              <a href={`/app/stories/${story.id}`}>discard yours and open the saved story</a>.
            </p>
          </section>
        ) : null}
        <StoryForm
          id={story.id}
          edit={opts.edit ?? saved}
          version={opts.version ?? story.version}
          findings={check.findings}
          wpm={check.figures.wpm}
          submitLabel={opts.conflict ? `Save mine over version ${story.version}` : "Save"}
        />
      </>,
      opts.flash,
      opts.status,
    );
  };

  app.get("/app/stories/:id", async (c) => {
    const story = await get<Story>(c, api, `/v1/stories/${encodeURIComponent(c.req.param("id"))}`);
    const { created, saved } = c.req.query();
    const flash: Flash | undefined = created
      ? {
          kind: "success",
          title: "Story created. Fill in what you have; only the title is required.",
        }
      : saved
        ? { kind: "success", title: `Saved as version ${story.version}.` }
        : undefined;
    return editorPage(c, story, { flash });
  });

  app.post("/app/stories/:id", async (c) => {
    const id = encodeURIComponent(c.req.param("id"));
    const body = await c.req.parseBody();
    const edit = readStoryForm(body);
    const version = Number(body.version);
    const result = await call<Story>(c, api, "PATCH", `/v1/stories/${id}`, { ...edit, version });
    if (result.ok) return c.redirect(`/app/stories/${result.body.id}?saved=1`, 303);
    const current = await get<Story>(c, api, `/v1/stories/${id}`);
    if (result.status === 409) {
      return editorPage(c, current, {
        edit,
        version: current.version,
        conflict: true,
        status: 409,
        flash: {
          kind: "error",
          title: `Not saved: this story changed since you opened it (you read version ${version}, it is now version ${current.version}).`,
          lines: [
            "Nothing was overwritten. Compare the two versions below, then save yours over it or keep the saved one.",
          ],
        },
      });
    }
    return editorPage(c, current, {
      edit,
      version,
      status: result.status,
      flash: {
        kind: "error",
        title: "Not saved: the story was refused.",
        lines: problemLines(result.problem),
      },
    });
  });

  return app;
}
