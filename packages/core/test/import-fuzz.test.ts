import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { AppError } from "../src/error/index.ts";

/**
 * Documents made by shuffling the lines of every held-out fixture, with indents, pasted bullets,
 * numbered-question prefixes and lone carriage returns mixed in. Whatever a document holds, the
 * importer reads it or refuses it with a 4xx; it never throws anything else (a 5xx for the API).
 * The generator is seeded, so a failure names a document that can be made again.
 */
const fixtures = join(import.meta.dirname, "import-fixtures", "blind");
const lines = readdirSync(fixtures)
  .filter((name) => name.endsWith(".md"))
  .flatMap((name) => readFileSync(join(fixtures, name), "utf8").split("\n"));

function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function document(random: () => number): string {
  const out: string[] = [];
  const count = 1 + Math.floor(random() * 40);
  for (let i = 0; i < count; i++) {
    let line = lines[Math.floor(random() * lines.length)]!;
    if (random() < 0.2) line = `   ${line}`;
    if (random() < 0.1) line = `• ${line}`;
    if (random() < 0.1) line = `Q1) ${line}?`;
    if (random() < 0.03) line = `${line}\r${line.slice(0, 10)}`;
    out.push(line);
  }
  return out.join("\n");
}

describe("importing documents made of shuffled published lines", () => {
  it("reads or refuses each of 400 with a 4xx, never anything else", () => {
    const random = generator(20261130);
    const unexpected: string[] = [];
    let read = 0;
    for (let i = 0; i < 400; i++) {
      const text = document(random);
      try {
        readMarkdown(text, builtIns);
        read += 1;
      } catch (error) {
        if (!(error instanceof AppError)) unexpected.push(`#${i}: ${String(error)}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(read).toBeGreaterThan(300);
  });
});
