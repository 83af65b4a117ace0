import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { type AgentReport, checkAgent, formatReport } from '../src/index.js';
import { startCorrectAgent } from './helpers/agents.js';
import { memoryIo } from './helpers/cli-io.js';
import {
  behindExpressJson,
  type HostileAgent,
  hostileAgent,
  jsonEverywhere,
  streamingAnswer,
} from './helpers/hostile-agents.js';

const TOKEN = 'Zq7xK3mP9vT2wR8sLd4N';
const byId = (report: AgentReport, id: string) => report.results.find((r) => r.id === id);
const everything = (report: AgentReport) => `${formatReport(report)}\n${JSON.stringify(report)}`;

async function withAgent<T>(agent: Promise<HostileAgent>, run: (a: HostileAgent) => Promise<T>) {
  const started = await agent;
  try {
    return await run(started);
  } finally {
    await started.close();
  }
}

describe('answers larger than the cap', () => {
  it('fails a 20 MB answer with "answer larger than N bytes" and stops reading it', async () => {
    await withAgent(hostileAgent(streamingAnswer(20_000_000)), async (agent) => {
      const report = await checkAgent({
        url: agent.url,
        token: TOKEN,
        timeoutMs: 15_000,
        randomConversations: 0,
      });
      const health = byId(report, 'health-check');
      expect(health).toMatchObject({ pass: false, status: 200 });
      expect(health?.reason).toMatch(/^answer larger than 1048576 bytes/);
      expect(health?.bytesReceived).toBeLessThan(1048576 + 256 * 1024);
      expect(report.maxAnswerBytes).toBe(1048576);
      // Every check closed the connection early: the agent never got to send 20 MB even once.
      expect(agent.bytesSent()).toBeLessThan(report.results.length * 8 * 1024 * 1024);
    });
  });

  it('fails an answer whose Content-Length is above the cap without reading it', async () => {
    await withAgent(
      hostileAgent(streamingAnswer(20_000_000, { declareLength: true })),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 15_000 });
        expect(byId(report, 'health-check')?.reason).toMatch(
          /^answer larger than 1048576 bytes \(Content-Length: 20000000\)/,
        );
      },
    );
  });

  it('stops an endless answer at the cap, which the option and the CLI flag set', async () => {
    await withAgent(hostileAgent(streamingAnswer(Number.POSITIVE_INFINITY)), async (agent) => {
      const report = await checkAgent({
        url: agent.url,
        token: TOKEN,
        timeoutMs: 15_000,
        maxAnswerBytes: 4096,
        randomConversations: 0,
      });
      expect(
        report.results.every((r) => r.reason?.startsWith('answer larger than 4096 bytes')),
      ).toBe(true);
      const cli = memoryIo();
      expect(
        await runCli(
          [
            'check-agent',
            agent.url,
            '--token',
            TOKEN,
            '--random',
            '0',
            '--max-answer-bytes',
            '2048',
          ],
          cli.io,
        ),
      ).toBe(1);
      expect(cli.stdout()).toContain('FAIL health-check: answer larger than 2048 bytes');
    });
  });
});

describe('an agent that never answers', () => {
  it('gives up after one deadline and a short probe, with a diagnosis, and says which checks did not run', async () => {
    await withAgent(
      hostileAgent(() => {}),
      async (agent) => {
        const seen: string[] = [];
        const report = await checkAgent({
          url: agent.url,
          token: TOKEN,
          timeoutMs: 300,
          onResult: (r) => seen.push(r.id),
        });
        // The health check and one liveness probe: nothing else was sent.
        expect(agent.requests()).toBe(2);
        expect(byId(report, 'health-check')).toMatchObject({
          pass: false,
          got: 'no answer',
          reason: expect.stringMatching(
            /^no answer within 300 ms \(connected, but no response headers\)/,
          ),
        });
        expect(report.counts.skipped).toBe(report.results.length - 1);
        expect(report.results.slice(1).every((r) => r.skipped && r.got === 'not run')).toBe(true);
        expect(seen).toEqual(report.results.map((r) => r.id));
        expect(report.diagnosis).toEqual([
          expect.stringMatching(
            new RegExp(
              `^the agent at ${agent.url} answers nothing: health-check got no answer within 300 ms, and a request without a token none within 300 ms`,
            ),
          ),
        ]);
        expect(formatReport(report)).toMatch(/^DIAGNOSIS: the agent at .* answers nothing/m);
      },
    );
  });

  it('the CLI prints the silent check, the checks not run and the diagnosis, and exits 1', async () => {
    await withAgent(
      hostileAgent(() => {}),
      async (agent) => {
        const cli = memoryIo();
        expect(
          await runCli(
            ['check-agent', agent.url, '--token', TOKEN, '--deadline-ms', '300'],
            cli.io,
          ),
        ).toBe(1);
        const out = cli.stdout();
        expect(out).toMatch(/^health-check\s+200 JSON reply_text\s+no answer\s+-\s+FAIL$/m);
        expect(out).toMatch(/^malformed-json\s+400 JSON error\s+not run\s+-\s+not run$/m);
        expect(out).toMatch(/^DIAGNOSIS: the agent at .* answers nothing/m);
        expect(out).toMatch(/^FAILED: 0\/11 required checks passed, 13 not run/m);
        expect(agent.requests()).toBe(2);
      },
    );
  });

  it('keeps going when only one check hangs but the agent answers others', async () => {
    let first = true;
    await withAgent(
      hostileAgent((_req, res) => {
        if (first) {
          first = false;
          return;
        }
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"code":"unauthorized","message":"no"}');
      }),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 300 });
        expect(report.counts.skipped).toBe(0);
        expect(agent.requests()).toBe(report.results.length + 1);
      },
    );
  });

  it('prints each check as it finishes (the CLI streams its rows)', async () => {
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    await withAgent(
      hostileAgent(async (_req, res) => {
        calls += 1;
        // Every answer after the first waits until the test has seen the first row.
        if (calls > 1) await gate;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"reply_text":"hi"}');
      }),
      async (agent) => {
        const cli = memoryIo();
        const exit = runCli(
          ['check-agent', agent.url, '--token', TOKEN, '--deadline-ms', '10000'],
          cli.io,
        );
        await cli.waitFor(/^health-check\s+200 JSON reply_text\s+200 reply_text \(2 chars\)/m);
        expect(cli.stdout()).not.toMatch(/PASSED|FAILED/);
        release?.();
        expect(await exit).toBe(1);
        expect(cli.stdout()).toMatch(/^FAILED: /m);
      },
    );
  });
});

describe('an agent that sends headers and then drips the body', () => {
  it('says the headers came and the body stalled, not "no answer"', async () => {
    await withAgent(
      hostileAgent(
        (_req, res) =>
          new Promise<void>((resolve) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.write('{"reply_');
            const drip = setInterval(() => {
              if (res.destroyed) {
                clearInterval(drip);
                resolve();
              } else res.write(' ');
            }, 50);
            res.on('close', () => {
              clearInterval(drip);
              resolve();
            });
          }),
      ),
      async (agent) => {
        const report = await checkAgent({
          url: agent.url,
          token: TOKEN,
          timeoutMs: 400,
          randomConversations: 0,
        });
        const health = byId(report, 'health-check');
        expect(health?.got).toMatch(/^200 body stalled at \d+ B$/);
        expect(health?.reason).toMatch(
          /^headers \(200\) at \d+ ms, then the body came too slowly: \d+ bytes by the deadline \(last byte at \d+ ms\), not complete within 400 ms/,
        );
        expect(health?.headersMs).toEqual(expect.any(Number));
        expect(health?.bytesReceived).toBeGreaterThanOrEqual(8);
        // Headers arrived: this is not an agent that answers nothing, so every check ran.
        expect(report.counts.skipped).toBe(0);
      },
    );
  });
});

describe('an agent that sends headers and a piece of the body, then nothing', () => {
  it('says the body stalled after N bytes', async () => {
    let stalls = 0;
    await withAgent(
      hostileAgent((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        // Only the first answer (the health check) stops halfway; the others finish.
        if (stalls++ === 0) res.write('{"reply_text":"partial');
        else res.end('{"reply_text":"ok"}');
      }),
      async (agent) => {
        const report = await checkAgent({
          url: agent.url,
          token: TOKEN,
          timeoutMs: 2_000,
          randomConversations: 0,
        });
        expect(byId(report, 'health-check')?.reason).toMatch(
          /^headers \(200\) at \d+ ms, then the body stalled after 22 bytes \(last byte at \d+ ms\): not complete within 2000 ms: CAAC sends/,
        );
      },
    );
  });
});

describe('the token in reports', () => {
  it('never shows a piece of the token an agent echoes, in the text or the JSON report', async () => {
    await withAgent(
      hostileAgent((req, res) => {
        res.writeHead(400, { 'content-type': 'application/json' });
        // Placed so that a cut after ~60 characters lands inside the token.
        res.end(
          JSON.stringify({
            code: 'bad_request',
            message: `bad auth: ${req.headers.authorization ?? 'none'} rejected`,
          }),
        );
      }),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
        const text = everything(report);
        expect(text).toContain('bad auth: Bearer *** rejected');
        for (let length = 4; length <= TOKEN.length; length += 1) {
          for (let from = 0; from + length <= TOKEN.length; from += 1) {
            expect(text).not.toContain(TOKEN.slice(from, from + length));
          }
        }
        expect(text).not.toMatch(/Bearer wrong-[0-9a-f]/);
      },
    );
  });

  it('masks a short token only as a whole word, and warns that it is weak', async () => {
    await withAgent(
      hostileAgent(
        jsonEverywhere(401, {
          code: 'unauthorized',
          message: 'connection refused: token t is not ours',
        }),
      ),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: 't', timeoutMs: 5_000 });
        const text = everything(report);
        expect(text).toContain('connection refused: token *** is not ours');
        expect(text).not.toContain('connec***ion');
        expect(report.warnings).toEqual([expect.stringMatching(/short tokens are weak/)]);
        expect(formatReport(report)).toMatch(/^WARNING: the token has fewer than 16 characters/m);
      },
    );
  });
});

describe('diagnosis of uniform failures', () => {
  it('every check 401: the token', async () => {
    await withAgent(
      hostileAgent(jsonEverywhere(401, { code: 'unauthorized', message: 'bad token' })),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
        expect(report.diagnosis).toEqual([
          'every check got 401: the agent rejected the token: does --token match its configuration?',
        ]);
        expect(formatReport(report)).toContain(
          'DIAGNOSIS: every check got 401: the agent rejected the token: does --token match its configuration?',
        );
      },
    );
  });

  it('every check 404: the path', async () => {
    await withAgent(
      hostileAgent(jsonEverywhere(404, { code: 'not_found', message: 'Cannot POST /ai-agent' })),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
        expect(report.diagnosis).toEqual([
          'every check got 404: is the path right? Nothing answers POST /ai-agent',
        ]);
      },
    );
  });

  it.each([
    [403, /^every check got 403: something in front of the agent/],
    [405, /^every check got 405: the agent does not take POST at \/ai-agent/],
    [502, /^every check got 502: the agent fails on every request/],
  ])('every check %i', async (status, diagnosis) => {
    await withAgent(
      hostileAgent(jsonEverywhere(status, { code: 'x', message: 'no' })),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
        expect(report.diagnosis).toEqual([expect.stringMatching(diagnosis)]);
      },
    );
  });

  it('nothing listening: the URL', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/ai-agent`;
    const report = await checkAgent({ url, token: TOKEN, timeoutMs: 5_000 });
    expect(report.diagnosis).toEqual([
      `nothing answers at ${url} (ECONNREFUSED): is the agent running, and are the host and port right?`,
    ]);
    expect(byId(report, 'health-check')?.got).toBe('nothing listening');
  });

  it('no diagnosis for a mixed failure', async () => {
    const agent = await startCorrectAgent(TOKEN);
    try {
      const report = await checkAgent({
        url: agent.url,
        token: `${TOKEN}-other`,
        timeoutMs: 5_000,
      });
      // The token checks pass with 401 and so does every other: still "every check 401".
      expect(report.diagnosis[0]).toMatch(/the agent rejected the token/);
      const good = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
      expect(good.diagnosis).toEqual([]);
    } finally {
      await agent.close();
    }
  });
});

describe("the agent's own error message", () => {
  const message =
    '[@caac/ai-agent] body.messages[2].timestamp must be a date-time string, got "yesterday"; see https://example.com/docs';

  it('is shown whole in the FAIL line and the JSON report', async () => {
    await withAgent(
      hostileAgent(jsonEverywhere(400, { code: 'bad_request', message })),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
        const health = byId(report, 'health-check');
        expect(health?.agentMessage).toBe(`${message} (code bad_request)`);
        expect(health?.reason).toBe(
          `expected 200, got 400: CAAC sends this request (empty messages and participants) to see that the agent is up; the agent said: ${message} (code bad_request)`,
        );
        expect(formatReport(report)).toContain(`FAIL health-check: ${health?.reason}`);
      },
    );
  });

  it('is bounded, and cut between words', async () => {
    const long = `${'overly verbose explanation '.repeat(400)}end`;
    await withAgent(
      hostileAgent(jsonEverywhere(500, { code: 'internal', message: long })),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
        const said = byId(report, 'health-check')?.agentMessage ?? '';
        expect(said.length).toBeLessThanOrEqual(500);
        expect(said).toMatch(/(verbose|explanation|overly)…$/);
      },
    );
  });
});

describe('replies LINE cannot deliver', () => {
  it('warns above 5,000 characters', async () => {
    await withAgent(
      hostileAgent(jsonEverywhere(200, { reply_text: '好'.repeat(6_000) })),
      async (agent) => {
        const report = await checkAgent({
          url: agent.url,
          token: TOKEN,
          timeoutMs: 5_000,
          randomConversations: 0,
        });
        const health = byId(report, 'health-check');
        expect(health).toMatchObject({ pass: true, got: '200 reply_text (6000 chars)' });
        expect(health?.warning).toMatch(/reply_text has 6000 characters; .*LINE.* at most 5000/);
        expect(formatReport(report)).toMatch(/^WARN health-check: reply_text has 6000 characters/m);
      },
    );
  });

  it('a 20 MB reply_text fails at the cap instead of passing', async () => {
    await withAgent(
      hostileAgent(jsonEverywhere(200, { reply_text: 'a'.repeat(20_000_000) })),
      async (agent) => {
        const report = await checkAgent({
          url: agent.url,
          token: TOKEN,
          timeoutMs: 15_000,
          randomConversations: 0,
        });
        expect(
          report.results.filter((r) => r.expected === '200 JSON reply_text' && r.pass),
        ).toEqual([]);
      },
    );
  });
});

describe('framework breakage (issue 13)', () => {
  it('an agent behind express.json() fails the ~300 KB conversation and the malformed JSON check', async () => {
    await withAgent(hostileAgent(behindExpressJson(TOKEN)), async (agent) => {
      const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
      const large = byId(report, 'large-body');
      expect(large?.title).toMatch(/^3\d\d KB conversation \(\d+ messages\)$/);
      expect(large).toMatchObject({ pass: false, required: true, status: 413 });
      expect(large?.reason).toMatch(
        /^expected 200, got 413: .*; the agent said: an HTML page with a stack trace: PayloadTooLargeError: request entity too large$/,
      );
      const malformed = byId(report, 'malformed-json');
      expect(malformed).toMatchObject({
        pass: false,
        required: true,
        status: 400,
        got: '400 HTML page',
      });
      expect(malformed?.reason).toMatch(
        /^the 400 came as an HTML page with a stack trace, not the agent's JSON error: a framework answered before the agent's handler/,
      );
      expect(byId(report, 'malformed-json-no-token')).toMatchObject({
        pass: false,
        required: false,
        status: 400,
        reason: expect.stringMatching(
          /^expected 401, got 400: the agent should check the token before/,
        ),
      });
      expect(report.passed).toBe(false);
      // The rest of the agent is fine: only the framework's answers fail.
      expect(report.results.filter((r) => !r.pass).map((r) => r.id)).toEqual([
        'large-body',
        'malformed-json',
        'malformed-json-no-token',
      ]);
    });
  });

  it('rejections must carry a JSON body: an empty 401 fails', async () => {
    await withAgent(
      hostileAgent((req, res) => {
        if (req.headers.authorization !== `Bearer ${TOKEN}`) {
          res.writeHead(401);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"reply_text":"ok"}');
      }),
      async (agent) => {
        const report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
        expect(byId(report, 'no-token')).toMatchObject({
          pass: false,
          got: '401 empty body',
          reason: 'the 401 must carry a JSON error body ({"code","message"}), got empty body',
        });
      },
    );
  });
});

describe('usage errors', () => {
  it.each([['not a url'], ['ftp://127.0.0.1/ai-agent'], ['/ai-agent']])(
    'an invalid URL (%s) exits 2',
    async (url) => {
      const cli = memoryIo();
      expect(await runCli(['check-agent', url, '--token', TOKEN], cli.io)).toBe(2);
      expect(cli.stderr()).toMatch(/caac-mock: (not a URL|the agent URL must be http)/);
      expect(cli.stderr()).not.toContain(TOKEN);
    },
  );

  it('a token a header cannot carry exits 2 without showing it', async () => {
    const cli = memoryIo();
    expect(
      await runCli(['check-agent', 'http://127.0.0.1:9/ai-agent', '--token', 'sec ret'], cli.io),
    ).toBe(2);
    expect(cli.stderr()).toContain('at position 4');
    expect(cli.stderr()).not.toContain('sec ret');
  });
});
