import * as Story from "@storybank/core/story";
import * as Target from "@storybank/core/target";
import * as ValueSet from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { madeAt, storyInfo, targetInfo, valueSetInfo } from "./support/factories.ts";

describe("test factories", () => {
  it("make a story the story schema accepts, with what was given and empty defaults", () => {
    const story = storyInfo({ title: "Pace", refined: "Too short." }, { version: 3 });
    expect(Story.Info.parse(story)).toEqual(story);
    expect(story).toMatchObject({ id: "sty_test", title: "Pace", version: 3, createdAt: madeAt });
    expect(story.refined).toBe("Too short.");
    expect(story.actions).toEqual([]);
    expect(story.progress.practiceCount).toBe(0);
  });

  it("make a target and a value set their schemas accept", () => {
    const target = targetInfo({ company: "Netflix" }, { id: "tgt_netflix" });
    expect(Target.Info.parse(target)).toEqual(target);
    expect(target).toMatchObject({ id: "tgt_netflix", company: "Netflix", valueSetIds: [] });
    const set = valueSetInfo();
    expect(ValueSet.Info.parse(set)).toEqual(set);
    expect(set.values).toEqual([
      expect.objectContaining({ key: "customer-obsession", aliases: [], keywords: [] }),
    ]);
  });

  it("refuse what the schemas refuse", () => {
    expect(() => targetInfo({ company: " " })).toThrow();
    expect(() => valueSetInfo({ values: [] })).toThrow();
  });
});
