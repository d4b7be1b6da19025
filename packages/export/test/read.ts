import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Readers of the real files a renderer wrote: PDF text by pdfjs, DOCX XML by jszip. */

export interface PdfText {
  pages: number;
  width: number;
  height: number;
  /** Every text item with its position (PDF user space, origin bottom-left). */
  items: { str: string; x: number; y: number; width: number }[];
  fontNames: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const [, , width, height] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const items = content.items.flatMap((item) =>
    "str" in item
      ? [
          {
            str: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
          },
        ]
      : [],
  );
  const fontNames = Object.values(content.styles).map((style) => style.fontFamily);
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, width, height, items, fontNames };
}

/** Text with every whitespace removed: lines break at spaces, so a wrapped title still matches. */
export const squeeze = (text: string) => text.replace(/\s+/gu, "");

export const pdfText = (pdf: PdfText) => squeeze(pdf.items.map((item) => item.str).join(""));

export interface DocxText {
  xml: string;
  valid: true | { err: { msg: string } };
  text: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file("word/document.xml")?.async("string") ?? Promise.resolve(""));
  const valid = XMLValidator.validate(xml) as DocxText["valid"];
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, trimValues: false });
  const texts: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "w:t" && Array.isArray(value)) {
          texts.push(value.map((v: Record<string, unknown>) => String(v["#text"] ?? "")).join(""));
        } else if (Array.isArray(value)) walk(value);
      }
    }
  };
  walk(parser.parse(xml));
  return { xml, valid, text: squeeze(texts.join("")) };
}

const run = promisify(execFile);

/** The variable that makes each optional tool required (CI sets both), by program. */
const requiredBy: Record<string, string> = {
  soffice: "STORYBANK_REQUIRE_LIBREOFFICE",
  pdftoppm: "STORYBANK_REQUIRE_POPPLER",
  pdftotext: "STORYBANK_REQUIRE_POPPLER",
};

/**
 * Whether a test that needs `program` runs here: always when its variable requires the tool
 * (`STORYBANK_REQUIRE_LIBREOFFICE=1` for LibreOffice, `STORYBANK_REQUIRE_POPPLER=1` for poppler's
 * pdftoppm and pdftotext; a missing tool then fails the test), otherwise only when the program is
 * installed; a test that cannot run is shown as skipped.
 */
export async function canRun(program: string): Promise<boolean> {
  const variable = requiredBy[program];
  if (!variable) throw new Error(`No variable requires ${program}; add it to requiredBy.`);
  return process.env[variable] === "1" || (await has(program));
}

/** Whether a program is on the PATH. */
export async function has(program: string): Promise<boolean> {
  try {
    await run("sh", ["-c", `command -v ${program}`]);
    return true;
  } catch {
    return false;
  }
}

/** Converts DOCX files to PDF with headless LibreOffice, all in one run; returns the PDFs. */
export async function libreOfficePdfs(
  files: Record<string, Uint8Array>,
): Promise<Record<string, Uint8Array>> {
  const dir = await mkdtemp(join(tmpdir(), "storybank-lo-"));
  try {
    const names = Object.keys(files);
    for (const name of names) await writeFile(join(dir, `${name}.docx`), files[name] as Uint8Array);
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        join(dir, "out"),
        ...names.map((name) => join(dir, `${name}.docx`)),
      ],
      { timeout: 240_000 },
    );
    const out: Record<string, Uint8Array> = {};
    for (const file of await readdir(join(dir, "out"))) {
      out[file.replace(/\.pdf$/, "")] = await readFile(join(dir, "out", file));
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Page 1 of a PDF as a PNG file, for a person to look at. */
export async function pngOfFirstPage(pdf: Uint8Array, path: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "storybank-png-"));
  try {
    await writeFile(join(dir, "sheet.pdf"), pdf);
    await run("pdftoppm", [
      "-png",
      "-r",
      "110",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      join(dir, "sheet.pdf"),
      path.replace(/\.png$/, ""),
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
