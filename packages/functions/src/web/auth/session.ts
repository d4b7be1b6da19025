import { hkdfSync } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

/**
 * Browser sessions kept in the browser: an encrypted, authenticated cookie (JWE, `dir` +
 * A256GCM), so nothing in it can be read or changed without the server's key. The key is derived
 * with HKDF-SHA256 from a secret and a purpose, so a cookie made for one purpose (a sign-in in
 * progress) is never accepted for another (a session).
 */

/** What a sealed cookie is for; each purpose has its own key. */
export type Purpose = "session" | "sign-in";

/** A 256-bit key for `purpose`, derived from `secret` (HKDF-SHA256, salt "storybank-web"). */
export function deriveKey(secret: string | Uint8Array, purpose: Purpose): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", secret, "storybank-web", `cookie:${purpose}`, 32));
}

/** Seals `claims` for `ttlSeconds` with `key` (from {@link deriveKey}). */
export async function seal(
  key: Uint8Array,
  claims: JWTPayload,
  ttlSeconds: number,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(claims)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .encrypt(key);
}

/** The claims of a sealed value, or undefined when it is missing, altered, foreign or expired. */
export async function unseal(
  key: Uint8Array,
  value: string | undefined,
): Promise<JWTPayload | undefined> {
  if (!value || value.length > 8_192) return undefined;
  try {
    const { payload } = await jwtDecrypt(value, key, {
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
      requiredClaims: ["exp"],
    });
    return payload;
  } catch {
    return undefined;
  }
}

/** How cookies are set for one origin: `__Host-` names and `Secure` on https. */
export interface CookieJar {
  name(base: string): string;
  read(c: Context, base: string): string | undefined;
  write(c: Context, base: string, value: string, maxAgeSeconds: number): void;
  clear(c: Context, base: string): void;
}

/**
 * Cookies for an https origin get the `__Host-` prefix (Secure, Path=/, no Domain: no sibling
 * subdomain can set or read them); on plain http (the local server) they cannot be Secure.
 * Every cookie is HttpOnly (no script reads it) and SameSite=Lax (not sent on a cross-site POST,
 * still sent when the identity provider redirects the browser back).
 */
export function cookieJar(secure: boolean): CookieJar {
  const name = (base: string) => (secure ? `__Host-${base}` : base);
  const options = { path: "/", httpOnly: true, sameSite: "Lax" as const, secure };
  return {
    name,
    read: (c, base) => getCookie(c, name(base)),
    write: (c, base, value, maxAge) => setCookie(c, name(base), value, { ...options, maxAge }),
    clear: (c, base) => {
      deleteCookie(c, name(base), options);
    },
  };
}
