import { readFileSync } from "node:fs";
import { readValueSet, slug } from "@storybank/core/valueset";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const fixture = (name: string) =>
  readFileSync(new URL(`./valueset-fixtures/${name}`, import.meta.url), "utf8");

/** Each pasted shape, the set's name, and its values as [key, name, start of description]. */
const shapes: [string, string, [string, string, string][]][] = [
  [
    "careers-page.md",
    "Our values",
    [
      ["customers-first", "Customers first", "We start with the people who use Brightline"],
      ["own-the-outcome", "Own the outcome", 'We don\'t stop at "done".'],
      ["be-candid-be-kind", "Be candid, be kind", "We give direct feedback early"],
      ["keep-it-simple", "Keep it simple", "Complexity is a tax."],
    ],
  ],
  [
    "memo.md",
    "Acme values",
    [
      ["default-to-transparency", "Default to transparency", "Share context widely and early."],
      ["long-term-thinking", "Long-term thinking", "We are building a company"],
      ["frugality", "Frugality", "Every dollar we save"],
      ["raise-the-bar", "Raise the bar", "Every hire should be better"],
    ],
  ],
  [
    "bullets.md",
    "Harbor Health values",
    [
      ["patients-first", "Patients first", "Every decision starts with"],
      ["act-with-integrity", "Act with integrity", "Do the right thing"],
      ["learn-relentlessly", "Learn relentlessly", "Stay curious"],
      ["win-as-one-team", "Win as one team", "Nurses, engineers and clinicians"],
      ["make-it-simple", "Make it simple", "Healthcare is complicated enough."],
    ],
  ],
  [
    "numbered.md",
    "Our Leadership Principles",
    [
      ["customer-obsession", "Customer Obsession", "Leaders start with the customer"],
      ["ownership", "Ownership", "Leaders are owners."],
      ["invent-and-simplify", "Invent and Simplify", "Leaders expect and require innovation"],
      ["are-right-a-lot", "Are Right, A Lot", "Leaders are right a lot."],
      ["bias-for-action", "Bias for Action", "Speed matters in business."],
      ["disagree-and-commit", "Disagree and Commit", "Leaders are obligated to respectfully"],
    ],
  ],
  [
    "plain.txt",
    "Our Culture",
    [
      ["courage", "Courage", "We make hard decisions without agonizing"],
      ["judgment", "Judgment", "You make wise decisions despite ambiguity"],
      ["communication", "Communication", "You are concise and articulate"],
      ["inclusion", "Inclusion", "You collaborate effectively"],
    ],
  ],
  [
    "emoji.md",
    "How we work at Pixelcraft",
    [
      ["ship-it", "Ship it", "Small, frequent releases beat big bangs."],
      ["low-ego-high-trust", "Low ego, high trust", "The best idea wins"],
      ["experiment", "Experiment", "We test our assumptions"],
      ["care-deeply", "Care deeply", "About our users"],
    ],
  ],
  [
    "intro-and-nested.md",
    "Acme values",
    [
      ["think-like-an-owner", "Think like an owner", "Treat company money like your own."],
      ["earn-trust", "Earn trust", "Admit mistakes quickly and fix them."],
      ["deliver-results", "Deliver results", "Focus on the inputs that matter"],
    ],
  ],
  [
    "dash-plain.txt",
    "Kettle values (2024)",
    [
      ["craft", "Craft", "We sweat the details"],
      ["candor", "Candor", "Say what you think, with care"],
      ["pace", "Pace", "Move quickly"],
      ["generosity", "Generosity", "Share credit, knowledge and time."],
    ],
  ],
  [
    "table.md",
    "Acme values",
    [
      ["courage", "Courage", "We speak up"],
      ["curiosity", "Curiosity", "We ask why"],
      ["care", "Care", "We look after our customers"],
    ],
  ],
  [
    "cjk-and-accents.md",
    "Nos valeurs",
    [
      ["qualite", "Qualité", "nous livrons un travail"],
      ["ethique", "Éthique", "nous faisons ce qui est juste"],
      ["value-3", "用户至上", "我们从用户出发"],
    ],
  ],
];

/** Line numbers that hold text (not blank, quote marks alone, a rule or a table separator). */
const textLines = (text: string) =>
  text.split(/\r\n|\r|\n/).flatMap((line, index) => {
    const bare = line.replace(/^\s*(?:>\s?)*/, "");
    return bare.trim() === "" || /^\s*(?:[-=*_|:\s]{3,})$/.test(bare) ? [] : [index + 1];
  });

describe("reading pasted values", () => {
  it.each(shapes)("reads %s", (name, setName, expected) => {
    const text = fixture(name);
    const { input, lines, warnings } = readValueSet(text, { company: "Acme" });
    expect(input.name).toBe(setName);
    expect(input.company).toBe("Acme");
    expect(input.values.map((v) => [v.key, v.name])).toEqual(expected.map(([k, n]) => [k, n]));
    input.values.forEach((value, index) => {
      expect(value.description.startsWith(expected[index]![2]), value.description).toBe(true);
      expect(value.aliases).toEqual([]);
      expect(value.keywords).toEqual([]);
    });
    // Never a line lost: each line of text is in a value's lines or in a warning.
    const covered = (n: number) =>
      [...lines, ...warnings].some((range) => range.line <= n && n <= range.endLine);
    expect(textLines(text).filter((n) => !covered(n))).toEqual([]);
  });

  it("reports the introduction, the sign-off and the title with their lines", () => {
    const { warnings } = readValueSet(fixture("memo.md"), { company: "Acme" });
    expect(warnings.map((w) => [w.line, w.excerpt])).toEqual([
      [1, "Team,"],
      [3, expect.stringMatching(/^As we head into planning/)],
      [13, "Thanks,"],
      [14, "Dana"],
    ]);
    const careers = readValueSet(fixture("careers-page.md"), { company: "Brightline" });
    expect(careers.warnings.map((w) => [w.line, w.endLine, w.message])).toEqual([
      [1, 3, "Read as a title over the values, not a value."],
      [5, 5, "Read as a title over the values, not a value."],
      [19, 19, expect.stringMatching(/not part of a value/)],
    ]);
  });

  it("never reads a call to the reader or a web address as a value", () => {
    const values = [
      "Own the outcome — We finish what we start and fix what we break.",
      "Customers first — We start from the person waiting on the parcel.",
    ];
    for (const closing of [
      "Thanks for reading — join us!",
      "Join us — we are hiring.",
      "Learn more at kestrel.example/careers",
      "We're hiring: see https://kestrel.example/jobs",
    ]) {
      for (const [layout, body] of [
        ["entries", values.join("\n")],
        ["name lines", values.map((v) => v.replace(" — ", "\n")).join("\n\n")],
      ] as const) {
        const { input, warnings } = readValueSet(`${body}\n\n${closing}\n`, { company: "K" });
        expect(
          input.values.map((v) => [v.name, v.description]),
          `${layout}: ${closing}`,
        ).toEqual([
          ["Own the outcome", "We finish what we start and fix what we break."],
          ["Customers first", "We start from the person waiting on the parcel."],
        ]);
        expect(warnings.map((w) => w.excerpt)).toContain(closing);
      }
    }
  });

  it("keeps a description's paragraphs and wrapped lines", () => {
    const { input } = readValueSet(fixture("plain.txt"), { company: "Acme" });
    expect(input.values[2]!.description).toBe(
      "You are concise and articulate in speech and writing. You listen well and seek to understand before reacting, and you stay calm under pressure.",
    );
    const nested = readValueSet(fixture("intro-and-nested.md"), { company: "Acme" });
    expect(nested.input.values[0]!.description).toBe(
      'Treat company money like your own.\nNever say "that\'s not my job".',
    );
  });

  it("uses the name given, and keys unique within the set", () => {
    const text = "- **Grit** — Keep going.\n- **Grit!** — Again.\n- **Çà & là** — Accents.";
    const { input } = readValueSet(text, { company: "Acme", name: "Field values" });
    expect(input.name).toBe("Field values");
    expect(input.values.map((v) => v.key)).toEqual(["grit", "grit-2", "ca-and-la"]);
    expect(slug("  Customer Obsession!  ")).toBe("customer-obsession");
  });

  it("repairs mis-decoded text", () => {
    const { input } = readValueSet("- **Donâ€™t settle** â€” Raise the bar.", { company: "A" });
    expect(input.values.map((v) => [v.name, v.description])).toEqual([
      ["Don’t settle", "Raise the bar."],
    ]);
  });

  it("reads no values from prose", () => {
    const { input, warnings } = readValueSet(
      "We are a company that cares about many things, and we write long sentences about them.",
      { company: "A" },
    );
    expect(input.values).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});

describe("reading any pasted text", () => {
  const pieces = [
    "## Our values",
    "# Title",
    "- **Ownership** — Leaders are owners.",
    "1. Bias for Action: Speed matters.",
    "* Earn trust",
    "    * Admit mistakes.",
    "Courage",
    "We make hard decisions.",
    "and keep going",
    "| Value | Meaning |",
    "|---|---|",
    "| Care | We look after people. |",
    "---",
    "===",
    "**:**",
    "> quoted **Grit** - keep going",
    "🚀 **Ship it** — Small releases.",
    "[Careers](https://x.example)",
    "Thanks,",
    "中文价值观：用户至上",
    "\t  ",
    "",
  ];
  it("places or reports every line of 300 generated texts, and never throws", () => {
    let texts = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 })), {
          maxLength: 30,
        }),
        (parts) => {
          texts++;
          const text = parts.join("\n");
          const { input, lines, warnings } = readValueSet(text, { company: "Acme" });
          const covered = (n: number) =>
            [...lines, ...warnings].some((range) => range.line <= n && n <= range.endLine);
          const lost = textLines(text).filter((n) => !covered(n));
          expect(lost).toEqual([]);
          expect(new Set(input.values.map((v) => v.key)).size).toBe(input.values.length);
          for (const value of input.values) expect(value.key).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
    expect(texts).toBe(300);
  });
});
