import { mkdir, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CheatSheet, Paper } from "@storybank/core/cheatsheet";
import {
  type Rendered,
  render,
  unprintable,
  weakLegend,
  weakMark,
} from "@storybank/export/cheatsheet";
import { beforeAll, describe, expect, it } from "vitest";
import {
  emptySheet,
  extremeSheet,
  fourStoriesSheet,
  maximalStory,
  sheetOf,
  story,
  storiesOf,
  unicodeSamples,
  weakSheet,
} from "./fixtures.ts";
import { canRun, libreOfficePdfs, pngOfFirstPage, readDocx, readPdf, squeeze } from "./read.ts";

const cases: Record<string, { sheet: CheatSheet; paper: Paper }> = {
  "1-story": { sheet: sheetOf(storiesOf(1)), paper: "letter" },
  "3-stories": { sheet: sheetOf(storiesOf(3)), paper: "a4" },
  "6-stories": { sheet: sheetOf(storiesOf(6)), paper: "letter" },
  "6-stories-a4": { sheet: sheetOf(storiesOf(6)), paper: "a4" },
  "12-stories": { sheet: sheetOf(storiesOf(12)), paper: "letter" },
  "30-stories": { sheet: sheetOf(storiesOf(30), 50), paper: "a4" },
  "1-maximal": { sheet: sheetOf(storiesOf(1, maximalStory)), paper: "letter" },
  "12-maximal": { sheet: sheetOf(storiesOf(12, maximalStory)), paper: "a4" },
  "30-maximal": { sheet: sheetOf(storiesOf(30, maximalStory), 50), paper: "letter" },
  extreme: { sheet: extremeSheet(), paper: "letter" },
  "no-stories": { sheet: emptySheet(), paper: "a4" },
};

const rendered = new Map<string, Rendered>();
/** Sheets built from a real import and tailoring, or a weak one, rendered beside the cases. */
const more = new Map<string, { sheet: CheatSheet; rendered: Rendered }>();
beforeAll(async () => {
  for (const [name, { sheet, paper }] of Object.entries(cases)) {
    rendered.set(name, await render(sheet, { format: "docx", paper }));
  }
  for (const [name, sheet] of [
    ["four-stories", fourStoriesSheet()],
    ["weak", weakSheet()],
  ] as const) {
    more.set(name, { sheet, rendered: await render(sheet, { format: "docx", paper: "letter" }) });
  }
});

describe.each(Object.keys(cases))("the DOCX sheet %s", (name) => {
  const { sheet } = cases[name] as (typeof cases)[string];

  it("is a word-processing document whose XML parses", async () => {
    const r = rendered.get(name) as Rendered;
    expect(r.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const docx = await readDocx(r.bytes);
    expect(docx.valid).toBe(true);
    expect(docx.xml).toContain("<w:body>");
  });

  it("holds every chosen story's title and every value it did not report as dropped", async () => {
    const r = rendered.get(name) as Rendered;
    const { text } = await readDocx(r.bytes);
    for (const card of sheet.cards) expect(text).toContain(squeeze(card.title));
    const droppedRows = new Set(
      r.fit.dropped
        .filter((d) => d.kind === "matrix-row")
        .map((d) => `${d.valueSetId}/${d.valueKey}`),
    );
    for (const row of sheet.matrix) {
      if (!droppedRows.has(`${row.valueSetId}/${row.valueKey}`)) {
        expect(text).toContain(squeeze(row.valueName));
      }
    }
  });
});

describe("DOCX text", () => {
  it("keeps arrows, dashes, curly quotes, accents, 中文 and emoji", async () => {
    const { text } = await readDocx((rendered.get("6-stories") as Rendered).bytes);
    for (const sample of unicodeSamples) expect(text).toContain(squeeze(sample));
  });

  it("leaves out characters XML does not allow, so the file always validates", async () => {
    const nasty = storiesOf(2).map((s, i) => ({
      ...s,
      title: `Bad\uFFFE bytes\uFFFF here\u0001\u0008 and a lone \uD800 surrogate ${i} 🚀`,
      headline: `Tab\there, bell\u0007, DEL\u007F, lone low \uDC00 end`,
    }));
    const sheet = sheetOf([...nasty, story(3)]);
    const r = await render(sheet, { format: "docx", paper: "letter" });
    const docx = await readDocx(r.bytes);
    expect(docx.valid).toBe(true);
    const bad = [...docx.xml].filter((ch) => {
      const cp = ch.codePointAt(0) as number;
      return unprintable(cp) && ch !== "\n" && ch !== "\r" && ch !== "\t";
    });
    expect(bad).toEqual([]);
    expect(docx.text).toContain(squeeze("Bad byteshere and a lone surrogate 0 🚀"));
  });
});

const withLibreOffice = await canRun("soffice");
const withPoppler = await canRun("pdftoppm");

describe("DOCX laid out by LibreOffice", () => {
  let pdfs: Record<string, Uint8Array> | undefined;
  const laidOut = async () => {
    if (pdfs) return pdfs;
    const files = Object.fromEntries([
      ...[...rendered].map(([name, r]) => [name, r.bytes]),
      ...[...more].map(([name, { rendered: r }]) => [name, r.bytes]),
    ]);
    return (pdfs = await libreOfficePdfs(files));
  };

  it.skipIf(!withLibreOffice)(
    "is one page in every case",
    async () => {
      const all = await laidOut();
      expect(Object.keys(all).sort()).toEqual([...Object.keys(cases), ...more.keys()].sort());
      for (const [name, pdf] of Object.entries(all)) {
        expect({ name, pages: (await readPdf(pdf)).pages }).toEqual({ name, pages: 1 });
      }
    },
    300_000,
  );

  it.skipIf(!withLibreOffice || !withPoppler)(
    "writes the four-stories sheet as Word would print it, as PNG for a person to look at",
    async () => {
      const dir = resolve(import.meta.dirname, "../../../artifacts");
      await mkdir(dir, { recursive: true });
      const path = resolve(dir, "cheat-sheet-four-stories-docx.png");
      await pngOfFirstPage((await laidOut())["four-stories"] as Uint8Array, path);
      expect((await stat(path)).size).toBeGreaterThan(10_000);
    },
    300_000,
  );
});

describe("the DOCX of the four-stories template, imported and tailored to Stripe", () => {
  it("holds S/T/A/R lines for every card", async () => {
    const { sheet, rendered: r } = more.get("four-stories")!;
    const { text, valid } = await readDocx(r.bytes);
    expect(valid).toBe(true);
    expect(sheet.cards.length).toBeGreaterThanOrEqual(3);
    const dropped = new Set(r.fit.dropped.map((d) => `${d.storyId}/${d.kind}`));
    let held = 0;
    for (const card of sheet.cards) {
      for (const line of ["situation", "task", "action", "result"] as const) {
        if (card[line] === "" || dropped.has(`${card.storyId}/${line}`)) continue;
        expect(text).toContain(squeeze(card[line]));
        held += 1;
      }
    }
    expect(held).toBe(4 * sheet.cards.length);
  });
});

describe("weak matches in the DOCX", () => {
  it("are marked on every row, with the legend, and no row says there is no story", async () => {
    const { sheet, rendered: r } = more.get("weak")!;
    const { text } = await readDocx(r.bytes);
    const marks = sheet.matrix.reduce(
      (sum, row) => sum + (row.best?.weak ? 1 : 0) + (row.backup?.weak ? 1 : 0),
      0,
    );
    expect(text.split(squeeze(weakMark)).length - 1).toBe(marks + 1);
    expect(text).toContain(squeeze(weakLegend));
    expect(text).not.toContain(squeeze("no story yet"));
    const plain = await readDocx((rendered.get("6-stories") as Rendered).bytes);
    expect(plain.text).not.toContain(squeeze(weakMark));
  });
});
