import { measureRuns, type Line, wrap } from "@storybank/export/cheatsheet";
import { pdfFamily } from "@storybank/export/fonts";
import { describe, expect, it } from "vitest";

/** Line breaking, grapheme clusters and bidi order on the PDF's own fonts, measured in points. */

const family = pdfFamily();
const size = 10;
const lines = (text: string, width: number) =>
  wrap(measureRuns([{ text, style: "regular" }], family), size, width, 0);
const shown = (line: Line) => line.fragments.map((f) => f.text).join("");
const right = (line: Line) =>
  Math.max(...line.fragments.map((f) => f.x + f.face.measure(f.text) * line.size));
const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map(
    (s) => s.segment,
  );

describe("line breaking", () => {
  it("breaks a compound at its soft hyphens, showing a hyphen at each break", () => {
    const parts = ["Donau", "dampf", "schiff", "fahrts", "gesellschafts", "kapitäns"];
    const out = lines(parts.join("\u00ad"), 70);
    expect(out.length).toBeGreaterThan(2);
    for (const line of out.slice(0, -1)) expect(shown(line).endsWith("-")).toBe(true);
    expect(shown(out[out.length - 1] as Line).endsWith("-")).toBe(false);
    expect(out.map(shown).join("").replaceAll("-", "")).toBe(parts.join(""));
    for (const line of out) expect(right(line)).toBeLessThanOrEqual(70.01);
  });

  it("breaks only at zero-width spaces inside a word joined by them", () => {
    const parts = ["Kafka", "Connect", "Sink", "Connector", "Migration", "Playbook"];
    const out = lines(parts.join("\u200b"), 90);
    expect(out.length).toBeGreaterThan(1);
    const ends = new Set(parts.map((_, i) => parts.slice(0, i + 1).join("").length));
    let at = 0;
    for (const line of out) {
      at += shown(line).length;
      expect(ends.has(at)).toBe(true);
      expect(right(line)).toBeLessThanOrEqual(90.01);
    }
    expect(at).toBe(parts.join("").length);
  });

  it("breaks Thai between the words Intl.Segmenter finds, never inside one", () => {
    const thai = "ลดเวลาตอบสนองของระบบชำระเงินลงครึ่งหนึ่งภายในสามเดือน";
    const bounds = new Set(
      [...new Intl.Segmenter("th", { granularity: "word" }).segment(thai)].map((s) => s.index),
    );
    const out = lines(thai, 80);
    expect(out.length).toBeGreaterThan(2);
    let at = 0;
    for (const line of out) {
      expect(bounds.has(at)).toBe(true);
      at += shown(line).length;
      expect(right(line)).toBeLessThanOrEqual(80.01);
    }
    expect(at).toBe(thai.length);
  });

  it("breaks a run with no break opportunity between grapheme clusters, inside the measure", () => {
    const run = "ก่".repeat(40);
    const out = lines(run, 60);
    expect(out.length).toBeGreaterThan(2);
    for (const line of out) {
      expect(right(line)).toBeLessThanOrEqual(60.01);
      expect(graphemes(shown(line)).every((g) => g === "ก่")).toBe(true);
    }
    expect(out.map(shown).join("")).toBe(run);
  });

  it("keeps emoji sequences whole: keycaps, skin tones, ZWJ sequences and flags", () => {
    const emoji = ["1️⃣", "👍🏽", "❤️‍🩹", "🇯🇵", "👩‍👩‍👧"];
    const out = lines(emoji.join("").repeat(3), 40);
    expect(out.length).toBeGreaterThan(1);
    for (const line of out) {
      for (const g of graphemes(shown(line))) expect(emoji).toContain(g);
      expect(right(line)).toBeLessThanOrEqual(40.01);
      for (const f of line.fragments) expect(f.face.name).toBe("emoji");
    }
  });

  it("measures Arabic as shaped, joined letters", () => {
    const arabic = measureRuns([{ text: "التكاليف", style: "regular" }], family);
    const word = arabic.words[0];
    const face = word?.tokens[0]?.face;
    expect(face?.name).toBe("arabic");
    let isolated = 0;
    for (const ch of "التكاليف") isolated += face?.advance(ch.codePointAt(0) as number) ?? 0;
    expect(word?.width).not.toBeCloseTo(isolated, 3);
  });
});

describe("right-to-left order", () => {
  it("sets a Hebrew line right to left with its spaces kept", () => {
    const [line] = lines("אאא בבב גגג", 200);
    const order = [...(line as Line).fragments].sort((a, b) => a.x - b.x).map((f) => f.text);
    expect(order).toEqual(["גגג", "בבב", "אאא"]);
    const [a, b] = [...(line as Line).fragments].sort((a, b) => a.x - b.x);
    const gap = (b?.x ?? 0) - ((a?.x ?? 0) + (a?.face.measure(a.text) ?? 0) * size);
    expect(gap).toBeGreaterThan(2);
    // A right-to-left paragraph ends at the right edge of its measure.
    expect(right(line as Line)).toBeCloseTo(200, 0);
  });

  it("keeps English words and digits left to right inside a Hebrew line", () => {
    const [line] = lines("start אאא בבב end", 300);
    const order = [...(line as Line).fragments].sort((a, b) => a.x - b.x).map((f) => f.text.trim());
    expect(order).toEqual(["start", "בבב", "אאא", "end"]);
    const [rtl] = lines("זמן ירד ל-70 שניות ב-2024", 300);
    const seen = [...(rtl as Line).fragments].sort((a, b) => a.x - b.x).map((f) => f.text);
    expect(seen.indexOf("2024")).toBeLessThan(seen.indexOf("70"));
    expect((rtl as Line).text).toBe("זמן ירד ל-70 שניות ב-2024");
  });

  it("lets a label keep its place at the start of a right-to-left line", () => {
    const measured = measureRuns(
      [
        { text: "S ", style: "bold", label: true },
        { text: "הצוות של יוסי ו-Dana", style: "regular" },
      ],
      family,
    );
    expect(measured.base).toBe(1);
    const [line] = wrap(measured, size, 300, 0);
    const rightmost = [...(line as Line).fragments].sort((a, b) => b.x - a.x)[0];
    expect(rightmost?.text.trim()).toBe("S");
  });
});
