import {
  CaacAuthenticationError,
  CaacConnectionError,
  CaacInternalServerError,
  CaacNotFoundError,
  CaacRateLimitError,
  CaacServiceUnavailableError,
  CaacTimeoutError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { expectRejection } from './support/describe-operation.js';
import { EXAMPLE_MODE, MOCK_MODE } from './support/mock-mode.js';
import { expectSpecAnswer } from './support/spec-answers.js';
import { responseExample } from './support/spec-examples.js';

// Each fault carries its own id, so test files running side by side never share a fault budget.
const fault = (spec: string) => ({ 'x-caac-mock-fault': `${spec};id=${crypto.randomUUID()}` });

afterEach(() => {
  vi.restoreAllMocks();
});

describe(`error scenarios through the client (${MOCK_MODE} mode)`, () => {
  it.runIf(inject('fetchMode') === 'global')(
    'the global-fetch runs really call the global fetch with a URL and init',
    async () => {
      const spy = vi.spyOn(globalThis, 'fetch');
      const { client } = contractClient();
      await client.tags.list();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(typeof spy.mock.calls[0]?.[0]).toBe('string');
      expect(spy.mock.calls[0]?.[1]).toMatchObject({ method: 'GET' });
    },
  );

  it('maps a documented 404 (chosen with Prefer) to CaacNotFoundError with the error body', async () => {
    const { client, statuses } = contractClient();
    const error = await expectRejection(
      client.tags.delete({ tag_id: 999 }, { headers: { prefer: 'code=404' } }),
      CaacNotFoundError,
      404,
      statuses,
    );
    // The mock gives every answer its own X-Request-Id and repeats it in the body, as the spec says.
    const { requestId } = error as CaacNotFoundError;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((error as CaacNotFoundError).body).toEqual({
      ...(responseExample('deleteTag', 404) as object),
      request_id: requestId,
    });
    expect(error.message).toContain('deleteTag');
    expect(error.message).toContain('DELETE /caac/v1/tags/999');
  });

  it('waits for Retry-After on 429 and then succeeds', async () => {
    const { client, statuses } = contractClient({ maxRetries: 2 });
    const started = performance.now();
    const tags = await client.tags.list(undefined, { headers: fault('429;retry-after=1;times=1') });
    const waited = performance.now() - started;
    expectSpecAnswer('listTags', tags);
    if (EXAMPLE_MODE) expect(tags).toEqual(responseExample('listTags'));
    else expect(tags.tags?.map((t) => t.id)).toEqual([3, 7, 12]); // the seed's tags
    expect(statuses).toEqual([429, 200]);
    // Retry-After: 1 means at least a second between the two attempts, and not much more.
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(5_000);
  });

  it('retries a POST after 429, because the server says it did not act', async () => {
    const { client, statuses } = contractClient({ maxRetries: 1 });
    const tag = await client.tags.create(
      { name: '新品詢問' },
      { headers: fault('429;retry-after=0;times=1') },
    );
    expectSpecAnswer('createTag', tag);
    expect(statuses).toEqual([429, 200]);
    if (EXAMPLE_MODE) expect(tag).toEqual(responseExample('createTag'));
    else {
      // The 429 changed nothing: the retry created the tag once.
      const named = (await client.tags.list()).tags?.filter((t) => t.name === '新品詢問');
      expect(named).toEqual([tag]);
    }
  });

  it('gives up with CaacRateLimitError carrying Retry-After when retries run out', async () => {
    const { client, statuses } = contractClient({ maxRetries: 0 });
    const error = await expectRejection(
      client.tags.list(undefined, { headers: fault('429;retry-after=7') }),
      CaacRateLimitError,
      429,
      statuses,
    );
    expect((error as CaacRateLimitError).headers['retry-after']).toBe('7');
  });

  it('surfaces a 503 chosen with the mock fault header as CaacServiceUnavailableError, a 5xx', async () => {
    const { client, statuses } = contractClient({ maxRetries: 0 });
    const error = await expectRejection(
      client.users.get({ user_id: 678 }, { headers: fault('503') }),
      CaacServiceUnavailableError,
      503,
      statuses,
    );
    expect(error).toBeInstanceOf(CaacInternalServerError);
  });

  it('retries a GET through one 503 and succeeds', async () => {
    const { client, statuses } = contractClient({ maxRetries: 2 });
    const user = await client.users.get(
      { user_id: 678 },
      { headers: fault('503;retry-after=0;times=1') },
    );
    expectSpecAnswer('getUserByIdV2', user);
    if (EXAMPLE_MODE) expect(user).toEqual(responseExample('getUserByIdV2'));
    else expect(user).toMatchObject({ id: 678 });
    expect(statuses).toEqual([503, 200]);
  });

  it('never retries a POST after a 500: no silent duplicate write', async () => {
    const { client, statuses } = contractClient({ maxRetries: 2 });
    await expectRejection(
      client.tags.create({ name: '新品詢問' }, { headers: fault('500;times=1') }),
      CaacInternalServerError,
      500,
      statuses,
    );
    if (!EXAMPLE_MODE) {
      // A faulted write never reaches the simulated organization.
      const names = (await client.tags.list()).tags?.map((t) => t.name);
      expect(names).not.toContain('新品詢問');
    }
  });

  it('turns a dropped connection into CaacConnectionError that says where and how often', async () => {
    const { client, statuses } = contractClient({ maxRetries: 1 });
    const error = await client.tags
      .list(undefined, { headers: fault('drop') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaacConnectionError);
    expect((error as Error).message).toContain(
      `listTags GET /caac/v1/tags to ${new URL(inject('mockUrl')).origin} failed without a response after 2 attempts: `,
    );
    expect(statuses).toEqual([]);
  });

  it("puts the mock's explanation of a bad control into the error message", async () => {
    const { client, statuses } = contractClient();
    const error = await expectRejection(
      client.tags.list(undefined, { headers: { 'x-caac-mock-fault': 'explode' } }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
    expect(error.message).toContain('fault must be a 4xx/5xx status or "drop", got "explode"');
  });

  it('names the failing fields of a request that breaks the spec', async () => {
    const { client, statuses } = contractClient();
    const error = (await expectRejection(
      // @ts-expect-error -- name must be a string: the mock must reject it
      client.tags.create({ name: 42 }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    )) as CaacUnprocessableEntityError;
    expect(error.details?.length).toBeGreaterThan(0);
    expect(error.message).toContain('name');
  });

  it('.withResponse() gives the data, the Response and the request id the mock sent', async () => {
    const { client } = contractClient();
    const { data, response, requestId } = await client.tags.list().withResponse();
    expectSpecAnswer('listTags', data);
    if (EXAMPLE_MODE) expect(data).toEqual(responseExample('listTags'));
    else expect(data.tags?.length).toBe(3);
    expect(response.status).toBe(200);
    expect(requestId).toBe(response.headers.get('x-request-id') ?? undefined);
  });

  it('times out a slow answer with CaacTimeoutError', async () => {
    const { client } = contractClient({ maxRetries: 0 });
    const error = await client.tags
      .list(undefined, { timeoutMs: 200, headers: { 'x-caac-mock-delay': '3000' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaacTimeoutError);
  });

  it('never puts the API key in the error it throws', async () => {
    const secret = 'sk-contract-secret-0123456789';
    const { client } = contractClient({ apiKey: secret });
    const error = await client.tags.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaacAuthenticationError);
    const rendered = [String(error), JSON.stringify(error), (error as Error).stack ?? ''].join(
      '\n',
    );
    expect(rendered).not.toContain(secret);
  });
});
