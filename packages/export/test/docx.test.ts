import type { CheatSheet, Paper } from "@storybank/core/cheatsheet";
import { type Rendered, render, unprintable } from "@storybank/export/cheatsheet";
import { beforeAll, describe, expect, it } from "vitest";
import {
  emptySheet,
  extremeSheet,
  maximalStory,
  sheetOf,
  story,
  storiesOf,
  unicodeSamples,
} from "./fixtures.ts";
import { has, libreOfficePdfs, readDocx, readPdf, squeeze } from "./read.ts";

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
beforeAll(async () => {
  for (const [name, { sheet, paper }] of Object.entries(cases)) {
    rendered.set(name, await render(sheet, { format: "docx", paper }));
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

describe("DOCX laid out by LibreOffice", () => {
  it("is one page in every case", async () => {
    if (!(await has("soffice"))) {
      // CI installs LibreOffice and sets this, so there its absence fails the run.
      expect(process.env.STORYBANK_REQUIRE_LIBREOFFICE).not.toBe("1");
      return;
    }
    const files = Object.fromEntries([...rendered].map(([name, r]) => [name, r.bytes]));
    const pdfs = await libreOfficePdfs(files);
    expect(Object.keys(pdfs).sort()).toEqual(Object.keys(cases).sort());
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect({ name, pages: (await readPdf(pdf)).pages }).toEqual({ name, pages: 1 });
    }
  }, 300_000);
});
