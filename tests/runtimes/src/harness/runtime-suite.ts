// The one list of runtime checks, as vitest tests: each runtime's test file calls this with the
// way to start it and what it does on a hang-up. Client checks run inside the runtime; the
// checker, the edge answers and the hang-up probe call the runtime's server from here.
import { checkAgent, type MockServer, startMockServer } from '@caac/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_MAX_BODY_BYTES, NEVER_REPLY } from '../in-runtime/agent-app.js';
import type { CheckOutcome } from '../in-runtime/client-checks.js';
import { authorised, conversation, send } from './agent-requests.js';
import { runtimeSuiteContext } from './context.js';
import { type HangUpBehaviour, observeHangUp } from './hang-up.js';
import { recordRun } from './run-record.js';
import type { RuntimeServer } from './runtime-process.js';
import { AGENT_TOKEN } from './runtime-process.js';
import { type RuntimeName, START } from './runtimes.js';

const EDGE_ANSWERS = 7;
export const MOCK_API_KEY = 'runtime-suite-api-key';

export function failures(outcomes: readonly CheckOutcome[]) {
  return outcomes.filter((outcome) => !outcome.ok).map((o) => `${o.name}: ${o.detail}`);
}

export function describeRuntime(name: RuntimeName, hangUp: HangUpBehaviour) {
  describe(name, () => {
    let mock: MockServer;
    let server: RuntimeServer;
    let agentUrl: string;
    const row = { client: false, edgeAnswers: 0, checker: false, hangUp: '' };

    beforeAll(async () => {
      mock = await startMockServer({ apiKeys: [MOCK_API_KEY], port: 0, host: '127.0.0.1' });
      server = await START[name](runtimeSuiteContext());
      agentUrl = `${server.url}/ai-agent`;
    });
    afterAll(async () => {
      await server?.close();
      await mock?.close();
      // Shown, not asserted: what the runtime itself printed besides the ready line.
      const printed = server
        ?.output()
        .split('\n')
        .filter((line) => line && !line.startsWith('{"listening"'));
      if (printed?.length)
        console.info(`[runtimes] ${name} printed:\n${printed.slice(0, 10).join('\n')}`);
      if (server)
        recordRun(name, server.version, { ...row, handler: row.edgeAnswers === EDGE_ANSWERS });
    });

    it('runs the client against caac-mock: list, create, pagination, 404, timeout, 503 retry, abort', async () => {
      const response = await fetch(
        `${server.url}/__client-checks?mock=${encodeURIComponent(mock.url)}&key=${MOCK_API_KEY}`,
        { signal: AbortSignal.timeout(90_000) },
      );
      const outcomes = (await response.json()) as CheckOutcome[];
      expect(outcomes.map((outcome) => outcome.name)).toHaveLength(8);
      expect(failures(outcomes), server.output()).toEqual([]);
      row.client = true;
    });

    it('serves the handler natively and passes caac-mock check-agent', async () => {
      const report = await checkAgent({ url: agentUrl, token: AGENT_TOKEN, timeoutMs: 30_000 });
      const failed = report.results.filter((result) => result.required && !result.pass);
      expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
      expect(report.passed).toBe(true);
      row.checker = true;
    });

    describe('edge answers', () => {
      it('405 with Allow: POST for GET', async () => {
        const answer = await send(agentUrl, { method: 'GET', headers: authorised() });
        expect(answer.status).toBe(405);
        expect(answer.headers.allow).toBe('POST');
        row.edgeAnswers += 1;
      });

      it('415 for a body that is not JSON', async () => {
        const answer = await send(agentUrl, {
          headers: authorised({ 'content-type': 'text/plain' }),
          body: 'hello',
        });
        expect(answer.status).toBe(415);
        row.edgeAnswers += 1;
      });

      it('413 from Content-Length, before the body arrives', async () => {
        const answer = await send(agentUrl, {
          headers: authorised({ 'content-length': String(AGENT_MAX_BODY_BYTES * 4) }),
          body: '{',
          stall: true,
        });
        expect(answer.status).toBe(413);
        row.edgeAnswers += 1;
      });

      it('413 for a streamed body once it passes the limit', async () => {
        const answer = await send(agentUrl, {
          headers: authorised({ 'transfer-encoding': 'chunked' }),
          streamChunkBytes: 16 * 1024,
        });
        expect(answer.status).toBe(413);
        row.edgeAnswers += 1;
      });

      it('400 bad_request for a body that is not UTF-8', async () => {
        const answer = await send(agentUrl, {
          headers: authorised(),
          body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        });
        expect(answer.status).toBe(400);
        expect(JSON.parse(answer.body)).toMatchObject({ code: 'bad_request' });
        row.edgeAnswers += 1;
      });

      it('408 for a body that stops coming', async () => {
        const answer = await send(agentUrl, {
          headers: authorised({ 'content-length': '200' }),
          body: '{"version":',
          stall: true,
        });
        expect(answer.status).toBe(408);
        row.edgeAnswers += 1;
      });

      it('200 with the fallback reply when reply misses the deadline', async () => {
        const answer = await send(agentUrl, {
          headers: authorised(),
          body: JSON.stringify(conversation(NEVER_REPLY)),
        });
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.body).reply_text).toContain('<HUMAN_HANDOVER>');
        row.edgeAnswers += 1;
      });
    });

    it(`when the caller hangs up, reply's signal ${hangUp}`, async () => {
      const observed = await observeHangUp(server.url);
      row.hangUp = `${observed.behaviour}${observed.afterMs === undefined ? '' : ` (${observed.afterMs} ms)`}`;
      console.info(`[runtimes] ${name} hang-up: ${row.hangUp}, reason ${observed.reason}`);
      expect(observed.behaviour).toBe(hangUp);
    });

    it('prints no deprecation warning caused by the kit (Deno: "request.signal aborts on successful responses")', () => {
      expect(server.output()).not.toMatch(/legacy behavior|deprecat/i);
    });
  });
}
