import { expect } from 'vitest';
import {
  type AiAgentHandlerOptions,
  type AiAgentLogger,
  createAiAgentHandler,
  type SelfHostedAiAgentMessage,
  type SelfHostedAiAgentRequest,
} from '../src/index.js';

export const TOKEN = 'test-token-3f9a1c';
export const URL_ = 'http://127.0.0.1/ai-agent';

/** The vendor's sample conversation. */
export function conversation(
  overrides: Partial<SelfHostedAiAgentRequest> = {},
): SelfHostedAiAgentRequest {
  const message: SelfHostedAiAgentMessage = {
    message_type: 'text',
    message_uuid: '550e8400-e29b-41d4-a716-446655440000',
    sender_id: 12345,
    sender_type: 'member',
    text: 'I would like to know more about your products',
    timestamp: '2025-05-21T05:06:00Z',
  };
  return {
    conversation_id: 98765,
    org_uuid: '123e4567-e89b-12d3-a456-426614174000',
    messages: [message],
    participants: { members: [{ id: 12345, display_name: 'Alice' }], users: [] },
    prompt: 'Be friendly.',
    version: '1.0',
    ...overrides,
  };
}

export const HEALTH_CHECK = {
  conversation_id: 0,
  org_uuid: '',
  version: '1.0',
  messages: [],
  participants: {},
};

/** A POST as CAAC sends it; every part can be overridden. */
export function caacRequest(
  body: unknown = conversation(),
  init: {
    token?: string | null;
    headers?: Record<string, string>;
    method?: string;
    raw?: BodyInit;
  } = {},
): Request {
  const headers = new Headers({ 'content-type': 'application/json', ...init.headers });
  const token = init.token === undefined ? TOKEN : init.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  const method = init.method ?? 'POST';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(URL_, {
    method,
    headers,
    body: hasBody ? (init.raw ?? JSON.stringify(body)) : null,
  });
}

/** Records every logger call, to check what is (and is not) logged. */
export function recordingLogger(): AiAgentLogger & { lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  };
  return {
    lines,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
}

type Overrides = Partial<Omit<AiAgentHandlerOptions, 'token' | 'tokens'>> & {
  tokens?: readonly string[];
};

/** Options with the test token and a reply that echoes the last message. */
export function testOptions(overrides: Overrides = {}): AiAgentHandlerOptions {
  const { tokens, ...rest } = overrides;
  return {
    reply: (request: SelfHostedAiAgentRequest) => `echo: ${request.messages.at(-1)?.text ?? ''}`,
    onError: () => {},
    ...rest,
    ...(tokens ? { tokens } : { token: TOKEN }),
  } as AiAgentHandlerOptions;
}

/** A handler with the test token and a reply that echoes the last message. */
export function testHandler(overrides: Overrides = {}) {
  return createAiAgentHandler(testOptions(overrides));
}

export async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await response.json()) as Record<string, unknown>;
}

/** A body stream that counts how many bytes were pulled from it, producing `total` bytes of spaces. */
export function countingStream(total: number, chunkSize = 16 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      const size = Math.min(chunkSize, total - state.pulled);
      state.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

/** A Request with a streamed body (no Content-Length). */
export function streamedRequest(
  stream: ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: stream,
    duplex: 'half',
  } as RequestInit);
}
