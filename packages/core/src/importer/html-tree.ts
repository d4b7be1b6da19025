import type { Element, Nodes as HastNodes } from "hast";

/** Walks of a parsed HTML page (hast) that the conversion to Markdown shares. */

export const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Whether a node holds any text but white space. */
export function hasText(node: HastNodes): boolean {
  if (node.type === "text") return node.value.trim() !== "";
  return "children" in node && node.children.some(hasText);
}

/** Calls `visit` on every element of the tree, in document order, without recursion. */
export function visitElements(tree: HastNodes, visit: (element: Element) => void): void {
  const stack: HastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "element") visit(node);
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
