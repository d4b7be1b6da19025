import { storyRules, type Rule } from "./rules.ts";
import type { Severity } from "./schema.ts";

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A field path in code type; a field said in words as it is. */
const fieldCell = (field: string) => (/^[\w.]+$/.test(field) ? `\`${field}\`` : field);
const cell = (text: string) => text.replace(/\|/g, "\\|");

/**
 * The README's table of checks as Markdown (a header row, then one row per finding code: code,
 * severity, field, when it is found), errors first, then warnings, then notes, each in rule order.
 * Rules that share a code make one row. Throws when two rules of one code differ in severity.
 */
export function checksTable(rules: readonly Rule[] = storyRules): string {
  const byCode = new Map<string, Rule[]>();
  for (const rule of rules) byCode.set(rule.code, [...(byCode.get(rule.code) ?? []), rule]);
  const rows = [...byCode.entries()].map(([code, same]) => {
    const severity = same[0]!.severity;
    if (same.some((r) => r.severity !== severity)) {
      throw new Error(`The rules of \`${code}\` differ in severity.`);
    }
    const fields = [...new Set(same.map((r) => fieldCell(r.field)))].join(" or ");
    const when = same.map((r) => r.when).join("; ");
    return { severity, line: `| \`${code}\` | ${severity} | ${cell(fields)} | ${cell(when)} |` };
  });
  rows.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  return ["| Code | Severity | Field | When |", "| --- | --- | --- | --- |"]
    .concat(rows.map((r) => r.line))
    .join("\n");
}
