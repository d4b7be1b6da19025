import { describe, expect, it } from "vitest";
import { stem } from "../src/tailoring/stem.ts";
import { contentStems, phraseStems, tokenize } from "../src/tailoring/text.ts";

describe("stemming", () => {
  it("follows Porter's inflectional steps (the paper's own examples)", () => {
    const cases: [string, string][] = [
      ["caresses", "caress"],
      ["ponies", "poni"],
      ["cats", "cat"],
      ["feed", "feed"],
      ["agreed", "agre"],
      ["plastered", "plaster"],
      ["motoring", "motor"],
      ["sing", "sing"],
      ["conflated", "conflat"],
      ["sized", "size"],
      ["hopping", "hop"],
      ["falling", "fall"],
      ["filing", "file"],
      ["happy", "happi"],
      ["probate", "probat"],
      ["controll", "control"],
    ];
    for (const [word, expected] of cases) expect(stem(word), word).toBe(expected);
  });

  it("brings a word's inflections together but keeps derivations apart", () => {
    expect(new Set(["learned", "learning", "learns", "learn"].map(stem)).size).toBe(1);
    expect(new Set(["reduce", "reduced", "reduces", "reducing"].map(stem)).size).toBe(1);
    expect(stem("responsibility")).not.toBe(stem("response"));
    expect(stem("community")).not.toBe(stem("communicated"));
  });

  it("leaves short, non-ASCII and mixed words alone", () => {
    expect(stem("is")).toBe("is");
    expect(stem("café")).toBe("café");
    expect(stem("p95")).toBe("p95");
  });
});

describe("tokenizing", () => {
  it("folds case and apostrophes and keeps % and $ as words", () => {
    expect(tokenize("Didn't cut 40% of the $3M Company’s budget").map((t) => t.raw)).toEqual([
      "didn't",
      "cut",
      "40",
      "%",
      "of",
      "the",
      "$",
      "3m",
      "company’s",
      "budget",
    ]);
    expect(phraseStems("Company’s")).toEqual(phraseStems("company"));
    expect(phraseStems("didn't know")).toEqual(["didnt", "know"]);
  });

  it("meets irregular past forms with their present", () => {
    expect(phraseStems("took ownership")).toEqual(phraseStems("take ownership"));
    expect(phraseStems("taking ownership")).toEqual(phraseStems("took ownership"));
    expect(phraseStems("led")).toEqual(phraseStems("lead"));
  });

  it("drops stopwords and numbers from single-word terms, not from text", () => {
    expect(contentStems("The team and I shipped 3 things")).toEqual(["team", "ship"]);
    expect(tokenize("the")).toHaveLength(1);
  });

  it("takes words that name object properties as plain words", () => {
    expect(phraseStems("constructor __proto__ toString hasOwnProperty")).toEqual([
      "constructor",
      "proto",
      "tostr",
      "hasownproperti",
    ]);
  });

  it("handles any Unicode without failing", () => {
    expect(tokenize("中文 → émoji 🚀 naïve").map((t) => t.raw)).toEqual(["中文", "émoji", "naïve"]);
    expect(tokenize("")).toEqual([]);
  });
});
