import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulator } from '../../src/simulator/simulator.js';
import { bundledSpecPath } from '../../src/spec/bundled-spec.js';
import { loadOperations } from '../../src/spec/load-operations.js';

describe('stateful mode never answers 5xx unasked', () => {
  it('answers random parameters and bodies on every operation with a 2xx or a 4xx', async () => {
    const operations = await loadOperations(bundledSpecPath('caac'));
    const simulator = new Simulator();
    const segment = fc.oneof(
      fc.constantFrom(
        '1024',
        '557118',
        '678',
        '12',
        '3',
        '0',
        '-1',
        '1e3',
        '%E0%A4%A',
        '9007199254740993',
      ),
      fc.string({ maxLength: 6 }).map(encodeURIComponent),
    );
    const body = fc.oneof(
      fc.constant(null),
      fc.jsonValue({ maxDepth: 3 }),
      fc.record(
        {
          name: fc.oneof(
            fc.string(),
            fc.integer(),
            fc.record({ value: fc.option(fc.string()), valid: fc.boolean() }),
          ),
          tag_id: fc.integer({ min: -2, max: 20 }),
          user_ids: fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 3 }),
          member_id: fc.constantFrom(557118, 557119, 1, 0),
          user_id: fc.option(fc.constantFrom(678, 702, 5)),
          assignment_relationship: fc.option(
            fc.record({
              member_id: fc.constantFrom(557118, 3),
              user_id: fc.option(fc.constantFrom(678, 9)),
            }),
          ),
          type: fc.constantFrom('text', 'image', 'nope'),
          started_at: fc.constantFrom('2025-01-01T00:00:00Z', 'yesterday'),
          ended_at: fc.constantFrom('2025-02-01T00:00:00Z', '2024-01-01T00:00:00Z'),
        },
        { requiredKeys: [] },
      ),
    );
    const query = fc.dictionary(
      fc.constantFrom(
        'limit',
        'cursor',
        'after',
        'before',
        'external_user_id',
        'external_team_id',
        'external_member_id',
      ),
      fc.oneof(
        fc.constantFrom('0', '1', '1000', '1001', 'abc', 'x.y'),
        fc.string({ maxLength: 8 }),
      ),
    );
    let answered = 0;
    fc.assert(
      fc.property(
        fc.nat(operations.length - 1),
        fc.array(segment, { minLength: 3, maxLength: 3 }),
        query,
        body,
        (index, segments, q, b) => {
          const operation = operations[index];
          if (!operation) return;
          let i = 0;
          const path = operation.path.replace(/{[^}]+}/g, () => segments[i++] ?? '1');
          const answer = simulator.answer(operation, {
            method: operation.method,
            path,
            query: q,
            headers: { apikey: 'fuzz-key' },
            body: b,
          });
          answered++;
          expect(answer.status, `${operation.method} ${path} ${JSON.stringify(b)}`).toBeLessThan(
            500,
          );
        },
      ),
      { numRuns: 3000, interruptAfterTimeLimit: 30_000 },
    );
    expect(answered).toBeGreaterThan(100);
  }, 60_000);
});
