import { readFileSync } from "node:fs";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";

const examples = new URL("./import-fixtures/", import.meta.url);
const example = (name: string) => readFileSync(new URL(name, examples), "utf8");
const read = (name: string) => readMarkdown(example(name), builtIns);

/** Warnings that fall inside a story's lines: text of a story the importer could not place. */
const insideStories = (result: ReturnType<typeof read>) =>
  result.warnings.filter((w) =>
    result.stories.some((s) => w.line >= s.line && w.line <= s.endLine),
  );

describe("staff-star-stories.md", () => {
  const result = read("staff-star-stories.md");
  const [tracking, leak, team, migration] = result.stories.map((s) => s.input);

  it("reads all four stories and places every part of each", () => {
    expect(result.stories.map((s) => s.input.title)).toEqual([
      "SHIPMENT TRACKING PIPELINE",
      "LEAKED PARTNER SIGNING KEY",
      "BUILDING THE PLATFORM TEAM",
      "FAILED ORDER-DATABASE MIGRATION",
    ]);
    expect(insideStories(result)).toEqual([]);
    for (const { input } of result.stories) {
      for (const field of ["tags", "headline", "questions", "situation", "task"] as const) {
        expect(input[field], `${input.title}: ${field}`).toBeTruthy();
      }
      for (const field of ["actions", "results", "lessons", "differently"] as const) {
        expect(input[field], `${input.title}: ${field}`).toBeTruthy();
      }
    }
    expect([team?.takeaway, migration?.takeaway].every(Boolean)).toBe(true);
  });

  it("splits the headline number off the title and reads tags and kind", () => {
    expect(tracking?.headline).toBe("P95 FRESHNESS 38 MIN → 70 SEC");
    expect(tracking?.tags).toEqual(["Technical Achievement", "Data Engineering", "Performance"]);
    expect(result.stories.map((s) => s.input.kind)).toEqual([
      "achievement",
      "leadership",
      "team",
      "failure",
    ]);
  });

  it("reads question variants without their quotes, and adds the mapped questions", () => {
    expect(tracking?.questions?.slice(0, 3)).toEqual([
      "Tell me about the technical win you’re proudest of",
      "Describe a time you made a slow system dramatically faster",
      "Walk me through a performance problem you diagnosed end to end",
    ]);
    expect(tracking?.questions).toContain("Proudest technical achievement");
    expect(leak?.questions).toContain("Decision with incomplete information");
    // "Story 1 (Event contract) or Story 4 (DC managers)" maps to both.
    expect(tracking?.questions).toContain("Influenced teams you didn’t manage");
    expect(migration?.questions).toContain("Influenced teams you didn’t manage");
    expect(team?.questions).toHaveLength(6);
  });

  it("reads situation and task prose, numbered actions and headed results", () => {
    expect(tracking?.situation).toMatch(/^At Kestrel Freight in 2021, every carrier scan/);
    expect(tracking?.situation).toMatch(/renewal contracts\.$/);
    expect(leak?.task).toMatch(/^I was the weekend incident commander/);
    expect(tracking?.actions?.[0]).toEqual({
      points: ["I started from measurement rather than from a favorite technology:"],
    });
    expect(tracking?.actions?.[1]?.heading).toBe("Found Where the Minutes Went (Weeks 1–2)");
    expect(tracking?.actions?.[1]?.points).toHaveLength(4);
    expect(migration?.actions).toHaveLength(5);
    expect(migration?.actions?.[2]?.points[0]).toBe(
      "Collation: 7% of SKUs had mixed-case codes that only matched because of MySQL’s default collation",
    );
    expect(tracking?.results?.map((r) => r.heading)).toEqual([
      "📉 Freshness: 38 Minutes → 70 Seconds at p95",
      "💰 Fewer Tickets, Smaller Bill",
      "⚡ Peak Season Without Pages",
      "📚 Pattern Reused Elsewhere",
    ]);
    expect(tracking?.results?.[1]?.points[0]).toBe(
      "Tracking tickets dropped from about 9,000 to 3,100 a month (−66%)",
    );
  });

  it("keeps numbered lessons and reflections as numbered lines", () => {
    expect(migration?.lessons?.split("\n")).toEqual([
      expect.stringMatching(/^1\. Design the Way Back First: A migration without/),
      expect.stringMatching(/^2\. Test With Ugly Data: /),
      expect.stringMatching(/^3\. Gate on What Users Do: /),
    ]);
    expect(migration?.differently).toMatch(/^1\. Call the Rollback Sooner: .*\n2\. Bring /s);
    expect(team?.takeaway).toBe(
      "A team is built when it stops needing you — I measure my part by the 11 responsibilities I gave away, not the 7 offers I signed off.",
    );
  });

  it("warns, with lines, about the parts that are not stories", () => {
    const lines = result.warnings.map((w) => w.line);
    expect(lines).toEqual(expect.arrayContaining([1, 2, 8, 15, 320, 334]));
    const tips = result.warnings.find((w) => w.line === 334);
    expect(tips?.message).toContain("TIPS FOR DELIVERY");
    expect(tips?.endLine).toBeGreaterThan(340);
  });
});

describe("four-power-stories-stripe.md", () => {
  const result = read("four-power-stories-stripe.md");
  const [risk, conflict, learning, team] = result.stories.map((s) => s.input);

  it("reads all four stories, leaving out only the template's italic prompts", () => {
    expect(result.stories.map((s) => [s.input.title, s.input.kind])).toEqual([
      ["The Risk Story", "risk"],
      ["The Conflict Story", "conflict"],
      ["The Learning Story", "learning"],
      ["The Team Story", "team"],
    ]);
    const inside = insideStories(result);
    expect(inside.map((w) => w.line)).toEqual([77, 199]);
    expect(inside.every((w) => w.message.includes("italic prompt"))).toBe(true);
  });

  it("links the Stripe Values line to the stripe-2025 value keys", () => {
    expect(risk?.values).toEqual([
      { valueSetId: "stripe-2025", valueKey: "move-with-urgency-and-focus" },
      { valueSetId: "stripe-2025", valueKey: "users-first" },
      { valueSetId: "stripe-2025", valueKey: "resilient" },
    ]);
    expect(conflict?.values?.map((v) => v.valueKey)).toEqual([
      "be-meticulous-in-your-craft",
      "seek-feedback",
      "humble",
    ]);
    expect(learning?.values).toHaveLength(3);
    expect(team?.values).toHaveLength(3);
  });

  it("reads the free write and the refined version without its quotes", () => {
    expect(risk?.draft).toMatch(/^At Skylark Travel our booking service retried/);
    expect(conflict?.draft).toMatch(/^When Skylark added multi-currency pricing/);
    expect(risk?.refined).toMatch(/^At Skylark Travel, about one booking in 250/);
    expect(risk?.refined).toMatch(/with guardrails\.$/);
  });

  it("reads the extraction Q&A in both answer styles and the Stripe connection", () => {
    expect(risk?.analysis?.[0]).toEqual({
      section: "Context Questions",
      question: "Where were you, and when was this?",
      answer: "Skylark Travel, summer 2023",
    });
    expect(risk?.analysis).toHaveLength(15);
    expect(conflict?.analysis?.[0]).toEqual({
      section: "Context Questions",
      question: "When and where did the disagreement happen?",
      answer: "Skylark Travel, spring 2024, the multi-currency pricing launch",
    });
    expect(new Set(learning?.analysis?.map((a) => a.section))).toEqual(
      new Set([
        "Context Questions",
        "Learning Gap Analysis",
        "Learning Strategy",
        "Application & Results",
        "Stripe Connection",
      ]),
    );
    expect(risk?.connections).toEqual([
      {
        company: "Stripe",
        text: "I wouldn't let a known user harm sit for a quarter, but kept the change to the two things that fixed it.",
      },
      {
        company: "Stripe",
        text: "Idempotent retries and authorize-then-capture are Stripe primitives; I've built on them from the merchant side.",
      },
    ]);
  });

  it("reads hooks, delivery guidance, follow-ups and coaching notes", () => {
    expect(risk?.hooks).toEqual([
      "One booking in 250 was charging people twice...",
      "The safe call was to wait three months. I didn't.",
    ]);
    expect(risk?.delivery?.pacing).toMatch(/^Quick setup, slow on "three more months/);
    expect(risk?.delivery?.tone).toBe(
      "Matter-of-fact about the bug → Serious about the risk → Quietly confident on the numbers",
    );
    expect(risk?.delivery?.keyWords).toEqual([
      "idempotency",
      "kill switch",
      "2% of traffic",
      "1 in 40,000",
      "conversion held flat",
    ]);
    expect(team?.delivery?.keyWords?.at(-1)).toBe("cut call volume in half (or whatever is true)");
    expect(risk?.followUps).toEqual([
      {
        question: "If Asked About the Rollback Plan",
        answer: expect.stringMatching(/^The kill switch sent traffic back.*first ramp\.$/),
      },
    ]);
    expect(learning?.followUps?.map((f) => f.question)).toEqual([
      "If asked about the hardest concept",
      "If asked about the ledger design",
    ]);
    expect(team?.followUps).toHaveLength(2);
    expect(learning?.coachingNotes).toHaveLength(3);
    expect(team?.coachingNotes?.[1]).toBe(
      "Maybe mention the pizza in the spoken version too? It makes it human",
    );
  });

  it("reads the progress table into each story", () => {
    expect(risk?.progress).toEqual({
      drafted: true,
      analyzed: true,
      refined: true,
      timedSeconds: 58,
      practiceCount: 5,
    });
    expect(conflict?.progress).toMatchObject({ timedSeconds: 55 });
    expect(conflict?.progress?.practiceCount).toBeUndefined();
    expect(team?.progress).toMatchObject({ drafted: true, timedSeconds: null });
  });

  it("warns about the instructions, the tips and the goal", () => {
    const lines = result.warnings.map((w) => w.line);
    expect(lines).toEqual(expect.arrayContaining([1, 270, 302]));
  });
});

describe("the mojibake copy", () => {
  it("imports to exactly what the clean document imports to", () => {
    const clean = read("staff-star-stories.md");
    const garbled = read("staff-star-stories-mojibake.md");
    expect(example("staff-star-stories-mojibake.md")).not.toBe(example("staff-star-stories.md"));
    expect(garbled).toEqual(clean);
    expect(JSON.stringify(garbled)).toContain("📉 Freshness: 38 Minutes → 70 Seconds at p95");
  });
});
