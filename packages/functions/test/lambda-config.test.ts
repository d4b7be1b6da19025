import { generateKeyPairSync } from "node:crypto";
import { DEFAULT_JWT_ALGORITHMS } from "@storybank/core/config";
import { describe, expect, it } from "vitest";
import { lambdaConfig } from "../src/lambda/config.ts";

const links = (key: string) => ({
  Table: { name: "storybank-prod-TableTable-abc" },
  JwtIssuer: { value: "https://issuer.example/" },
  JwtAudience: { value: "storybank" },
  JwtKey: { value: key },
});

const spki = (pair: { publicKey: { export(o: object): string | Buffer } }) =>
  String(pair.publicKey.export({ type: "spki", format: "pem" }));

describe("lambdaConfig", () => {
  it("reads the linked table and JWT secrets on Lambda", () => {
    const pem = spki(generateKeyPairSync("rsa", { modulusLength: 2048 }));
    const config = lambdaConfig(links(`${pem}\n`));
    expect(config.table).toBe("storybank-prod-TableTable-abc");
    expect(config.jwt).toEqual({
      issuer: "https://issuer.example/",
      audience: "storybank",
      publicKeyPem: pem.trim(),
      algorithms: ["RS256"],
    });
  });

  it.each([
    ["EC P-256", () => generateKeyPairSync("ec", { namedCurve: "P-256" }), "ES256"],
    ["EC P-384", () => generateKeyPairSync("ec", { namedCurve: "P-384" }), "ES384"],
    ["Ed25519", () => generateKeyPairSync("ed25519"), "EdDSA"],
  ])("verifies a %s key with its own algorithm", (_name, pair, algorithm) => {
    expect(lambdaConfig(links(spki(pair()))).jwt?.algorithms).toEqual([algorithm]);
  });

  it("refuses a key that cannot sign JWTs", () => {
    const pem = spki(generateKeyPairSync("x25519"));
    expect(() => lambdaConfig(links(pem))).toThrow(/x25519/);
  });

  it("takes an https JwtKey as the issuer's JWKS", () => {
    const config = lambdaConfig(links(" https://issuer.example/.well-known/jwks.json\n"));
    expect(config.jwt).toMatchObject({
      jwksUrl: "https://issuer.example/.well-known/jwks.json",
      algorithms: DEFAULT_JWT_ALGORITHMS,
    });
    expect(config.jwt?.publicKeyPem).toBeUndefined();
  });

  it("falls back to the environment when nothing is linked", () => {
    const config = lambdaConfig({});
    expect(config.table).toBe(process.env.STORYBANK_TABLE || "storybank");
    expect(config.jwt).toBeUndefined();
  });
});
