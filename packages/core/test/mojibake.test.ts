import { readFileSync } from "node:fs";
import { repairMojibake } from "@storybank/core/importer";
import { describe, expect, it } from "vitest";

/** What a program shows when it reads UTF-8 bytes as a single-byte code page. */
const misread = (text: string, encoding: "macintosh" | "windows-1252" | "latin1") => {
  const bytes = Buffer.from(text, "utf8");
  if (encoding === "latin1") return bytes.toString("latin1");
  if (encoding === "macintosh") return new TextDecoder("macintosh").decode(bytes);
  // Windows-1252 as Windows decodes it: its five unassigned bytes pass through as C1 controls.
  const low = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
  return Array.from(bytes, (b) =>
    b >= 0x80 && b < 0xa0 ? low[b - 0x80] : String.fromCharCode(b),
  ).join("");
};

const sample = "It’s “quoted” — arrows → and money 💰, shields 🛡️, café, naïve, 中文, −66%";

describe("repairMojibake", () => {
  it.each(["macintosh", "windows-1252", "latin1"] as const)(
    "undoes UTF-8 read as %s",
    (encoding) => {
      const garbled = misread(sample, encoding);
      expect(garbled).not.toBe(sample);
      expect(repairMojibake(garbled)).toBe(sample);
    },
  );

  it("knows the markers the issue names", () => {
    expect(repairMojibake("don‚Äôt")).toBe("don’t");
    expect(repairMojibake("donâ€™t")).toBe("don’t");
    expect(repairMojibake("38 min ‚Üí 70 s")).toBe("38 min → 70 s");
    expect(repairMojibake("\uf8ffüí∞ Savings")).toBe("💰 Savings");
  });

  it("undoes text that was mis-read twice", () => {
    const twice = misread(misread(sample, "windows-1252"), "windows-1252");
    expect(repairMojibake(twice)).toBe(sample);
  });

  it("repairs mis-read text next to correct text in the same word", () => {
    expect(repairMojibake(`café ${misread("— done", "macintosh")}`)).toBe("café — done");
    expect(repairMojibake(`résumé‚Äôs`)).toBe("résumé’s");
  });

  it.each([
    sample,
    "“École” and «Élan», naïve café — résumé",
    "word—élan, Smörgåsbord – Ü–x, São Paulo, AÇÃO, MÃE",
    "10μs Привет Ελληνικά 日本語 עברית العربية 🧑‍💻 👍🏽 ✓ ☐ ×",
    "¿Qué? ¡Sí! ½ ¼ © ® ™ ° ± µ ¶ § ß ø å æ",
    "Plain ASCII only: nothing to do here.",
  ])("never alters text that is fine: %s", (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it("leaves the clean example documents as they are", () => {
    for (const name of ["staff-star-stories.md", "four-power-stories-stripe.md"]) {
      const text = readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url), "utf8");
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it("turns the Mac Roman example back into the clean one, byte for byte", () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url), "utf8");
    expect(repairMojibake(fixture("staff-star-stories-mojibake.md"))).toBe(
      fixture("staff-star-stories.md"),
    );
  });
});
