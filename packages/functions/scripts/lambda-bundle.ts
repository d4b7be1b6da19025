/**
 * How the Lambda handlers are packaged, in one place: the SST functions (infra/api.ts) and the
 * esbuild build that the tests and the cold-start benchmark run (bundle.ts) both read this, so
 * what is tested is what is deployed. Plain data: SST evaluates it while loading the app.
 */

/** Each handler: its entry (relative to the repository root) and its exported function. */
export const handlers = {
  rest: { entry: "packages/functions/src/lambda/rest.ts", export: "handler" },
} as const;

export type HandlerName = keyof typeof handlers;

/** `handler` as SST takes it: the entry without its extension, a dot, the export. */
export const sstHandler = (name: HandlerName) =>
  `${handlers[name].entry.replace(/\.ts$/, "")}.${handlers[name].export}`;

/** Node 22 or newer: the AWS SDK drops Node 20 in January 2027. */
export const runtime = "nodejs22.x";
export const architecture = "arm64";

/**
 * The esbuild settings SST applies (`nodejs`): ESM, minified, and split so that code loaded
 * with a dynamic `import()` (PDF, DOCX, GraphQL) lands in its own chunk and is read only when
 * a request needs it.
 */
export const nodejs = {
  format: "esm",
  minify: true,
  splitting: true,
  /** Packages shipped unbundled in the function's node_modules. */
  install: [] as string[],
} as const;

/**
 * Files the handlers read from disk at run time, copied into the function package. The API
 * docs page serves Swagger UI's assets from the installed package (rest/docs.ts).
 */
export const copyFiles = [
  "node_modules/swagger-ui-dist/package.json",
  "node_modules/swagger-ui-dist/swagger-ui.css",
  "node_modules/swagger-ui-dist/swagger-ui-bundle.js",
].map((from) => ({ from, to: from }));
