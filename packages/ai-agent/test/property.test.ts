// Thousands of random and mutated requests: whatever arrives, the handler answers (no hang), never
// with a 5xx, always with JSON, and every valid conversation reaches `reply`.

import { anyRequestBody, validRequest } from '@caac/agent-arbitraries';
import { isHealthCheck, isValidRequest } from '@caac/ai-agent-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AiAgentReply, SelfHostedAiAgentRequest } from '../src/index.js';
import { TOKEN, testHandler, URL_ } from './helpers.js';

const ANSWER_WITHIN_MS = 2000;

/** How `reply` behaves in one run. */
const replyBehaviour = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.string().map((text) => ({ kind: 'value' as const, value: text as AiAgentReply })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ text: fc.string(), handover: fc.boolean() })
      .map((value) => ({ kind: 'value' as const, value })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'throw' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'invalid' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'hang' as const }) },
);

/** Bodies as bytes on the wire: JSON of valid/mutated/arbitrary values, JSON text with typos, raw junk. */
const rawBody = fc.oneof(
  { weight: 4, arbitrary: validRequest.map((value) => JSON.stringify(value)) },
  { weight: 6, arbitrary: anyRequestBody.map((value) => JSON.stringify(value) ?? '') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(validRequest, fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }))
      .map(([value, at, cut, insert]) => {
        const text = JSON.stringify(value);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      }),
  },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
);

const headersArb = fc.record({
  method: fc.oneof(
    { weight: 20, arbitrary: fc.constant('POST') },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH') },
  ),
  auth: fc.oneof(
    { weight: 20, arbitrary: fc.constant(`Bearer ${TOKEN}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(undefined, '', 'Bearer', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)) },
  ),
  contentType: fc.oneof(
    { weight: 20, arbitrary: fc.constant('application/json') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        'text/plain',
        'application/json; charset=latin1',
        'application/x+json',
      ),
    },
  ),
});

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)),
      ANSWER_WITHIN_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function parseOrUndefined(body: string | Uint8Array): unknown {
  try {
    return JSON.parse(
      typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: true }).decode(body),
    );
  } catch {
    return undefined;
  }
}

describe('the handler under random input (fast-check)', () => {
  it('always answers, never 5xx, and every valid conversation reaches reply', async () => {
    let reachedReply = 0;
    await fc.assert(
      fc.asyncProperty(rawBody, headersArb, replyBehaviour, async (body, h, behaviour) => {
        const calls: SelfHostedAiAgentRequest[] = [];
        const handler = testHandler({
          deadlineMs: 25,
          maxBodyBytes: 64 * 1024,
          reply: (request) => {
            calls.push(request);
            if (behaviour.kind === 'throw') throw new Error('reply failed');
            if (behaviour.kind === 'invalid') return 42 as unknown as string;
            if (behaviour.kind === 'hang') return new Promise<string>(() => {});
            return behaviour.value;
          },
        });
        const headers = new Headers();
        if (h.auth !== undefined) headers.set('authorization', h.auth);
        if (h.contentType !== undefined) headers.set('content-type', h.contentType);
        const hasBody = h.method !== 'GET';
        const request = new Request(URL_, {
          method: h.method,
          headers,
          body: hasBody ? body : null,
        });

        const response = await withTimeout(handler(request));
        expect(response.status).toBeLessThan(500);
        const json = (await response.json()) as Record<string, unknown>;

        if (response.status === 200) {
          expect(typeof json.reply_text).toBe('string');
        } else {
          expect(json.code).toEqual(expect.any(String));
          expect(json.message).toMatch(/^\[@caac\/ai-agent\] /);
          expect(JSON.stringify(json)).not.toContain(TOKEN);
        }

        const parsed = parseOrUndefined(body);
        const jsonType =
          h.contentType === 'application/json' || h.contentType === 'application/x+json';
        const accepted = h.method === 'POST' && h.auth === `Bearer ${TOKEN}` && jsonType;
        if (accepted && isValidRequest(parsed)) {
          expect(response.status).toBe(200);
          if (isHealthCheck(parsed)) {
            expect(calls).toHaveLength(0);
            expect(json.reply_text).toBe('');
          } else {
            expect(calls).toEqual([parsed]);
            reachedReply++;
          }
        } else {
          expect(calls).toHaveLength(0);
          expect([400, 401, 405, 413, 415]).toContain(response.status);
        }
      }),
      { numRuns: 4000 },
    );
    // The generators must produce plenty of valid conversations, or the last rule proves little.
    expect(reachedReply).toBeGreaterThan(300); // about 650 expected
  }, 120_000);
});
