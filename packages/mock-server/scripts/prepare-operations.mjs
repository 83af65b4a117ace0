// @ts-check
/**
 * Build step (after tsup): turns each bundled spec in generated-spec/ into the operations Prism works on
 * and stores them in dist/prepared/, keyed by the spec's SHA-256 and the Prism version. At start-up
 * the mock then skips Prism's dereferencing and transform (about 200 ms) whenever both still match;
 * when not (the spec was regenerated or Prism upgraded after the build), it loads the spec itself.
 *
 * Usage: node scripts/prepare-operations.mjs [spec.json ...]   (default: generated-spec/*.openapi.json)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { loadPrism, preparedOperationsPath, prismHttpVersion, specHash } = await import(
  path.join(root, 'dist', 'prepare.js')
);

const specDir = path.join(root, 'generated-spec');
const specs =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => path.resolve(file))
    : existsSync(specDir)
      ? readdirSync(specDir)
          .filter((name) => name.endsWith('.openapi.json'))
          .map((name) => path.join(specDir, name))
      : [];

if (specs.length === 0) {
  console.warn(
    'prepare-operations: no bundled spec in generated-spec/ yet (run "pnpm generate"); skipped',
  );
}
for (const spec of specs) {
  const started = performance.now();
  const operations = await loadPrism().getHttpOperationsFromSpec(spec);
  const out = preparedOperationsPath(spec);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({
      specSha256: specHash(readFileSync(spec)),
      prismVersion: prismHttpVersion(),
      operations,
    }),
  );
  console.log(
    `prepare-operations: ${operations.length} operations from ${path.basename(spec)} in ${Math.round(performance.now() - started)} ms`,
  );
}
