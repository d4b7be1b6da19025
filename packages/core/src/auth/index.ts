import { createPublicKey, type KeyObject } from "node:crypto";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import * as ApiKey from "../apikey/index.ts";
import type { JwtConfig } from "../config/index.ts";
import type { Db } from "../db/index.ts";
import { AppError } from "../error/index.ts";

/** Who is asking, and what they may do. The owner of everything they read and write. */
export interface Principal {
  owner: string;
  scopes: ApiKey.Scope[];
  via: "api-key" | "jwt";
  keyId?: string;
}

export const unauthorized = (message = "A valid bearer token is required.") =>
  new AppError("unauthorized", "unauthorized", message);

export const forbidden = (scope: ApiKey.Scope) =>
  new AppError("forbidden", "missing_scope", `This credential lacks the "${scope}" scope.`);

export function requireScope(principal: Principal, scope: ApiKey.Scope): void {
  if (!principal.scopes.includes(scope)) throw forbidden(scope);
}

/**
 * Verifies JWTs against one configuration; the key is read once and reused. A PEM public key is
 * read as a key object of its own type (RSA, EC P-256/384/521, Ed25519), so every algorithm of the
 * configured list that fits that key verifies, whatever the list's order; a key that cannot be
 * read is read again on the next token rather than failing every token for good.
 */
export function jwtVerifier(config: JwtConfig) {
  let key: KeyObject | JWTVerifyGetKey | undefined;
  const getKey = () =>
    (key ??= config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl))
      : createPublicKey(config.publicKeyPem ?? ""));

  return async (token: string): Promise<Principal> => {
    try {
      const resolved = getKey();
      const options = {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ["exp", "sub"],
      };
      const { payload } =
        typeof resolved === "function"
          ? await jwtVerify(token, resolved, options)
          : await jwtVerify(token, resolved, options);
      if (!validSubject(payload.sub)) {
        throw unauthorized("The token's subject is missing or invalid.");
      }
      const scopes = scopesOf(payload.scope);
      if (!scopes) throw unauthorized("The token's scope claim is malformed.");
      return { owner: `jwt:${payload.sub}`, scopes, via: "jwt" };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unauthorized("The token is not valid.");
    }
  };
}

/**
 * A subject the owner id can be made of: 1–256 UTF-16 code units of well-formed Unicode. A lone
 * surrogate would turn into U+FFFD on its way to the store (UTF-8), so `"a\ud800"`, `"a\udc00"`
 * and `"a\ufffd"` would all name one partition.
 */
export function validSubject(sub: unknown): sub is string {
  return typeof sub === "string" && sub.length > 0 && sub.length <= 256 && sub.isWellFormed();
}

/**
 * A JWT's `scope` claim narrows what it may do: a space-separated string (RFC 8693) or a list of
 * strings, each `read`, `write`, `export` or the same with `storybank:` in front; names it does
 * not know give nothing. Without the claim, the token may do everything. Any other shape (null,
 * an object, a number, a list holding anything but strings) is malformed: undefined.
 */
export function scopesOf(claim: unknown): ApiKey.Scope[] | undefined {
  if (claim === undefined) return ApiKey.allScopes;
  let names: string[];
  if (typeof claim === "string") names = claim.split(/\s+/);
  else if (Array.isArray(claim) && claim.every((name) => typeof name === "string")) names = claim;
  else return undefined;
  const named = new Set(names);
  return ApiKey.allScopes.filter((scope) => named.has(scope) || named.has(`storybank:${scope}`));
}

export interface Authenticator {
  (authorization: string | undefined): Promise<Principal>;
}

/** Turns an Authorization header into a principal, or fails with 401. */
export function authenticator(db: Db, jwt: JwtConfig | undefined): Authenticator {
  const verifyJwt = jwt ? jwtVerifier(jwt) : undefined;
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
    const token = match?.[1];
    if (!token) throw unauthorized();
    if (token.startsWith(ApiKey.keyPrefix)) {
      const verified = await ApiKey.verify(db, token);
      if (!verified) throw unauthorized("The API key is not valid.");
      return {
        owner: verified.owner,
        scopes: verified.key.scopes,
        via: "api-key",
        keyId: verified.key.id,
      };
    }
    if (!verifyJwt) throw unauthorized("The token is not valid.");
    return verifyJwt(token);
  };
}
