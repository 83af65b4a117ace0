// Chromium (the machine's, driven by playwright-core): the client from a page on another origin
// than the mock (so every call goes through CORS), and the handler called with a Request built in
// the page. Fails, never skips, when Chromium is missing.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type MockServer, startMockServer } from '@caac/mock-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation } from '../src/harness/agent-requests.js';
import { chromiumBinary } from '../src/harness/binaries.js';
import { entryFile } from '../src/harness/build-entries.js';
import { runtimeSuiteContext } from '../src/harness/context.js';
import { recordRun } from '../src/harness/run-record.js';
import { failures, MOCK_API_KEY } from '../src/harness/runtime-suite.js';
import type { CheckOutcome } from '../src/in-runtime/client-checks.js';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface PageSuite {
  runClientChecks(baseUrl: string, apiKey: string): Promise<CheckOutcome[]>;
  callHandler(init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
  }): Promise<{ status: number; body: string }>;
}

/** The page's own origin: a loopback server with one HTML page and the bundled entry. */
async function startPageServer(bundle: string) {
  const script = await readFile(bundle, 'utf8');
  const server = createServer((request, response) => {
    if (request.url === '/suite.mjs') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><script type="module" src="/suite.mjs"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe('chromium', () => {
  let mock: MockServer;
  let pageServer: Server;
  let browser: Browser;
  let page: Page;
  let pageUrl: string;
  const row = {
    client: false,
    handler: false,
    checker: 'n/a' as const,
    hangUp: 'n/a (no server in a page)',
  };

  beforeAll(async () => {
    const executablePath = chromiumBinary();
    mock = await startMockServer({ apiKeys: [MOCK_API_KEY], port: 0, host: '127.0.0.1' });
    const started = await startPageServer(entryFile(runtimeSuiteContext().entries, 'browser'));
    pageServer = started.server;
    pageUrl = started.url;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, timeout: 60_000 });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pageUrl, { timeout: 60_000 });
    await page.waitForFunction(() => 'runtimeSuite' in globalThis, undefined, { timeout: 60_000 });
    expect(errors).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await mock?.close();
    if (pageServer) await new Promise((resolve) => pageServer.close(resolve));
    if (browser) recordRun('chromium', browser.version(), row);
  });

  it('loads the page from another origin than the mock', () => {
    expect(new URL(pageUrl).origin).not.toBe(new URL(mock.url).origin);
  });

  it('runs the client against caac-mock across origins: list, create, pagination, 404, timeout, 503 retry, abort', async () => {
    const outcomes = await page.evaluate(
      ([baseUrl, apiKey]) =>
        (globalThis as unknown as { runtimeSuite: PageSuite }).runtimeSuite.runClientChecks(
          baseUrl as string,
          apiKey as string,
        ),
      [mock.url, MOCK_API_KEY],
    );
    expect(outcomes).toHaveLength(8);
    expect(failures(outcomes)).toEqual([]);
    row.client = true;
  });

  describe('the handler called with a Request in the page', () => {
    const call = (init: Parameters<PageSuite['callHandler']>[0]) =>
      page.evaluate(
        (request) =>
          (globalThis as unknown as { runtimeSuite: PageSuite }).runtimeSuite.callHandler(request),
        init,
      );
    const headers = {
      authorization: 'Bearer browser-agent-token',
      'content-type': 'application/json',
    };
    let passed = 0;
    afterAll(() => {
      row.handler = passed === 4;
    });

    it('answers a conversation', async () => {
      const answer = await call({
        method: 'POST',
        headers,
        body: JSON.stringify(conversation('hello from the page')),
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).reply_text).toContain('runtime suite heard 19 characters');
      passed += 1;
    });

    it('401 for a wrong token', async () => {
      const answer = await call({
        method: 'POST',
        headers: { ...headers, authorization: 'Bearer wrong' },
        body: JSON.stringify(conversation('hi')),
      });
      expect(answer.status).toBe(401);
      passed += 1;
    });

    it('405 for GET', async () => {
      expect((await call({ method: 'GET', headers })).status).toBe(405);
      passed += 1;
    });

    it('415 for text/plain', async () => {
      const answer = await call({
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/plain' },
        body: 'hi',
      });
      expect(answer.status).toBe(415);
      passed += 1;
    });
  });
});
