// The one list of client checks every runtime runs, against a caac-mock the harness started.
// Runtime-neutral on purpose: only Web globals, no Node, Bun or Deno APIs, so the same module
// runs in Node, Bun, Deno, workerd and a browser page.
import type * as ClientModule from '@caac/client';

export interface CheckOutcome {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ClientCheckOptions {
  /** The caac-mock's base URL, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  apiKey: string;
}

type Client = ReturnType<typeof ClientModule.createCaacClient>;

interface Check {
  name: string;
  run(caac: typeof ClientModule, options: ClientCheckOptions): Promise<string>;
}

function clientFor(
  caac: typeof ClientModule,
  options: ClientCheckOptions,
  extra: Partial<Parameters<typeof ClientModule.createCaacClient>[0]> = {},
): Client {
  return caac.createCaacClient({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    timeoutMs: 20_000,
    maxRetries: 0,
    ...extra,
  });
}

function expect(condition: boolean, what: string) {
  if (!condition) throw new Error(what);
}

/** Runs `body` and returns what it threw; fails when it did not throw. */
async function caught(body: () => Promise<unknown>): Promise<unknown> {
  try {
    await body();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, the call succeeded');
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export const CLIENT_CHECKS: readonly Check[] = [
  {
    name: 'list',
    async run(caac, options) {
      const { tags } = await clientFor(caac, options).tags.list();
      if (!Array.isArray(tags) || tags.length === 0) {
        throw new Error(`tags.list() gave ${JSON.stringify(tags)}`);
      }
      return `${tags.length} tags`;
    },
  },
  {
    name: 'create',
    async run(caac, options) {
      const created = await clientFor(caac, options).tags.create({ name: 'runtime-suite' });
      expect(typeof created === 'object' && created !== null, 'tags.create() gave no object');
      return JSON.stringify(created).slice(0, 80);
    },
  },
  {
    name: 'pagination: for await over items',
    async run(caac, options) {
      let items = 0;
      // Bounded: the mock answers a cursor with its last page, so two pages are expected.
      for await (const user of clientFor(caac, options).users.list({ limit: 2 })) {
        expect(
          typeof user.id === 'number',
          `an item without a numeric id: ${JSON.stringify(user)}`,
        );
        items += 1;
        if (items > 1000) throw new Error('pagination did not stop after 1000 items');
      }
      expect(items > 0, 'for await gave no items');
      return `${items} users`;
    },
  },
  {
    name: 'pagination: .pages()',
    async run(caac, options) {
      let pages = 0;
      for await (const page of clientFor(caac, options).teams.list().pages()) {
        expect(Array.isArray(page.teams), `a page without teams: ${JSON.stringify(page)}`);
        pages += 1;
        if (pages > 20) throw new Error('.pages() did not stop after 20 pages');
      }
      expect(pages === 2, `expected the first and the last page, got ${pages} pages`);
      return `${pages} pages`;
    },
  },
  {
    name: 'typed 404',
    async run(caac, options) {
      const error = await caught(() =>
        clientFor(caac, options).tags.list({}, { headers: { Prefer: 'code=404' } }),
      );
      expect(
        error instanceof caac.CaacNotFoundError,
        `not a CaacNotFoundError: ${describeError(error)}`,
      );
      expect((error as ClientModule.CaacApiError).status === 404, 'status is not 404');
      return describeError(error).slice(0, 120);
    },
  },
  {
    name: 'timeout',
    async run(caac, options) {
      const error = await caught(() =>
        clientFor(caac, options, { timeoutMs: 300 }).tags.list(
          {},
          { headers: { 'X-Caac-Mock-Delay': '10000' } },
        ),
      );
      expect(
        error instanceof caac.CaacTimeoutError,
        `not a CaacTimeoutError: ${describeError(error)}`,
      );
      return describeError(error).slice(0, 120);
    },
  },
  {
    name: 'retried 503',
    async run(caac, options) {
      let attempts = 0;
      const counting: typeof fetch = (input, init) => {
        attempts += 1;
        return globalThis.fetch(input, init);
      };
      // A fault id of its own, so repeated runs against one mock each get their one 503.
      const id = `retry-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const { tags } = await clientFor(caac, options, { maxRetries: 2, fetch: counting }).tags.list(
        {},
        {
          headers: { 'X-Caac-Mock-Fault': `503;retry-after=0;times=1;id=${id}` },
        },
      );
      expect(Array.isArray(tags), 'no tags after the retry');
      expect(attempts === 2, `expected 2 attempts (503, then 200), saw ${attempts}`);
      return `${attempts} attempts`;
    },
  },
  {
    name: 'abort',
    async run(caac, options) {
      const controller = new AbortController();
      const call = clientFor(caac, options).tags.list(
        {},
        {
          signal: controller.signal,
          headers: { 'X-Caac-Mock-Delay': '10000' },
        },
      );
      setTimeout(() => controller.abort(), 100);
      const error = await caught(() => call);
      expect(
        error instanceof Error && error.name === 'AbortError',
        `not an AbortError: ${describeError(error)}`,
      );
      expect(!(error instanceof caac.CaacError), 'an abort must not be a CaacError');
      return describeError(error).slice(0, 120);
    },
  },
];

/** Runs every check, one after the other, and reports each; never throws. */
export async function runClientChecks(
  caac: typeof ClientModule,
  options: ClientCheckOptions,
): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const check of CLIENT_CHECKS) {
    try {
      outcomes.push({ name: check.name, ok: true, detail: await check.run(caac, options) });
    } catch (error) {
      outcomes.push({ name: check.name, ok: false, detail: describeError(error) });
    }
  }
  return outcomes;
}
