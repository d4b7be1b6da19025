/**
 * The JWT settings, set per stage with `npx sst secret set <Name> <value> --stage <stage>`.
 * The names are the ones the functions read (packages/functions/src/lambda/config.ts).
 */
export const secrets = {
  jwtIssuer: new sst.Secret("JwtIssuer"),
  jwtAudience: new sst.Secret("JwtAudience"),
  /** The issuer's PEM public key (SPKI), or the https URL of its JWKS. */
  jwtKey: new sst.Secret("JwtKey"),
};
