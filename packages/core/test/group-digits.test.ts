import { groupDigits } from "@storybank/core/util";
import { describe, expect, it } from "vitest";

describe("groupDigits", () => {
  it("sets off thousands with commas, as en-US does, for every size", () => {
    for (const value of [0, 7, 999, 1_000, 12_345, 300_000, 1_000_000, 987_654_321, 2 ** 40]) {
      expect(groupDigits(value)).toBe(value.toLocaleString("en-US"));
    }
  });

  it("keeps the sign of a negative number", () => {
    expect(groupDigits(-1_234_567)).toBe("-1,234,567");
  });
});
