/** The lines that hold the generated table of checks in docs/tailoring.md. */
const start = "<!-- checks:start -->";
const end = "<!-- checks:end -->";

/**
 * Reading and replacing the table of checks in docs/tailoring.md between its markers. `read` gives the table
 * as written (trimmed); both throw when a marker is missing or out of order.
 */
export const readmeChecks = {
  start,
  end,
  read(readme: string): string {
    const [from, to] = bounds(readme);
    return readme.slice(from, to).trim();
  },
  replace(readme: string, table: string): string {
    const [from, to] = bounds(readme);
    return `${readme.slice(0, from)}\n${table}\n${readme.slice(to)}`;
  },
};

function bounds(readme: string): [number, number] {
  const open = readme.indexOf(start);
  const close = readme.indexOf(end);
  if (open < 0 || close < open) {
    throw new Error(
      `docs/tailoring.md needs the table of checks between "${start}" and "${end}" lines; print it with \`npx tsx packages/core/scripts/checks-table.ts\`.`,
    );
  }
  return [open + start.length, close];
}
