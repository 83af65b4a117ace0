import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAAC_REGIONS, CaacError, createCaacClient, createCaacCoreClient } from '../src/index.js';
import { API_KEY, BASE_URL, json, observe } from './helpers.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

async function hostCalled(options: Parameters<typeof createCaacClient>[0]): Promise<string> {
  const { fetch, seen } = observe(json({ tags: [] }));
  await createCaacClient({ apiKey: API_KEY, ...options, fetch }).tags.list();
  return seen[0]?.url.origin ?? '';
}

describe('region and baseUrl', () => {
  it('defaults to the Taiwan/Thailand host', async () => {
    expect(await hostCalled({})).toBe('https://api.user360.cresclab.com');
  });

  it.each([
    ['tw', 'https://api.user360.cresclab.com'],
    ['th', 'https://api.user360.cresclab.com'],
    ['jp', 'https://api.user360.jp.cresclab.com'],
  ] as const)('region %s calls %s', async (region, host) => {
    expect(await hostCalled({ region })).toBe(host);
    expect(CAAC_REGIONS[region]).toBe(host);
  });

  it('baseUrl replaces the host, keeping a path prefix and dropping a trailing slash', async () => {
    const { fetch, seen } = observe(json({ tags: [] }));
    await createCaacClient({ apiKey: API_KEY, baseUrl: `${BASE_URL}/proxy/`, fetch }).tags.list();
    expect(seen[0]?.url.href).toBe(`${BASE_URL}/proxy/caac/v1/tags`);
  });

  it('refuses region and baseUrl together', () => {
    expect(() => createCaacClient({ apiKey: API_KEY, region: 'jp', baseUrl: BASE_URL })).toThrow(
      /either `region` or `baseUrl`/,
    );
  });

  it('refuses an unknown region, naming the valid ones', () => {
    // @ts-expect-error -- a region outside the union, as plain JavaScript callers could pass
    expect(() => createCaacClient({ apiKey: API_KEY, region: 'us' })).toThrow(
      /unknown region "us".*tw, th, jp/,
    );
    // @ts-expect-error -- not an own key of the region table
    expect(() => createCaacClient({ apiKey: API_KEY, region: 'toString' })).toThrow(CaacError);
  });

  it('refuses a baseUrl that is not an absolute URL', () => {
    expect(() => createCaacClient({ apiKey: API_KEY, baseUrl: '127.0.0.1:4010/x' })).toThrow(
      /absolute URL/,
    );
  });
});

describe('API key', () => {
  it('is sent in the apikey header', async () => {
    const { fetch, seen } = observe(json({ tags: [] }));
    await createCaacClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch }).tags.list();
    expect(seen[0]?.headers.get('apikey')).toBe(API_KEY);
  });

  it('falls back to CAAC_API_KEY', async () => {
    vi.stubEnv('CAAC_API_KEY', 'from-env');
    const { fetch, seen } = observe(json({ tags: [] }));
    await createCaacCoreClient({ baseUrl: BASE_URL, fetch }).GET('/caac/v1/tags');
    expect(seen[0]?.headers.get('apikey')).toBe('from-env');
  });

  it('prefers the apiKey option over CAAC_API_KEY', async () => {
    vi.stubEnv('CAAC_API_KEY', 'from-env');
    const { fetch, seen } = observe(json({ tags: [] }));
    await createCaacClient({ apiKey: 'explicit', baseUrl: BASE_URL, fetch }).tags.list();
    expect(seen[0]?.headers.get('apikey')).toBe('explicit');
  });

  it('is required: no option and no CAAC_API_KEY is a construction error', () => {
    vi.stubEnv('CAAC_API_KEY', undefined);
    const build = () => createCaacClient({ baseUrl: BASE_URL });
    expect(build).toThrow(CaacError);
    expect(build).toThrow(/missing API key.*CAAC_API_KEY/);
    expect(() => createCaacClient({ apiKey: '', baseUrl: BASE_URL })).toThrow(/missing API key/);
  });

  it('does not crash where there is no `process` (browsers, edge)', () => {
    vi.stubGlobal('process', undefined);
    expect(() => createCaacClient({ baseUrl: BASE_URL })).toThrow(/missing API key/);
    expect(() => createCaacClient({ apiKey: API_KEY })).not.toThrow();
  });

  // Deno without --allow-env: reading the environment throws, as Deno does, a Deno.errors class
  // (NotCapable since Deno 2, PermissionDenied before).
  class NotCapable extends Error {
    override name = 'NotCapable';
  }
  class PermissionDenied extends Error {
    override name = 'PermissionDenied';
  }
  const denied = (Class: new (message: string) => Error) => (name: string) => {
    throw new Class(`Requires env access to "${name}", run again with the --allow-env flag`);
  };

  it.each([
    ['NotCapable', NotCapable],
    ['PermissionDenied', PermissionDenied],
  ])(
    'says that reading CAAC_API_KEY was denied (Deno %s), not that the key is missing',
    (name, Class) => {
      vi.stubGlobal('Deno', {
        env: { get: denied(Class) },
        errors: { NotCapable, PermissionDenied },
      });
      // Deno 2's Node compatibility `process.env` asks the same permission.
      vi.stubGlobal('process', {
        env: new Proxy({}, { get: (_, key) => denied(Class)(String(key)) }),
      });
      let error: unknown;
      try {
        createCaacClient({ baseUrl: BASE_URL });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CaacError);
      const { message, cause } = error as CaacError;
      expect(message).not.toMatch(/missing API key/);
      expect(message).toContain(
        `could not read CAAC_API_KEY: ${name}: Requires env access to "CAAC_API_KEY", run again with the --allow-env flag`,
      );
      expect(message).toContain('pass `apiKey`');
      expect(message).toContain('--allow-env=CAAC_API_KEY');
      expect(cause).toBeInstanceOf(Class);
    },
  );

  it('reads the key through Deno.env where Deno is the runtime', () => {
    vi.stubGlobal('Deno', {
      env: { get: (name: string) => (name === 'CAAC_API_KEY' ? 'from-deno' : undefined) },
    });
    vi.stubGlobal('process', undefined);
    expect(() => createCaacClient({ baseUrl: BASE_URL })).not.toThrow();
  });

  it('never reads the environment when apiKey is given', () => {
    vi.stubGlobal('Deno', { env: { get: denied(NotCapable) } });
    expect(() => createCaacClient({ apiKey: API_KEY, baseUrl: BASE_URL })).not.toThrow();
  });

  it('a Deno with access and no key set still says the key is missing', () => {
    vi.stubGlobal('Deno', { env: { get: () => undefined } });
    expect(() => createCaacClient({ baseUrl: BASE_URL })).toThrow(/missing API key/);
  });
});

describe('limits', () => {
  it.each([0, -1, Number.NaN])('refuses timeoutMs %s', (timeoutMs) => {
    expect(() => createCaacClient({ apiKey: API_KEY, timeoutMs })).toThrow(
      /timeoutMs must be a positive/,
    );
  });

  it.each([-1, 1.5, Number.POSITIVE_INFINITY])('refuses maxRetries %s', (maxRetries) => {
    expect(() => createCaacClient({ apiKey: API_KEY, maxRetries })).toThrow(
      /maxRetries must be a whole number/,
    );
  });

  it('refuses bad per-request limits before sending anything', async () => {
    const { fetch, seen } = observe(json({ tags: [] }));
    const client = createCaacClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    await expect(client.tags.list(undefined, { maxRetries: -2 })).rejects.toThrow(/maxRetries/);
    expect(seen).toHaveLength(0);
  });

  it('refuses an unknown logLevel', () => {
    // @ts-expect-error -- not a level
    expect(() => createCaacClient({ apiKey: API_KEY, logLevel: 'verbose' })).toThrow(
      /logLevel must be one of/,
    );
  });
});

describe('custom headers and fetch', () => {
  it('sends client-wide headers and lets a call override them', async () => {
    const { fetch, seen } = observe(json({ tags: [] }));
    const client = createCaacClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch,
      headers: { 'x-team': 'a' },
    });
    await client.tags.list();
    await client.tags.list(undefined, { headers: { 'x-team': 'b', apikey: 'other-tenant' } });
    expect(seen.map((s) => [s.headers.get('x-team'), s.headers.get('apikey')])).toEqual([
      ['a', API_KEY],
      ['b', 'other-tenant'],
    ]);
  });

  it('uses globalThis.fetch when none is given, called without a `this` (browsers throw otherwise)', async () => {
    const calls: unknown[] = [];
    vi.stubGlobal('fetch', function (this: unknown) {
      calls.push(this);
      return Promise.resolve(json({ tags: [] }));
    });
    await createCaacClient({ apiKey: API_KEY, baseUrl: BASE_URL }).tags.list();
    expect(calls).toEqual([undefined]);
  });
});
