/**
 * The JWT settings, set per stage with `npx sst secret set <Name> <value> --stage <stage>`.
 * The names are the ones the functions read (packages/functions/src/lambda/config.ts, and
 * packages/functions/src/web/auth/lambda.ts for the web sign-in).
 */
export const secrets = {
  jwtIssuer: new sst.Secret("JwtIssuer"),
  jwtAudience: new sst.Secret("JwtAudience"),
  /** The issuer's PEM public key (SPKI), or the https URL of its JWKS. */
  jwtKey: new sst.Secret("JwtKey"),
  /**
   * The web app's sign-in through OpenID Connect. Empty (the default) is off: the pages answer
   * 503. Set all of them, or none; a half-set stage fails at start with what is missing.
   */
  oidcIssuer: new sst.Secret("OidcIssuer", ""),
  oidcClientId: new sst.Secret("OidcClientId", ""),
  /** Empty for a public client (PKCE alone). */
  oidcClientSecret: new sst.Secret("OidcClientSecret", ""),
  /** `<the API's URL>/app/callback`, as registered at the provider. */
  oidcRedirectUrl: new sst.Secret("OidcRedirectUrl", ""),
  /** 32 characters or more (`openssl rand -base64 32`): the session cookies' keys derive from it. */
  webCookieSecret: new sst.Secret("WebCookieSecret", ""),
};
