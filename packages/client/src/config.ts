import { CaacError } from './errors.js';
import { createLog, type Log } from './logger.js';
import type { CaacClientOptions } from './options.js';
import { createRedactor, type Redact, secretHeaderValues } from './redact.js';
import { CAAC_REGIONS } from './regions.js';
import { takesUrlAndInit } from './url-init-fetch.js';
import { identityHeaders } from './user-agent.js';

/** Sends one attempt: `fetch(url, init)`, or the custom `fetch` option with one `Request`. */
export type Send = (url: string, init: RequestInit) => Promise<Response>;

/** Client options after defaults, environment and validation. */
export interface ResolvedConfig {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  send: Send;
  /** Headers of every request, `apikey` included. */
  headers: Record<string, string>;
  /** Undefined when logging is off, so no log line or its details are even built. */
  log: Log | undefined;
  /** The API key and the values of credential headers among the client-wide headers. */
  secrets: string[];
  /** Redacts `secrets`. */
  redact: Redact;
}

type Env = { get(name: string): string | undefined };

// Browsers and edge runtimes have no environment: no key from it. Deno asks for a permission and,
// without `--allow-env`, throws (NotCapable; PermissionDenied before Deno 2): say so, since "missing
// API key" would send the user looking for a key that may well be set.
function environmentApiKey(): string | undefined {
  const { Deno, process } = globalThis as {
    Deno?: { env: Env };
    process?: { env?: Record<string, string | undefined> };
  };
  try {
    return Deno ? Deno.env.get('CAAC_API_KEY') : process?.env?.CAAC_API_KEY;
  } catch (error) {
    throw new CaacError(
      `could not read CAAC_API_KEY: ${error}; pass \`apiKey\`, or allow reading it (Deno: --allow-env=CAAC_API_KEY)`,
      { cause: error },
    );
  }
}

/**
 * Throws a `CaacError` naming the option when `timeoutMs` or `maxRetries` is unusable.
 * @example checkLimits({ maxRetries: -1 }) // throws
 */
export function checkLimits(options: {
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
}): void {
  const { timeoutMs, maxRetries } = options;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) {
    throw new CaacError(`timeoutMs must be a positive number of milliseconds; got ${timeoutMs}`);
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new CaacError(`maxRetries must be a whole number ≥ 0; got ${maxRetries}`);
  }
}

/**
 * Applies defaults and fails fast, at construction, on anything that would only fail later.
 * @example resolveConfig({ apiKey: 'k', region: 'jp' }).baseUrl // → 'https://api.user360.jp.cresclab.com'
 */
export function resolveConfig(options: CaacClientOptions): ResolvedConfig {
  const { region, baseUrl, fetch: custom } = options;
  if (region !== undefined && baseUrl !== undefined) {
    throw new CaacError(
      'pass either `region` or `baseUrl`, not both (`baseUrl` replaces the region host)',
    );
  }
  if (region !== undefined && !Object.hasOwn(CAAC_REGIONS, region)) {
    throw new CaacError(
      `unknown region "${region}"; use one of: ${Object.keys(CAAC_REGIONS).join(', ')}`,
    );
  }
  const host = baseUrl ?? CAAC_REGIONS[region ?? 'tw'];
  try {
    new URL(host);
  } catch {
    throw new CaacError(
      `baseUrl must be an absolute URL such as http://127.0.0.1:4010; got "${host}"`,
    );
  }
  const apiKey = options.apiKey ?? environmentApiKey();
  if (!apiKey) {
    throw new CaacError('missing API key: pass `apiKey` to createCaacClient() or set CAAC_API_KEY');
  }
  checkLimits(options);
  const secrets = [apiKey, ...secretHeaderValues(Object.entries(options.headers ?? {}))];
  const redact = createRedactor(secrets);
  return {
    apiKey,
    baseUrl: host,
    timeoutMs: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    // The global fetch (and a fetch marked as taking `(url, init)`) is called with the URL and
    // init: one WHATWG Request per attempt at most, built inside fetch. Any other custom fetch
    // keeps its documented contract of one Request. (A bare `fetch` reference called as a method
    // throws "Illegal invocation" in browsers, hence the arrows.)
    send:
      custom && !takesUrlAndInit(custom)
        ? (url, init) => custom(new Request(url, init))
        : (url, init) => ((custom as typeof fetch | undefined) ?? fetch)(url, init),
    headers: { ...identityHeaders(), ...options.headers, apikey: apiKey },
    log: createLog(options, redact),
    secrets,
    redact,
  };
}
