// `@caac/client/node-transport`: a `fetch`-compatible transport for Node on undici's `request()`
// and a dispatcher, for the client's `fetch` option. Node's global fetch spends most of its time in
// WHATWG machinery (WebIDL checks, stream-backed bodies, one AbortSignal per Request);
// `undici.request` skips it. This keeps the fetch contract the client relies on (Response out,
// abort with the signal's reason, `TypeError('fetch failed', { cause })` on network errors) and only
// takes the fast path underneath.
//
// Node only, and only here: the package's other entries stay fetch-only. undici is an optional peer
// dependency, loaded when a transport is created, so this entry loads without it.
//
// Differences from fetch, on purpose: the response body is read in full before the Response is
// returned (right for a JSON API, wrong for streaming downloads), and redirects are not followed
// (the CAAC API does not redirect; a 3xx comes back as is).
import { createRequire } from 'node:module';
// The package's own entry (not ../src), so the error class is the one every other entry shares.
import { CaacError, TAKES_URL_AND_INIT } from '@caac/client/core';
import type { Dispatcher } from 'undici';

/** Options of `createNodeTransport()`. */
export interface NodeTransportOptions {
  /** Dispatcher to send through, e.g. an undici `Pool` or `Agent` with your limits. */
  dispatcher?: Dispatcher | undefined;
  /** Connections per origin when no dispatcher is given (default: unlimited, as fetch). */
  connections?: number | undefined;
}

/** A `fetch`-compatible function: a `Request`, or a URL with an optional init. */
export type NodeTransport = (
  input: Request | string | URL,
  init?: RequestInit,
) => Promise<Response>;

type Undici = typeof import('undici');

// undici is CommonJS, so a require resolved from this file loads it synchronously: a missing peer
// dependency fails at `createNodeTransport()`, not on the first request.
function loadUndici(): Undici {
  try {
    return createRequire(import.meta.url)('undici') as Undici;
  } catch (error) {
    throw new CaacError(
      '@caac/client/node-transport needs the `undici` package (version 7, Node ≥ 20.18.1): npm install undici',
      { cause: error },
    );
  }
}

/**
 * Creates a `fetch`-compatible transport on undici for the client's `fetch` option. The client
 * calls it with `(url, init)`, so a call builds no WHATWG `Request` at all.
 * @example
 * import { createCaacClient } from '@caac/client';
 * import { createNodeTransport } from '@caac/client/node-transport';
 * const caac = createCaacClient({ apiKey, fetch: createNodeTransport() });
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const { Agent, request } = loadUndici();
  const dispatcher =
    options.dispatcher ??
    new Agent(options.connections ? { connections: options.connections } : {});

  const transport: NodeTransport = async (input, init) => {
    const { method, url, signal, headers, body } = await outgoing(input, init);
    let res: Dispatcher.ResponseData;
    let bytes: Uint8Array<ArrayBuffer> | null = null;
    try {
      res = await request(url, {
        method: method as Dispatcher.HttpMethod,
        headers,
        body,
        signal,
        dispatcher,
      });
      if (NULL_BODY.has(res.statusCode) || method === 'HEAD') await res.body.dump();
      else bytes = new Uint8Array(await res.body.arrayBuffer());
    } catch (error) {
      // fetch rejects with the signal's reason when aborted, and with TypeError('fetch failed')
      // wrapping the cause otherwise; the client tells timeouts from connection errors that way.
      throw signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error });
    }
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (Array.isArray(value)) for (const v of value) responseHeaders.append(name, v);
      else if (value !== undefined) responseHeaders.append(name, value);
    }
    const responseInit = {
      status: res.statusCode,
      statusText: res.statusText,
      headers: responseHeaders,
    };
    const response =
      bytes === null ? new Response(null, responseInit) : new BufferedResponse(bytes, responseInit);
    return withUrl(response, url);
  };
  // Tells the client it may call this with (url, init) rather than build a Request for it.
  Object.defineProperty(transport, TAKES_URL_AND_INIT, { value: true });
  return transport;
}

// Statuses whose responses may not carry a body: `new Response(body)` throws for them.
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const decoder = new TextDecoder();

/**
 * A Response over bytes already in memory. `json()`, `text()` and `arrayBuffer()` decode the bytes
 * directly instead of going through a ReadableStream; `body`, `blob()` and `formData()` hand over
 * to a real Response built on first use, so every other part of the Response contract behaves as
 * fetch's does.
 */
class BufferedResponse extends Response {
  readonly #bytes: Uint8Array<ArrayBuffer>;
  readonly #init: ResponseInit;
  #consumed = false;
  #real: Response | undefined;

  constructor(bytes: Uint8Array<ArrayBuffer>, init: ResponseInit) {
    super(null, init);
    this.#bytes = bytes;
    this.#init = init;
  }

  #delegate(): Response {
    this.#real ??= new Response(this.#consumed ? null : this.#bytes, this.#init);
    return this.#real;
  }

  #take(): Uint8Array<ArrayBuffer> {
    if (this.#consumed) throw new TypeError('Body is unusable: Body has already been read');
    this.#consumed = true;
    return this.#bytes;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#delegate().body;
  }

  override get bodyUsed(): boolean {
    return this.#real ? this.#real.bodyUsed : this.#consumed;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#real) return this.#real.arrayBuffer();
    const b = this.#take();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  }

  override async text(): Promise<string> {
    if (this.#real) return this.#real.text();
    return decoder.decode(this.#take());
  }

  override async json(): Promise<unknown> {
    if (this.#real) return this.#real.json();
    return JSON.parse(decoder.decode(this.#take()));
  }

  override blob(): Promise<Blob> {
    return this.#delegate().blob();
  }

  override formData(): Promise<FormData> {
    return this.#delegate().formData();
  }

  override clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    if (this.#real) return this.#real.clone();
    return withUrl(new BufferedResponse(this.#bytes, this.#init), this.url);
  }
}

interface Outgoing {
  method: string;
  url: string;
  signal: AbortSignal | undefined;
  headers: string[];
  body: Buffer | null;
}

// fetch upper-cases these method names whatever case they come in; others (PATCH) stay as given.
const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/**
 * What to send. A ready Request is read as is; a URL with an init whose body is absent, a string
 * or bytes is read without building a Request (the client's calls); anything else (FormData, Blob,
 * streams) goes through `new Request` so its encoding is exactly fetch's.
 */
async function outgoing(
  input: Request | string | URL,
  init: RequestInit | undefined,
): Promise<Outgoing> {
  const rawBody = init?.body;
  const simpleBody =
    rawBody == null ||
    typeof rawBody === 'string' ||
    rawBody instanceof ArrayBuffer ||
    ArrayBuffer.isView(rawBody);
  if (!(input instanceof Request) && simpleBody) {
    // Headers validates names and values and joins repeated ones exactly as fetch does.
    const headers = new Headers(init?.headers);
    if (typeof rawBody === 'string' && !headers.has('content-type')) {
      headers.set('content-type', 'text/plain;charset=UTF-8');
    }
    const flat: string[] = [];
    for (const [name, value] of headers) flat.push(name, value);
    const method = init?.method ?? 'GET';
    const upper = method.toUpperCase();
    return {
      method: NORMALIZED_METHODS.has(upper) ? upper : method,
      url: new URL(String(input)).href,
      signal: init?.signal ?? undefined,
      headers: flat,
      body:
        rawBody == null
          ? null
          : typeof rawBody === 'string'
            ? Buffer.from(rawBody)
            : ArrayBuffer.isView(rawBody)
              ? Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength)
              : Buffer.from(rawBody),
    };
  }
  const req = input instanceof Request && init === undefined ? input : new Request(input, init);
  const headers: string[] = [];
  for (const [name, value] of req.headers) headers.push(name, value);
  return {
    method: req.method,
    url: req.url,
    signal: req.signal,
    headers,
    body: req.body === null ? null : Buffer.from(await req.arrayBuffer()),
  };
}

// fetch sets `url` on its responses; error messages and logs read it.
function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
