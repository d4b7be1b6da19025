import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { fit, type Rendered, render } from "@storybank/export/cheatsheet";
import { face, type FaceName, faceFor, loadedFaces, pdfFamily } from "@storybank/export/fonts";
import bidiFactory from "bidi-js";
import { beforeAll, describe, expect, it } from "vitest";
import { multilingualSheet, readable, samples } from "./multilingual.ts";
import { canRun, libreOfficePdfs, pngOfFirstPage, readDocx, readPdf, squeeze } from "./read.ts";

/**
 * The multilingual sample sheet, as a reader gets it: one page in PDF and DOCX, every sample
 * found by pdftotext in reading order, and every character drawn by a font that has its glyph.
 */

const run = promisify(execFile);
const withPoppler = await canRun("pdftotext");
const withLibreOffice = await canRun("soffice");
const bidi = bidiFactory();

const sheet = multilingualSheet();
let pdf: Rendered;
let docx: Rendered;
beforeAll(async () => {
  pdf = await render(sheet, { format: "pdf", paper: "letter" });
  docx = await render(sheet, { format: "docx", paper: "letter" });
});

async function pdftotext(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "storybank-text-"));
  try {
    await writeFile(join(dir, "sheet.pdf"), bytes);
    return (await run("pdftotext", ["-enc", "UTF-8", join(dir, "sheet.pdf"), "-"])).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A sample's directional runs, each in reading order. pdftotext writes a line's right-to-left
 * runs in reading order but the runs themselves in the order they stand on the page (marked
 * with U+202B … U+202C), so a mixed-direction sample is found run by run.
 */
function directionalRuns(text: string): string[] {
  const { levels } = bidi.getEmbeddingLevels(text, "auto");
  const runs: string[] = [];
  let current = "";
  let level = -1;
  for (let i = 0; i < text.length; i++) {
    const odd = (levels[i] as number) % 2;
    if (odd !== level && current !== "") {
      runs.push(current);
      current = "";
    }
    level = odd;
    current += text[i];
  }
  runs.push(current);
  // Neutral characters at a run's edge ("-" in "ב-40%") go with whichever run pdftotext picks.
  return runs
    .map((r) => squeeze(r).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((r) => r !== "");
}

const fields = ["title", "situation", "result", "lesson"] as const;

/**
 * The PostScript names of the fonts a PDF embeds, without their subset tag ("BCZZZZ+"): each
 * font's Type 0 and CID dictionaries both name it.
 */
const embeddedFonts = (bytes: Uint8Array) => [
  ...new Set(
    [
      ...Buffer.from(bytes)
        .toString("latin1")
        .matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/gu),
    ].map((m) => m[1] as string),
  ),
];

/** Each script face of the sample with its bold face and their fonts' PostScript names. */
const scriptWeights: [FaceName, FaceName, string][] = [
  ["hebrew", "hebrewBold", "NotoSansHebrew"],
  ["arabic", "arabicBold", "NotoSansArabic"],
  ["devanagari", "devanagariBold", "NotoSansDevanagari"],
  ["bengali", "bengaliBold", "NotoSansBengali"],
  ["tamil", "tamilBold", "NotoSansTamil"],
  ["thai", "thaiBold", "NotoSansThai"],
  ["cjk", "cjkBold", "NotoSansSC"],
  ["jp", "jpBold", "NotoSansJP"],
  ["kr", "krBold", "NotoSansKR"],
  ["emoji", "emojiBold", "NotoEmoji"],
];
const usWeight = (name: FaceName) =>
  (face(name).font as unknown as { "OS/2": { usWeightClass: number } })["OS/2"].usWeightClass;

describe("the multilingual sample sheet", () => {
  it("is one page in both formats, with nothing left unprinted", async () => {
    expect((await readPdf(pdf.bytes)).pages).toBe(1);
    expect(pdf.fit.unprinted).toEqual([]);
    expect(docx.fit.unprinted).toEqual([]);
    const read = await readDocx(docx.bytes);
    expect(read.valid).toBe(true);
  });

  it("draws every character with a font whose cmap has it", () => {
    const family = pdfFamily();
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    let checked = 0;
    for (const sample of samples) {
      for (const field of fields) {
        for (const { segment } of segmenter.segment(readable(sample[field]))) {
          if (segment === " ") continue;
          const base = segment.codePointAt(0) as number;
          for (const primary of [family.regular, family.bold]) {
            const drawn = faceFor(primary, segment, family);
            expect(drawn, `${sample.script}: ${segment}`).not.toBeNull();
            expect(drawn?.font.hasGlyphForCodePoint(base), `${sample.script}: ${segment}`).toBe(
              true,
            );
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(900);
    for (const script of ["hebrew", "arabic", "devanagari", "bengali", "tamil", "thai"]) {
      expect(loadedFaces()).toContain(script);
    }
    // Traditional Chinese loads only for Han the Simplified font lacks; none here does.
    for (const cjk of ["cjk", "jp", "kr", "emoji"]) expect(loadedFaces()).toContain(cjk);
  });

  it("sets bold text in every script in that script's bold face, and plain text in its regular", async () => {
    // Card titles are bold, their situations plain: the fitted lines say which face sets each.
    const fitted = fit(sheet, "pdf", "letter");
    const boldUsed = new Set<string>();
    const plainUsed = new Set<string>();
    for (const { line } of fitted.layout.lines) {
      for (const fragment of line.fragments) {
        if (/^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]*$/u.test(fragment.text)) continue;
        (fragment.style === "bold" ? boldUsed : plainUsed).add(fragment.face.name);
      }
    }
    const regulars = scriptWeights.map(([regular]) => regular);
    const bolds = scriptWeights.map(([, bold]) => bold);
    for (const bold of bolds) expect(boldUsed, bold).toContain(bold);
    for (const regular of regulars) expect(boldUsed, regular).not.toContain(regular);
    for (const regular of regulars.filter((name) => name !== "emoji")) {
      expect(plainUsed, regular).toContain(regular);
    }
    for (const bold of bolds) expect(plainUsed, bold).not.toContain(bold);

    // The PDF embeds both weights of every script, each a real 700 (bold) or 400 font.
    const embedded = embeddedFonts(pdf.bytes);
    for (const [regular, bold, family] of scriptWeights) {
      expect(embedded).toContain(`${family}-Bold`);
      expect(embedded).toContain(`${family}-Regular`);
      expect(usWeight(bold), bold).toBe(700);
      expect(usWeight(regular), regular).toBe(400);
    }
    expect(embedded.filter((name) => name.endsWith("-Bold"))).toHaveLength(
      scriptWeights.length + 1,
    );
    // No script font has an italic: italic text in them stays upright in the regular face.
    const family = pdfFamily();
    expect(faceFor(family.italic, "א", family)?.name).toBe("hebrew");
    expect(faceFor(family.italic, "中", family)?.name).toBe("cjk");
  });

  it.skipIf(!withPoppler)("gives pdftotext every sample in reading order", async () => {
    const text = await pdftotext(pdf.bytes);
    const lines = text.split("\n").map(squeeze);
    const whole = squeeze(text);
    // A line broken at a soft hyphen shows the hyphen; joined up, the compound reads whole.
    const joined = squeeze(text.replace(/-\n+/gu, ""));
    const dropped = new Set(pdf.fit.dropped.map((d) => `${d.storyId}/${d.kind}`));
    let found = 0;
    sheet.cards.forEach((card, i) => {
      const sample = samples[i];
      if (!sample) return;
      for (const field of fields) {
        if (field !== "title" && dropped.has(`${card.storyId}/${field}`)) continue;
        const runs = directionalRuns(readable(sample[field]));
        for (const r of runs) {
          expect(whole.includes(r) || joined.includes(r), `${sample.script} ${field}: ${r}`).toBe(
            true,
          );
        }
        if (runs.length > 1) {
          // A mixed-direction line keeps all its runs on one extracted line.
          const line = lines.find((l) => runs.every((r) => l.includes(r)));
          expect(line, `${sample.script} ${field}`).toBeDefined();
        }
        found += 1;
      }
    });
    expect(found).toBeGreaterThanOrEqual(samples.length * 2);
  });

  it("marks right-to-left paragraphs and runs in the DOCX as Word expects", async () => {
    const { xml } = await readDocx(docx.bytes);
    const paragraphs = xml.split("<w:p>").slice(1);
    const hebrewTitle = paragraphs.find((p) => p.includes("ירד") && !p.includes("R </w:t>"));
    expect(hebrewTitle).toMatch(/<w:bidi\/>/);
    expect(hebrewTitle).toMatch(/<w:rtl\/>/);
    const latin = paragraphs.find((p) => p.includes("cut p95 latency"));
    expect(latin).not.toMatch(/<w:bidi\/>/);
    for (const sample of samples) {
      expect(squeeze(xml.replace(/<[^>]+>/g, ""))).toContain(squeeze(sample.title));
    }
  });

  it.skipIf(!withLibreOffice)("is one page when LibreOffice sets the DOCX", async () => {
    const out = await libreOfficePdfs({ multilingual: docx.bytes });
    expect((await readPdf(out.multilingual as Uint8Array)).pages).toBe(1);
  });

  it.skipIf(!withPoppler)("is written as PNG for a person to look at", async () => {
    const dir = resolve(import.meta.dirname, "../../../artifacts");
    await mkdir(dir, { recursive: true });
    const path = resolve(dir, "cheat-sheet-multilingual.png");
    await pngOfFirstPage(pdf.bytes, path);
    expect((await stat(path)).size).toBeGreaterThan(10_000);
  });
});
