export * from "./schema/index.ts";
export { exportJson, exportMarkdown } from "./export.ts";
export { importDocument, type ImportFormat, type ImportRequest } from "./import.ts";
export { toMarkdown } from "./markdown.ts";
/** A story's identity in its owner's bank: its title, by the identity rule for titles. */
export { titleKey } from "../identity/index.ts";
