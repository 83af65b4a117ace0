import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type { IPrismComponents } from '@stoplight/prism-core';
import type {
  IHttpConfig,
  IHttpRequest,
  IHttpResponse,
  PrismHttpInstance,
} from '@stoplight/prism-http';
import type { IHttpOperation } from '@stoplight/types';

type HttpComponents = IPrismComponents<IHttpOperation, IHttpRequest, IHttpResponse, IHttpConfig>;

/** The parts of Prism this package drives, loaded once per process. */
export interface PrismModules {
  readonly route: HttpComponents['route'];
  readonly validateInput: HttpComponents['validateInput'];
  readonly validateOutput: HttpComponents['validateOutput'];
  readonly validateSecurity: HttpComponents['validateSecurity'];
  readonly mock: HttpComponents['mock'];
  readonly factory: (
    config: IHttpConfig,
    components: HttpComponents,
  ) => Pick<PrismHttpInstance, 'request'>;
  readonly createLogger: (name: string, options: { level: string }) => HttpComponents['logger'];
  /**
   * Prism's own spec loader (dereference + transform). Loaded on first call, because a start
   * from prepared operations never needs it.
   */
  readonly getHttpOperationsFromSpec: (spec: string | object) => Promise<IHttpOperation[]>;
}

let loaded: PrismModules | undefined;

/**
 * Loads Prism's router, validators and mocker without the rest of `@stoplight/prism-http`.
 *
 * Why not `require('@stoplight/prism-http')`: its index also pulls the proxy forwarder and the
 * spec transformers (OAS2, Postman), and its mocker imports faker 6's main entry, which evaluates
 * all ~50 locales (about 330 ms on a 2-core machine). Prism only ever uses faker's default `en`
 * locale, so we register faker's en-only build under the main entry's module id before Prism
 * asks for it. Together this cuts Prism's load time from ~600 ms to ~220 ms.
 *
 * @example
 * const prism = loadPrism();
 * const instance = prism.factory(config, { ...prism, logger });
 */
export function loadPrism(): PrismModules {
  if (loaded) return loaded;
  const ownRequire = createRequire(import.meta.url);
  const httpEntry = ownRequire.resolve('@stoplight/prism-http');
  const httpRequire = createRequire(httpEntry);
  preloadEnglishFaker(httpRequire);

  const dist = path.dirname(httpEntry);
  const fromHttp = (name: string): unknown => httpRequire(path.join(dist, name));
  const router = fromHttp('router') as { default: HttpComponents['route'] };
  const validator = fromHttp('validator') as Pick<
    HttpComponents,
    'validateInput' | 'validateOutput' | 'validateSecurity'
  >;
  const mocker = fromHttp('mocker') as { default: HttpComponents['mock'] };
  const core = ownRequire('@stoplight/prism-core') as Pick<
    PrismModules,
    'factory' | 'createLogger'
  >;

  loaded = {
    route: router.default,
    validateInput: validator.validateInput,
    validateOutput: validator.validateOutput,
    validateSecurity: validator.validateSecurity,
    mock: mocker.default,
    factory: core.factory,
    createLogger: core.createLogger,
    getHttpOperationsFromSpec: (spec) => {
      const operations = fromHttp('utils/operations') as Pick<
        PrismModules,
        'getHttpOperationsFromSpec'
      >;
      return operations.getHttpOperationsFromSpec(spec);
    },
  };
  return loaded;
}

function preloadEnglishFaker(httpRequire: NodeJS.Require): void {
  let mainEntry: string;
  try {
    mainEntry = httpRequire.resolve('@faker-js/faker');
  } catch {
    return; // a Prism version without faker: nothing to speed up
  }
  if (httpRequire.cache[mainEntry]) return; // someone already loaded the full build; keep it
  const english: unknown = httpRequire('@faker-js/faker/locale/en');
  const shim = new Module(mainEntry);
  shim.filename = mainEntry;
  shim.loaded = true;
  // Prism reads `require('@faker-js/faker').default`; the en build exports the instance itself.
  shim.exports = { __esModule: true, default: english, faker: english };
  httpRequire.cache[mainEntry] = shim;
}
