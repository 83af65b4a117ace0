import { describe, expect, it } from 'vitest';
import { operations as OPERATIONS } from '../src/generated/operations.js';
import { createCaacClient, type OperationId, resourceMethodOf } from '../src/index.js';

describe('resourceMethodOf', () => {
  it('names the one resource method of every operation, and that method exists on a client', () => {
    const client = createCaacClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' });
    const ids = Object.keys(OPERATIONS) as OperationId[];
    expect(ids).toHaveLength(34);
    const seen = new Set<string>();
    for (const id of ids) {
      const [group, method] = resourceMethodOf(id);
      const groupObject = (client as unknown as Record<string, Record<string, unknown>>)[group];
      expect(typeof groupObject?.[method], `${id} → ${group}.${method}`).toBe('function');
      seen.add(`${group}.${method}`);
    }
    expect(seen.size).toBe(34);
  });

  it('maps a list and a plain operation as documented', () => {
    expect(resourceMethodOf('createTag')).toEqual(['tags', 'create']);
    expect(resourceMethodOf('listChannelsV2')).toEqual(['channels', 'list']);
  });

  it('says which operation it does not know', () => {
    expect(() => resourceMethodOf('nope' as OperationId)).toThrow(
      '[@caac/client] no resource method sends "nope"',
    );
  });
});
