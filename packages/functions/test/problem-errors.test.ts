import { capFieldErrors, maxFieldErrors } from "@storybank/core/error";
import { describe, expect, it } from "vitest";
import { problemBody } from "../src/rest/problem.ts";

describe("a problem's field errors", () => {
  const errors = Array.from({ length: 95_000 }, (_, i) => ({
    path: `stories.${i}.title`,
    message: "Invalid input",
  }));

  it("lists at most 100, and counts the rest in one last entry", () => {
    const body = problemBody(400, "invalid_input", "The request did not pass validation.", errors);
    expect(body.errors).toHaveLength(maxFieldErrors + 1);
    expect(body.errors![0]).toEqual(errors[0]);
    expect(body.errors![maxFieldErrors]).toEqual({
      path: "stories.100.title",
      message: "…and 94900 more errors like these.",
    });
    expect(JSON.stringify(body).length).toBeLessThan(10_000);
  });

  it("leaves a short list as it is", () => {
    expect(capFieldErrors(errors.slice(0, 3))).toEqual(errors.slice(0, 3));
    expect(problemBody(400, "invalid_input", "x", []).errors).toBeUndefined();
  });
});
