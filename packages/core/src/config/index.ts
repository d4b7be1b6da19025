/** Configuration of the core, read once from the environment. */
export interface CoreConfig {
  table: string;
  region: string;
  /** DynamoDB endpoint; unset on AWS, the embedded store's address locally. */
  endpoint: string | undefined;
  jwt: JwtConfig | undefined;
}

export interface JwtConfig {
  issuer: string;
  audience: string;
  publicKeyPem?: string;
  jwksUrl?: string;
  algorithms: string[];
}

export const DEFAULT_JWT_ALGORITHMS = ["RS256", "PS256", "ES256", "EdDSA"];

export function readConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  return {
    table: env.STORYBANK_TABLE || "storybank",
    region: env.AWS_REGION || "us-east-1",
    endpoint: env.STORYBANK_DYNAMODB_ENDPOINT || undefined,
    jwt: readJwtConfig(env),
  };
}

function readJwtConfig(env: NodeJS.ProcessEnv): JwtConfig | undefined {
  const issuer = env.STORYBANK_JWT_ISSUER;
  const audience = env.STORYBANK_JWT_AUDIENCE;
  const publicKeyPem = env.STORYBANK_JWT_PUBLIC_KEY;
  const jwksUrl = env.STORYBANK_JWKS_URL;
  if (!issuer || !audience || (!publicKeyPem && !jwksUrl)) return undefined;
  const algorithms = env.STORYBANK_JWT_ALGORITHMS
    ? env.STORYBANK_JWT_ALGORITHMS.split(",").map((a) => a.trim())
    : DEFAULT_JWT_ALGORITHMS;
  return { issuer, audience, publicKeyPem, jwksUrl, algorithms };
}
