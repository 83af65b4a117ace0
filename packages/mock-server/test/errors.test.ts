import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CaacMockConfigError,
  CaacMockError,
  CaacMockInputError,
  CaacMockListenError,
  CaacMockSeedError,
  CaacMockSimulatorError,
  CaacMockSpecError,
  CaacMockStateError,
  checkAgent,
  type MockServer,
  startMockServer,
} from '../src/index.js';

const PREFIX = '[@caac/mock-server] ';
const dir = mkdtempSync(path.join(tmpdir(), 'caac-mock-errors-'));
const started: MockServer[] = [];

afterAll(async () => {
  await Promise.all(started.splice(0).map((mock) => mock.close()));
});

async function start(options: Parameters<typeof startMockServer>[0]): Promise<MockServer> {
  const mock = await startMockServer(options);
  started.push(mock);
  return mock;
}

function file(name: string, content: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

function expectFamily(
  error: Error,
  type: abstract new (...args: never[]) => CaacMockError,
  name: string,
  message: RegExp,
) {
  expect(error).toBeInstanceOf(type);
  expect(error).toBeInstanceOf(CaacMockError);
  expect(error.name).toBe(name);
  expect(error.message.startsWith(PREFIX)).toBe(true);
  expect((error as CaacMockError).detail).toBe(error.message.slice(PREFIX.length));
  expect(error.message).toMatch(message);
}

describe('bad options reject with CaacMockConfigError', () => {
  it.each([
    [{ latencyMs: -1 }, /latencyMs must be an integer from 0 to \d+, got -1/],
    [{ maxBodyBytes: 1.5 }, /maxBodyBytes must be a whole number of bytes >= 0, got 1\.5/],
    [{ fault: 'teapot' }, /fault: fault must be/],
    [{ seed: { tags: [] } }, /a seed object need stateful: true/],
    [{ stateFile: 'x.json' }, /stateFile need stateful: true/],
    [
      { stateful: true, agent: { url: 'ftp://127.0.0.1/agent', token: 't' } },
      /agent\.url must be an http: or https: URL, got "ftp:"/,
    ],
    [
      { stateful: true, agent: { url: 'http://127.0.0.1:1/agent', token: 't', deadlineMs: 0 } },
      /agent\.deadlineMs must be an integer from 1 to 45000, got 0/,
    ],
  ] as const)('%j', async (options, message) => {
    const error = await rejection(startMockServer(options));
    expectFamily(error, CaacMockConfigError, 'CaacMockConfigError', message);
  });

  it('names an unset token_env of a seed file agent, not a token', async () => {
    const env = 'CAAC_MOCK_ERRORS_TEST_UNSET_TOKEN';
    delete process.env[env];
    const seedFile = file(
      'agent.yaml',
      `agent: { url: "http://127.0.0.1:1/agent", token_env: ${env} }\n`,
    );
    const error = await rejection(startMockServer({ stateful: true, seedFile }));
    expectFamily(
      error,
      CaacMockConfigError,
      'CaacMockConfigError',
      new RegExp(`agent\\.token_env names ${env}, which is not set`),
    );
  });

  it('setAgent with an unusable agent throws CaacMockConfigError and keeps no token', async () => {
    const mock = await start({ stateful: true, apiKeys: ['errors-key'] });
    let error: Error | undefined;
    try {
      mock.setAgent({ apiKey: 'errors-key' }, { url: 'not a url', token: 'secret-token-1' });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error).toBeDefined();
    expectFamily(error as Error, CaacMockConfigError, 'CaacMockConfigError', /not a valid URL/);
    expect((error as Error).message).not.toContain('secret-token-1');
  });

  it('checkAgent rejects an unusable URL, token or answer limit', async () => {
    const base = { url: 'http://127.0.0.1:1/agent', token: 'dev-token' };
    expectFamily(
      await rejection(checkAgent({ ...base, url: 'nope' })),
      CaacMockConfigError,
      'CaacMockConfigError',
      /not a URL: "nope"/,
    );
    expectFamily(
      await rejection(checkAgent({ ...base, token: '' })),
      CaacMockConfigError,
      'CaacMockConfigError',
      /checkAgent needs a non-empty token/,
    );
    const spaced = await rejection(checkAgent({ ...base, token: 'sec ret' }));
    expectFamily(spaced, CaacMockConfigError, 'CaacMockConfigError', /at position 4/);
    expect(spaced.message).not.toContain('sec ret');
    expectFamily(
      await rejection(checkAgent({ ...base, maxAnswerBytes: 0 })),
      CaacMockConfigError,
      'CaacMockConfigError',
      /maxAnswerBytes must be a whole number from 1 to/,
    );
  });
});

describe('seed and state problems reject with CaacMockSeedError', () => {
  it('a seed file that does not exist', async () => {
    const seedFile = path.join(dir, 'missing.json');
    const error = await rejection(startMockServer({ stateful: true, seedFile }));
    expectFamily(error, CaacMockSeedError, 'CaacMockSeedError', /cannot read seed file .*missing/);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('a seed file that does not parse', async () => {
    const seedFile = file('broken.json', '{ "tags": [');
    const error = await rejection(startMockServer({ stateful: true, seedFile }));
    expectFamily(error, CaacMockSeedError, 'CaacMockSeedError', /broken\.json does not parse/);
  });

  it('a seed object that breaks the seed schema lists the problem', async () => {
    const error = await rejection(startMockServer({ stateful: true, seed: { tags: [{ id: 1 }] } }));
    expectFamily(
      error,
      CaacMockSeedError,
      'CaacMockSeedError',
      /seed is invalid:\n {2}- \/tags\/0: must have required property 'name'/,
    );
  });

  it('a state file that is not JSON, or not a caac-mock state file', async () => {
    const notJson = file('state-broken.json', 'not json');
    expectFamily(
      await rejection(startMockServer({ stateful: true, stateFile: notJson })),
      CaacMockSeedError,
      'CaacMockSeedError',
      /state file .*state-broken\.json is not valid JSON/,
    );
    const foreign = file('state-foreign.json', '{"format":"other"}');
    expectFamily(
      await rejection(startMockServer({ stateful: true, stateFile: foreign })),
      CaacMockSeedError,
      'CaacMockSeedError',
      /state-foreign\.json is not a caac-mock state file/,
    );
  });

  it('mock.load with an invalid snapshot', async () => {
    const mock = await start({ stateful: true });
    let error: Error | undefined;
    try {
      mock.load('errors-key', { tags: [{ id: 1 }] } as never);
    } catch (caught) {
      error = caught as Error;
    }
    expectFamily(error as Error, CaacMockSeedError, 'CaacMockSeedError', /snapshot is invalid/);
  });
});

describe('stateful-only calls on an example-mode mock throw CaacMockStateError', () => {
  it('snapshot, reset, load, organization, setAgent and memberSays', async () => {
    const mock = await start({});
    const state = /start the mock with stateful: true to use its state/;
    const play = /start the mock with stateful: true to play members/;
    const sync: Array<[() => unknown, RegExp]> = [
      [() => mock.snapshot('k'), state],
      [() => mock.reset('k'), state],
      [() => mock.load('k', {}), state],
      [() => mock.organization('k'), state],
      [() => mock.setAgent({ apiKey: 'k' }, undefined), play],
    ];
    for (const [call, message] of sync) {
      let error: Error | undefined;
      try {
        call();
      } catch (caught) {
        error = caught as Error;
      }
      expect(error).toBeDefined();
      expectFamily(error as Error, CaacMockStateError, 'CaacMockStateError', message);
    }
    const says = await rejection(
      mock.memberSays({ apiKey: 'k', channelId: 1024, memberId: 557118, text: 'hi' }),
    );
    expectFamily(says, CaacMockStateError, 'CaacMockStateError', play);
  });
});

describe('other public failures', () => {
  it('memberSays with empty text rejects with CaacMockInputError (status 400)', async () => {
    const mock = await start({ stateful: true, apiKeys: ['errors-key'] });
    const error = await rejection(
      mock.memberSays({ apiKey: 'errors-key', channelId: 1024, memberId: 557118, text: '  ' }),
    );
    expectFamily(
      error,
      CaacMockInputError,
      'CaacMockInputError',
      /text must be a non-empty string/,
    );
    expect((error as CaacMockInputError).status).toBe(400);
  });

  it('memberSays for an undeclared key rejects with CaacMockInputError (status 404)', async () => {
    const mock = await start({ stateful: true, apiKeys: ['errors-key'] });
    const error = await rejection(
      mock.memberSays({ apiKey: 'other', channelId: 1024, memberId: 557118, text: 'hi' }),
    );
    expectFamily(error, CaacMockInputError, 'CaacMockInputError', /names no tenant of this mock/);
    expect((error as CaacMockInputError).status).toBe(404);
  });

  it('memberSays and organization calls naming a missing id throw CaacMockSimulatorError', async () => {
    const mock = await start({ stateful: true, apiKeys: ['errors-key'] });
    const says = await rejection(
      mock.memberSays({ apiKey: 'errors-key', channelId: 1024, memberId: 999, text: 'hi' }),
    );
    expectFamily(
      says,
      CaacMockSimulatorError,
      'CaacMockSimulatorError',
      /member 999 does not exist/,
    );
    expect((says as CaacMockSimulatorError).kind).toBe('not_found');
    let error: Error | undefined;
    try {
      mock.organization('errors-key').teams.addUsers(12, [999]);
    } catch (caught) {
      error = caught as Error;
    }
    expectFamily(error as Error, CaacMockSimulatorError, 'CaacMockSimulatorError', /999/);
  });

  it('a spec file that does not exist rejects with CaacMockSpecError', async () => {
    const error = await rejection(startMockServer({ spec: path.join(dir, 'nope.yaml') }));
    expectFamily(error, CaacMockSpecError, 'CaacMockSpecError', /spec not found: .*nope\.yaml/);
  });

  it('a taken port rejects with CaacMockListenError carrying the code', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const error = await rejection(startMockServer({ port }));
      expectFamily(
        error,
        CaacMockListenError,
        'CaacMockListenError',
        /cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE/,
      );
      expect((error as CaacMockListenError).code).toBe('EADDRINUSE');
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
