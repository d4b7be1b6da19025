import { checkStory } from "@storybank/core/check";
import type * as Story from "@storybank/core/story";
import { describe, expect, it } from "vitest";
import { counted } from "../src/check/wording.ts";
import { storyInfo as story } from "./support/factories.ts";

const messageOf = (s: Story.Info, code: string) =>
  checkStory(s).findings.find((f) => f.code === code)?.message;

describe("counts in the story check's messages", () => {
  it("say one thing in the singular and more in the plural", () => {
    expect(counted(1, "sentence")).toBe("1 sentence");
    expect(counted(0, "sentence")).toBe("0 sentences");
    expect(counted(4, "action point")).toBe("4 action points");
  });

  it("read right for one sentence, one point and one word", () => {
    const one = story({
      title: "One of each",
      situation: "The nightly batch missed its window.",
      task: "I owned the fix. I had two weeks. I told my manager so.",
      actions: [{ points: ["I moved the batch to a stream."] }],
      results: [{ points: ["Freshness went from 38 minutes to 70 s."] }],
      draft: "Streaming.",
    });
    expect(messageOf(one, "situation_length")).toBe(
      "The situation runs 1 sentence; 2–3 set the stakes.",
    );
    expect(messageOf(one, "task_length")).toBe(
      "The task runs 3 sentences; 1–2 say what was yours.",
    );
    expect(messageOf(one, "actions_count")).toBe(
      "1 action point; 4–5 grouped points tell it best.",
    );
    expect(messageOf(one, "results_count")).toBe("1 result point; 3–4 land best.");
    expect(messageOf(one, "draft_length")).toBe("The draft is 1 word; aim for 150–200.");
  });

  it("reads right when only a one-word draft tells the story", () => {
    const draftOnly = story({ title: "Draft only", draft: "Streaming." });
    expect(messageOf(draftOnly, "refined_missing")).toMatch(
      /^No refined version: cut the draft's 1 word to a 45–60 s telling/,
    );
  });
});
