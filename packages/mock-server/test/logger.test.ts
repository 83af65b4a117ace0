import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  CaacMockConfigError,
  type CaacMockLogger,
  type MockServer,
  startMockServer,
} from '../src/index.js';
import { call } from './helpers/http.js';

const KEY = 'logger-test-secret-key';
const started: MockServer[] = [];

afterAll(async () => {
  await Promise.all(started.splice(0).map((mock) => mock.close()));
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function start(options: Parameters<typeof startMockServer>[0]): Promise<MockServer> {
  const mock = await startMockServer(options);
  started.push(mock);
  return mock;
}

type Line = { level: keyof CaacMockLogger; message: string; details?: Record<string, unknown> };

function recordingLogger(): { logger: CaacMockLogger; lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: Line['level']) => (message: string, details?: Record<string, unknown>) =>
    lines.push({ level, message, ...(details === undefined ? {} : { details }) });
  return {
    lines,
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
  };
}

/** Waits (bounded) until the logger saw a line matching `match`. */
async function lineMatching(lines: Line[], match: (line: Line) => boolean): Promise<Line> {
  for (let i = 0; i < 200; i++) {
    const found = lines.find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no matching log line in ${JSON.stringify(lines)}`);
}

describe('logger option (the CaacLogger shape of @caac/client)', () => {
  it('gets one debug line per request, prefixed, with the entry and without the API key', async () => {
    const { logger, lines } = recordingLogger();
    const mock = await start({ logger });
    const { status } = await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } });
    expect(status).toBe(200);
    const line = await lineMatching(lines, (l) => l.level === 'debug');
    expect(line.message).toMatch(
      /^\[@caac\/mock-server\] \S+ +200 +GET +\/caac\/v1\/tags +\d+ ms +listTags$/,
    );
    expect(line.details?.entry).toMatchObject({ method: 'GET', status: 200, url: '/caac/v1/tags' });
    expect(JSON.stringify(lines)).not.toContain(KEY);
  });

  it('gets a warn line, not a process warning, when onRequest throws', async () => {
    const { logger, lines } = recordingLogger();
    const warning = vi.spyOn(process, 'emitWarning');
    const mock = await start({
      logger,
      onRequest: () => {
        throw new Error('listener boom');
      },
    });
    expect((await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } })).status).toBe(200);
    const line = await lineMatching(lines, (l) => l.level === 'warn');
    expect(line.message).toBe('[@caac/mock-server] onRequest listener threw: listener boom');
    expect(warning).not.toHaveBeenCalled();
  });

  it('keeps answering when the logger itself throws (its line becomes a process warning)', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const throwing = () => {
      throw new Error('logger down');
    };
    const mock = await start({
      logger: { debug: throwing, info: throwing, warn: throwing, error: throwing },
    });
    expect((await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } })).status).toBe(200);
    expect((await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } })).status).toBe(200);
    for (let i = 0; i < 200 && warning.mock.calls.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(String(warning.mock.calls[0]?.[0])).toMatch(
      /logger\.debug threw \(Error: logger down\)/,
    );
  });

  it('without a logger, a throwing onRequest is still a CaacMockWarning process warning', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const mock = await start({
      onRequest: () => {
        throw new Error('plain boom');
      },
    });
    expect((await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } })).status).toBe(200);
    for (let i = 0; i < 200 && warning.mock.calls.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(warning).toHaveBeenCalledWith('onRequest listener threw: plain boom', 'CaacMockWarning');
  });

  it('refuses a logger without the four methods with CaacMockConfigError', async () => {
    const partial = { debug: () => {} } as unknown as CaacMockLogger;
    const attempt = startMockServer({ logger: partial });
    await expect(attempt).rejects.toBeInstanceOf(CaacMockConfigError);
    await expect(startMockServer({ logger: partial })).rejects.toThrow(
      '[@caac/mock-server] logger must have debug, info, warn and error methods (like console); missing info, warn, error',
    );
  });

  it('accepts console', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const mock = await start({ logger: console });
    expect((await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } })).status).toBe(200);
    for (let i = 0; i < 200 && debug.mock.calls.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(String(debug.mock.calls[0]?.[0])).toMatch(/^\[@caac\/mock-server\] /);
  });
});
