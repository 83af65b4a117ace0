import { describe, expectTypeOf, it } from 'vitest';
import {
  CaacApiError,
  type CaacClient,
  type CaacInput,
  type CaacInternalServerError,
  CaacNotFoundError,
  type CaacOutput,
  type CaacPaginator,
  type CaacServiceUnavailableError,
  type CaacWithResponse,
  type components,
  createCaacClient,
  type Middleware,
  type operations,
} from '../src/index.js';

type Schemas = components['schemas'];
declare const client: CaacClient;

describe('resource method types come from the generated spec types', () => {
  it('tags.create takes the request body and resolves to the created tag', () => {
    expectTypeOf(client.tags.create)
      .parameter(0)
      .toEqualTypeOf<Schemas['CreateTagRequest'] | undefined>();
    expectTypeOf(client.tags.create).returns.resolves.toEqualTypeOf<Schemas['Tag']>();
    // @ts-expect-error -- unknown field
    client.tags.create({ name: 'VIP', colour: 'red' });
    // @ts-expect-error -- name is a string
    client.tags.create({ name: 1 });
  });

  it('tags.update takes the path parameter and the nullable-wrapper body', () => {
    client.tags.update({ tag_id: 1, name: { value: null, valid: false } });
    // @ts-expect-error -- name is a NullableWrapperString, not a string
    client.tags.update({ tag_id: 1, name: 'VIP' });
    // @ts-expect-error -- tag_id is required
    client.tags.update({ name: { value: 'x', valid: true } });
  });

  it('members.get takes both path parameters', () => {
    expectTypeOf<CaacInput<'getMemberById'>>().toHaveProperty('channel_id');
    expectTypeOf<CaacInput<'getMemberById'>>().toHaveProperty('member_id');
    expectTypeOf(client.members.get).returns.resolves.toEqualTypeOf<
      NonNullable<CaacOutput<'getMemberById'>>
    >();
    // @ts-expect-error -- member_id missing
    client.members.get({ channel_id: 1 });
  });

  it('path, query and body fields sit side by side', () => {
    expectTypeOf<CaacInput<'getMemberByExternalId'>>().toHaveProperty('channel_id');
    expectTypeOf<CaacInput<'getMemberByExternalId'>>().toHaveProperty('external_member_id');
    expectTypeOf<CaacInput<'updateTag'>>().toEqualTypeOf<
      { tag_id: CaacInput<'updateTag'>['tag_id'] } & Schemas['UpdateTagRequest'] extends infer T
        ? { [K in keyof T]: T[K] }
        : never
    >();
  });

  it('the API key is never a parameter', () => {
    expectTypeOf<CaacInput<'listTags'>>().not.toHaveProperty('apikey');
    expectTypeOf<CaacInput<'createTag'>>().not.toHaveProperty('apikey');
  });

  it('204 operations resolve to undefined', () => {
    expectTypeOf(client.tags.delete).returns.resolves.toEqualTypeOf<undefined>();
    expectTypeOf(client.conversations.close).returns.resolves.toEqualTypeOf<undefined>();
  });

  it('params are optional only when nothing is required', () => {
    expectTypeOf(client.tags.list).toBeCallableWith();
    expectTypeOf(client.channels.listV1).toBeCallableWith(undefined, { timeoutMs: 1000 });
    // @ts-expect-error -- tag_id is required
    client.tags.delete();
  });

  it('every method takes per-request options', () => {
    client.tags.list(undefined, {
      signal: new AbortController().signal,
      timeoutMs: 5,
      maxRetries: 0,
    });
    client.users.get({ user_id: 1 }, { headers: { 'x-trace': '1' } });
    // @ts-expect-error -- not an option
    client.tags.list(undefined, { retries: 1 });
  });

  it('v2 lists are paginators over typed items', () => {
    const users = client.users.list({ limit: 200 });
    expectTypeOf(users).toEqualTypeOf<
      CaacPaginator<Schemas['ListUsersResponse'], Schemas['UserV2']>
    >();
    expectTypeOf(users).toMatchTypeOf<AsyncIterable<Schemas['UserV2']>>();
    expectTypeOf(users.pages()).toMatchTypeOf<AsyncIterable<Schemas['ListUsersResponse']>>();
    expectTypeOf(client.teams.list()).toMatchTypeOf<AsyncIterable<Schemas['TeamV2']>>();
    expectTypeOf(client.channels.list()).toMatchTypeOf<
      PromiseLike<Schemas['ListChannelsV2Response']>
    >();
    client.users.list({ limit: 10 }, { maxPages: 5 });
    // @ts-expect-error -- limit is a number
    client.users.list({ limit: '10' });
  });
});

describe('the raw typed client', () => {
  it('is typed by paths', async () => {
    const { data, error } = await client.GET('/caac/v1/tags');
    expectTypeOf(data).toEqualTypeOf<Schemas['ListTagsResponse'] | undefined>();
    expectTypeOf(error).toEqualTypeOf<Schemas['Error'] | undefined>();
    // @ts-expect-error -- not a CAAC path
    client.GET('/caac/v1/nope');
  });
});

describe('createCaacClient options', () => {
  it('accepts only known regions', () => {
    createCaacClient({ apiKey: 'k', region: 'jp' });
    // @ts-expect-error -- no such region
    createCaacClient({ apiKey: 'k', region: 'us' });
  });
});

describe('public names mean one thing each', () => {
  it('`operations` is the generated type of every operation', () => {
    expectTypeOf<operations['createTag']>().toHaveProperty('requestBody');
    expectTypeOf<operations['listTags']['responses'][200]>().toHaveProperty('content');
  });

  it('`Middleware` is importable and accepted by client.use', () => {
    const middleware: Middleware = {
      onRequest({ request }) {
        request.headers.set('x-trace-id', '1');
      },
    };
    client.use(middleware);
  });

  it('CaacApiError.from takes response.headers as they come (a Headers object)', () => {
    const response = new Response(null, { status: 503 });
    const error = CaacApiError.from({
      status: response.status,
      body: undefined,
      headers: response.headers,
      method: 'GET',
      path: '/caac/v1/tags',
    });
    expectTypeOf(error.headers).toEqualTypeOf<Record<string, string>>();
  });
});

describe('.withResponse()', () => {
  it('gives data, Response and request id on methods and list pages', async () => {
    const created = await client.tags.create({ name: 'VIP' }).withResponse();
    expectTypeOf(created).toEqualTypeOf<CaacWithResponse<Schemas['Tag']>>();
    expectTypeOf(created.response).toEqualTypeOf<Response>();
    expectTypeOf(created.requestId).toEqualTypeOf<string | undefined>();
    const deleted = await client.tags.delete({ tag_id: 1 }).withResponse();
    expectTypeOf(deleted.data).toEqualTypeOf<undefined>();
    const page = await client.users.list({ limit: 10 }).withResponse();
    expectTypeOf(page.data).toEqualTypeOf<Schemas['ListUsersResponse']>();
  });
});

describe('error classes narrow the status', () => {
  it('a status class carries its status as a literal; the 5xx family stays a number', () => {
    const notFound = CaacApiError.from({
      status: 404,
      body: undefined,
      headers: {},
      method: 'GET',
      path: '/x',
    });
    if (notFound instanceof CaacNotFoundError) {
      expectTypeOf(notFound.status).toEqualTypeOf<404>();
      const status: 404 = notFound.status;
      void status;
    }
    expectTypeOf<CaacServiceUnavailableError['status']>().toEqualTypeOf<503>();
    expectTypeOf<CaacInternalServerError['status']>().toEqualTypeOf<number>();
  });
});
