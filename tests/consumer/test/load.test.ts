// (1) ESM `import` and (2) CJS `require` of every entry point, from the installed tarballs.
import { extname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerContext } from '../src/context.js';
import { EXPECTED_ENTRIES, REQUIRED_ENTRIES } from '../src/expected-exports.js';
import { copyFixture } from '../src/fixtures.js';
import { warningsAboutOurPackages } from '../src/npm-warnings.js';
import { runOk, strangerEnv } from '../src/run.js';
import { listPublicPackages } from '../src/workspace.js';

interface DescribedExport {
  kind: string;
  value?: unknown;
}
type LoadReport = Record<string, { file: string; exports: Record<string, DescribedExport> }>;

const context = consumerContext();
const names = context.packages.map((pkg) => pkg.name);

async function load(script: string, nodeFlags: string[] = []): Promise<LoadReport> {
  const dir = await copyFixture(context, 'load');
  const result = await runOk('node', [...nodeFlags, script, ...names], {
    cwd: dir,
    timeoutMs: 30_000,
    env: strangerEnv(),
  });
  // A package that warns on load (deprecations, experimental APIs) is not clean for its users.
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as LoadReport;
}

let esm: LoadReport;
let cjs: LoadReport;

beforeAll(async () => {
  esm = await load('list-exports.mjs');
  // Node 20.19+ and 22.12+ can `require()` ESM, which would hide a `require` condition that
  // points at an ESM file; turning that off loads the way every older CommonJS consumer does.
  cjs = await load('list-exports.cjs', ['--no-experimental-require-module']);
});

it('packs every public package of the workspace', () => {
  expect(names).toEqual(listPublicPackages().map((pkg) => pkg.name));
  const pinned = Object.keys(EXPECTED_ENTRIES).map((specifier) =>
    specifier.split('/').slice(0, 2).join('/'),
  );
  expect(names).toEqual(expect.arrayContaining(pinned));
});

describe.each([
  ['ESM import', () => esm, ['.js', '.mjs']],
  ['CJS require', () => cjs, ['.cjs']],
] as const)('%s', (_label, report, extensions) => {
  it.each(REQUIRED_ENTRIES)('loads %s', (specifier) => {
    const entry = report()[specifier];
    expect(entry, `${specifier} has no entry in its exports map`).toBeDefined();
    expect(extensions).toContain(extname(entry?.file ?? ''));
    expect(Object.keys(entry?.exports ?? {}).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(EXPECTED_ENTRIES))('%s has its public exports', (specifier, expected) => {
    const exported = report()[specifier]?.exports ?? {};
    const kinds = Object.fromEntries(
      Object.keys(expected.exports).map((k) => [k, exported[k]?.kind]),
    );
    expect(kinds).toEqual(expected.exports);
    for (const [key, value] of Object.entries(expected.values ?? {})) {
      expect(exported[key]?.value, key).toBe(value);
    }
  });
});

it('exports the same names and kinds from import and require', () => {
  expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
  for (const specifier of Object.keys(esm)) {
    expect(cjs[specifier]?.exports, specifier).toEqual(esm[specifier]?.exports);
  }
});

it('installs on this Node with no npm warning about our packages or their dependencies', () => {
  // e.g. EBADENGINE: a dependency whose `engines` excludes the Node our `engines` promises.
  expect(warningsAboutOurPackages(context.installWarnings)).toEqual([]);
});
