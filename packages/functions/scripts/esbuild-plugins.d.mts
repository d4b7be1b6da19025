import type { Plugin } from "esbuild";

/** The Lambda bundles' esbuild plugins (esbuild-plugins.mjs). */
declare const plugins: Plugin[];
export default plugins;
