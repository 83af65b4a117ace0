// Requests to a served agent from the harness (Node), including the ones fetch cannot make:
// a body that stops, a chunked body that keeps coming. Every request has a deadline.
import { request as httpRequest } from 'node:http';
import { AGENT_TOKEN } from './runtime-process.js';

const REQUEST_TIMEOUT_MS = 30_000;

export interface AgentAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** Written at once; `undefined` writes nothing. */
  body?: Uint8Array | string;
  /** Keep the request open after `body` (a stalled upload). */
  stall?: boolean;
  /** Keep writing chunks of this many bytes until the server answers (a streamed upload). */
  streamChunkBytes?: number;
}

/** A valid conversation (the spec's example shape) whose last message is `text`. */
export const conversation = (text: string) => ({
  conversation_id: 4242,
  org_uuid: '123e4567-e89b-12d3-a456-426614174000',
  version: '1.0',
  prompt: 'Answer briefly.',
  participants: { members: [{ id: 1, display_name: 'Member' }], users: [] },
  messages: [
    {
      message_type: 'text',
      message_uuid: '550e8400-e29b-41d4-a716-446655440000',
      sender_id: 1,
      sender_type: 'member',
      text,
      timestamp: '2026-01-01T00:00:00Z',
    },
  ],
});

export const authorised = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${AGENT_TOKEN}`,
  'content-type': 'application/json',
  ...extra,
});

/** One request over node:http; resolves with the answer or rejects on its deadline. */
export function send(url: string, options: RawRequest = {}): Promise<AgentAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: options.method ?? 'POST',
      headers: options.headers,
      timeout: REQUEST_TIMEOUT_MS,
    });
    let streaming: ReturnType<typeof setInterval> | undefined;
    const stop = () => clearInterval(streaming);
    request.on('timeout', () => {
      stop();
      request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`));
    });
    request.on('error', (error) => {
      stop();
      reject(error);
    });
    request.on('response', (response) => {
      stop();
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        request.destroy();
      });
    });
    if (options.body !== undefined) request.write(options.body);
    if (options.streamChunkBytes) {
      const chunk = new Uint8Array(options.streamChunkBytes).fill(0x20);
      let sent = 0;
      // Bounded: 64 chunks is far past any limit the suite sets.
      streaming = setInterval(() => {
        if (sent++ >= 64 || request.destroyed) return stop();
        request.write(chunk);
      }, 20);
      return;
    }
    if (!options.stall) request.end();
  });
}
