import {
  createRemoteJWKSet,
  importSPKI,
  type JWTVerifyGetKey,
  jwtVerify,
  type CryptoKey,
} from "jose";
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

/** Verifies JWTs against one configuration; the key is imported once and reused. */
export function jwtVerifier(config: JwtConfig) {
  let key: Promise<CryptoKey | JWTVerifyGetKey> | undefined;
  const getKey = () =>
    (key ??= config.jwksUrl
      ? Promise.resolve(createRemoteJWKSet(new URL(config.jwksUrl)))
      : importSPKI(config.publicKeyPem ?? "", config.algorithms[0] ?? "RS256"));

  return async (token: string): Promise<Principal> => {
    try {
      const resolved = await getKey();
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
      if (typeof payload.sub !== "string" || payload.sub.length === 0 || payload.sub.length > 256) {
        throw unauthorized("The token's subject is missing or invalid.");
      }
      return { owner: `jwt:${payload.sub}`, scopes: scopesOf(payload.scope), via: "jwt" };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unauthorized("The token is not valid.");
    }
  };
}

/** A JWT's `scope` claim narrows what it may do; without one, it may do everything. */
function scopesOf(claim: unknown): ApiKey.Scope[] {
  if (typeof claim !== "string") return ApiKey.allScopes;
  const named = new Set(claim.split(/\s+/));
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
