import type { Table, TableCell, TableRow } from "mdast";
import { classify } from "./labels.ts";
import { isStar, label } from "./table-stories.ts";

/**
 * A note's properties laid in a row ("| Created | Updated | Tags |" over one row of values, as
 * Evernote and Bear exports put them): the same as a property table, a row per property under a
 * blank header. Undefined for any other table, and for a one-story matrix of STAR columns.
 */
export function transposedProperties(table: Table): Table | undefined {
  const [head, values, ...more] = table.children;
  if (!head || !values || more.length > 0 || head.children.length < 2) return undefined;
  const names = head.children.map(label);
  if (names.some((name) => name === "" || name.split(/\s+/).length > 3 || isStar(name)))
    return undefined;
  // Tags, where and when: a note's properties; a question or a story named makes it a map.
  const targets = names.map((name) => classify(name, null));
  const property = targets.some(
    (t) => t?.kind === "contextField" || (t?.kind === "list" && t.key === "tags"),
  );
  const other = targets.some(
    (t) => t !== undefined && t.kind !== "contextField" && !(t.kind === "list" && t.key === "tags"),
  );
  if (!property || other || names.some((name) => /stor(y|ies)|question|\bask/i.test(name)))
    return undefined;
  const blank = (cell: TableCell): TableCell => ({ ...cell, children: [] });
  const rows: TableRow[] = [
    { type: "tableRow", children: [blank(head.children[0]!), blank(head.children[0]!)] },
    ...head.children.map((cell, i): TableRow => ({
      type: "tableRow",
      children: [cell, values.children[i] ?? blank(cell)],
      position: values.position,
    })),
  ];
  return { ...table, align: [null, null], children: rows };
}
