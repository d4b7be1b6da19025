import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { repoRoot } from "./bundle.ts";

/**
 * Opens the local server's GraphiQL in Debian's chromium with every request to another host
 * refused (as offline), runs a Relay-style query with the key, and writes
 * docs/screenshots/graphiql.png. Fails if the page asked for anything from another host.
 *
 *   STORYBANK_URL=http://127.0.0.1:3000 STORYBANK_KEY=$(cat .storybank/api-key) \
 *     npx tsx packages/functions/scripts/graphiql-screenshot.ts
 */
const base = process.env.STORYBANK_URL ?? "http://127.0.0.1:3000";
const key = process.env.STORYBANK_KEY;
if (!key) throw new Error("Set STORYBANK_KEY to an API key of the running server.");
const out = join(repoRoot, "docs/screenshots/graphiql.png");

const query = `{
  stories(first: 2) {
    edges {
      cursor
      node { title kind }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  const host = new URL(base).host;
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "blob:" || url.protocol === "data:" || url.host === host) {
      return route.continue();
    }
    outside.push(url.href);
    return route.abort();
  });
  const url = new URL("/graphql", base);
  url.searchParams.set("query", query);
  await page.goto(url.href);
  // The headers tab: replace the placeholder with the key.
  await page.getByText("Headers", { exact: true }).click();
  const headers = page.locator(".graphiql-editor-tool .monaco-editor").last();
  await headers.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${key}` }));
  await page.locator(".graphiql-execute-button").click();
  await page.getByText("endCursor").last().waitFor();
  // Show the (empty) variables rather than the key.
  await page.getByText("Variables", { exact: true }).click();
  await page.waitForTimeout(500);
  await mkdir(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  if (outside.length > 0) throw new Error(`The page asked other hosts: ${outside.join(", ")}`);
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
