/**
 * esbuild plugins of the Lambda bundles, read by SST (`nodejs.plugins` in lambda-bundle.ts, a
 * path from the repository root) and by the local build (bundle.ts), so both ship the same code.
 * Plain JavaScript: SST imports this file itself.
 */
import { dirname, join } from "node:path";

/**
 * Zod's error messages in English only. `zod` re-exports every locale as `z.locales` (about
 * 260 KB minified, a quarter of what a REST cold start parses); the API answers in English and
 * never calls `z.config(z.locales.xx())`, so the namespace keeps `en` alone. English stays
 * Zod's default (zod/v4/classic/schemas.js registers it on first use).
 *
 * @type {import("esbuild").Plugin}
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(importer)) return undefined;
      return { path: join(dirname(importer), "../locales/en.js"), namespace: "zod-locales" };
    });
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, ({ path }) => ({
      contents: `export { default as en } from ${JSON.stringify(path)};`,
      resolveDir: dirname(path),
      loader: "js",
    }));
  },
};

export default [zodEnglishOnly];
