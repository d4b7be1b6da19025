import * as Sheet from "@storybank/core/cheatsheet";
import { checkStory } from "@storybank/core/check";
import {
  companyWords,
  sameCompany,
  sameTitle,
  sameValueName,
  titleKey,
  valueKeyOf,
  valueSlug,
} from "@storybank/core/identity";
import { resolveValues } from "../src/importer/values.ts";
import type * as Story from "@storybank/core/story";
import { describe, expect, it } from "vitest";
import { storyInfo, targetInfo } from "./support/factories.ts";

describe("titles", () => {
  it("are the same title across case, Unicode form, quote style and spacing", () => {
    expect(titleKey("  Cut P95  “latency”\tby ’80%’ ")).toBe(`cut p95 "latency" by '80%'`);
    expect(sameTitle("Ｓtreaming  shipment tracking", "streaming shipment TRACKING")).toBe(true);
    expect(sameTitle("Café rewrite", "Cafe\u0301 rewrite")).toBe(true);
  });

  it("differ in any word", () => {
    expect(sameTitle("Streaming shipment tracking", "Streaming shipment tracking v2")).toBe(false);
    expect(sameTitle("Led the migration", "Led a migration")).toBe(false);
  });
});

describe("companies", () => {
  it("are read as words, punctuation aside", () => {
    expect(companyWords("Stripe, Inc.")).toEqual(["stripe", "inc"]);
    expect(companyWords("amazon.com")).toEqual(["amazon", "com"]);
    expect(companyWords("  McDonald’s ")).toEqual(["mcdonalds"]);
    expect(companyWords(" — ")).toEqual([]);
  });

  it("name the same company when one's words begin the other's", () => {
    const same: [string, string][] = [
      ["Amazon", "Amazon Web Services"],
      ["Amazon Web Services", "amazon"],
      ["Amazon", "amazon.com"],
      ["Stripe", "Stripe, Inc."],
      ["Google", "GOOGLE"],
      ["Société Générale", "SOCIÉTÉ GÉNÉRALE"],
      ["Nestle", "Nestlé S.A."],
      ["Meta", "Meta Platforms"],
    ];
    for (const [a, b] of same) expect(sameCompany(a, b), `${a} ~ ${b}`).toBe(true);
  });

  it("differ on a different word, part of a word, or a blank", () => {
    const different: [string, string][] = [
      ["Amazon", "Amazonas Bank"],
      ["Amazon Web Services", "Amazon Prime Video"],
      ["Web Services", "Amazon Web Services"],
      ["Stripe", "Netflix"],
      ["", "Stripe"],
      ["", ""],
      ["  ", "Amazon"],
    ];
    for (const [a, b] of different) expect(sameCompany(a, b), `${a} ≁ ${b}`).toBe(false);
  });
});

describe("value names", () => {
  const values = [
    { key: "customer-obsession", name: "Customer Obsession", aliases: ["Customer first"] },
    { key: "have-backbone", name: "Have Backbone; Disagree and Commit", aliases: ["Backbone"] },
    { key: "ownership", name: "Ownership", aliases: ["Customer Obsession"] },
    { key: "ownership-2", name: "Ownership" },
  ];

  it("are the same words across case, punctuation and hyphens", () => {
    expect(sameValueName("customer-obsession", "Customer Obsession")).toBe(true);
    expect(sameValueName("Bias for Action!", "bias for action")).toBe(true);
    expect(sameValueName("Earn Trust", "Earns Trust")).toBe(false);
    expect(valueSlug("Learn & Be Curious")).toBe("learn-be-curious");
  });

  it("find a value by name, alias or key, a name before another value's alias", () => {
    expect(valueKeyOf(values, "CUSTOMER OBSESSION")).toBe("customer-obsession");
    expect(valueKeyOf(values, "customer first")).toBe("customer-obsession");
    expect(valueKeyOf(values, "Backbone")).toBe("have-backbone");
    expect(valueKeyOf(values, "have backbone")).toBe("have-backbone");
    expect(valueKeyOf(values, "Ownership")).toBe("ownership");
    expect(valueKeyOf(values, "Frugality")).toBeUndefined();
  });
});

describe("the story check and the cheat sheet agree on the company", () => {
  const story = (company: string): Story.Info =>
    storyInfo(
      {
        title: "Streaming shipment tracking",
        headline: "P95 freshness 38 min → 70 s",
        connections: [{ company, text: "Event pipelines at this scale are daily work there." }],
      },
      { id: "sty_aws" },
    );
  const target = (company: string) => targetInfo({ company, role: "Staff engineer" });
  const sheetConnection = (s: Story.Info, company: string) =>
    Sheet.build({
      target: target(company),
      valueSets: [],
      stories: [s],
      tailoring: { values: [], selected: [s.id], questions: [] },
    }).cards[0]?.connection ?? null;
  const checkFinds = (s: Story.Info, company: string) =>
    checkStory(s, { target: target(company) }).findings.some(
      (f) => f.code === "connection_missing",
    );

  it.each([
    ["Amazon", "Amazon Web Services", true],
    ["Amazon Web Services", "Amazon", true],
    ["amazon.com", "Amazon", true],
    ["Amazon", "Amazonas Bank", false],
    ["Amazon", "Netflix", false],
  ])("target %s, connection for %s: found %s by both", (targetCompany, company, found) => {
    const s = story(company);
    expect(checkFinds(s, targetCompany)).toBe(!found);
    expect(sheetConnection(s, targetCompany)?.company ?? null).toBe(found ? company : null);
  });
});

describe("the importer finds a document's value set by the company rule", () => {
  const sets = [
    { id: "amazon-lp", company: "Amazon", values: [{ key: "ownership", name: "Ownership" }] },
    { id: "stripe", company: "Stripe", values: [{ key: "users-first", name: "Users first" }] },
  ];

  it("takes a division's document to the company's set, and no other company's", () => {
    expect(resolveValues(sets, "Amazon Web Services", ["Ownership", "Users first"])).toEqual({
      links: [{ valueSetId: "amazon-lp", valueKey: "ownership" }],
      unknown: ["Users first"],
    });
  });
});
