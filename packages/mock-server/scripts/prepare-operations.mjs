// @ts-check
/**
 * Build step (after tsup): turns each bundled spec in spec/ into the operations Prism works on
 * and stores them in dist/prepared/, with the spec's SHA-256. At start-up the mock then skips
 * Prism's dereferencing and transform (about 200 ms) whenever the hash still matches; when it
 * does not (the spec was regenerated after the build), the mock loads the spec itself.
 *
 * Usage: node scripts/prepare-operations.mjs [spec.json ...]   (default: spec/*.openapi.json)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { loadPrism, preparedOperationsPath, specHash } = await import(
  path.join(root, 'dist', 'prepare.js')
);

const specDir = path.join(root, 'spec');
const specs =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => path.resolve(file))
    : existsSync(specDir)
      ? readdirSync(specDir)
          .filter((name) => name.endsWith('.openapi.json'))
          .map((name) => path.join(specDir, name))
      : [];

if (specs.length === 0) {
  console.warn('prepare-operations: no bundled spec in spec/ yet (run "pnpm generate"); skipped');
}
for (const spec of specs) {
  const started = performance.now();
  const operations = await loadPrism().getHttpOperationsFromSpec(spec);
  const out = preparedOperationsPath(spec);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ specSha256: specHash(readFileSync(spec)), operations }));
  console.log(
    `prepare-operations: ${operations.length} operations from ${path.basename(spec)} in ${Math.round(performance.now() - started)} ms`,
  );
}
