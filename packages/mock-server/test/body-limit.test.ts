import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { type MockServer, startMockServer } from '../src/index.js';
import { memoryIo } from './helpers/cli-io.js';
import { REQUEST_TIMEOUT_MS } from './helpers/http.js';

const MiB = 1024 * 1024;

interface Upload {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly requestId: unknown;
  readonly connection: unknown;
  /** Bytes the client managed to hand to its socket before the answer (and the close) came. */
  readonly written: number;
}

/**
 * POSTs `total` bytes in 64 KiB chunks, honouring backpressure, and stops writing once the
 * answer arrives: what a streaming client does when the server refuses early.
 */
function upload(base: string, total: number, declareLength: boolean): Promise<Upload> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { apikey: 'k', 'content-type': 'application/json' };
    if (declareLength) headers['content-length'] = String(total);
    const req = request({
      hostname,
      port,
      path: '/caac/v1/tags',
      method: 'POST',
      headers,
      agent: false,
      timeout: REQUEST_TIMEOUT_MS,
    });
    let written = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.on('data', (data: Buffer) => {
        text += data.toString('utf8');
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(text) as Record<string, unknown>,
          requestId: res.headers['x-request-id'],
          connection: res.headers.connection,
          written,
        }),
      );
    });
    // Once refused, the server closes the connection; writes still queued then fail. Expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.on('timeout', () => req.destroy(new Error('upload timed out')));
    pump();
  });
}

describe('request body size limit', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0 });
  }, 60_000);
  afterAll(() => mock.close());

  it('refuses a 5 MB body by its Content-Length with 413 in the Error format, unread', async () => {
    const answer = await upload(mock.url, 5 * MiB, true);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      code: 'payload_too_large',
      message: 'request body is larger than 1048576 bytes',
      request_id: answer.requestId,
      details: [{ field: 'body', message: 'request body is larger than 1048576 bytes' }],
    });
    expect(answer.connection).toBe('close');
    expect(mock.journal.entries.at(-1)).toMatchObject({ status: 413, operationId: 'createTag' });
  });

  it('stops reading a streamed (chunked) body once it crosses the limit', async () => {
    // 256 MiB offered; loopback socket buffers hold a few MiB, so a client that got this far
    // before the 413 would prove the server kept reading.
    const before = process.memoryUsage().rss;
    const answer = await upload(mock.url, 256 * MiB, false);
    expect(answer.status).toBe(413);
    expect(answer.written).toBeLessThan(64 * MiB);
    // Nothing of the refused body is kept: memory stays flat (generous bound for a busy GC).
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MiB);
  });

  it('answers normally right after, on a new connection', async () => {
    const res = await fetch(`${mock.url}/caac/v1/tags`, {
      method: 'POST',
      headers: { apikey: 'k', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(1000) }),
    });
    expect(res.status).toBe(200);
  });
});

describe('maxBodyBytes', () => {
  it('changes the limit, and is checked at start', async () => {
    const mock = await startMockServer({ port: 0, maxBodyBytes: 64 });
    try {
      const post = (name: string) =>
        fetch(`${mock.url}/caac/v1/tags`, {
          method: 'POST',
          headers: { apikey: 'k', 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        });
      expect((await post('x'.repeat(10))).status).toBe(200);
      const refused = await post('x'.repeat(100));
      expect(refused.status).toBe(413);
      expect(await refused.json()).toMatchObject({
        message: 'request body is larger than 64 bytes',
      });
    } finally {
      await mock.close();
    }
    await expect(startMockServer({ maxBodyBytes: -1 })).rejects.toThrow(/maxBodyBytes/);
    await expect(startMockServer({ maxBodyBytes: 1.5 })).rejects.toThrow(/maxBodyBytes/);
  });

  it('caac-mock serve --max-body-bytes sets it; a bad value is a usage error', async () => {
    const cli = memoryIo();
    const exit = runCli(['serve', '--port', '0', '--quiet', '--max-body-bytes', '16'], cli.io);
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/[\d.:]+)/);
    const res = await fetch(`${url}/caac/v1/tags`, {
      method: 'POST',
      headers: { apikey: 'k', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'longer than sixteen bytes' }),
    });
    expect(res.status).toBe(413);
    cli.stop();
    expect(await exit).toBe(0);

    const bad = memoryIo();
    expect(await runCli(['serve', '--max-body-bytes', 'lots'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--max-body-bytes must be an integer');
  });
});
