import { cp, mkdir } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Metafile } from "esbuild";
import { copyFiles, handlers, type HandlerName, nodejs } from "./lambda-bundle.ts";
import plugins from "./esbuild-plugins.mjs";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * The banner SST puts on ESM functions: bundled CommonJS dependencies call `require` and read
 * `__dirname`, which an ES module lacks.
 */
const banner = [
  `import { createRequire as topLevelCreateRequire } from 'module';`,
  `const require = topLevelCreateRequire(import.meta.url);`,
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
  `const __filename = topLevelFileUrlToPath(import.meta.url)`,
  `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
].join("\n");

/**
 * esbuild options matching SST's Node.js build of a function for deploy, its plugins included
 * (`nodejs.plugins`): with splitting, the handler module and its chunks share `outdir`.
 */
export function lambdaBuildOptions(outdir: string): BuildOptions {
  return {
    platform: "node",
    target: nodejs.esbuild.target,
    format: nodejs.format,
    bundle: true,
    minify: nodejs.minify,
    splitting: nodejs.splitting,
    keepNames: true,
    mainFields: ["module", "main"],
    plugins,
    banner: { js: banner },
    outdir,
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "silent",
  };
}

export interface BuiltHandler {
  name: HandlerName;
  /** The handler's module, as Lambda loads it. */
  file: string;
  outdir: string;
  metafile: Metafile;
}

/**
 * Builds one handler into `outdir` the way the deploy packages it: the handler module and its
 * chunks at the entry's path, and the files it reads at run time copied beside them.
 */
export async function bundleHandler(name: HandlerName, outdir: string): Promise<BuiltHandler> {
  const { entry } = handlers[name];
  const moduleDir = join(outdir, dirname(entry));
  const result = await build({
    ...lambdaBuildOptions(moduleDir),
    entryPoints: [join(repoRoot, entry)],
  });
  for (const { from, to } of copyFiles(name)) {
    await mkdir(dirname(join(outdir, to)), { recursive: true });
    await cp(join(repoRoot, from), join(outdir, to));
  }
  const file = join(moduleDir, basename(entry).replace(/\.ts$/, ".mjs"));
  return { name, file, outdir, metafile: result.metafile! };
}
