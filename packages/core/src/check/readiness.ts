import { limits, maxPenalized, penalty } from "./limits.ts";
import type { Finding } from "./schema.ts";

/**
 * 0–100: four fifths craft (each finding costs by severity), one fifth practice (up to five
 * tellings). A clean story nobody has said out loud is 80; practice takes it to 100.
 */
export function readiness(findings: Finding[], practiceCount: number): number {
  const byCode = new Map<string, number>();
  let lost = 0;
  for (const finding of findings) {
    const seen = byCode.get(finding.code) ?? 0;
    byCode.set(finding.code, seen + 1);
    if (seen < maxPenalized) lost += penalty[finding.severity];
  }
  const craft = Math.max(0, 100 - lost);
  const practice = (Math.min(practiceCount, limits.practiceTarget) / limits.practiceTarget) * 100;
  return Math.round(0.8 * craft + 0.2 * practice);
}
