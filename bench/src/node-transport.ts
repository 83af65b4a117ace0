// Proposal: a `fetch`-compatible function for Node backed by undici's `request` and a dispatcher,
// to pass as `createCaacClient({ fetch: createNodeTransport() })`. Node's global fetch spends most of
// its time in WHATWG machinery (WebIDL checks, stream-backed bodies, a fresh Response per hop);
// `undici.request` skips that. This keeps the fetch contract the client relies on (Request in,
// Response out, abort with the signal's reason, `TypeError('fetch failed', { cause })` on network
// errors) and only takes the fast path underneath.
//
// Differences from fetch, on purpose: the response body is buffered (fine for a JSON API, not for
// streaming downloads) and redirects are not followed (the CAAC API does not redirect).
import { STATUS_CODES } from 'node:http';
import { Agent, type Dispatcher, request } from 'undici';

export interface NodeTransportOptions {
  /** Dispatcher to send through, e.g. an undici `Pool` or `Agent` with your limits. */
  dispatcher?: Dispatcher;
  /** Connections per origin when no dispatcher is given (default: unlimited, as fetch). */
  connections?: number;
}

type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

// Statuses whose responses may not carry a body: `new Response(body)` throws for them.
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function createNodeTransport(options: NodeTransportOptions = {}): FetchLike {
  const dispatcher =
    options.dispatcher ??
    new Agent(options.connections ? { connections: options.connections } : {});

  return async function nodeFetch(input, init) {
    // openapi-fetch always hands over a ready Request; build one only for other callers.
    const req = input instanceof Request && init === undefined ? input : new Request(input, init);
    const method = req.method;
    const headers: string[] = [];
    for (const [name, value] of req.headers) headers.push(name, value);
    const body = req.body === null ? null : Buffer.from(await req.arrayBuffer());

    let res: Dispatcher.ResponseData;
    try {
      res = await request(req.url, {
        method: method as Dispatcher.HttpMethod,
        headers,
        body,
        signal: req.signal,
        dispatcher,
      });
    } catch (error) {
      throw asFetchError(error, req.signal);
    }

    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (Array.isArray(value)) for (const v of value) responseHeaders.append(name, v);
      else if (value !== undefined) responseHeaders.append(name, value);
    }
    let payload: ArrayBuffer | null = null;
    try {
      if (NULL_BODY.has(res.statusCode) || method === 'HEAD') await res.body.dump();
      else payload = await res.body.arrayBuffer();
    } catch (error) {
      throw asFetchError(error, req.signal);
    }
    const response = new Response(payload, {
      status: res.statusCode,
      statusText: STATUS_CODES[res.statusCode] ?? '',
      headers: responseHeaders,
    });
    // fetch sets `url` on its responses; error messages and logs read it.
    Object.defineProperty(response, 'url', { value: req.url });
    return response;
  };
}

// fetch rejects with the signal's reason when aborted and with `TypeError('fetch failed')` wrapping
// the cause otherwise; the client's error mapping (connection vs timeout vs caller abort) expects that.
function asFetchError(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  return new TypeError('fetch failed', { cause: error });
}
