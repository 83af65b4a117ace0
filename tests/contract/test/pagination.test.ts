import { describe, expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { responseExample } from './support/spec-examples.js';

type Page<K extends string> = { [key in K]?: unknown[] } & { cursor?: { next?: string | null } };

describe.each([
  ['users', 'listUsers'],
  ['teams', 'listTeams'],
  ['channels', 'listChannelsV2'],
] as const)('pagination of %s against the mock', (resource, operationId) => {
  const first = responseExample(operationId, 200, 'firstPage') as Page<typeof resource>;
  const last = responseExample(operationId, 200, 'lastPage') as Page<typeof resource>;

  it('walks both pages item by item, following the cursor', async () => {
    const { client, statuses } = contractClient();
    const seen: unknown[] = [];
    for await (const item of client[resource].list({ limit: 2 })) seen.push(item);
    expect(seen).toEqual([...(first[resource] ?? []), ...(last[resource] ?? [])]);
    expect(statuses).toEqual([200, 200]);
  });

  it('yields whole pages with pages(), the last one without a next cursor', async () => {
    const { client } = contractClient();
    const pages: unknown[] = [];
    for await (const page of client[resource].list({ limit: 2 }).pages()) pages.push(page);
    expect(pages).toEqual([first, last]);
  });

  it('stops fetching when the caller stops early', async () => {
    const { client, statuses } = contractClient();
    for await (const _item of client[resource].list({ limit: 2 })) break;
    expect(statuses).toEqual([200]);
  });
});
