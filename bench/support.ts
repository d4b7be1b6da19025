import { performance } from "node:perf_hooks";
import { authenticator } from "@storybank/core/auth";
import type { JwtConfig } from "@storybank/core/config";
import type { Db } from "@storybank/core/db";
import { createApp } from "../packages/functions/src/rest/app.ts";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";

/** Timing figures of one measured operation, in milliseconds. */
export interface Figures {
  median: number;
  p99: number;
  runs: number;
}

export function summarize(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p99: at(0.99), runs: sorted.length };
}

/** Runs `op` `warmup` times unmeasured, then `runs` times measured one after another. */
export async function measure(
  op: () => Promise<unknown> | unknown,
  { runs = 200, warmup = 20 } = {},
): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await op();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await op();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/**
 * Measures several operations round-robin, so that a floor and what is compared with it see the
 * same machine load (other processes, GC, the store's own work).
 */
export async function measureInterleaved<K extends string>(
  ops: Record<K, () => Promise<unknown> | unknown>,
  { runs = 200, warmup = 20 } = {},
): Promise<Record<K, Figures>> {
  const names = Object.keys(ops) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < warmup + runs; i++) {
    for (const name of names) {
      const start = performance.now();
      await ops[name]();
      if (i >= warmup) samples[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])])) as Record<K, Figures>;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

/** Prints one figure line: name, median, p99 and, against a floor, the ratios. */
export function report(name: string, figures: Figures, floor?: Figures): void {
  const ratio = floor
    ? `  ratio ${(figures.median / floor.median).toFixed(2)}× median, ${(figures.p99 / floor.p99).toFixed(2)}× p99`
    : "";
  console.log(
    `  ${name.padEnd(52)} median ${fmt(figures.median).padStart(9)}  p99 ${fmt(figures.p99).padStart(9)}${ratio}`,
  );
}

export function heading(title: string): void {
  console.log(`\n## ${title}`);
}

/** A JWT configuration and an hour-long token for `sub`, signed with a fresh ES256 key. */
export async function benchJwt(sub: string): Promise<{ jwt: JwtConfig; token: string }> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const jwt: JwtConfig = {
    issuer: "https://bench/",
    audience: "bench",
    publicKeyPem: await exportSPKI(publicKey),
    algorithms: ["ES256"],
  };
  const token = await new SignJWT({ sub })
    .setProtectedHeader({ alg: "ES256" })
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setExpirationTime("1h")
    .sign(privateKey);
  return { jwt, token };
}

/**
 * The full app as the benchmarks measure it: budgets too large to refuse anything, so their
 * counting write is part of every request.
 */
export const benchApp = (db: Db, jwt: JwtConfig) =>
  createApp({
    db,
    authenticate: authenticator(db, jwt),
    limits: { perUserPerMinute: 1e9, perKeyPerMinute: 1e9 },
  });
