import { render } from "@storybank/export/cheatsheet";
import { face, faceFor, loadedFaces } from "@storybank/export/fonts";
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { fontFile } from "../src/fonts/index.ts";
import { unwrapWoff } from "../src/fonts/woff.ts";
import { sheetOf, story, storiesOf } from "./fixtures.ts";
import { readPdf } from "./read.ts";

const latinOnly = (i: number) => {
  const s = story(i);
  return {
    ...s,
    connections: [
      { company: "Stripe", text: "Streaming ledgers at scale, “café” grade — 70 s → 7 s" },
    ],
  };
};

const raw = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("fonts", () => {
  it("loads the emoji and CJK fallbacks only when a sheet's text needs them", async () => {
    const plain = await render(sheetOf(storiesOf(3, latinOnly)), {
      format: "pdf",
      paper: "letter",
    });
    expect(loadedFaces()).not.toContain("cjk");
    expect(loadedFaces()).not.toContain("emoji");
    expect(raw(plain.bytes)).not.toMatch(/NotoSansSC|NotoEmoji/);
    expect(raw(plain.bytes)).toMatch(/DejaVuSansCondensed/);

    // DOCX only measures CJK text, which needs no font file.
    const docx = await render(sheetOf(storiesOf(3)), { format: "docx", paper: "letter" });
    expect(docx.fit.pages).toBe(1);
    expect(loadedFaces()).not.toContain("cjk");

    const mixed = await render(sheetOf(storiesOf(3)), { format: "pdf", paper: "letter" });
    expect(loadedFaces()).toEqual(expect.arrayContaining(["cjk", "emoji"]));
    expect(raw(mixed.bytes)).toMatch(/NotoSansSC/);
    expect(raw(mixed.bytes)).toMatch(/NotoEmoji/);
    expect((await readPdf(mixed.bytes)).pages).toBe(1);
  });

  it("names the story, field and characters no font draws, and draws no box for them", async () => {
    const s = story(1);
    const sheet = sheetOf([
      { ...s, title: "Hieroglyphs 𓀀𓁐 in the title", lessons: "Keep 𓀀 notes" },
    ]);
    for (const format of ["pdf", "docx"] as const) {
      const r = await render(sheet, { format, paper: "letter" });
      expect(r.fit.unprinted).toEqual(
        expect.arrayContaining([
          { storyId: s.id, field: "title", characters: ["𓀀", "𓁐"] },
          { storyId: s.id, field: "lesson", characters: ["𓀀"] },
        ]),
      );
      if (format === "pdf") {
        const text = (await readPdf(r.bytes)).items.map((i) => i.str).join("");
        expect(text).toContain("Hieroglyphs");
        expect(text).not.toMatch(/𓀀|\uFFFD|\u25A1/u);
      }
    }
    expect(
      (await render(sheetOf(storiesOf(2)), { format: "pdf", paper: "letter" })).fit.unprinted,
    ).toEqual([]);
  });

  it("unwraps a WOFF font once into the same glyphs, shaped the same", () => {
    const woff = readFileSync(fontFile("bengali"));
    const sfnt = unwrapWoff(woff);
    expect(sfnt.readUInt32BE(0)).not.toBe(0x774f4646);
    const [a, b] = [fontkit.create(woff), fontkit.create(sfnt)];
    expect(b.numGlyphs).toBe(a.numGlyphs);
    expect(b.characterSet.length).toBe(a.characterSet.length);
    const word = "সিদ্ধান্ত";
    expect(b.layout(word).glyphs.map((g) => g.id)).toEqual(a.layout(word).glyphs.map((g) => g.id));
    const ttf = readFileSync(fontFile("thai"));
    expect(unwrapWoff(ttf)).toBe(ttf);
  });

  it("parses each font once per process", () => {
    expect(face("condensed")).toBe(face("condensed"));
    expect(face("condensed").font).toBe(face("condensed").font);
  });

  it("draws each character with a face that has it", () => {
    const body = face("condensed");
    expect(faceFor(body, "é")).toBe(body);
    expect(faceFor(body, "→")).toBe(body);
    expect(faceFor(body, "中")?.name).toBe("cjk");
    expect(faceFor(body, "🚀")?.name).toBe("emoji");
  });
});
