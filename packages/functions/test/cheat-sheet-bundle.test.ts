import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltHandler, bundleHandler } from "../scripts/bundle.ts";

let outdir: string;
let built: BuiltHandler;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "storybank-sheet-bundle-"));
  built = await bundleHandler("rest", outdir);
}, 120_000);

afterAll(async () => {
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

const documentCode = /node_modules\/(pdfkit|docx|fontkit)\//;

/** The outputs reachable from `start` through imports of the given kinds. */
function reachable(start: string, kinds: string[]): Set<string> {
  const outputs = built.metafile.outputs;
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (kinds.includes(imported.kind) && outputs[imported.path]) visit(imported.path);
    }
  };
  visit(start);
  return seen;
}

describe("the REST handler bundle", () => {
  it("loads pdfkit, docx and fontkit only through a dynamic import", () => {
    const outputs = built.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => resolve(path) === built.file) as string;
    expect(entry).toBeDefined();
    const inputsOf = (paths: Set<string>) =>
      [...paths].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {}));

    const atColdStart = inputsOf(reachable(entry, ["import-statement"]));
    expect(atColdStart.length).toBeGreaterThan(0);
    expect(atColdStart.filter((input) => documentCode.test(input))).toEqual([]);

    const whenNeeded = inputsOf(reachable(entry, ["import-statement", "dynamic-import"]));
    expect(whenNeeded.some((input) => input.includes("node_modules/pdfkit/"))).toBe(true);
    expect(whenNeeded.some((input) => input.includes("node_modules/docx/"))).toBe(true);
  });
});
