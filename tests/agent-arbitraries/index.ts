// fast-check arbitraries for AI agent requests: valid ones, and valid ones with a few random
// mutations (the shape of real mistakes: one field wrong, missing or of the wrong type). A private
// workspace package, so the @caac/ai-agent-types validator tests and the @caac/ai-agent handler
// tests import one copy by name instead of reaching into each other's folders.
//
// The types are local on purpose: depending on @caac/ai-agent-types would make a cycle (its tests
// depend on this package). The validator tests check that every `validRequest` is valid.
import fc from 'fast-check';

/** The shape of a message, as the spec describes it. */
export interface SelfHostedAiAgentMessage {
  message_type: string;
  message_uuid: string;
  sender_id: number;
  sender_type: string;
  text?: string;
  timestamp: string;
}

/** The shape of a request, as the spec describes it. */
export interface SelfHostedAiAgentRequest {
  conversation_id?: number;
  messages: SelfHostedAiAgentMessage[];
  org_uuid?: string;
  participants: {
    members?: { id: number; display_name?: string; external_id?: string }[];
    users?: { id: number; display_name?: string; external_id?: string }[];
  };
  prompt?: string;
  version: '1.0';
  [extra: string]: unknown;
}

/** Valid RFC 3339 timestamps in UTC and with offsets, with and without fractions. */
export const rfc3339 = fc
  .tuple(
    fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('', '.5', '.123', '.123456789'),
    fc.constantFrom('Z', 'z', '+00:00', '+08:00', '-05:30'),
    fc.boolean(),
  )
  .map(([date, fraction, zone, lowerT]) => {
    const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ, a real calendar day and clock time
    return `${iso.slice(0, 10)}${lowerT ? 't' : 'T'}${iso.slice(11, 19)}${fraction}${zone}`;
  });

const participant = fc.record(
  { id: fc.integer(), display_name: fc.string(), external_id: fc.string() },
  { requiredKeys: ['id'] },
);

export const validMessage: fc.Arbitrary<SelfHostedAiAgentMessage> = fc.record(
  {
    message_type: fc.oneof(fc.constantFrom('text', 'image', 'sticker'), fc.string()),
    message_uuid: fc.uuid(),
    sender_id: fc.integer(),
    sender_type: fc.oneof(fc.constantFrom('member', 'user', 'bot'), fc.string()),
    text: fc.string(),
    timestamp: rfc3339,
  },
  { requiredKeys: ['message_type', 'message_uuid', 'sender_id', 'sender_type', 'timestamp'] },
);

const knownKeys = new Set([
  'conversation_id',
  'messages',
  'org_uuid',
  'participants',
  'prompt',
  'version',
]);

/** Present four times in five; absent (as the Go backend omits zero values) otherwise. */
const mostly = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 5 });

/** Any valid request: mostly real conversations, sometimes health checks, with unknown extra fields. */
export const validRequest: fc.Arbitrary<SelfHostedAiAgentRequest> = fc
  .tuple(
    fc.record({
      conversation_id: mostly(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(0) },
          { weight: 6, arbitrary: fc.integer({ min: 1 }) },
          { weight: 1, arbitrary: fc.integer() },
        ),
      ),
      messages: fc.array(validMessage, { maxLength: 5 }),
      org_uuid: mostly(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant('') },
          { weight: 6, arbitrary: fc.uuid() },
          { weight: 1, arbitrary: fc.string() },
        ),
      ),
      participants: fc.record(
        {
          members: fc.array(participant, { maxLength: 3 }),
          users: fc.array(participant, { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
      prompt: mostly(fc.string()),
      version: fc.constant('1.0' as const),
    }),
    fc.dictionary(
      fc.string().filter((k) => !knownKeys.has(k) && k !== '__proto__'),
      fc.jsonValue(),
      { maxKeys: 2 },
    ),
  )
  .map(([request, extra]) => {
    const present = Object.entries(request).filter(([, value]) => value !== undefined);
    return { ...extra, ...Object.fromEntries(present) } as SelfHostedAiAgentRequest;
  });

/** Values that are wrong for most positions in a request. */
export const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 5 }),
  fc.constantFrom('2025-05-21', '2025-02-30T00:00:00Z', 'not-a-uuid', '2.0', '', '1'),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 2 }),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation = { at: number; op: 'replace' | 'delete'; value: Json };

/** Every path to a node inside `value`, root excluded, in a stable order. */
function pathsIn(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...prefix, i]);
      pathsIn(item, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsIn(item, [...prefix, key], out);
    }
  }
  return out;
}

function apply(root: Json, { at, op, value }: Mutation): Json {
  const paths = pathsIn(root);
  if (paths.length === 0) return value;
  const path = paths[at % paths.length] as (string | number)[];
  let parent = root as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (op === 'delete' && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return root;
}

/** A valid request after one to three random replacements or deletions anywhere inside it. */
export const mutatedRequest: fc.Arbitrary<unknown> = fc
  .tuple(
    validRequest,
    fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('replace', 'delete'),
        value: junk as fc.Arbitrary<Json>,
      }),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([request, mutations]) =>
    mutations.reduce<Json>((value, m) => apply(value, m), structuredClone(request) as Json),
  );

/** The mix the property tests use: valid, mutated and arbitrary values. */
export const anyRequestBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: validRequest },
  { weight: 6, arbitrary: mutatedRequest },
  { weight: 1, arbitrary: fc.jsonValue() },
);
