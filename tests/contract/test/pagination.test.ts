import { describe, expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { EXAMPLE_MODE, MOCK_MODE } from './support/mock-mode.js';
import { expectSpecAnswer } from './support/spec-answers.js';
import { responseExample } from './support/spec-examples.js';

type Page<K extends string> = { [key in K]?: unknown[] } & { cursor?: { next?: string | null } };

// The example mode serves the documented two pages of two; the simulator's seed has two or three
// records of each list, so pages of one give at least two pages there.
const LIMIT = EXAMPLE_MODE ? 2 : 1;

describe.each([
  ['users', 'listUsers'],
  ['teams', 'listTeams'],
  ['channels', 'listChannelsV2'],
] as const)(`pagination of %s against the mock (${MOCK_MODE} mode)`, (resource, operationId) => {
  /** The pages the walk must see: the documented ones, or the stored records split by LIMIT. */
  async function expectedPages(): Promise<Page<typeof resource>[]> {
    if (EXAMPLE_MODE) {
      return [
        responseExample(operationId, 200, 'firstPage') as Page<typeof resource>,
        responseExample(operationId, 200, 'lastPage') as Page<typeof resource>,
      ];
    }
    const { client } = contractClient();
    const all = ((await client[resource].list({ limit: 1000 })) as Page<typeof resource>)[resource];
    expect(all?.length).toBeGreaterThanOrEqual(2);
    return (all ?? []).map((item) => ({ [resource]: [item] }));
  }

  it('walks every page item by item, following the cursor', async () => {
    const pages = await expectedPages();
    const { client, statuses } = contractClient();
    const seen: unknown[] = [];
    for await (const item of client[resource].list({ limit: LIMIT })) seen.push(item);
    expect(seen).toEqual(pages.flatMap((page) => page[resource] ?? []));
    expect(statuses).toEqual(pages.map(() => 200));
  });

  it('yields whole pages with pages(), the last one without a next cursor', async () => {
    const expected = await expectedPages();
    const { client } = contractClient();
    const pages: Page<typeof resource>[] = [];
    for await (const page of client[resource].list({ limit: LIMIT }).pages()) {
      expectSpecAnswer(operationId, page);
      pages.push(page as Page<typeof resource>);
    }
    if (EXAMPLE_MODE) expect(pages).toEqual(expected);
    else expect(pages.map((page) => page[resource])).toEqual(expected.map((p) => p[resource]));
    expect(pages.slice(0, -1).every((page) => typeof page.cursor?.next === 'string')).toBe(true);
    expect(pages.at(-1)?.cursor?.next ?? null).toBeNull();
  });

  it('stops fetching when the caller stops early', async () => {
    const { client, statuses } = contractClient();
    for await (const _item of client[resource].list({ limit: LIMIT })) break;
    expect(statuses).toEqual([200]);
  });
});
