import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Document, Packer, Paragraph, TextRun } from "docx";
import PDFDocument from "pdfkit";
import { type Face, face } from "../packages/export/src/fonts/index.ts";
import { fit, render } from "../packages/export/src/cheatsheet/index.ts";
import { sheetOf, storiesOf, story } from "../packages/export/test/fixtures.ts";
import { multilingualSheet } from "../packages/export/test/multilingual.ts";
import { renderLatinFloor } from "./latin-floor/index.ts";
import { type Figures, heading, measure, report, summarize } from "./support.ts";

/**
 * The cheat sheet's render time for a 6-story sheet, warm and first in a fresh process, each
 * against a floor measured in the same run: a bare one-line pdfkit page in the same (once
 * parsed) fonts, a bare one-paragraph docx page, and the Latin-only floor (the same sheet by
 * the renderer as it stood before text in every script, `latin-floor/`), measured turn about
 * with the sheet so both see the same load.
 */

const FRESH_RUNS = 7;
const run$ = promisify(execFile);
const sheet = () => sheetOf(storiesOf(6));

/**
 * A 6-story sheet no earlier call has seen: a number in each story's title, situation and
 * lesson changes every call, so every paragraph is measured and shaped afresh (as when each
 * request is another candidate's bank), not reused from the process's caches.
 */
let calls = 0;
const unseenSheet = () => {
  calls += 1;
  return sheetOf(
    storiesOf(6, (i) => {
      const told = story(i);
      return {
        ...told,
        title: `${told.title} #${calls}`,
        situation: `${told.situation} Case ${calls}-${i}.`,
        lessons: `${told.lessons} (${calls})`,
      };
    }),
  );
};

/** The PDF floor: one page, one line in each face the sheet uses. */
function barePdf(): Promise<Buffer> {
  const faces: Face[] = ["condensed", "condensedBold", "condensedItalic", "emoji", "cjk"].map(
    (name) => face(name as Parameters<typeof face>[0]),
  );
  const doc = new PDFDocument({
    size: "LETTER",
    margin: 0,
    font: faces[0]?.font as unknown as string,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  faces.forEach((f, i) => {
    doc.registerFont(f.name, f.font as unknown as PDFKit.Mixins.PDFFontSource);
    doc
      .font(f.name)
      .fontSize(9)
      .text(
        f.name === "cjk" ? "中文" : f.name === "emoji" ? "🚀" : "Stripe → 70 s",
        40,
        40 + 12 * i,
        { lineBreak: false },
      );
  });
  doc.end();
  return done;
}

/**
 * The PDF floor for this much text: the sheet's paragraphs set by pdfkit's own line wrapping in
 * the same fonts on one tall page, without the fit, the fallback fonts or the layout.
 */
function sameTextPdf(): Promise<Buffer> {
  const fitted = fit(sheet(), "pdf", "letter");
  const faces = {
    regular: face("condensed"),
    bold: face("condensedBold"),
    italic: face("condensedItalic"),
  };
  const doc = new PDFDocument({ size: [612, 4000], margin: 30, font: null as unknown as string });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  for (const [name, f] of Object.entries(faces))
    doc.registerFont(name, f.font as unknown as PDFKit.Mixins.PDFFontSource);
  for (const section of fitted.sections) {
    for (const para of section.paras) {
      para.runs.forEach((run, i) => {
        doc
          .font(run.style)
          .fontSize(fitted.report.fontSize * para.scale)
          .text(run.text.replace(/[^\u0020-\u2fff]/gu, "?"), {
            width: 270,
            continued: i < para.runs.length - 1,
          });
      });
    }
  }
  doc.end();
  return done;
}

function bareDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun("Stripe → 70 s")] })] }],
  });
  return Packer.toBuffer(doc);
}

const ops = {
  pdf: () => render(sheet(), { format: "pdf", paper: "letter" }),
  "latin-floor-pdf": () => renderLatinFloor(sheet(), "letter"),
  "unseen-pdf": () => render(unseenSheet(), { format: "pdf", paper: "letter" }),
  "unseen-latin-floor-pdf": () => renderLatinFloor(unseenSheet(), "letter"),
  docx: () => render(sheet(), { format: "docx", paper: "letter" }),
  "bare-pdf": barePdf,
  "same-text-pdf": sameTextPdf,
  "bare-docx": bareDocx,
  "multilingual-pdf": () => render(multilingualSheet(), { format: "pdf", paper: "letter" }),
  "multilingual-docx": () => render(multilingualSheet(), { format: "docx", paper: "letter" }),
} as const;
type Op = keyof typeof ops;

/**
 * The sheet and its Latin-only floor, turn about, in wall time and in this process's CPU time
 * (user and system, in ms): on a shared machine the CPU time is what the other processes
 * disturb least.
 */
async function latinPair(
  pair: Record<"pdf" | "floor", () => Promise<unknown>>,
  runs: number,
  warmup: number,
) {
  const wall = { pdf: [] as number[], floor: [] as number[] };
  const cpu = { pdf: [] as number[], floor: [] as number[] };
  for (let i = 0; i < warmup + runs; i++) {
    for (const name of ["pdf", "floor"] as const) {
      const used = process.cpuUsage();
      const started = performance.now();
      await pair[name]();
      const ms = performance.now() - started;
      const { user, system } = process.cpuUsage(used);
      if (i < warmup) continue;
      wall[name].push(ms);
      cpu[name].push((user + system) / 1000);
    }
  }
  return {
    wall: { pdf: summarize(wall.pdf), floor: summarize(wall.floor) },
    cpu: { pdf: summarize(cpu.pdf), floor: summarize(cpu.floor) },
  };
}

/** In a fresh process: how long the first call takes, modules already imported. */
async function probe(op: Op) {
  const started = performance.now();
  await ops[op]();
  process.stdout.write(JSON.stringify({ ms: performance.now() - started }));
}

async function fresh(op: Op): Promise<number> {
  const self = fileURLToPath(import.meta.url);
  const { stdout } = await run$(process.execPath, ["--import", "tsx", self, "--probe", op]);
  return (JSON.parse(stdout) as { ms: number }).ms;
}

export async function run() {
  heading("Cheat sheet: 6 stories, letter, render time");
  const latin = await latinPair({ pdf: ops.pdf, floor: ops["latin-floor-pdf"] }, 80, 5);
  const unseen = await latinPair(
    { pdf: ops["unseen-pdf"], floor: ops["unseen-latin-floor-pdf"] },
    80,
    5,
  );
  const warm: Record<"pdf" | "bare-pdf" | "same-text-pdf" | "docx" | "bare-docx", Figures> = {
    pdf: latin.wall.pdf,
    "bare-pdf": await measure(ops["bare-pdf"], { runs: 40, warmup: 5 }),
    "same-text-pdf": await measure(ops["same-text-pdf"], { runs: 40, warmup: 5 }),
    docx: await measure(ops.docx, { runs: 40, warmup: 5 }),
    "bare-docx": await measure(ops["bare-docx"], { runs: 40, warmup: 5 }),
  };
  report("warm: Latin-only floor (renderer before every script)", latin.wall.floor);
  report("warm: PDF sheet against the Latin-only floor", latin.wall.pdf, latin.wall.floor);
  report("warm CPU time: Latin-only floor", latin.cpu.floor);
  report("warm CPU time: PDF sheet against the Latin-only floor", latin.cpu.pdf, latin.cpu.floor);
  console.log("  a sheet no earlier call has seen (every paragraph measured and shaped afresh)");
  report("unseen: Latin-only floor", unseen.wall.floor);
  report("unseen: PDF sheet against the Latin-only floor", unseen.wall.pdf, unseen.wall.floor);
  report("unseen CPU time: Latin-only floor", unseen.cpu.floor);
  report(
    "unseen CPU time: PDF sheet against the Latin-only floor",
    unseen.cpu.pdf,
    unseen.cpu.floor,
  );
  report("warm: bare pdfkit page, same fonts (floor)", warm["bare-pdf"]);
  report("warm: PDF sheet", warm.pdf, warm["bare-pdf"]);
  report("warm: same text, pdfkit's own wrapping (floor 2)", warm["same-text-pdf"]);
  report("warm: PDF sheet against floor 2", warm.pdf, warm["same-text-pdf"]);
  report("warm: bare docx page (floor)", warm["bare-docx"]);
  report("warm: DOCX sheet", warm.docx, warm["bare-docx"]);

  heading("Cheat sheet: the multilingual sample (14 stories, 14 scripts), letter");
  const mlPdf = await measure(ops["multilingual-pdf"], { runs: 20, warmup: 3 });
  const mlDocx = await measure(ops["multilingual-docx"], { runs: 20, warmup: 3 });
  report("warm: multilingual PDF sheet", mlPdf, warm["bare-pdf"]);
  report("warm: multilingual PDF against the Latin PDF sheet", mlPdf, warm.pdf);
  report("warm: multilingual DOCX sheet", mlDocx, warm["bare-docx"]);

  const firstOps = [
    "pdf",
    "latin-floor-pdf",
    "bare-pdf",
    "docx",
    "bare-docx",
    "multilingual-pdf",
    "multilingual-docx",
  ] as const;
  const samples = Object.fromEntries(firstOps.map((op) => [op, [] as number[]]));
  for (let i = 0; i < FRESH_RUNS; i++) {
    for (const op of firstOps) samples[op]?.push(await fresh(op));
  }
  const first = Object.fromEntries(
    Object.entries(samples).map(([op, ms]) => [op, summarize(ms)]),
  ) as Record<(typeof firstOps)[number], Figures>;
  console.log(
    `  first call in a fresh process (${FRESH_RUNS} processes each; fonts parsed in the call)`,
  );
  report("first: bare pdfkit page, same fonts (floor)", first["bare-pdf"]);
  report("first: PDF sheet", first.pdf, first["bare-pdf"]);
  report("first: Latin-only floor (renderer before every script)", first["latin-floor-pdf"]);
  report("first: PDF sheet against the Latin-only floor", first.pdf, first["latin-floor-pdf"]);
  report("first: bare docx page (floor)", first["bare-docx"]);
  report("first: DOCX sheet", first.docx, first["bare-docx"]);
  report("first: multilingual PDF sheet", first["multilingual-pdf"], first["bare-pdf"]);
  report("first: multilingual DOCX sheet", first["multilingual-docx"], first["bare-docx"]);
}

if (process.argv[2] === "--probe" && process.argv[1] === fileURLToPath(import.meta.url)) {
  await probe(process.argv[3] as Op);
}
