// The mock drives Prism through its public API at the versions its package.json pins. These tests
// fail with a clear message when Prism's layout moves, and guard that a Node 20 consumer installing
// the published tarball gets Prism engines that run on Node 20 (5.15+ need Node 24).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { assertPublicExports, loadPrism } from '../src/prism/load-prism.js';

const require = createRequire(import.meta.url);

interface Manifest {
  version: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
}

const own = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as Manifest;
const installed = (name: string) => require(`${name}/package.json`) as Manifest;
const PRISM_ENGINES = ['@stoplight/prism-http', '@stoplight/prism-core'] as const;

describe("Prism's public API", () => {
  it('has every export the mock calls, at the installed version', () => {
    const prism = loadPrism();
    expect(prism.version).toBe(installed('@stoplight/prism-http').version);
    expect(typeof prism.createInstance).toBe('function');
  });

  it('names the missing export and the installed Prism version when the layout moves', () => {
    const http = require('@stoplight/prism-http') as Record<string, unknown>;
    const core = require('@stoplight/prism-core') as Record<string, unknown>;
    const { createInstance: _gone, ...httpWithout } = http;
    expect(() =>
      assertPublicExports(
        { '@stoplight/prism-http': httpWithout, '@stoplight/prism-core': core },
        '9.9.9',
      ),
    ).toThrow(
      /@stoplight\/prism-http 9\.9\.9\) no longer exports createInstance \(from @stoplight\/prism-http\)/,
    );
    expect(() =>
      assertPublicExports(
        { '@stoplight/prism-http': http, '@stoplight/prism-core': { createLogger: 'x' } },
        '9.9.9',
      ),
    ).toThrow(/no longer exports createLogger \(from @stoplight\/prism-core\)/);
  });
});

describe('the Prism versions a consumer installs', () => {
  const nodeFloor = semver.minVersion(own.engines?.node ?? '') as semver.SemVer;

  it.each(PRISM_ENGINES)(
    '%s is pinned exactly in dependencies (no range that reaches 5.15+)',
    (name) => {
      const declared = own.dependencies?.[name];
      expect(declared, `${name} missing from dependencies`).toBeDefined();
      expect(semver.valid(declared), `${name}: ${declared} is a range`).toBe(declared);
    },
  );

  it.each(PRISM_ENGINES)('%s: the tests run on the pinned version', (name) => {
    // The workspace overrides and the published pins must agree, or the suite proves the wrong one.
    expect(installed(name).version).toBe(own.dependencies?.[name]);
  });

  it.each(PRISM_ENGINES)("%s: the pinned version's engines admit our lowest Node", (name) => {
    const engines = installed(name).engines?.node ?? '*';
    expect(semver.satisfies(nodeFloor, engines), `${name} engines ${engines}`).toBe(true);
  });

  it("prism-http's own prism-core range accepts our prism-core pin, so npm shares it", () => {
    // Otherwise npm would install a nested prism-core from the newest 5.x (Node 24 only).
    const range = installed('@stoplight/prism-http').dependencies?.['@stoplight/prism-core'] ?? '';
    expect(semver.satisfies(own.dependencies?.['@stoplight/prism-core'] ?? '', range)).toBe(true);
  });
});
