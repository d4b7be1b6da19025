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
  const isUrl = /^https:\/\//i.test(key);
  return {
    issuer: links.JwtIssuer.value,
    audience: links.JwtAudience.value,
    ...(isUrl ? { jwksUrl: key } : { publicKeyPem: key }),
    algorithms: DEFAULT_JWT_ALGORITHMS,
  };
}
