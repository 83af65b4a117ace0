// Bundles an installed package's ESM entry for a Web-standard runtime. The `browser` platform
// gives Node built-ins no special treatment, so any `node:*` (or bare `fs`, `http`, ...) import
// reachable from the entry makes the build fail, naming the import and the file it came from.
import { build } from 'esbuild';

export async function bundleForEdge(appDir: string, specifier: string, globalName: string) {
  const result = await build({
    stdin: {
      contents: `export * from ${JSON.stringify(specifier)};`,
      resolveDir: appDir,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    // The conditions edge hosts resolve (Vercel, Cloudflare workerd, WinterCG runtimes).
    conditions: ['edge-light', 'workerd', 'worker', 'browser'],
    target: 'es2022',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for ${specifier}`);
  return output.text;
}
