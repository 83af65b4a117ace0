import { type CaacClientOptions, createCaacClient, type OperationId } from '../src/index.js';
import { RESOURCES } from '../src/resources.js';

/** Loopback only: tests never leave the machine, and nothing listens here anyway. */
export const BASE_URL = 'http://127.0.0.1:4010';
export const API_KEY = 'sk-test-0123456789abcdef';

/** One request as the server would have seen it. */
export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  /** `Date.now()` when it arrived (fake clock in timer tests). */
  at: number;
  signal: AbortSignal;
}

type Reply = Response | Error | ((seen: Seen) => Response | Promise<Response>);

/**
 * A `fetch` that records every request and answers from `replies` in order (the last one repeats).
 * Nothing is mocked: the client builds real `Request`s and parses real `Response`s.
 */
export function observe(...replies: Reply[]) {
  const seen: Seen[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const entry: Seen = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.text(),
      at: Date.now(),
      signal: request.signal,
    };
    seen.push(entry);
    const reply = replies[Math.min(seen.length, replies.length) - 1];
    if (reply === undefined) throw new Error('observe(): no reply configured');
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(entry);
    // A Response body can be read once; hand out a copy so a repeated reply still works.
    return reply.clone();
  };
  return { fetch, seen };
}

/** A JSON response, as CAAC sends it. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** CAAC's shared error body. */
export function apiError(
  status: number,
  message = 'something failed',
  headers: Record<string, string> = {},
) {
  return json({ code: `status_${status}`, message, request_id: 'req-body-1' }, status, headers);
}

/** A client on the observed fetch, with no backoff noise unless a test asks for it. */
export function clientWith(replies: Reply[], options: CaacClientOptions = {}) {
  const observed = observe(...replies);
  const client = createCaacClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    fetch: observed.fetch,
    ...options,
  });
  return { client, seen: observed.seen };
}

/** Settles `promise` to its error (or fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
/** Every resource method with the operation it calls, read from the table the client is built from. */
export const methods = Object.entries(RESOURCES).flatMap(([group, table]) =>
  Object.entries(table).map(([name, entry]) => ({
    group,
    name,
    id: (typeof entry === 'string' ? entry : entry[0]) as OperationId,
    paginated: typeof entry !== 'string',
  })),
);
