import { mkdir, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CheatSheet, Paper } from "@storybank/core/cheatsheet";
import {
  bodySize,
  type Rendered,
  render,
  weakLegend,
  weakMark,
} from "@storybank/export/cheatsheet";
import { beforeAll, describe, expect, it } from "vitest";
import {
  emptySheet,
  exampleSheet,
  extremeSheet,
  fourStoriesSheet,
  maximalStory,
  sheetOf,
  storiesOf,
  unicodeSamples,
  weakSheet,
} from "./fixtures.ts";
import { canRun, pdfText, pngOfFirstPage, readPdf, squeeze } from "./read.ts";

const withPoppler = await canRun("pdftoppm");

const cases: Record<string, { sheet: CheatSheet; paper: Paper; cards: number }> = {
  "1 story": { sheet: sheetOf(storiesOf(1)), paper: "letter", cards: 1 },
  "3 stories": { sheet: sheetOf(storiesOf(3)), paper: "a4", cards: 3 },
  "6 stories": { sheet: sheetOf(storiesOf(6)), paper: "letter", cards: 6 },
  "12 stories": { sheet: sheetOf(storiesOf(12)), paper: "letter", cards: 12 },
  "30 stories": { sheet: sheetOf(storiesOf(30), 50), paper: "a4", cards: 30 },
  "1 maximal story": { sheet: sheetOf(storiesOf(1, maximalStory)), paper: "letter", cards: 1 },
  "12 maximal stories": { sheet: sheetOf(storiesOf(12, maximalStory)), paper: "a4", cards: 12 },
  "30 maximal stories": {
    sheet: sheetOf(storiesOf(30, maximalStory), 50),
    paper: "letter",
    cards: 30,
  },
  "an extreme target": { sheet: extremeSheet(), paper: "letter", cards: 12 },
  "no stories": { sheet: emptySheet(), paper: "a4", cards: 0 },
};

const rendered = new Map<string, Rendered>();
beforeAll(async () => {
  for (const [name, { sheet, paper }] of Object.entries(cases)) {
    rendered.set(name, await render(sheet, { format: "pdf", paper }));
  }
});

const droppedKinds = (r: Rendered) => new Set(r.fit.dropped.map((d) => d.kind));

describe.each(Object.keys(cases))("the PDF sheet with %s", (name) => {
  const { sheet, paper, cards } = cases[name] as (typeof cases)[string];

  it("is exactly one page of the asked paper", async () => {
    const r = rendered.get(name) as Rendered;
    expect(r.contentType).toBe("application/pdf");
    const pdf = await readPdf(r.bytes);
    expect(pdf.pages).toBe(1);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual(
      paper === "a4" ? [595, 842] : [612, 792],
    );
  });

  it("prints every chosen story's title", async () => {
    const text = pdfText(await readPdf((rendered.get(name) as Rendered).bytes));
    expect(sheet.cards.length).toBe(cards);
    for (const card of sheet.cards) expect(text).toContain(squeeze(card.title));
    expect(droppedKinds(rendered.get(name) as Rendered).has("card")).toBe(false);
  });

  it("prints every value it did not report as dropped", async () => {
    const r = rendered.get(name) as Rendered;
    const text = pdfText(await readPdf(r.bytes));
    const droppedRows = new Set(
      r.fit.dropped
        .filter((d) => d.kind === "matrix-row")
        .map((d) => `${d.valueSetId}/${d.valueKey}`),
    );
    const shown = sheet.matrix.filter(
      (row) => !droppedRows.has(`${row.valueSetId}/${row.valueKey}`),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) expect(text).toContain(squeeze(row.valueName));
  });

  it("keeps every line inside the page margins", async () => {
    const pdf = await readPdf((rendered.get(name) as Rendered).bytes);
    for (const item of pdf.items.filter((i) => i.str.trim() !== "")) {
      expect(item.x).toBeGreaterThanOrEqual(29);
      expect(item.x + item.width).toBeLessThanOrEqual(pdf.width - 29);
      expect(item.y).toBeGreaterThanOrEqual(29);
      expect(item.y).toBeLessThanOrEqual(pdf.height - 29);
    }
  });

  it("has no script or launch actions and embeds only its own fonts", async () => {
    const raw = Buffer.from((rendered.get(name) as Rendered).bytes).toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    for (const entry of ["/JavaScript", "/JS", "/OpenAction", "/Launch", "/AA"]) {
      expect(raw).not.toMatch(new RegExp(`${entry}\\b`));
    }
    expect(raw).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
    expect(raw).toMatch(/\/FontFile2/);
  });
});

describe("the fit", () => {
  it("reports the body size it used, within the floor", () => {
    for (const r of rendered.values()) {
      expect(r.fit.fontSize).toBeGreaterThanOrEqual(bodySize.floor);
      expect(r.fit.fontSize).toBeLessThanOrEqual(bodySize.max);
      expect(r.fit.pages).toBe(1);
    }
    expect((rendered.get("1 story") as Rendered).fit).toMatchObject({ fontSize: 10, dropped: [] });
  });

  it("drops nothing from sheets that fit, and lists what it drops from those that do not", () => {
    expect((rendered.get("6 stories") as Rendered).fit.dropped).toEqual([]);
    const packed = rendered.get("30 maximal stories") as Rendered;
    expect(packed.fit.fontSize).toBe(bodySize.floor);
    expect(packed.fit.dropped.length).toBeGreaterThan(0);
    expect(packed.fit.dropped[0]).toMatchObject({ kind: "backup", text: expect.any(String) });
  });

  it("drops in the stated order: every backup before any question, questions before card lines", () => {
    const order = (rendered.get("30 maximal stories") as Rendered).fit.dropped.map((d) => d.kind);
    const last = (kind: string) => order.lastIndexOf(kind as never);
    const first = (kind: string) => order.indexOf(kind as never);
    expect(last("backup")).toBeLessThan(first("question"));
    expect(last("question")).toBeLessThan(first("situation"));
    expect(last("situation")).toBeLessThan(first("headline"));
  });

  it("says on the page what it left off, and says nothing when it left nothing off", async () => {
    const packed = pdfText(await readPdf((rendered.get("12 stories") as Rendered).bytes));
    expect(packed).toContain(squeeze("Left off to fit one page"));
    expect(packed).toMatch(/\d+backupstories/);
    const roomy = pdfText(await readPdf((rendered.get("6 stories") as Rendered).bytes));
    expect(roomy).not.toContain(squeeze("Left off"));
  });

  it("leaves the dropped text off the page and keeps the rest", async () => {
    const r = rendered.get("30 maximal stories") as Rendered;
    const text = pdfText(await readPdf(r.bytes));
    const question = r.fit.dropped.find((d) => d.kind === "question");
    expect(question).toBeDefined();
    expect(text).not.toContain(squeeze(question?.text ?? ""));
  });
});

describe("text users type", () => {
  it("comes out as written: arrows, dashes, curly quotes, accents, 中文 and emoji", async () => {
    const text = pdfText(await readPdf((rendered.get("6 stories") as Rendered).bytes));
    for (const sample of unicodeSamples) expect(text).toContain(squeeze(sample));
  });

  it.skipIf(!withPoppler)(
    "writes page 1 of a sample sheet, the example stories tailored to Stripe, as PNG",
    async () => {
      const bytes = (await render(exampleSheet(), { format: "pdf", paper: "letter" })).bytes;
      expect((await readPdf(bytes)).pages).toBe(1);
      const dir = resolve(import.meta.dirname, "../../../artifacts");
      await mkdir(dir, { recursive: true });
      const path = resolve(dir, "cheat-sheet-sample.png");
      await pngOfFirstPage(bytes, path);
      expect((await stat(path)).size).toBeGreaterThan(10_000);
    },
  );
});

const starLines = ["situation", "task", "action", "result"] as const;

describe("the four-stories template, imported and tailored to Stripe", () => {
  let sheet: CheatSheet;
  let pdf: Rendered;
  beforeAll(async () => {
    sheet = fourStoriesSheet();
    pdf = await render(sheet, { format: "pdf", paper: "letter" });
  });

  it("fits one page and prints S/T/A/R lines on every card", async () => {
    const read = await readPdf(pdf.bytes);
    expect(read.pages).toBe(1);
    expect(sheet.cards.length).toBeGreaterThanOrEqual(3);
    const text = pdfText(read);
    const dropped = new Set(pdf.fit.dropped.map((d) => `${d.storyId}/${d.kind}`));
    let printed = 0;
    for (const card of sheet.cards) {
      for (const line of starLines) {
        if (card[line] === "" || dropped.has(`${card.storyId}/${line}`)) continue;
        expect(text).toContain(squeeze(card[line]));
        printed += 1;
      }
    }
    expect(printed).toBe(4 * sheet.cards.length);
  });

  it("prints the key numbers read from the analysis answers", async () => {
    const text = pdfText(await readPdf(pdf.bytes));
    const risk = sheet.cards.find((card) => card.title === "The Risk Story");
    expect(risk?.keyNumbers.length).toBe(3);
    for (const figure of risk?.keyNumbers ?? []) expect(text).toContain(squeeze(figure));
  });

  it.skipIf(!withPoppler)("is written as PNG for a person to look at", async () => {
    const dir = resolve(import.meta.dirname, "../../../artifacts");
    await mkdir(dir, { recursive: true });
    const path = resolve(dir, "cheat-sheet-four-stories.png");
    await pngOfFirstPage(pdf.bytes, path);
    expect((await stat(path)).size).toBeGreaterThan(10_000);
  });
});

describe("weak matches on the PDF", () => {
  it("are marked on every row, with the legend, and no row says there is no story", async () => {
    const sheet = weakSheet();
    const r = await render(sheet, { format: "pdf", paper: "letter" });
    const read = await readPdf(r.bytes);
    expect(read.pages).toBe(1);
    const text = pdfText(read);
    const marks = sheet.matrix.reduce(
      (sum, row) => sum + (row.best?.weak ? 1 : 0) + (row.backup?.weak ? 1 : 0),
      0,
    );
    // The legend itself starts with the mark.
    expect(text.split(squeeze(weakMark)).length - 1).toBe(marks + 1);
    expect(text).toContain(squeeze(weakLegend));
    expect(text).not.toContain(squeeze("no story yet"));
  });

  it("leave the legend off a sheet without weak matches", async () => {
    const text = pdfText(await readPdf((rendered.get("6 stories") as Rendered).bytes));
    expect(text).not.toContain(squeeze(weakMark));
  });
});
