import { createPublicKey } from "node:crypto";
import {
  type CoreConfig,
  DEFAULT_JWT_ALGORITHMS,
  type JwtConfig,
  readConfig,
} from "@storybank/core/config";
import { Resource } from "sst";

/** The resources infra/ links to the functions, as SST hands them over. */
export interface Links {
  Table: { name: string };
  JwtIssuer: { value: string };
  JwtAudience: { value: string };
  /** A PEM public key (SPKI), or the https URL of a JWKS. */
  JwtKey: { value: string };
}

/**
 * The functions' configuration, read once per container: on Lambda from the linked resources
 * (the table and the JWT secrets), elsewhere (tests, the cold-start benchmark) from the
 * environment, as the local server reads it.
 */
export function lambdaConfig(links: object = Resource): CoreConfig {
  const base = readConfig();
  if (!("Table" in links)) return base;
  const linked = links as Links;
  return { ...base, table: linked.Table.name, jwt: jwtConfig(linked) };
}

function jwtConfig(links: Links): JwtConfig {
  const key = links.JwtKey.value.trim();
  const issuer = links.JwtIssuer.value;
  const audience = links.JwtAudience.value;
  if (/^https:\/\//i.test(key)) {
    return { issuer, audience, jwksUrl: key, algorithms: DEFAULT_JWT_ALGORITHMS };
  }
  return { issuer, audience, publicKeyPem: key, algorithms: [algorithmOf(key)] };
}

const curves: Record<string, string> = {
  prime256v1: "ES256",
  secp384r1: "ES384",
  secp521r1: "ES512",
};

/** A single public key verifies one algorithm: the one its type names. */
function algorithmOf(pem: string): string {
  const key = createPublicKey(pem);
  const type = key.asymmetricKeyType;
  if (type === "rsa") return "RS256";
  if (type === "rsa-pss") return "PS256";
  if (type === "ed25519") return "EdDSA";
  const curve = type === "ec" ? curves[key.asymmetricKeyDetails?.namedCurve ?? ""] : undefined;
  if (curve) return curve;
  throw new Error(
    `JwtKey is a ${type ?? "unknown"} key; use an RSA, EC (P-256/384/521) or Ed25519 key.`,
  );
}
