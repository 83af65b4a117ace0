import { describe, expect, it } from 'vitest';
import {
  CaacApiError,
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacConflictError,
  CaacError,
  CaacInternalServerError,
  CaacNotFoundError,
  CaacPermissionDeniedError,
  CaacRateLimitError,
  CaacServiceUnavailableError,
  CaacUnprocessableEntityError,
} from '../src/index.js';
import { apiError, clientWith, json, rejectionOf } from './helpers.js';

const byStatus = [
  [400, CaacBadRequestError],
  [401, CaacAuthenticationError],
  [403, CaacPermissionDeniedError],
  [404, CaacNotFoundError],
  [409, CaacConflictError],
  [422, CaacUnprocessableEntityError],
  [429, CaacRateLimitError],
  [500, CaacInternalServerError],
  [502, CaacInternalServerError],
  [503, CaacServiceUnavailableError],
  [418, CaacApiError],
] as const;

describe('API errors thrown by resource methods', () => {
  it.each(byStatus)('%i → %o', async (status, Class) => {
    const { client } = clientWith([apiError(status, 'it broke')], { maxRetries: 0 });
    const error = await rejectionOf(client.members.get({ channel_id: 3, member_id: 42 }));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(CaacApiError);
    expect(error).toBeInstanceOf(CaacError);
    expect(error.name).toBe(Class.name);
    expect(error).toMatchObject({
      status,
      operation: 'getMemberById',
      method: 'GET',
      path: '/caac/v1/channels/3/members/42',
      code: `status_${status}`,
      body: { code: `status_${status}`, message: 'it broke', request_id: 'req-body-1' },
    });
  });

  it('message names operation, method, path, status, server message and request id', async () => {
    const { client } = clientWith([
      apiError(404, 'Tag not found', { 'x-request-id': 'req-hdr-9' }),
    ]);
    const error = (await rejectionOf(client.tags.delete({ tag_id: 77 }))) as CaacApiError;
    expect(error.message).toBe(
      '[@caac/client] deleteTag DELETE /caac/v1/tags/77 failed with status 404: Tag not found (request id req-hdr-9)',
    );
    expect(String(error)).toBe(`CaacNotFoundError: ${error.message}`);
  });

  it('takes the request id from X-Request-Id first, then from the body', async () => {
    const fromHeader = await rejectionOf(
      clientWith([apiError(400, 'x', { 'X-Request-Id': 'hdr' })]).client.tags.list(),
    );
    const fromBody = await rejectionOf(clientWith([apiError(400)]).client.tags.list());
    const none = await rejectionOf(
      clientWith([new Response(null, { status: 400 })]).client.tags.list(),
    );
    expect([fromHeader, fromBody, none].map((e) => (e as CaacApiError).requestId)).toEqual([
      'hdr',
      'req-body-1',
      undefined,
    ]);
  });

  it('keeps a non-JSON body as text and quotes it', async () => {
    const html = new Response('<html>Bad Gateway</html>', {
      status: 400,
      headers: { 'content-type': 'text/html' },
    });
    const error = (await rejectionOf(clientWith([html]).client.tags.list())) as CaacApiError;
    expect(error.body).toBe('<html>Bad Gateway</html>');
    expect(error.message).toMatch(/failed with status 400: <html>Bad Gateway<\/html>$/);
    expect(error.code).toBeUndefined();
  });

  it('exposes response headers as a plain object', async () => {
    const error = (await rejectionOf(
      clientWith([apiError(429, 'x', { 'retry-after': '120' })]).client.tags.list(),
    )) as CaacApiError;
    expect(error.headers).toMatchObject({
      'retry-after': '120',
      'content-type': 'application/json',
    });
  });

  it('serialises to a plain object', async () => {
    const error = await rejectionOf(
      clientWith([apiError(422, 'name is required')]).client.tags.create({ name: '' }),
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'CaacUnprocessableEntityError',
      message: error.message,
      status: 422,
      code: 'status_422',
      requestId: 'req-body-1',
      operation: 'createTag',
      method: 'POST',
      path: '/caac/v1/tags',
      headers: { 'content-type': 'application/json' },
      body: { code: 'status_422', message: 'name is required', request_id: 'req-body-1' },
    });
  });

  it('success answers are not errors, whatever their 2xx status', async () => {
    expect(await clientWith([json({ tags: [] }, 200)]).client.tags.list()).toEqual({ tags: [] });
    expect(
      await clientWith([new Response(null, { status: 204 })]).client.tags.delete({ tag_id: 1 }),
    ).toBeUndefined();
  });
});

describe('CaacApiError.from', () => {
  it.each(byStatus)('picks the class for %i', (status, Class) => {
    const error = CaacApiError.from({
      status,
      body: undefined,
      headers: {},
      method: 'GET',
      path: '/x',
    });
    expect(error.constructor).toBe(Class);
    expect(error.message).toBe(`[@caac/client] GET /x failed with status ${status}`);
  });
});

describe('errors that explain', () => {
  it('a status the spec declares has its own class under its family (503 is a 5xx)', () => {
    const error = CaacApiError.from({
      status: 503,
      body: undefined,
      headers: {},
      method: 'GET',
      path: '/x',
    });
    expect(error).toBeInstanceOf(CaacServiceUnavailableError);
    expect(error).toBeInstanceOf(CaacInternalServerError);
    expect(error.name).toBe('CaacServiceUnavailableError');
  });

  it('puts the explanation of a problem document (the mock, Prism) into the message', async () => {
    const problem = json(
      {
        type: 'https://example.test/docs#scenario-headers',
        title: 'Invalid mock control',
        status: 422,
        detail: 'fault must be a 4xx/5xx status or "drop", got "explode"',
      },
      422,
      { 'content-type': 'application/problem+json', 'x-request-id': 'req-7' },
    );
    const error = (await rejectionOf(clientWith([problem]).client.tags.list())) as CaacApiError;
    expect(error).toBeInstanceOf(CaacUnprocessableEntityError);
    expect(error.message).toBe(
      '[@caac/client] listTags GET /caac/v1/tags failed with status 422: Invalid mock control: fault must be a 4xx/5xx status or "drop", got "explode" (request id req-7)',
    );
  });

  it('exposes the per-field details and names them in the message', async () => {
    const body = {
      code: 'validation_failed',
      message: 'The request body is invalid',
      details: [
        { field: 'name', message: 'must not be empty' },
        { field: 'color', message: 'unknown colour' },
      ],
    };
    const error = (await rejectionOf(
      clientWith([json(body, 422)]).client.tags.create({ name: '' }),
    )) as CaacApiError;
    expect(error.details).toEqual(body.details);
    expect(error.message).toContain(
      'failed with status 422: The request body is invalid (name: must not be empty; color: unknown colour)',
    );
    expect(JSON.parse(JSON.stringify(error)).details).toEqual(body.details);
  });

  it("reads Prism's validation list as details", () => {
    const error = CaacApiError.from({
      status: 422,
      body: {
        title: 'Invalid request',
        detail: 'Your request is not valid and no HTTP validation response was found in the spec',
        validation: [{ location: ['body', 'name'], severity: 'Error', message: 'must be string' }],
      },
      headers: {},
      method: 'POST',
      path: '/caac/v1/tags',
    });
    expect(error.details).toEqual([{ field: 'body.name', message: 'must be string' }]);
  });

  it('bounds a long explanation', () => {
    const error = CaacApiError.from({
      status: 500,
      body: 'x'.repeat(5_000),
      headers: {},
      method: 'GET',
      path: '/x',
    });
    expect(error.message.length).toBeLessThan(600);
    expect(error.message).toContain('x'.repeat(500));
    expect(error.message).not.toContain('x'.repeat(501));
  });

  it('from() takes response.headers, a Headers object, with names in lower case', () => {
    const response = new Response(null, {
      status: 429,
      headers: { 'Retry-After': '3', 'X-Request-Id': 'r-9' },
    });
    const error = CaacApiError.from({
      status: response.status,
      body: undefined,
      headers: response.headers,
      method: 'GET',
      path: '/x',
    });
    expect(error).toBeInstanceOf(CaacRateLimitError);
    expect(error.headers).toEqual({ 'retry-after': '3', 'x-request-id': 'r-9' });
    expect(error.requestId).toBe('r-9');
  });
});
