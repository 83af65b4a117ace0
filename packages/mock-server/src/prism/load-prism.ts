import { createRequire } from 'node:module';
import type { IPrismComponents } from '@stoplight/prism-core';
import type {
  IHttpConfig,
  IHttpRequest,
  IHttpResponse,
  PrismHttpInstance,
} from '@stoplight/prism-http';
import type { IHttpOperation } from '@stoplight/types';

/** Prism's HTTP components (router, validators, mocker, forwarder, logger). */
export type HttpComponents = IPrismComponents<
  IHttpOperation,
  IHttpRequest,
  IHttpResponse,
  IHttpConfig
>;

/** The parts of Prism's public API this package drives, loaded once per process. */
export interface PrismModules {
  /** The installed `@stoplight/prism-http` version, for error messages and cache keys. */
  readonly version: string;
  /** `createInstance` of `@stoplight/prism-http`: Prism's own components, any of them replaceable. */
  readonly createInstance: (
    config: IHttpConfig,
    components: Partial<HttpComponents> & Pick<HttpComponents, 'logger'>,
  ) => Pick<PrismHttpInstance, 'request'>;
  /** `createLogger` of `@stoplight/prism-core`. */
  readonly createLogger: (name: string, options: { level: string }) => HttpComponents['logger'];
  /** Prism's own spec loader (dereference + transform). */
  readonly getHttpOperationsFromSpec: (spec: string | object) => Promise<IHttpOperation[]>;
}

/** Which public export of which Prism package this package needs. */
const REQUIRED_EXPORTS = [
  ['@stoplight/prism-http', 'createInstance'],
  ['@stoplight/prism-http', 'getHttpOperationsFromSpec'],
  ['@stoplight/prism-core', 'createLogger'],
] as const;

let loaded: PrismModules | undefined;

/**
 * Loads Prism through its packages' public entry points only (`require('@stoplight/prism-http')`,
 * `require('@stoplight/prism-core')`), and checks that every export this package calls is there.
 *
 * Cost, measured: cold start of `startMockServer` to the first 200 from a fresh Node 20 process,
 * 9 alternating rounds on the shared 2-core machine at load average ~30, so read the ratio: the
 * public entry takes 1.92× as long (paired median; 1.19–2.33×; medians 7.8 s vs 4.4 s under that
 * load; ~0.6 s vs ~0.22 s for Prism's load alone on a quiet machine) as the private-file loading
 * with faker's `en` build swapped into `require.cache`. The entry point also loads the proxy
 * forwarder, the OAS2/Postman transformers and faker's ~50 locales (about half of the extra).
 * Requests/s did not move beyond the noise (after ÷ before, 5 paired rounds: median 0.93×,
 * 0.69–1.52×). We pay the start-up once per process so a Prism upgrade cannot silently break the
 * mock: the private files and faker's module id were never a contract.
 *
 * @throws {Error} naming the missing export and the installed Prism version when Prism's public
 *   API no longer has what the mock needs.
 * @example
 * const prism = loadPrism();
 * const instance = prism.createInstance(config, { logger: prism.createLogger('mock', { level: 'silent' }) });
 */
export function loadPrism(): PrismModules {
  if (loaded) return loaded;
  const ownRequire = createRequire(import.meta.url);
  const modules = {
    '@stoplight/prism-http': ownRequire('@stoplight/prism-http') as Record<string, unknown>,
    '@stoplight/prism-core': ownRequire('@stoplight/prism-core') as Record<string, unknown>,
  };
  const version = installedVersion(ownRequire, '@stoplight/prism-http');
  assertPublicExports(modules, version);
  const http = modules['@stoplight/prism-http'] as unknown as Pick<
    PrismModules,
    'createInstance' | 'getHttpOperationsFromSpec'
  >;
  const core = modules['@stoplight/prism-core'] as unknown as Pick<PrismModules, 'createLogger'>;
  loaded = {
    version,
    createInstance: http.createInstance,
    createLogger: core.createLogger,
    getHttpOperationsFromSpec: http.getHttpOperationsFromSpec,
  };
  return loaded;
}

/**
 * Throws when a Prism package lacks a public export this package calls (a renamed or removed
 * API after an upgrade), instead of failing later with "x is not a function" mid-request.
 *
 * @example
 * assertPublicExports({ '@stoplight/prism-http': require('@stoplight/prism-http'), '@stoplight/prism-core': require('@stoplight/prism-core') }, '5.12.0');
 */
export function assertPublicExports(
  modules: Readonly<Record<(typeof REQUIRED_EXPORTS)[number][0], Record<string, unknown>>>,
  version: string,
): void {
  const missing = REQUIRED_EXPORTS.filter(
    ([pkg, name]) => typeof modules[pkg][name] !== 'function',
  );
  if (missing.length === 0) return;
  const names = missing.map(([pkg, name]) => `${name} (from ${pkg})`).join(', ');
  throw new Error(
    `[@caac/mock-server] the installed Prism (@stoplight/prism-http ${version}) no longer exports ${names}. ` +
      'The mock supports the Prism versions its package.json declares; install those.',
  );
}

function installedVersion(require: NodeJS.Require, name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    // Prism's `exports` could one day hide package.json; the message then says so instead.
    return 'version unknown';
  }
}
