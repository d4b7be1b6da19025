/**
 * How the Lambda handlers are packaged, in one place: the SST functions (infra/api.ts) and the
 * esbuild build that the tests and the cold-start benchmark run (bundle.ts) both read this, so
 * what is tested is what is deployed. Plain data: SST evaluates it while loading the app.
 */
import { files } from "../../export/src/fonts/files.ts";

/** Swagger UI's assets, served by the API docs page from their package (rest/docs.ts). */
const docsAssets = ["package.json", "swagger-ui.css", "swagger-ui-bundle.js"].map(
  (file) => `node_modules/swagger-ui-dist/${file}`,
);

/**
 * The fonts of the cheat sheet, one file per script, resolved from their npm packages at run
 * time (packages/export/src/fonts/files.ts). Only these files are shipped: the CJK fonts'
 * packages hold every weight.
 */
const sheetFonts = Object.values(files).map((file) => `node_modules/${file}`);

/**
 * Each handler: its entry (relative to the repository root), its exported function, and the
 * files it reads from disk at run time, copied into its package at the same relative path.
 */
export const handlers = {
  rest: {
    entry: "packages/functions/src/lambda/rest.ts",
    export: "handler",
    files: [...docsAssets, ...sheetFonts],
  },
  graphql: {
    entry: "packages/functions/src/lambda/graphql.ts",
    export: "handler",
    // The cheatSheet query measures the sheet's text in its fonts to report how it fits.
    files: sheetFonts,
  },
};

export type HandlerName = keyof typeof handlers;

/** `handler` as SST takes it: the entry without its extension, a dot, the export. */
export const sstHandler = (name: HandlerName) =>
  `${handlers[name].entry.replace(/\.ts$/, "")}.${handlers[name].export}`;

/** `copyFiles` as SST takes it. */
export const copyFiles = (name: HandlerName) =>
  handlers[name].files.map((from) => ({ from, to: from }));

/** Node 22 or newer: the AWS SDK drops Node 20 in January 2027. */
export const runtime = "nodejs22.x";
export const architecture = "arm64";

/**
 * The esbuild settings SST applies (`nodejs`): ESM for Node 22, minified, and split so that code
 * loaded with a dynamic `import()` (PDF, DOCX, GraphQL) lands in its own chunk and is read only
 * when a request needs it. Everything is bundled, pdfkit included: the sheet sets its type in
 * its own TrueType fonts, so pdfkit's standard fonts (the `#standard-fonts` import that bundles
 * break) are never loaded. `plugins` (a path from the repository root, where `sst.config.ts` is)
 * keeps Zod's error messages to English (esbuild-plugins.mjs).
 */
export const nodejs = {
  format: "esm",
  minify: true,
  splitting: true,
  esbuild: { target: "node22" },
  plugins: "packages/functions/scripts/esbuild-plugins.mjs",
} as const;
