import { readFileSync } from "node:fs";
import * as Bank from "@storybank/core/bank";
import { createDb, ensureTable } from "@storybank/core/db";
import { readMarkdown, repairMojibake } from "@storybank/core/importer";
import * as Story from "@storybank/core/story";
import { builtIns } from "@storybank/core/valueset";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { guardMarkdown } from "../packages/core/src/importer/guard.ts";
import { costlyShapes } from "../packages/core/test/support/costly-markdown.ts";
import { startStore } from "../packages/functions/src/local/store.ts";
import { heading, measureInterleaved, report } from "./support.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../packages/core/test/import-fixtures/${name}`, import.meta.url), "utf8");

/**
 * Import and export against their floors, measured in the same run: the bare remark parse of
 * the same document (what reading Markdown cannot avoid), a bare regex pass over the text (for
 * the mojibake repair), JSON.parse of the same bank (for the JSON import), and a bare Story.all
 * on the same dynalite (for the exports).
 */
export async function run() {
  const clean = fixture("staff-star-stories.md");
  const garbled = fixture("staff-star-stories-mojibake.md");
  const stripe = fixture("four-power-stories-stripe.md");
  const parser = unified().use(remarkParse).use(remarkGfm);

  heading(`Markdown import, in process (staff-star-stories.md, ${clean.length} chars)`);
  const read = await measureInterleaved(
    {
      floor: () => parser.runSync(parser.parse(clean)),
      clean: () => readMarkdown(clean, builtIns),
      mojibake: () => readMarkdown(garbled, builtIns),
      stripe: () => readMarkdown(stripe, builtIns),
    },
    { runs: 60, warmup: 10 },
  );
  report("floor: remark parse (unified + remark-parse + gfm)", read.floor);
  report("readMarkdown, clean document", read.clean, read.floor);
  report("readMarkdown, Mac Roman mojibake copy", read.mojibake, read.floor);
  report("readMarkdown, Stripe document", read.stripe, read.floor);

  heading("Mojibake repair vs a bare non-ASCII scan of the same text");
  const repair = await measureInterleaved(
    {
      floor: () => garbled.match(/[^\p{ASCII}]+/gu)?.length,
      clean: () => repairMojibake(clean),
      garbled: () => repairMojibake(garbled),
    },
    { runs: 200, warmup: 20 },
  );
  report("floor: match every non-ASCII run", repair.floor);
  report("repairMojibake, clean text (nothing to change)", repair.clean, repair.floor);
  report("repairMojibake, Mac Roman mojibake", repair.garbled, repair.floor);

  // The costliest shapes the guard accepts (each at its bound), and what they were before the
  // bounds: reading one must stay well under a second, near a plain parse of the same text.
  heading("Worst shapes the guard accepts: readMarkdown vs a plain remark parse of the same text");
  let worst = 0;
  for (const shape of costlyShapes) {
    guardMarkdown(shape.atLimit);
    const kb = (Buffer.byteLength(shape.atLimit) / 1024).toFixed(0);
    const figures = await measureInterleaved(
      {
        floor: () => parser.runSync(parser.parse(shape.atLimit)),
        read: () => readMarkdown(shape.atLimit, builtIns),
      },
      { runs: 5, warmup: 1 },
    );
    report(`${shape.name}, ${kb} KiB: remark parse`, figures.floor);
    report(`${shape.name}: readMarkdown`, figures.read, figures.floor);
    worst = Math.max(worst, figures.read.p99);
  }
  console.log(`  slowest accepted document: ${worst.toFixed(0)} ms (p99)`);

  heading("Mojibake repair of the worst shapes vs a bare non-ASCII scan of the same text");
  for (const shape of costlyShapes.filter((s) => /mis-decoded/.test(s.name))) {
    const figures = await measureInterleaved(
      {
        floor: () => shape.atLimit.match(/[^\p{ASCII}]+/gu)?.length,
        repair: () => repairMojibake(shape.atLimit),
      },
      { runs: 20, warmup: 3 },
    );
    report(`${shape.name}: non-ASCII scan`, figures.floor);
    report(`${shape.name}: repairMojibake`, figures.repair, figures.floor);
  }

  heading("Export and JSON import on dynalite (4 Stripe stories)");
  const store = await startStore();
  const db = createDb({ table: "bench-import", endpoint: store.endpoint });
  await ensureTable(db);
  await Bank.importDocument(db, "bench", { format: "markdown", text: stripe, dryRun: false });
  const bankText = JSON.stringify(await Bank.exportJson(db, "bench"));
  const io = await measureInterleaved(
    {
      floor: () => Story.all(db, "bench"),
      json: () => Bank.exportJson(db, "bench"),
      markdown: () => Bank.exportMarkdown(db, "bench"),
      jsonParse: () => JSON.parse(bankText),
      restoreDry: () =>
        Bank.importDocument(db, "bench", { format: "json", text: bankText, dryRun: true }),
      reimport: () =>
        Bank.importDocument(db, "bench", { format: "markdown", text: stripe, dryRun: false }),
    },
    { runs: 40, warmup: 5 },
  );
  report("floor: Story.all (one Query)", io.floor);
  report("exportJson (stories, sets, targets, practice)", io.json, io.floor);
  report("exportMarkdown", io.markdown, io.floor);
  report("JSON.parse of the same bank", io.jsonParse);
  report("JSON bank import, dry run (all unchanged)", io.restoreDry, io.floor);
  report("Markdown re-import, nothing changed (no writes)", io.reimport, io.floor);
  await store.close();
}
