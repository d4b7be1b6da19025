/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import { type ApiApp, call, problemLines, type WebEnv } from "./api.ts";
import { type Flash, Layout } from "./layout.tsx";

interface PlannedStory {
  action: "create" | "update" | "unchanged";
  id: string | null;
  line: number;
  story: { title: string; kind: string };
  lines: { from: number; to: number; field: string }[];
}
interface ImportWarning {
  line: number;
  endLine: number;
  message: string;
  excerpt?: string;
}
interface ImportResult {
  format: string;
  dryRun: boolean;
  stories: PlannedStory[];
  valueSets: unknown[];
  targets: unknown[];
  practice: { created: number; unchanged: number };
  warnings: ImportWarning[];
}

/** The media type the import reads a file as: JSON or HTML by name or type, Markdown otherwise. */
function mediaType(name: string, type: string): string {
  if (/\.json$/i.test(name) || type === "application/json") return "application/json";
  if (/\.x?html?$/i.test(name) || type === "text/html") return "text/html";
  return "text/markdown";
}

/** The media types a confirmed import may be sent as (the preview's hidden field). */
const sendable = new Set(["application/json", "text/html", "text/markdown"]);

const verbs = { create: "New", update: "Updates", unchanged: "Unchanged" } as const;

function lineRange(from: number, to: number) {
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}

function ImportForm() {
  return (
    <form
      method="post"
      action="/app/import/preview"
      enctype="multipart/form-data"
      data-enhance
      class="card"
    >
      <div class="drop" data-drop>
        <label for="file">Your story document (Markdown, HTML or a Storybank JSON bank)</label>
        <p class="hint" id="file-hint">
          Drop the file here or choose it. Nothing is saved until you confirm the preview.
        </p>
        <input
          type="file"
          id="file"
          name="file"
          accept=".md,.markdown,.txt,.html,.htm,.json,text/markdown,text/html,application/json"
          aria-describedby="file-hint"
        />
        <p class="muted" data-drop-name aria-live="polite"></p>
      </div>
      <details style="margin-top:1rem">
        <summary>Or paste the text</summary>
        <label for="pasted" style="margin-top:.5rem">
          Document text
        </label>
        <textarea id="pasted" name="pasted" class="tall"></textarea>
      </details>
      <div class="actions">
        <button type="submit">Preview the import</button>
      </div>
    </form>
  );
}

function Plan({ result }: { result: ImportResult }) {
  return (
    <>
      <h2>{result.dryRun ? "What the import will do" : "What was imported"}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Stories in the document">
        <table>
          <thead>
            <tr>
              <th scope="col">Story</th>
              <th scope="col">Action</th>
              <th scope="col">Where each part came from</th>
            </tr>
          </thead>
          <tbody>
            {result.stories.map((s) => (
              <tr>
                <th scope="row">
                  {s.id && !result.dryRun ? (
                    <a href={`/app/stories/${s.id}`}>{s.story.title}</a>
                  ) : (
                    s.story.title
                  )}
                  <div class="muted">
                    {s.story.kind} · from line {s.line}
                  </div>
                </th>
                <td>
                  <span class={`pill${s.action === "create" ? " good" : ""}`}>
                    {verbs[s.action] ?? s.action}
                  </span>
                </td>
                <td>
                  <details>
                    <summary>{s.lines.length} parts</summary>
                    <table class="lines">
                      <tbody>
                        {s.lines.map((l) => (
                          <tr>
                            <td>{lineRange(l.from, l.to)}</td>
                            <td>{l.field}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.valueSets.length || result.targets.length || result.practice.created ? (
        <p class="muted">
          Also: {result.valueSets.length} value set(s), {result.targets.length} target(s),{" "}
          {result.practice.created} practice entries.
        </p>
      ) : null}
      <h2>Warnings ({result.warnings.length})</h2>
      {result.warnings.length === 0 ? (
        <p>Every line found a place.</p>
      ) : (
        <ul class="card">
          {result.warnings.map((w) => (
            <li>
              <strong>{lineRange(w.line, w.endLine)}:</strong> {w.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Import: a file dropped or chosen → the dry run (stories, line map, warnings) → the import. */
export function importPages(api: ApiApp) {
  const app = new Hono<WebEnv>();
  const render = (c: Context<WebEnv>, body: Child, flash?: Flash, status = 200) =>
    c.html(
      <Layout title="Import" active="import" userName={c.get("user").name} flash={flash}>
        <h1>Import stories</h1>
        {body}
      </Layout>,
      status as 200,
    );

  app.get("/app/import", (c) =>
    render(
      c,
      <>
        <p>
          Bring the document you already keep: STAR sections with bold labels, question variants,
          lessons, the refined 45–60 second version and practice notes are read into stories. You
          see every story and every line that found no place before anything is saved.
        </p>
        <ImportForm />
      </>,
    ),
  );

  // The API speaks of the request body; here it is the user's file.
  const refused = (c: Context<WebEnv>, status: number, lines: string[], name = "The document") =>
    render(
      c,
      <ImportForm />,
      {
        kind: "error",
        title: `${name} was not imported.`,
        lines: lines.map((line) => line.replace(/^The body\b/, "The file").replace(/^body: /, "")),
      },
      status,
    );

  app.post("/app/import/preview", async (c) => {
    const body = await c.req.parseBody();
    const file = body.file;
    const pasted = typeof body.pasted === "string" ? body.pasted : "";
    let text = pasted;
    let type = "text/markdown";
    let name = "The pasted text";
    if (file instanceof File && file.size > 0) {
      text = new TextDecoder("utf-8").decode(await file.arrayBuffer());
      type = mediaType(file.name, file.type);
      name = file.name;
    } else if (pasted.trimStart().startsWith("{")) {
      type = "application/json";
    }
    if (!text.trim())
      return refused(c, 400, ["Choose a file or paste the document's text: it was empty."]);
    const result = await call<ImportResult>(c, api, "POST", "/v1/import?dryRun=true", text, type);
    if (!result.ok) return refused(c, result.status, problemLines(result.problem), name);
    const plan = result.body;
    const count = plan.stories.filter((s) => s.action !== "unchanged").length;
    return render(
      c,
      <>
        <p>
          Read{" "}
          <strong>{file instanceof File && file.size > 0 ? file.name : "the pasted text"}</strong>:{" "}
          {plan.stories.length} stor
          {plan.stories.length === 1 ? "y" : "ies"}, {plan.warnings.length} warning
          {plan.warnings.length === 1 ? "" : "s"}. Nothing is saved yet.
        </p>
        <Plan result={plan} />
        <form method="post" action="/app/import/run" data-enhance class="actions">
          <input type="hidden" name="type" value={type} />
          <textarea name="document" hidden aria-hidden="true">
            {text}
          </textarea>
          <button type="submit" disabled={count === 0}>
            Import {count} stor{count === 1 ? "y" : "ies"}
          </button>
          <a href="/app/import">Choose another file</a>
        </form>
      </>,
    );
  });

  app.post("/app/import/run", async (c) => {
    const body = await c.req.parseBody();
    const text = typeof body.document === "string" ? body.document : "";
    const type =
      typeof body.type === "string" && sendable.has(body.type) ? body.type : "text/markdown";
    const result = await call<ImportResult>(c, api, "POST", "/v1/import", text, type);
    if (!result.ok) return refused(c, result.status, problemLines(result.problem));
    const made = result.body.stories.filter((s) => s.action !== "unchanged").length;
    return render(
      c,
      <>
        <Plan result={result.body} />
        <div class="actions">
          <a class="button" href="/app/targets">
            Tailor them to a company
          </a>
          <a class="button secondary" href="/app/stories">
            See all stories
          </a>
        </div>
      </>,
      { kind: "success", title: `Imported: ${made} stor${made === 1 ? "y" : "ies"} saved.` },
    );
  });

  return app;
}
