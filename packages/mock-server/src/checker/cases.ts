import { type AgentRequest, conversationOfAtLeast, randomConversation } from './conversations.js';
import type { SeededRandom } from './random.js';
import type { NamedExample } from './spec-examples.js';

/** What a check expects back. */
export type Expectation =
  /** 200, JSON, with a string `reply_text`. */
  | { readonly kind: 'reply' }
  /** A rejection with exactly this status and a JSON error body (the spec's `Error`), not a page. */
  | { readonly kind: 'rejection'; readonly status: 400 | 401 };

/** How a report names what a check expects. */
export function describeExpectation(expect: Expectation): string {
  return expect.kind === 'reply' ? '200 JSON reply_text' : `${expect.status} JSON error`;
}

/** One request the checker sends and what it expects. */
export interface CheckCase {
  readonly id: string;
  readonly title: string;
  readonly required: boolean;
  readonly expect: Expectation;
  /** `token` sends the right bearer token, `none` no Authorization header, `wrong` another one. */
  readonly auth: 'token' | 'none' | 'wrong';
  /** The exact bytes to send (a string, so malformed JSON is possible). */
  readonly body: string;
  /** Why the check matters, for the failure message. */
  readonly why: string;
}

interface CaseInputs {
  readonly examples: readonly NamedExample[];
  readonly random: SeededRandom;
  readonly randomConversations: number;
  readonly largeConversationMessages: number;
  /** Minimum size of the large-body conversation. */
  readonly largeBodyBytes: number;
}

/** Size of the large-body check's conversation: above Express's and body-parser's 100 KB default. */
export const LARGE_BODY_BYTES = 300 * 1024;

const REPLY: Expectation = { kind: 'reply' };

/**
 * The checks, in the order they run: first what CAAC sends every day, then the rejections, and
 * malformed JSON last, so an agent that crashes on it does not hide the other results.
 *
 * @example
 * buildCases({ examples, random: seededRandom(1), randomConversations: 3, largeConversationMessages: 200, largeBodyBytes: LARGE_BODY_BYTES });
 */
export function buildCases(inputs: CaseInputs): CheckCase[] {
  const { examples, random } = inputs;
  const healthCheck = examples.find((e) => e.name === 'healthCheck')?.value ?? HEALTH_CHECK;
  const conversation = (examples.find((e) => e.name !== 'healthCheck')?.value ??
    randomConversation(random, 3)) as AgentRequest;
  const cases: CheckCase[] = [
    {
      id: 'health-check',
      title: 'health check (no conversation)',
      required: true,
      expect: REPLY,
      auth: 'token',
      body: JSON.stringify(healthCheck),
      why: 'CAAC sends this request (empty messages and participants) to see that the agent is up',
    },
  ];
  for (const example of examples.filter((e) => e.name !== 'healthCheck')) {
    cases.push({
      id: `example:${example.name}`,
      title: `spec example "${example.name}"`,
      required: true,
      expect: REPLY,
      auth: 'token',
      body: JSON.stringify(example.value),
      why: 'this is the request the CAAC spec documents',
    });
  }
  for (let i = 1; i <= inputs.randomConversations; i += 1) {
    cases.push({
      id: `random-${i}`,
      title: 'random valid conversation',
      required: true,
      expect: REPLY,
      auth: 'token',
      body: JSON.stringify(randomConversation(random, random.int(1, 12))),
      why: 'CAAC sends conversations of any length and language',
    });
  }
  cases.push(
    {
      id: 'large-conversation',
      title: `${inputs.largeConversationMessages}-message conversation`,
      required: true,
      expect: REPLY,
      auth: 'token',
      body: JSON.stringify(randomConversation(random, inputs.largeConversationMessages)),
      why: 'long conversations must still be answered within the deadline',
    },
    largeBody(inputs),
    {
      id: 'unknown-fields',
      title: 'request with fields the spec does not list',
      required: false,
      expect: REPLY,
      auth: 'token',
      body: JSON.stringify({ ...conversation, channel_type: 'line', future_field: { any: 1 } }),
      why: 'the spec says unknown fields must be tolerated (CAAC may add fields)',
    },
    {
      id: 'no-token',
      title: 'no Authorization header',
      required: true,
      expect: { kind: 'rejection', status: 401 },
      auth: 'none',
      body: JSON.stringify(conversation),
      why: 'without a bearer token anyone on the internet could use the agent',
    },
    {
      id: 'wrong-token',
      title: 'wrong bearer token',
      required: true,
      expect: { kind: 'rejection', status: 401 },
      auth: 'wrong',
      body: JSON.stringify(conversation),
      why: 'the agent must compare the token with the one configured in CAAC',
    },
    {
      id: 'unsupported-version',
      title: 'version "2.0"',
      required: true,
      expect: { kind: 'rejection', status: 400 },
      auth: 'token',
      body: JSON.stringify({ ...conversation, version: '2.0' }),
      why: 'an agent must not guess at a request format it does not know',
    },
    {
      id: 'missing-messages',
      title: 'body without the required messages',
      required: false,
      expect: { kind: 'rejection', status: 400 },
      auth: 'token',
      body: JSON.stringify(withoutKey(conversation, 'messages')),
      why: 'invalid requests should be rejected with 400, not crash the agent',
    },
    {
      id: 'malformed-json',
      title: 'malformed JSON body',
      required: true,
      expect: { kind: 'rejection', status: 400 },
      auth: 'token',
      body: MALFORMED_JSON,
      why: "a bad body must get 400 with a JSON error, not a crash, a 500 or a framework's HTML page",
    },
    {
      id: 'malformed-json-no-token',
      title: 'malformed JSON body without a token',
      required: false,
      expect: { kind: 'rejection', status: 401 },
      auth: 'none',
      body: MALFORMED_JSON,
      why: 'the agent should check the token before it reads the body, so strangers learn nothing from its parser',
    },
  );
  return cases;
}

const MALFORMED_JSON = '{"version": "1.0", "messages": [';

function largeBody(inputs: CaseInputs): CheckCase {
  const conversation = conversationOfAtLeast(inputs.random, inputs.largeBodyBytes);
  const body = JSON.stringify(conversation);
  return {
    id: 'large-body',
    title: `${Math.round(Buffer.byteLength(body) / 1024)} KB conversation (${conversation.messages.length} messages)`,
    required: true,
    expect: REPLY,
    auth: 'token',
    body,
    why: 'CAAC sends the whole history; a body limit below a few hundred KB (Express and body-parser default to 100 KB) rejects long conversations',
  };
}

/** Used only when the spec has no `healthCheck` example. */
const HEALTH_CHECK: AgentRequest = {
  conversation_id: 0,
  org_uuid: '',
  version: '1.0',
  messages: [],
  participants: {},
};

function withoutKey(request: AgentRequest, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(request).filter(([name]) => name !== key));
}
