import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CaacLogger, createCaacClient, REDACTED } from '../src/index.js';
import { createRedactor } from '../src/redact.js';
import { API_KEY, apiError, BASE_URL, clientWith, json, observe, rejectionOf } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function recordingLogger() {
  const lines: unknown[][] = [];
  const logger: CaacLogger = {
    debug: (...args) => lines.push(['debug', ...args]),
    info: (...args) => lines.push(['info', ...args]),
    warn: (...args) => lines.push(['warn', ...args]),
    error: (...args) => lines.push(['error', ...args]),
  };
  return { logger, lines };
}

/** Every way an error can be looked at. */
const views = (error: Error) => [
  error.message,
  String(error),
  error.stack ?? '',
  JSON.stringify(error),
  JSON.stringify((error as { headers?: unknown }).headers ?? null),
  JSON.stringify((error as { body?: unknown }).body ?? null),
];

describe('the API key never leaks', () => {
  it('from logs at any level, including request headers', async () => {
    const { logger, lines } = recordingLogger();
    const { client } = clientWith([apiError(503), json({ tags: [] })], {
      logger,
      logLevel: 'debug',
      maxRetries: 1,
    });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    vi.useFakeTimers();
    const call = client.tags.list();
    await vi.runAllTimersAsync();
    await call;
    vi.useRealTimers();
    const text = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThan(3);
    expect(text).not.toContain(API_KEY);
    expect(text).toContain(`"apikey":"${REDACTED}"`);
  });

  it('from errors, even when the server echoes the key back', async () => {
    const echo = json(
      {
        code: 'unauthorized',
        message: `invalid apikey ${API_KEY}`,
        details: [{ field: 'apikey', message: API_KEY }],
      },
      401,
      { authorization: `Bearer ${API_KEY}`, 'x-echo': API_KEY },
    );
    const { client } = clientWith([echo]);
    const error = await rejectionOf(client.tags.list());
    for (const view of views(error)) expect(view).not.toContain(API_KEY);
    expect(error.message).toContain(`invalid apikey ${REDACTED}`);
    expect(error).toMatchObject({ headers: { authorization: REDACTED, 'x-echo': REDACTED } });
  });

  it('from connection errors whose cause mentions it', async () => {
    const { client } = clientWith([new Error(`proxy refused header apikey=${API_KEY}`)], {
      maxRetries: 0,
    });
    const error = await rejectionOf(client.tags.list());
    for (const view of views(error)) expect(view).not.toContain(API_KEY);
  });

  it('when a call overrides the key per request', async () => {
    const { logger, lines } = recordingLogger();
    const other = 'sk-other-tenant-secret';
    const echo = apiError(403, `key ${other} may not do this`);
    const { client } = clientWith([echo], { logger });
    const error = await rejectionOf(client.tags.list(undefined, { headers: { apikey: other } }));
    for (const view of views(error)) expect(view).not.toContain(other);
    expect(JSON.stringify(lines)).not.toContain(other);
  });

  it('and any authorization header is masked in logs', async () => {
    const { logger, lines } = recordingLogger();
    const { fetch } = observe(json({ tags: [] }));
    const client = createCaacClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch,
      logger,
      headers: { Authorization: 'Bearer proxy-token-123' },
    });
    await client.tags.list();
    expect(JSON.stringify(lines)).not.toContain('proxy-token-123');
  });
});

describe('createRedactor', () => {
  it('masks sensitive names and known secrets, leaving everything else alone', () => {
    const redact = createRedactor(['s3cret']);
    const input = {
      apikey: 'anything',
      'X-Api-Key': 'a',
      api_key: 'b',
      Authorization: 'c',
      'proxy-authorization': 'd',
      cookie: 'e',
      nested: [{ note: 'the key is s3cret, twice: s3cret' }],
      count: 3,
      flag: true,
      nothing: null,
    };
    expect(redact(input)).toEqual({
      apikey: REDACTED,
      'X-Api-Key': REDACTED,
      api_key: REDACTED,
      Authorization: REDACTED,
      'proxy-authorization': REDACTED,
      cookie: REDACTED,
      nested: [{ note: `the key is ${REDACTED}, twice: ${REDACTED}` }],
      count: 3,
      flag: true,
      nothing: null,
    });
    expect(input.apikey).toBe('anything');
  });

  it('reads Headers objects', () => {
    expect(createRedactor([])(new Headers({ apikey: 'k', accept: 'application/json' }))).toEqual({
      apikey: REDACTED,
      accept: 'application/json',
    });
  });
});
