import { describe, expect, it } from 'vitest';
import * as entry from '../src/index.js';
import { CaacNotFoundError } from '../src/index.js';
import { apiError, clientWith, json, rejectionOf } from './helpers.js';

const passThrough = { onRequest: () => undefined };

describe.each([
  ['without middleware', false],
  ['with middleware', true],
] as const)('.withResponse() %s', (_, withMiddleware) => {
  const on = (...replies: Parameters<typeof clientWith>[0]) => {
    const made = clientWith(replies, { maxRetries: 0 });
    if (withMiddleware) made.client.use(passThrough);
    return made.client;
  };

  it('gives the parsed body, the Response and its request id', async () => {
    const client = on(json({ id: 7, name: 'VIP' }, 200, { 'x-request-id': 'req-42' }));
    const { data, response, requestId } = await client.tags.create({ name: 'VIP' }).withResponse();
    expect(data).toEqual({ id: 7, name: 'VIP' });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(requestId).toBe('req-42');
  });

  it('works on a 204 and without a request id', async () => {
    const client = on(new Response(null, { status: 204 }));
    const result = await client.tags.delete({ tag_id: 1 }).withResponse();
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(204);
    expect(result.requestId).toBeUndefined();
  });

  it('rejects with the same typed error as the call', async () => {
    const client = on(apiError(404, 'gone'));
    const error = await rejectionOf(client.tags.delete({ tag_id: 1 }).withResponse());
    expect(error).toBeInstanceOf(CaacNotFoundError);
  });

  it('gives the first page of a list with its response', async () => {
    const page = { users: [{ id: 1 }], cursor: { next: null } };
    const client = on(json(page, 200, { 'x-request-id': 'page-1' }));
    const { data, response, requestId } = await client.users.list({ limit: 1 }).withResponse();
    expect(data).toEqual(page);
    expect(response.status).toBe(200);
    expect(requestId).toBe('page-1');
  });

  it('the plain call still resolves to the body alone', async () => {
    const client = on(json({ tags: [] }));
    const call = client.tags.list();
    expect(call).toBeInstanceOf(Promise);
    await expect(call).resolves.toEqual({ tags: [] });
  });
});

describe('public names mean one thing each', () => {
  it('the runtime operations table is CAAC_OPERATIONS; `operations` is only the generated type', () => {
    expect(Object.keys(entry.CAAC_OPERATIONS)).toHaveLength(34);
    expect(entry).not.toHaveProperty('operations');
  });

  it('the internal resource table is not exported', () => {
    expect(entry).not.toHaveProperty('RESOURCES');
  });
});
