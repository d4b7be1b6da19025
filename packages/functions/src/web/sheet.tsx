/** @jsxImportSource hono/jsx */
import type { Info as Target } from "@storybank/core/target";
import { type Context, Hono } from "hono";
import { type ApiApp, ApiError, get, type Problem, type WebEnv } from "./api.ts";
import { Layout } from "./layout.tsx";

interface Fit {
  format: string;
  paper: string;
  fontSize: number;
  floor: number;
  pages: number;
  dropped: unknown[];
  unprinted: unknown[];
}
interface SheetJson {
  fit: { pdf: Fit; docx: Fit };
}

const papers = { letter: "US Letter", a4: "A4" } as const;
type Paper = keyof typeof papers;

/** One item of a fit report's list as a line: a string, or an object's readable parts. */
function describe(item: unknown): string {
  if (typeof item === "string") return item;
  if (item && typeof item === "object") {
    return Object.values(item)
      .filter((v) => typeof v === "string" || typeof v === "number")
      .join(" · ");
  }
  return String(item);
}

function FitReport({ fit, label }: { fit: Fit; label: string }) {
  return (
    <section class="card" aria-label={`${label} fit`}>
      <h2 style="margin-top:0">{label}</h2>
      <dl class="facts">
        <dt>Pages</dt>
        <dd>{fit.pages}</dd>
        <dt>Type size</dt>
        <dd>
          {fit.fontSize} pt (floor {fit.floor} pt)
        </dd>
        <dt>Left off</dt>
        <dd>
          {fit.dropped.length === 0 ? (
            "nothing"
          ) : (
            <ul style="margin:0;padding-left:1.1rem">
              {fit.dropped.map((d) => (
                <li>{describe(d)}</li>
              ))}
            </ul>
          )}
        </dd>
        {fit.unprinted.length ? (
          <>
            <dt>Not printable</dt>
            <dd>{fit.unprinted.map(describe).join("; ")}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** The sheet: the real PDF as a preview, the fit report, PDF and DOCX downloads, Letter or A4. */
export function sheetPages(api: ApiApp) {
  const app = new Hono<WebEnv>();
  const paperOf = (value: string | undefined): Paper => (value === "a4" ? "a4" : "letter");

  app.get("/app/targets/:id/sheet", async (c) => {
    const id = encodeURIComponent(c.req.param("id"));
    const paper = paperOf(c.req.query("paper"));
    const [target, sheet] = await Promise.all([
      get<Target>(c, api, `/v1/targets/${id}`),
      get<SheetJson>(c, api, `/v1/targets/${id}/cheat-sheet?format=json&paper=${paper}`),
    ]);
    const file = (format: string, inline = false) =>
      `/app/targets/${id}/sheet.${format}?paper=${paper}${inline ? "&inline=1" : ""}`;
    return c.html(
      <Layout
        title={`${target.company} cheat sheet`}
        active="targets"
        userName={c.get("user").name}
      >
        <p>
          <a href={`/app/targets/${id}`}>← {target.company} tailoring</a>
        </p>
        <h1>{target.company} cheat sheet</h1>
        <form method="get" action={`/app/targets/${id}/sheet`} class="actions">
          <label for="paper" style="margin:0">
            Paper
          </label>
          <select id="paper" name="paper" style="width:auto">
            {(Object.keys(papers) as Paper[]).map((p) => (
              <option value={p} selected={p === paper}>
                {papers[p]}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary">
            Show
          </button>
          <a class="button" href={file("pdf")} download>
            Download PDF
          </a>
          <a class="button" href={file("docx")} download>
            Download DOCX
          </a>
        </form>
        <div class="two">
          <FitReport fit={sheet.fit.pdf} label="PDF" />
          <FitReport fit={sheet.fit.docx} label="DOCX" />
        </div>
        <h2>Preview</h2>
        <p class="muted">
          The PDF exactly as it prints. <a href={file("pdf", true)}>Open it on its own</a> if your
          browser does not show it here.
        </p>
        <iframe
          class="sheet-frame"
          src={`${file("pdf", true)}#view=FitH`}
          title={`${target.company} cheat sheet, ${papers[paper]}`}
        />
      </Layout>,
    );
  });

  const download = (format: "pdf" | "docx") => async (c: Context<WebEnv>) => {
    const id = encodeURIComponent(c.req.param("id") ?? "");
    const paper = paperOf(c.req.query("paper"));
    const res = await api.request(`/v1/targets/${id}/cheat-sheet?format=${format}&paper=${paper}`, {
      headers: { authorization: `Bearer ${c.get("bearer")}` },
    });
    if (!res.ok) throw new ApiError((await res.json()) as Problem);
    const disposition = res.headers.get("Content-Disposition") ?? "attachment";
    return c.body(await res.arrayBuffer(), 200, {
      "Content-Type": res.headers.get("Content-Type") ?? "application/octet-stream",
      "Content-Disposition": c.req.query("inline")
        ? disposition.replace(/^attachment/, "inline")
        : disposition,
      "Cache-Control": "private, no-store",
    });
  };
  app.get("/app/targets/:id/sheet.pdf", download("pdf"));
  app.get("/app/targets/:id/sheet.docx", download("docx"));

  return app;
}
