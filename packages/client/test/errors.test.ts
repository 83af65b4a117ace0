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
  [503, CaacInternalServerError],
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
