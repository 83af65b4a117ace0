import { describe, expect, it } from 'vitest';
import { formatProblem, isValidRequest, validateRequest } from '../src/index.js';
import { sampleMessage, sampleRequest } from './fixtures/requests.js';

/** The problems for `value`, failing the test if it validated. */
function problemsOf(value: unknown) {
  const result = validateRequest(value);
  if (result.ok) throw new Error('expected the value to be invalid');
  return result.problems;
}

describe('validateRequest', () => {
  it('accepts the vendor sample and returns the same object, typed', () => {
    const request = sampleRequest();
    const result = validateRequest(request);
    expect(result).toEqual({ ok: true, value: request });
    expect(result.ok && result.value).toBe(request);
  });

  it('accepts a minimal health check (only the required fields)', () => {
    expect(validateRequest({ messages: [], participants: {}, version: '1.0' }).ok).toBe(true);
  });

  it('allows properties the schema does not name (CAAC may add fields)', () => {
    const request = { ...sampleRequest(), new_field: { nested: true } };
    request.messages = [{ ...sampleMessage(), reactions: ['👍'] } as never];
    expect(validateRequest(request).ok).toBe(true);
  });

  it('accepts open enums: any message_type and sender_type string', () => {
    const messages = [
      sampleMessage({ message_type: 'image', sender_type: 'bot' }),
      sampleMessage({ message_type: 'sticker', sender_type: 'user' }),
    ];
    expect(validateRequest(sampleRequest({ messages })).ok).toBe(true);
  });

  it('names the path of a bad field inside an array', () => {
    const messages = [sampleMessage(), sampleMessage(), sampleMessage({ timestamp: 'yesterday' })];
    expect(problemsOf(sampleRequest({ messages }))).toEqual([
      { path: 'messages[2].timestamp', message: 'must be a date-time string' },
    ]);
  });

  it('lists every problem, not just the first', () => {
    const body = {
      conversation_id: 'abc',
      messages: [
        {
          message_type: 'text',
          message_uuid: 'nope',
          sender_id: 1.5,
          sender_type: 'member',
          timestamp: '2025-05-21T05:06:00Z',
        },
        { text: 7 },
        'hello',
      ],
      org_uuid: 42,
      participants: { members: [{ display_name: 'A' }], users: 'none' },
      prompt: null,
      version: '2.0',
      extra: 'allowed',
    };
    expect(problemsOf(body)).toEqual([
      { path: 'conversation_id', message: 'must be an integer' },
      { path: 'messages[0].message_uuid', message: 'must be a UUID string' },
      { path: 'messages[0].sender_id', message: 'must be an integer' },
      { path: 'messages[1].message_type', message: 'is required' },
      { path: 'messages[1].message_uuid', message: 'is required' },
      { path: 'messages[1].sender_id', message: 'is required' },
      { path: 'messages[1].sender_type', message: 'is required' },
      { path: 'messages[1].text', message: 'must be a string' },
      { path: 'messages[1].timestamp', message: 'is required' },
      { path: 'messages[2]', message: 'must be an object' },
      { path: 'org_uuid', message: 'must be a string' },
      { path: 'participants.members[0].id', message: 'is required' },
      { path: 'participants.users', message: 'must be an array' },
      { path: 'prompt', message: 'must be a string' },
      { path: 'version', message: 'must be "1.0"' },
    ]);
  });

  it('reports missing required fields at their own path', () => {
    expect(problemsOf({})).toEqual([
      { path: 'messages', message: 'is required' },
      { path: 'participants', message: 'is required' },
      { path: 'version', message: 'is required' },
    ]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', '{"version":"1.0"}'],
    ['a number', 1],
    ['undefined', undefined],
  ])('rejects %s as the body with one problem at the root', (_name, value) => {
    expect(problemsOf(value)).toEqual([{ path: '', message: 'must be an object' }]);
  });

  it('treats an explicit null as present but of the wrong type', () => {
    expect(problemsOf(sampleRequest({ participants: null as never }))).toEqual([
      { path: 'participants', message: 'must be an object' },
    ]);
  });

  describe('integers', () => {
    it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', true])('rejects %s', (sender_id) => {
      const messages = [sampleMessage({ sender_id: sender_id as number })];
      expect(problemsOf(sampleRequest({ messages }))).toEqual([
        { path: 'messages[0].sender_id', message: 'must be an integer' },
      ]);
    });

    it('accepts 0, negatives and 1.0 (JSON does not distinguish 1 from 1.0)', () => {
      for (const sender_id of [0, -3, 1.0, 2 ** 53]) {
        expect(
          validateRequest(sampleRequest({ messages: [sampleMessage({ sender_id })] })).ok,
        ).toBe(true);
      }
    });
  });

  describe('date-time (RFC 3339)', () => {
    it.each([
      '2025-05-21T05:06:00Z',
      '2025-05-21t05:06:00z',
      '2025-05-21T05:06:00.123456789Z',
      '2025-05-21T13:06:00+08:00',
      '2025-05-20T21:06:00-08:00',
      '2024-02-29T00:00:00Z',
      '2016-12-31T23:59:60Z',
      '2017-01-01T07:59:60+08:00',
    ])('accepts %s', (timestamp) => {
      expect(validateRequest(sampleRequest({ messages: [sampleMessage({ timestamp })] })).ok).toBe(
        true,
      );
    });

    it.each([
      '',
      '2025-05-21',
      '2025-05-21T05:06:00',
      '2025-05-21 05:06:00Z',
      '2025-05-21T05:06Z',
      '2025-13-01T00:00:00Z',
      '2025-00-01T00:00:00Z',
      '2025-02-29T00:00:00Z',
      '2025-04-31T00:00:00Z',
      '2025-05-00T00:00:00Z',
      '2025-05-21T24:00:00Z',
      '2025-05-21T05:60:00Z',
      '2025-05-21T05:06:60Z',
      '2025-05-21T05:06:00.Z',
      '2025-05-21T05:06:00+0800',
      '2025-05-21T05:06:00+24:00',
      '2025-05-21T05:06:00Z ',
      '２０２５-05-21T05:06:00Z',
      'Wed, 21 May 2025 05:06:00 GMT',
    ])('rejects %j', (timestamp) => {
      expect(problemsOf(sampleRequest({ messages: [sampleMessage({ timestamp })] }))).toEqual([
        { path: 'messages[0].timestamp', message: 'must be a date-time string' },
      ]);
    });
  });

  describe('uuid', () => {
    it.each([
      '550e8400-e29b-41d4-a716-446655440000',
      '550E8400-E29B-41D4-A716-446655440000',
      '00000000-0000-0000-0000-000000000000',
    ])('accepts %s', (message_uuid) => {
      expect(
        validateRequest(sampleRequest({ messages: [sampleMessage({ message_uuid })] })).ok,
      ).toBe(true);
    });

    it.each([
      '',
      '550e8400e29b41d4a716446655440000',
      '{550e8400-e29b-41d4-a716-446655440000}',
      '550e8400-e29b-41d4-a716-44665544000g',
      'urn:uuid:550e8400-e29b-41d4-a716-446655440000',
    ])('rejects %j', (message_uuid) => {
      expect(problemsOf(sampleRequest({ messages: [sampleMessage({ message_uuid })] }))).toEqual([
        { path: 'messages[0].message_uuid', message: 'must be a UUID string' },
      ]);
    });
  });
});

describe('isValidRequest', () => {
  it('agrees with validateRequest', () => {
    expect(isValidRequest(sampleRequest())).toBe(true);
    expect(isValidRequest({})).toBe(false);
  });
});

describe('formatProblem', () => {
  it('reads as a sentence', () => {
    expect(
      formatProblem({ path: 'messages[2].timestamp', message: 'must be a date-time string' }),
    ).toBe('messages[2].timestamp must be a date-time string');
    expect(formatProblem({ path: '', message: 'must be an object' })).toBe(
      'body must be an object',
    );
  });
});
