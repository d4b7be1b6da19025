export * from "./schema/index.ts";
export { exportJson, exportMarkdown } from "./export.ts";
export { importDocument, type ImportFormat, type ImportRequest } from "./import.ts";
export { toMarkdown } from "./markdown.ts";
export { titleKey } from "./write.ts";
