// @ts-check
// What every framework recipe must do, checked over HTTP on a free loopback port: pass the real
// checker (`checkAgent` from @caac/mock-server, as `caac-mock check-agent` runs it), answer a
// malformed body with the kit's JSON error after the token check, accept a ~300 KB conversation,
// and leave the app's other routes working.
import { checkAgent, formatReport } from '@caac/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

export const TOKEN = 'framework-test-token-51';

/**
 * @typedef {{ url: string, close: () => Promise<void> }} Running
 * @typedef {(token: string) => Promise<Running>} Start
 */

/** @param {string} url @param {string} body @param {{ token?: string | null, type?: string }} [options] */
export function post(url, body, { token = TOKEN, type = 'application/json' } = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': type };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(15_000) });
}

/** A valid conversation of about `bytes` bytes: many text messages, as a long chat is. */
/** @param {number} bytes */
export function conversationOf(bytes) {
  const text = 'I would like to know more about the products you sell, and their prices. '.repeat(
    4,
  );
  const count = Math.ceil(bytes / (text.length + 160));
  const messages = Array.from({ length: count }, (_, i) => ({
    message_type: 'text',
    message_uuid: `550e8400-e29b-41d4-a716-${String(i).padStart(12, '0')}`,
    sender_id: 12345,
    sender_type: 'member',
    text,
    timestamp: '2025-05-21T05:06:00Z',
  }));
  return JSON.stringify({
    conversation_id: 98765,
    org_uuid: '123e4567-e89b-12d3-a456-426614174000',
    version: '1.0',
    participants: { members: [{ id: 12345, display_name: 'Alice' }], users: [] },
    messages,
  });
}

/** @param {Response} response */
export async function kitError(response) {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = /** @type {{ code: string, message: string }} */ (await response.json());
  expect(body.message).toMatch(/^\[@caac\/ai-agent\] /);
  return body;
}

/**
 * The checks every recipe passes.
 * @param {string} name
 * @param {Start} start
 * @param {{ otherRoute?: boolean }} [options]
 */
export function frameworkSuite(name, start, { otherRoute = true } = {}) {
  describe(`${name} recipe`, () => {
    /** @type {Running} */
    let agent;
    beforeAll(async () => {
      agent = await start(TOKEN);
    }, 60_000);
    afterAll(() => agent?.close());

    it('passes caac-mock check-agent', async () => {
      const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 20_000 });
      expect(report.passed, formatReport(report)).toBe(true);
      expect(report.counts.failed).toBe(0);
    }, 120_000);

    it('answers a malformed body with the kit’s JSON 400', async () => {
      const response = await post(agent.url, '{"version": "1.0", "messages": [');
      expect(response.status).toBe(400);
      expect(await kitError(response)).toMatchObject({ code: 'bad_request' });
    });

    it('checks the token before it looks at the body', async () => {
      const response = await post(agent.url, '{"version": ', { token: 'wrong-token' });
      expect(response.status).toBe(401);
      expect(await kitError(response)).toMatchObject({ code: 'unauthorized' });
    });

    it('answers a body that is not JSON with the kit’s JSON 415', async () => {
      const response = await post(agent.url, 'hello', { type: 'text/plain' });
      expect(response.status).toBe(415);
      expect(await kitError(response)).toMatchObject({ code: 'unsupported_media_type' });
    });

    it('answers GET with 405 and Allow: POST', async () => {
      const response = await fetch(agent.url, { signal: AbortSignal.timeout(15_000) });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });

    it('accepts a ~300 KB conversation (the kit’s limit, not the framework’s)', async () => {
      const body = conversationOf(300 * 1024);
      expect(body.length).toBeGreaterThan(290 * 1024);
      const response = await post(agent.url, body);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ reply_text: expect.stringContaining('You said:') });
    });

    it('answers a body over maxBodyBytes (1 MiB) with the kit’s JSON 413', async () => {
      const response = await post(agent.url, conversationOf(1100 * 1024));
      expect(response.status).toBe(413);
      expect(await kitError(response)).toMatchObject({ code: 'payload_too_large' });
    });

    // Registered only where the recipe has other routes (a Next.js route module has none).
    if (otherRoute) {
      it('leaves the app’s other routes and their body parser working', async () => {
        const url = agent.url.replace(/\/ai-agent$/, '/orders');
        const response = await post(url, '{"id": 7}', { token: null });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ received: { id: 7 } });
      });
    }
  });
}

/**
 * Listens on a free loopback port.
 * @param {{ listen: (port: number, host: string, done: () => void) => import('node:http').Server }} app
 * @returns {Promise<Running>}
 */
export function listenNode(app) {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${address.port}/ai-agent`,
        close: () => closeServer(server),
      });
    });
    server.once('error', reject);
  });
}

/** @param {import('node:http').Server} server @returns {Promise<void>} */
export function closeServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
