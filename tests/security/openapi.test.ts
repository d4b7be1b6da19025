import SwaggerParser from "@apidevtools/swagger-parser";
import { Spectral, Document } from "@stoplight/spectral-core";
import { Json } from "@stoplight/spectral-parsers";
import { oas } from "@stoplight/spectral-rulesets";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "../support/harness.ts";
import { responseValidator } from "../support/openapi.ts";

let h: Harness;
let spec: any;
beforeAll(async () => {
  h = await harness();
  spec = await (await h.app.request("/openapi.json")).json();
});

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const api = (await SwaggerParser.validate(structuredClone(spec))) as { openapi?: string };
    expect(api.openapi).toBe("3.1.0");
  });

  it("lints clean with Spectral's OpenAPI ruleset", async () => {
    const spectral = new Spectral();
    spectral.setRuleset(oas as any);
    const results = await spectral.run(new Document(JSON.stringify(spec), Json));
    const findings = results.map((r) => `${r.code} at ${r.path.join(".")}: ${r.message}`);
    expect(findings).toEqual([]);
  });

  it("documents exactly the routes the app serves", () => {
    const documented = new Set(
      Object.entries<any>(spec.paths).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const served = new Set(
      h.app.routes
        .filter((r) => r.method !== "ALL" && r.path.startsWith("/v1/"))
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    expect([...served].sort()).toEqual([...documented].filter((r) => r.includes(" /v1/")).sort());
  });

  it("catches a response that strays from its schema", () => {
    const validate = responseValidator(spec);
    const story = { id: "sty_x", title: "t" };
    expect(() => validate("GET", "/v1/stories/sty_x", 200, "application/json", story)).toThrow(
      /does not match/,
    );
    expect(() =>
      validate("GET", "/v1/stories/sty_x", 404, "application/problem+json", { title: 1 }),
    ).toThrow(/Problem/);
    expect(() => validate("GET", "/v1/stories/sty_x", 418, "application/json", {})).toThrow(
      /does not document/,
    );
  });
});
