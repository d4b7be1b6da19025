import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { fromLightweightMarkup } from "../src/importer/lightweight.ts";

const stories = (text: string) => readMarkdown(text, builtIns).stories.map((story) => story.input);

describe("story documents in other lightweight markup", () => {
  it("reads Org mode: the state keyword and tags apart from the title as tags, properties as labels", () => {
    const [first, second] = stories(
      [
        "#+TITLE: Stories",
        "",
        "* DONE Cutting the cloud bill :cost:ownership:",
        "  :PROPERTIES:",
        "  :COMPANY:  Larchwood",
        "  :END:",
        "** Situation",
        "   Our AWS bill had doubled in a year.",
        "** Action",
        "   - tagged every resource by team",
        "** Result",
        "   The bill fell 31% in a quarter.",
        "* TODO Mentoring a new analyst",
        "** Situation",
        "   A new analyst was drowning in requests.",
        "** Result",
        "   She ran the weekly report alone after a month.",
      ].join("\n"),
    );
    expect(first?.title).toBe("Cutting the cloud bill");
    expect(first?.tags).toEqual(["done", "cost", "ownership"]);
    expect(first?.context?.company).toBe("Larchwood");
    expect(first?.situation).toBe("Our AWS bill had doubled in a year.");
    expect(first?.results?.[0]?.points).toEqual(["The bill fell 31% in a quarter."]);
    expect(second?.title).toBe("Mentoring a new analyst");
    expect(second?.tags).toEqual(["todo"]);
  });

  it("reads AsciiDoc headings and labelled lists", () => {
    const [story] = stories(
      [
        "= Interview bank",
        "",
        "== The vendor that missed its SLAs",
        "",
        "Situation::",
        "Our vendor missed its uptime target three months running.",
        "Action::",
        "* Mapped each outage to lost appointments",
        "Result::",
        "Uptime went from 97.1% to 99.8%.",
        "",
        "== Launching referrals",
        "",
        "Situation:: Sign-ups had stalled.",
        "Result:: Referrals brought 18% of new accounts.",
      ].join("\n"),
    );
    expect(story?.title).toBe("The vendor that missed its SLAs");
    expect(story?.actions?.[0]?.points).toEqual(["Mapped each outage to lost appointments"]);
    expect(story?.results?.[0]?.points).toEqual(["Uptime went from 97.1% to 99.8%."]);
  });

  it("names the AsciiDoc lines that only set formatting in a warning, never in a story", () => {
    const { stories: read, warnings } = readMarkdown(
      [
        "= Warehouse stories",
        ":toc:",
        ":icons: font",
        ":sectnums!:",
        "",
        "== Dock congestion",
        "",
        "[horizontal]",
        "Company:: Bramble Logistics",
        "",
        "Situation::",
        "Trailers waited 6.5 hours for a door.",
        "",
        "[appendix]",
        "== Numbers",
        "",
        "Dwell time fell to 2.1 h.",
      ].join("\n"),
      builtIns,
    );
    expect(read[0]?.input.title).toBe("Dock congestion");
    expect(read[0]?.input.context?.company).toBe("Bramble Logistics");
    expect(JSON.stringify(read.map((story) => story.input))).not.toMatch(
      /horizontal|icons|appendix/,
    );
    const formatting = warnings.find((warning) => /formatting only/.test(warning.message));
    expect(formatting?.message).toContain(":icons: font, :sectnums!:, [horizontal], [appendix]");
    expect([formatting?.line, formatting?.endLine]).toEqual([2, 14]);
  });

  it("reads a MediaWiki page: closed headings, quoted bold labels, numbered lists", () => {
    const { stories: read, warnings } = readMarkdown(
      [
        "{{User page|owner=Ines}}",
        "__TOC__",
        "== Stories ==",
        "=== The night the freezer failed ===",
        "'''Situation:''' The walk-in freezer at our kitchen died on a Friday night.",
        "'''Actions:'''",
        "# Moved the stock to two neighbours' freezers",
        "# Rewrote the weekend menu around what had to be used",
        "'''Result:''' We lost £140 of stock instead of £3,000.",
        "=== The apprentice who nearly left ===",
        "{{stub}}",
        "'''Situation:''' A commis chef handed in her notice after a month.",
        "[[Category:Interview prep]]",
      ].join("\n"),
      builtIns,
    );
    expect(read.map((story) => story.input.title)).toEqual([
      "The night the freezer failed",
      "The apprentice who nearly left",
    ]);
    expect(read[0]?.input.actions?.flatMap((s) => s.points)).toEqual([
      "Moved the stock to two neighbours' freezers",
      "Rewrote the weekend menu around what had to be used",
    ]);
    expect(read[0]?.input.results?.[0]?.points).toEqual([
      "We lost £140 of stock instead of £3,000.",
    ]);
    const formatting = warnings.find((warning) => /formatting only/.test(warning.message));
    expect(formatting?.message).toContain("__TOC__, {{stub}}, [[Category:Interview prep]]");
  });

  it("reads reStructuredText titles ranked by their adornment, fields as labels", () => {
    const read = stories(
      [
        "==========",
        " Stories",
        "==========",
        "",
        "Pipeline rewrite",
        "================",
        "",
        ":Company: Marrowgate",
        "",
        "Situation",
        "^^^^^^^^^",
        "The nightly job took 7 hours.",
        "",
        "Result",
        "^^^^^^",
        "It runs in 52 minutes.",
        "",
        "Data quality incident",
        "=====================",
        "",
        "Situation",
        "^^^^^^^^^",
        "A feed doubled every order.",
      ].join("\n"),
    );
    expect(read.map((story) => story.title)).toEqual(["Pipeline rewrite", "Data quality incident"]);
    expect(read[0]?.context?.company).toBe("Marrowgate");
    expect(read[0]?.situation).toBe("The nightly job took 7 hours.");
  });

  it("keeps line numbers and leaves Markdown alone", () => {
    const org = "* DONE A :x:\n** Situation\n   text\n* B\n";
    expect(fromLightweightMarkup(org).text.split("\n")).toHaveLength(org.split("\n").length);
    const markdown = "Title one\n=========\n\ntext\n\nTitle two\n---------\n\n* a\n* b\n";
    expect(fromLightweightMarkup(markdown).text).toBe(markdown);
  });
});
