import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import * as ApiKey from "@storybank/core/apikey";
import { authenticator } from "@storybank/core/auth";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/rest/app.ts";
import { LOCAL_LIMITS } from "../../packages/functions/src/rest/limits.ts";
import { webAuth } from "../../packages/functions/src/web/auth/index.ts";
import { freshDb } from "../support/harness.ts";

/**
 * The web app in a real browser: Debian's chromium driven by playwright-core, against the
 * service started in-process on a free port over the run's dynalite. A missing chromium fails.
 *
 * STORYBANK_SCREENSHOTS=<dir> also saves every page at 1280 and 390 px wide into <dir>.
 */
const CHROMIUM = process.env.STORYBANK_CHROMIUM ?? "/usr/bin/chromium";
const shots = process.env.STORYBANK_SCREENSHOTS;
const fixture = join(import.meta.dirname, "..", "fixtures", "four-power-stories-stripe.md");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let server: ServerType;
let base: string;
let key: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** axe results per page: every violation's impact and rule id. */
const axeReport: {
  page: string;
  violations: { id: string; impact: string; nodes: number; where: string[] }[];
}[] = [];

const api = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

/** Runs axe-core in the page; serious and critical violations fail the test. */
async function axe(name: string) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    (window as any).axe.run(document, {
      runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    }),
  );
  const violations = (
    result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]
  ).map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    where: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
  axeReport.push({ page: name, violations });
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
    `axe on ${name}`,
  ).toEqual([]);
}

/** Saves the page at desktop and phone width when screenshots are asked for. */
async function shoot(name: string) {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  for (const [suffix, width] of [
    ["desktop", 1280],
    ["phone", 390],
  ] as const) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 844 });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(shots, `${name}-${suffix}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const flash = () => page.locator("[data-flash], #live .flash").first();

/** Polls until what `read` gives passes the matcher that follows (10 s at most). */
const eventually = <T>(read: () => Promise<T>) =>
  expect.poll(read, { timeout: 10_000, interval: 100 });
const textOf = (locator: Locator) => () => locator.first().innerText();
const countOf = (locator: Locator) => () => locator.count();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium package (apt).`);
  }
  const db = await freshDb();
  key = (await ApiKey.create(db, "local", { name: "local", scopes: ApiKey.allScopes })).key;
  const app = createApp({
    db,
    authenticate: authenticator(db, undefined),
    limits: LOCAL_LIMITS,
    web: { auth: webAuth({ mode: "local", apiKey: () => key }) },
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM });
  context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (shots) await writeFile(join(shots, "axe-report.json"), JSON.stringify(axeReport, null, 2));
});

describe("the web app in chromium", () => {
  it("takes a new user from a Markdown document to a one-page PDF, with practice", async () => {
    const started = Date.now();
    await page.goto(`${base}/`);
    await eventually(textOf(page.locator("h1"))).toBe("Stories");
    await page.getByText("No stories yet.").first().waitFor();
    await axe("stories (empty)");
    // Keyboard: the first Tab reaches the skip link, which moves focus to the page's content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await shoot("stories-empty");

    // Import: the dry run lists the four stories and every warning before anything is saved.
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await axe("import");
    await shoot("import");
    await page.getByLabel(/Your story document/).setInputFiles(fixture);
    await page.getByRole("button", { name: "Preview the import" }).click();
    await page.getByRole("button", { name: "Import 4 stories" }).first().waitFor();
    await page
      .getByRole("rowheader", { name: /The Conflict Story/ })
      .first()
      .waitFor();
    await page
      .getByRole("heading", { name: /^Warnings \(\d+\)$/ })
      .first()
      .waitFor();
    expect((await api("GET", "/v1/stories")).body.items).toHaveLength(0);
    await page
      .getByRole("rowheader", { name: /The Risk Story/ })
      .locator("..")
      .locator("summary")
      .click();
    await page.getByRole("cell", { name: "refined" }).first().first().waitFor();
    await axe("import preview");
    await shoot("import-preview");
    await page.getByRole("button", { name: "Import 4 stories" }).click();
    await eventually(textOf(flash())).toMatch(/Imported: 4 stories saved\./);
    expect((await api("GET", "/v1/stories")).body.items).toHaveLength(4);

    // Stories: filters, then the editor with the spoken-time estimate and the check's findings.
    // Saving a story unchanged keeps every field as it was: the form reads back what it shows.
    const imported = (await api("GET", "/v1/stories")).body.items as Record<string, unknown>[];
    const risk = imported.find((s) => s.title === "The Risk Story")!;
    await page.goto(`${base}/app/stories/${risk.id}`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await eventually(textOf(flash())).toBe("Saved as version 2.");
    const resaved = (await api("GET", `/v1/stories/${risk.id}`)).body;
    const content = ({ version, updatedAt, ...rest }: Record<string, unknown>) => rest;
    expect(content(resaved)).toEqual(content(risk));

    await page.goto(`${base}/app/stories`);
    await eventually(countOf(page.locator(".story-list li"))).toBe(4);
    await axe("stories");
    await shoot("stories");
    await page.getByLabel("Kind").selectOption("conflict");
    await page.getByRole("button", { name: "Filter" }).click();
    await eventually(countOf(page.locator(".story-list li"))).toBe(1);
    await page.getByRole("link", { name: "The Conflict Story" }).click();
    await eventually(textOf(page.locator("h1"))).toBe("The Conflict Story");
    const time = page.locator("#f-refined-time");
    await eventually(textOf(time)).toMatch(/About \d+ s spoken/);
    await page.locator(".findings li").first().waitFor();
    await shoot("story-editor");
    await page.getByLabel("Refined (spoken) version").fill("I pushed back. ".repeat(60));
    await eventually(textOf(time)).toMatch(/About 72 s spoken \(180 words at 150 wpm/);
    await page
      .getByLabel("Refined (spoken) version")
      .fill("I pushed back on my director. ".repeat(25));
    await page
      .getByLabel("Headline", { exact: true })
      .fill("Checkout errors down 64% — shipped in 3 weeks");
    await axe("story editor");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await eventually(textOf(flash())).toBe("Saved as version 2.");
    const storyId = page.url().split("/app/stories/")[1]!.split("?")[0]!;
    const saved = (await api("GET", `/v1/stories/${storyId}`)).body;
    expect(saved.headline).toBe("Checkout errors down 64% — shipped in 3 weeks");
    expect(saved.version).toBe(2);
    expect(saved.analysis.length).toBeGreaterThan(0);

    // A conflict: someone else saved in between; both versions are shown, nothing overwritten.
    await page.goto(`${base}/app/stories/${storyId}`);
    expect(
      (
        await api("PATCH", `/v1/stories/${storyId}`, {
          version: 2,
          headline: "Mismatches down to 0.05%",
        })
      ).status,
    ).toBe(200);
    await page
      .getByLabel("Headline", { exact: true })
      .fill("Currency drift fixed in 11 currencies: mismatches 3% → 0.05%");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await eventually(textOf(flash())).toContain(
      "Not saved: this story changed since you opened it",
    );
    const diff = page.getByRole("region", { name: "Your version and the saved version" });
    await eventually(textOf(diff)).toContain(
      "Currency drift fixed in 11 currencies: mismatches 3% → 0.05%",
    );
    await eventually(textOf(diff)).toContain("Mismatches down to 0.05%");
    expect((await api("GET", `/v1/stories/${storyId}`)).body.headline).toBe(
      "Mismatches down to 0.05%",
    );
    await axe("story conflict");
    await shoot("story-conflict");
    await page.getByRole("button", { name: "Save mine over version 3" }).click();
    await eventually(textOf(flash())).toBe("Saved as version 4.");
    expect((await api("GET", `/v1/stories/${storyId}`)).body.headline).toBe(
      "Currency drift fixed in 11 currencies: mismatches 3% → 0.05%",
    );

    // A network error while saving keeps what was typed and says so.
    await page.route("**/app/stories/*", (route) =>
      route.request().method() === "POST" ? route.abort("internetdisconnected") : route.fallback(),
    );
    await page.getByLabel("Title", { exact: true }).fill("Typed while offline");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await eventually(textOf(page.getByRole("alert"))).toContain(
      "Storybank could not be reached, so nothing was saved.",
    );
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(
      "Typed while offline",
    );
    await axe("network error");
    await shoot("network-error");
    await page.unroute("**/app/stories/*");

    // A refused import says why.
    await page.goto(`${base}/app/import`);
    await page.getByLabel(/Your story document/).setInputFiles({
      name: "bank.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ not json"),
    });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await eventually(textOf(flash())).toContain("bank.json was not imported.");
    await eventually(textOf(flash())).toContain("The file is not valid JSON.");
    await axe("import refused");
    await shoot("import-refused");

    // Targets: a value set pasted in, then a target on Stripe's built-in set and the matrix.
    await page.getByRole("link", { name: "Targets", exact: true }).click();
    await axe("targets");
    await page.locator("#v-company").fill("Acme");
    await page
      .getByLabel("The values")
      .fill("Ownership — we own outcomes end to end\nCandor: we say the hard thing kindly\n");
    await page.getByRole("button", { name: "Create value set" }).click();
    await eventually(textOf(flash())).toContain(
      'Created "Acme values" with 2 values: Ownership, Candor.',
    );
    expect(await page.getByRole("checkbox", { name: /Acme values/ }).isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: /Acme values/ }).uncheck();
    await page.locator("#t-company").fill("Stripe");
    await page.locator("#t-role").fill("Staff engineer");
    await page.getByRole("checkbox", { name: /Stripe operating principles/ }).check();
    await page
      .getByLabel("Questions to prepare")
      .fill("Tell me about a time you disagreed with your manager.");
    await shoot("targets");
    await page.getByRole("button", { name: "Create target" }).click();
    await eventually(textOf(page.locator("h1"))).toBe("Stripe — Staff engineer");
    const matrix = page.getByRole("region", { name: "Value to story matrix" });
    await eventually(countOf(matrix.locator("tbody tr"))).toBe(8);
    await matrix.getByRole("rowheader", { name: "Users first" }).first().waitFor();
    await page
      .getByRole("heading", { name: /^Gaps \(\d+\)$/ })
      .first()
      .waitFor();
    await page.getByText("Tell me about a time you disagreed with your manager.").first().waitFor();
    await axe("target");
    await shoot("target");

    // The sheet: fit report, Letter and A4, and the PDF downloaded and read.
    await page.getByRole("link", { name: "Cheat sheet (PDF, DOCX)" }).click();
    await eventually(textOf(page.locator("h1"))).toBe("Stripe cheat sheet");
    await eventually(textOf(page.getByRole("region", { name: "PDF fit" }))).toMatch(/Pages\s+1\s/);
    await axe("sheet");
    // The PDF viewer draws the page after the load event: give it a moment before the picture.
    if (shots) await page.waitForTimeout(3_000);
    await shoot("sheet");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download PDF" }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
    const first = await pdf.getPage(1);
    const text = (await first.getTextContent()).items
      .map((i) => ("str" in i ? i.str : ""))
      .join("");
    expect(pdf.numPages).toBe(1);
    expect(text).toContain("Stripe");
    expect(first.view.slice(2).map(Math.round)).toEqual([612, 792]);
    await pdf.destroy();
    const flowSeconds = (Date.now() - started) / 1000;
    await page.getByLabel("Paper").selectOption("a4");
    await page.getByRole("button", { name: "Show" }).click();
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download DOCX" }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect((await readFile((await docx.path())!)).subarray(0, 2).toString()).toBe("PK");
    if (shots) {
      const sheetPdf = await (
        await fetch(`${base}/v1/targets/${page.url().split("/")[5]}/cheat-sheet?format=pdf`, {
          headers: { authorization: `Bearer ${key}` },
        })
      ).arrayBuffer();
      await writeFile(join(shots, "sheet.pdf"), new Uint8Array(sheetPdf));
      // The sheet itself as a picture, when poppler's pdftoppm is there.
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "90",
        "-singlefile",
        join(shots, "sheet.pdf"),
        join(shots, "sheet"),
      ]);
    }

    // Told log: a story told in round one leaves the matrix.
    await page.goto(page.url().replace(/\/sheet.*$/, ""));
    await page.getByLabel("Story told").selectOption({ label: "The Risk Story" });
    await page.getByLabel("Round", { exact: true }).fill("Phone screen");
    await page.getByRole("button", { name: "Log it" }).click();
    await eventually(textOf(flash())).toMatch(/Logged\./);
    await eventually(textOf(page.getByRole("region", { name: "Told in this loop" }))).toContain(
      "Phone screen",
    );

    // Practice: what is due first, then the timer logs a telling through the practice API.
    await page.getByRole("link", { name: "Practice", exact: true }).click();
    const due = page.getByRole("region", { name: "Stories due for practice" });
    await eventually(countOf(due.locator("tbody tr"))).toBe(4);
    await eventually(textOf(due.locator("tbody tr").last())).toContain("The Risk Story");
    await axe("practice");
    await shoot("practice");
    await due.getByRole("link", { name: "The Learning Story" }).click();
    // The timer by keyboard alone: Start, then Stop and Log each get the focus in turn.
    await page.getByRole("button", { name: "Start" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForTimeout(1_300);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Stop");
    await page.keyboard.press("Enter");
    const seconds = Number(await page.getByLabel("Seconds").inputValue());
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      "Log this telling",
    );
    await page.keyboard.press("Enter");
    await eventually(textOf(flash())).toMatch(new RegExp(`Logged a ${seconds} s telling\\.`));
    const learning = (await api("GET", "/v1/stories")).body.items.find(
      (s: { title: string }) => s.title === "The Learning Story",
    );
    expect(learning.progress.practiceCount).toBe(1);
    expect(learning.progress.timedSeconds).toBe(seconds);
    await axe("practice story");
    await shoot("practice-story");

    console.log(
      `Import → sheet downloaded, driven by the browser script: ${flowSeconds.toFixed(1)} s`,
    );
    console.log(
      `axe: ${axeReport.length} pages, violations by impact: ${JSON.stringify(
        axeReport.flatMap((r) => r.violations.map((v) => `${r.page}: ${v.id} (${v.impact})`)),
      )}`,
    );
  }, 180_000);
});
