import PDFDocument from "pdfkit";
import type { Face } from "./fonts.ts";
import { accent } from "./blocks.ts";
import type { Fitted } from "./fit.ts";
import { printable } from "./text.ts";

type FontSource = PDFKit.Mixins.PDFFontSource;

/**
 * pdfkit shapes every word once per document (fontkit's OpenType layout, a large share of the
 * time); the shapes depend only on the font, so documents share them. The caches start afresh
 * every `documentsPerCache` documents so they stay bounded in a long-lived process.
 */
const documentsPerCache = 200;
let shapes = new Map<string, object>();
let documents = 0;
function shapeCache(face: Face): object {
  let cache = shapes.get(face.name);
  if (!cache) shapes.set(face.name, (cache = Object.create(null) as object));
  return cache;
}

/**
 * Draws a fitted sheet. Every line was broken and placed by the layout, so this only sets each
 * fragment at its position: nothing here can wrap, overflow or add a page.
 */
export function renderPdf(fitted: Fitted, title: string): Promise<Buffer> {
  const { layout, page, profile, report } = fitted;
  const body = report.fontSize;
  const regular = profile.family.regular;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    // No default font: pdfkit would otherwise load its standard Helvetica. Every line sets a face.
    font: null as unknown as string,
    pdfVersion: "1.7",
    lang: "en",
    displayTitle: true,
    info: { Title: printable(title), Creator: "Storybank", Producer: "Storybank" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  if (++documents > documentsPerCache) {
    shapes = new Map();
    documents = 1;
  }
  const registered = new Set<string>();
  let face: Face | undefined;
  let color = "";
  const use = (next: Face) => {
    if (next === face) return;
    face = next;
    if (registered.has(next.name)) {
      doc.font(next.name);
      return;
    }
    doc.registerFont(next.name, next.font as unknown as FontSource).font(next.name);
    registered.add(next.name);
    // pdfkit keeps its per-document shape cache in this field of the embedded font.
    const embedded = (doc as unknown as { _font?: { layoutCache?: object } })._font;
    if (embedded && embedded.layoutCache) embedded.layoutCache = shapeCache(next);
  };

  for (const { x, y, line, height } of layout.lines) {
    const glyphBox = (regular.ascent - regular.descent) * line.size;
    const baseline = y + (height - glyphBox) / 2 + regular.ascent * line.size;
    doc.fontSize(line.size);
    for (const fragment of line.fragments) {
      use(fragment.face);
      if (fragment.color !== color) doc.fillColor((color = fragment.color));
      doc.text(fragment.text, x + fragment.x, baseline, {
        lineBreak: false,
        baseline: "alphabetic",
      });
    }
  }

  const rule = layout.headerBottom + (profile.headerGap * body) / 2;
  doc
    .moveTo(page.margin, rule)
    .lineTo(page.width - page.margin, rule)
    .lineWidth(0.6)
    .strokeColor(accent)
    .stroke();
  doc.end();
  return finished;
}
