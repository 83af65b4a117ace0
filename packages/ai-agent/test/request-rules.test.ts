import { describe, expect, it, vi } from 'vitest';
import {
  caacRequest,
  conversation,
  countingStream,
  jsonOf,
  streamedRequest,
  testHandler,
} from './helpers.js';

describe('method', () => {
  it.each(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    'answers 405 with Allow: POST to %s',
    async (method) => {
      const reply = vi.fn(() => 'x');
      const response = await testHandler({ reply })(caacRequest(undefined, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      if (method !== 'HEAD') {
        expect(await jsonOf(response)).toEqual({
          code: 'method_not_allowed',
          message: `[@caac/ai-agent] use POST; ${method} is not supported`,
        });
      }
      expect(reply).not.toHaveBeenCalled();
    },
  );
});

describe('content type', () => {
  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=iso-8859-1',
    'application/jsonx',
  ])('answers 415 to %s', async (contentType) => {
    const response = await testHandler()(
      caacRequest(conversation(), { headers: { 'content-type': contentType } }),
    );
    expect(response.status).toBe(415);
    expect(await jsonOf(response)).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('answers 415 when there is no content type', async () => {
    const request = caacRequest(conversation());
    const headers = new Headers(request.headers);
    headers.delete('content-type');
    const response = await testHandler()(
      new Request(request.url, {
        method: 'POST',
        headers,
        body: new TextEncoder().encode(JSON.stringify(conversation())),
      }),
    );
    expect(response.status).toBe(415);
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON; Charset="UTF-8"',
    'application/vnd.caac+json',
  ])('accepts %s', async (contentType) => {
    const response = await testHandler()(
      caacRequest(conversation(), { headers: { 'content-type': contentType } }),
    );
    expect(response.status).toBe(200);
  });
});

describe('body size', () => {
  it('answers 413 from Content-Length without reading the body', async () => {
    const { stream, state } = countingStream(10_000_000);
    const response = await testHandler({ maxBodyBytes: 1000 })(
      streamedRequest(stream, { 'content-length': '10000000' }),
    );
    expect(response.status).toBe(413);
    expect(await jsonOf(response)).toEqual({
      code: 'payload_too_large',
      message: '[@caac/ai-agent] the body is larger than 1000 bytes',
    });
    // At most what the stream queued on its own before anyone read it.
    expect(state.pulled).toBeLessThanOrEqual(16 * 1024);
  });

  it('answers 413 to a streamed body without Content-Length, stopping soon after the limit', async () => {
    const { stream, state } = countingStream(50 * 1024 * 1024, 64 * 1024);
    const response = await testHandler()(streamedRequest(stream));
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThan(1024 * 1024 + 4 * 64 * 1024);
    expect(state.cancelled).toBe(true);
  });

  it('defaults to 1 MiB and accepts a body of exactly maxBodyBytes', async () => {
    const body = JSON.stringify(conversation());
    const exact = testHandler({ maxBodyBytes: new TextEncoder().encode(body).byteLength });
    expect((await exact(caacRequest(undefined, { raw: body }))).status).toBe(200);
    const padded = `${body}${' '.repeat(1024 * 1024)}`;
    expect((await testHandler()(caacRequest(undefined, { raw: padded }))).status).toBe(413);
    expect(
      (await testHandler()(caacRequest(undefined, { raw: padded.slice(0, 1024 * 1024) }))).status,
    ).toBe(200);
  });
});

describe('malformed bodies', () => {
  it.each([
    ['truncated JSON', '{"version": "1.0", "messages": [', 'the body is not valid JSON'],
    ['an empty body', '', 'the body is empty; expected a JSON object'],
    ['whitespace only', '  \n', 'the body is empty; expected a JSON object'],
    ['JSON with a trailing comma', '{"version": "1.0",}', 'the body is not valid JSON'],
  ])('answers 400 to %s', async (_case, raw, message) => {
    const reply = vi.fn(() => 'x');
    const response = await testHandler({ reply })(caacRequest(undefined, { raw }));
    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toEqual({
      code: 'bad_request',
      message: `[@caac/ai-agent] ${message}`,
    });
    expect(reply).not.toHaveBeenCalled();
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const raw = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const response = await testHandler()(caacRequest(undefined, { raw }));
    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toMatchObject({
      message: '[@caac/ai-agent] the body is not valid UTF-8',
    });
  });

  it('does not quote the body back in the error', async () => {
    const response = await testHandler()(caacRequest(undefined, { raw: '{"secret-ish": tru' }));
    expect(await response.text()).not.toContain('secret-ish');
  });
});

describe('schema violations', () => {
  it('answers 400 listing each problem with its path', async () => {
    const body = conversation();
    body.messages = [
      body.messages[0],
      body.messages[0],
      { ...body.messages[0], timestamp: 'yesterday' },
    ] as never;
    const { participants: _p, ...withoutParticipants } = body;
    const response = await testHandler()(
      caacRequest({ ...withoutParticipants, conversation_id: 'x' }),
    );
    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toEqual({
      code: 'validation_failed',
      message:
        '[@caac/ai-agent] 3 problems in the request body: conversation_id must be an integer; messages[2].timestamp must be a date-time string; participants is required',
      details: [
        { field: 'conversation_id', message: 'must be an integer' },
        { field: 'messages[2].timestamp', message: 'must be a date-time string' },
        { field: 'participants', message: 'is required' },
      ],
    });
  });

  it('answers 400 to a body that is not an object', async () => {
    for (const body of [[], 'hello', 42, null]) {
      const response = await testHandler()(caacRequest(body));
      expect(response.status).toBe(400);
      expect(await jsonOf(response)).toMatchObject({
        details: [{ field: 'body', message: 'must be an object' }],
      });
    }
  });

  it('caps details at 100 and says how many problems there were', async () => {
    const messages = Array.from({ length: 150 }, () => ({ message_type: 'text' }));
    const response = await testHandler()(
      caacRequest(conversation({ messages: messages as never })),
    );
    const body = (await jsonOf(response)) as { message: string; details: unknown[] };
    expect(response.status).toBe(400);
    expect(body.details).toHaveLength(100);
    expect(body.message).toMatch(
      /^\[@caac\/ai-agent\] 600 problems in the request body: messages\[0\]\.message_uuid is required;/,
    );
    expect(body.message).toMatch(/and 595 more \(details lists the first 100\)$/);
  });

  it('tolerates fields the spec does not list (CAAC may add some)', async () => {
    const reply = vi.fn(() => 'ok');
    const body = { ...conversation(), channel_type: 'line', future_field: { any: 1 } };
    const response = await testHandler({ reply })(caacRequest(body));
    expect(response.status).toBe(200);
    expect(reply).toHaveBeenCalledWith(body, expect.anything());
  });
});

describe('version', () => {
  it.each([
    ['"2.0"', '2.0'],
    ['"1"', '1'],
    ['2', 2],
  ])('answers 400 naming the supported version to %s', async (shown, version) => {
    const reply = vi.fn(() => 'x');
    const response = await testHandler({ reply })(caacRequest({ ...conversation(), version }));
    expect(response.status).toBe(400);
    const body = await jsonOf(response);
    expect(body.code).toBe('unsupported_version');
    expect(body.message).toBe(
      `[@caac/ai-agent] unsupported request version ${shown}; this agent supports "1.0"`,
    );
    expect(body.details).toContainEqual({
      field: 'version',
      message: typeof version === 'string' ? 'must be "1.0"' : 'must be a string',
    });
    expect(reply).not.toHaveBeenCalled();
  });

  it('reports a missing version as a validation problem', async () => {
    const { version: _v, ...body } = conversation();
    const response = await testHandler()(caacRequest(body));
    expect(await jsonOf(response)).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'version', message: 'is required' }],
    });
  });
});

describe('integration mistakes', () => {
  it('answers 500 and reports a clear internal error when the body was already read', async () => {
    const onError = vi.fn();
    const request = caacRequest(conversation());
    await request.text();
    const response = await testHandler({ onError })(request);
    expect(response.status).toBe(500);
    expect(await jsonOf(response)).toMatchObject({ code: 'internal_error' });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        message: expect.stringMatching(/body was already read.*c\.req\.raw/),
      }),
      { reason: 'internal' },
    );
  });
});
