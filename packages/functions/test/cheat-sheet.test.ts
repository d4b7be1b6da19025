import { readFileSync } from "node:fs";
import * as Target from "@storybank/core/target";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, makeStory, type User } from "../../../tests/support/harness.ts";
import { formatFor } from "../src/rest/cheat-sheet.ts";

let h: Harness;
let alice: User;
let targetId: string;
const titles = [
  "Streaming shipment tracking",
  "Cut the cloud bill by 42% — “no heroics”",
  "中文 docs for 🚀 launch",
];

beforeAll(async () => {
  h = await harness();
  alice = await h.withUser("alice-sheet");
  for (const [i, title] of titles.entries()) {
    const res = await alice.request(
      "POST",
      "/v1/stories",
      makeStory({
        title,
        values: [{ valueSetId: "staff-plus", valueKey: ["metrics", "scope", "leadership"][i] }],
      }),
    );
    expect(res.status).toBe(201);
  }
  const target = await Target.create(h.db, alice.owner, {
    company: "Stripe",
    role: "Staff engineer",
    valueSetIds: ["staff-plus"],
    interviewDate: "2026-03-14",
    questions: ["Tell me about a time you cut costs"],
    notes: "",
    told: [],
  });
  targetId = target.id;
});

const path = (query = "") => `/v1/targets/${targetId}/cheat-sheet${query}`;

async function pdfPages(bytes: ArrayBuffer) {
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const page = await doc.getPage(1);
  const text = (await page.getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join("");
  const result = { pages: doc.numPages, size: page.view.slice(2).map(Math.round), text };
  await doc.destroy();
  return result;
}

describe("GET /v1/targets/{id}/cheat-sheet", () => {
  it("answers a one-page PDF by default, as an attachment", async () => {
    const res = await alice.request("GET", path());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="cheat-sheet-stripe\.pdf"$/,
    );
    const pdf = await pdfPages(await res.arrayBuffer());
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toEqual([612, 792]);
    expect(pdf.text.replace(/\s+/g, "")).toContain("Stripe");
  });

  it("prints on A4 when asked", async () => {
    const res = await alice.request("GET", path("?format=pdf&paper=a4"));
    expect(res.status).toBe(200);
    expect((await pdfPages(await res.arrayBuffer())).size).toEqual([595, 842]);
  });

  it("answers DOCX by format and by Accept", async () => {
    for (const res of [
      await alice.request("GET", path("?format=docx")),
      await alice.request("GET", path(), undefined, {
        Accept: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      }),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("wordprocessingml");
      const zip = await JSZip.loadAsync(await res.arrayBuffer());
      const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
      expect(xml).toContain("Stripe");
    }
  });

  it("answers the view model and its fit as JSON", async () => {
    const res = await alice.request("GET", path(), undefined, { Accept: "application/json" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.sheet).toMatchObject({
      targetId,
      header: { company: "Stripe", role: "Staff engineer", interviewDate: "2026-03-14" },
    });
    expect(body.sheet.cards.map((c: { title: string }) => c.title).sort()).toEqual(
      [...titles].sort(),
    );
    for (const format of ["pdf", "docx"]) {
      expect(body.fit[format]).toMatchObject({ format, paper: "letter", pages: 1, dropped: [] });
      expect(body.fit[format].fontSize).toBeGreaterThanOrEqual(7);
    }
  });

  it("lets the query's format win over Accept", async () => {
    const res = await alice.request("GET", path("?format=json"), undefined, {
      Accept: "application/pdf",
    });
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it("needs the export scope", async () => {
    const key = await h.apiKey(alice.owner, ["read", "write"]);
    const res = await h.app.request(path(), { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const exporter = await h.apiKey(alice.owner, ["read", "export"]);
    const ok = await h.app.request(path("?format=json"), {
      headers: { Authorization: `Bearer ${exporter}` },
    });
    expect(ok.status).toBe(200);
  });

  it("answers 404 for another user's target and for unknown ids", async () => {
    const bob = await h.withUser("bob-sheet");
    expect((await bob.request("GET", path())).status).toBe(404);
    expect((await alice.request("GET", "/v1/targets/tgt_nope/cheat-sheet")).status).toBe(404);
  });

  it("refuses an unknown paper, format or option with 400", async () => {
    for (const query of ["?paper=legal", "?format=html", "?size=0", "?colour=red"]) {
      const res = await alice.request("GET", path(query));
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });
});

describe("format negotiation", () => {
  it("reads Accept by quality, with PDF for wildcards and the unknown", () => {
    expect(formatFor(undefined)).toBe("pdf");
    expect(formatFor("*/*")).toBe("pdf");
    expect(formatFor("text/html")).toBe("pdf");
    expect(formatFor("application/json")).toBe("json");
    expect(formatFor("application/pdf;q=0.5, application/json;q=0.9")).toBe("json");
    expect(formatFor("application/json;q=0, */*")).toBe("pdf");
    expect(
      formatFor(
        "text/html, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ),
    ).toBe("docx");
  });
});

describe("the sheet of a bank imported from the four-stories template", () => {
  let user: User;
  let sheetPath: string;
  beforeAll(async () => {
    user = await h.withUser("four-stories-sheet");
    const markdown = readFileSync(
      new URL("../../core/test/import-fixtures/four-power-stories-stripe.md", import.meta.url),
      "utf8",
    );
    const res = await h.app.request("/v1/import", {
      method: "POST",
      headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "text/markdown" },
      body: markdown,
    });
    expect(res.status).toBe(200);
    const target = await Target.create(h.db, user.owner, {
      company: "Stripe",
      role: "Staff engineer",
      valueSetIds: ["stripe-2025"],
    });
    sheetPath = `/v1/targets/${target.id}/cheat-sheet?format=json`;
  });

  it("has S/T/A/R lines on every card, read from the telling and the analysis", async () => {
    const { status, body } = await user.json("GET", sheetPath);
    expect(status).toBe(200);
    const cards = body.sheet.cards as Record<string, unknown>[];
    expect(cards.length).toBeGreaterThanOrEqual(3);
    const lines = cards.flatMap((card) =>
      ["situation", "task", "action", "result"].map((line) => card[line]),
    );
    expect(lines.filter((line) => typeof line === "string" && line !== "")).toHaveLength(
      4 * cards.length,
    );
    for (const card of cards) expect(card.inferred).toEqual(expect.arrayContaining(["result"]));
    for (const format of ["pdf", "docx"]) expect(body.fit[format].pages).toBe(1);
  });

  it("marks every matrix reference as weak or not", async () => {
    const { body } = await user.json("GET", sheetPath);
    const refs = (body.sheet.matrix as { best: unknown; backup: unknown }[])
      .flatMap((row) => [row.best, row.backup])
      .filter((ref): ref is { weak: unknown } => ref !== null);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(typeof ref.weak).toBe("boolean");
  });
});
