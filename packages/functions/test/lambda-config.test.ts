import { DEFAULT_JWT_ALGORITHMS } from "@storybank/core/config";
import { describe, expect, it } from "vitest";
import { lambdaConfig } from "../src/lambda/config.ts";

const links = (key: string) => ({
  Table: { name: "storybank-prod-TableTable-abc" },
  JwtIssuer: { value: "https://issuer.example/" },
  JwtAudience: { value: "storybank" },
  JwtKey: { value: key },
});

describe("lambdaConfig", () => {
  it("reads the linked table and JWT secrets on Lambda", () => {
    const pem = "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n";
    const config = lambdaConfig(links(pem));
    expect(config.table).toBe("storybank-prod-TableTable-abc");
    expect(config.jwt).toEqual({
      issuer: "https://issuer.example/",
      audience: "storybank",
      publicKeyPem: pem.trim(),
      algorithms: DEFAULT_JWT_ALGORITHMS,
    });
  });

  it("takes an https JwtKey as the issuer's JWKS", () => {
    const config = lambdaConfig(links(" https://issuer.example/.well-known/jwks.json\n"));
    expect(config.jwt).toMatchObject({ jwksUrl: "https://issuer.example/.well-known/jwks.json" });
    expect(config.jwt?.publicKeyPem).toBeUndefined();
  });

  it("falls back to the environment when nothing is linked", () => {
    const config = lambdaConfig({});
    expect(config.table).toBe(process.env.STORYBANK_TABLE || "storybank");
    expect(config.jwt).toBeUndefined();
  });
});
