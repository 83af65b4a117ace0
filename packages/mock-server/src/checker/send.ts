import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Why no complete answer arrived. */
export type CallFailureKind =
  /** The connection was refused or the host is unknown: nothing listens there. */
  | 'unreachable'
  /** No connection within the deadline. */
  | 'connect-timeout'
  /** Connected, but no response headers within the deadline. */
  | 'no-headers'
  /** Headers arrived, the body did not finish within the deadline. */
  | 'stalled'
  /** The answer grew past the byte cap; reading stopped there. */
  | 'too-large'
  /** The agent closed or broke the connection, or sent something that is not HTTP. */
  | 'broken';

/** What came back from one request to the agent. */
export interface AgentCall {
  readonly status: number | null;
  readonly contentType: string | null;
  /** The body as read, at most the byte cap; the raw text, secrets not yet masked. */
  readonly bodyText: string;
  /** Whether `bodyText` is the whole body. */
  readonly complete: boolean;
  /** Body bytes received (counting those past the cap that made it stop). */
  readonly bytesReceived: number;
  /** Milliseconds until the response headers arrived; null when none did. */
  readonly headersMs: number | null;
  /** Milliseconds until the last body byte arrived; null when none did. */
  readonly lastByteMs: number | null;
  /** Milliseconds until the whole body arrived; null when it did not. */
  readonly latencyMs: number | null;
  readonly failure?: { readonly kind: CallFailureKind; readonly message: string };
}

export interface SendOptions {
  readonly timeoutMs: number;
  /** Stop reading, and fail, past this many body bytes. */
  readonly maxAnswerBytes: number;
}

/**
 * POSTs one request to the agent and reads the answer, at most `timeoutMs` in all and at most
 * `maxAnswerBytes` of body: past the cap the connection is closed, so a hostile agent cannot make
 * the checker hold more than the cap. Times the connection, the headers and the body separately,
 * so a failure can say which part never came.
 *
 * @example
 * await sendToAgent(new URL('http://127.0.0.1:3000/ai-agent'), { 'content-type': 'application/json' }, '{}', { timeoutMs: 45_000, maxAnswerBytes: 1_048_576 });
 */
export function sendToAgent(
  url: URL,
  headers: Record<string, string>,
  body: string,
  { timeoutMs, maxAnswerBytes }: SendOptions,
): Promise<AgentCall> {
  return new Promise((resolve) => {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    let connected = false;
    let response: IncomingMessage | undefined;
    let headersMs: number | null = null;
    let lastByteMs: number | null = null;
    let bytesReceived = 0;
    let kept = 0;
    const chunks: Buffer[] = [];
    let settled = false;

    const finish = (failure?: AgentCall['failure']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Closing the socket is what stops an endless or oversized answer from being sent on.
      req.destroy();
      resolve({
        status: response?.statusCode ?? null,
        contentType: headerValue(response?.headers['content-type']),
        bodyText: Buffer.concat(chunks, kept).toString('utf8'),
        complete: failure === undefined,
        bytesReceived,
        headersMs: roundedOrNull(headersMs),
        lastByteMs: roundedOrNull(lastByteMs),
        latencyMs: failure === undefined ? Math.round(elapsed()) : null,
        ...(failure ? { failure } : {}),
      });
    };

    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      // One connection per check, closed after it: no pooled socket outlives the run.
      agent: false,
    });
    const timer = setTimeout(() => finish(timeoutFailure()), timeoutMs);

    const timeoutFailure = (): AgentCall['failure'] => {
      if (!connected)
        return { kind: 'connect-timeout', message: `no connection within ${timeoutMs} ms` };
      if (headersMs === null)
        return {
          kind: 'no-headers',
          message: `no answer within ${timeoutMs} ms (connected, but no response headers)`,
        };
      // Bytes still arriving near the deadline: a drip, not a stop.
      const dripping =
        lastByteMs !== null && timeoutMs - lastByteMs < Math.min(1_000, timeoutMs / 4);
      const after = `headers (${response?.statusCode}) at ${Math.round(headersMs)} ms, then`;
      return {
        kind: 'stalled',
        message: dripping
          ? `${after} the body came too slowly: ${bytesReceived} bytes by the deadline ` +
            `(last byte at ${Math.round(lastByteMs ?? 0)} ms), not complete within ${timeoutMs} ms`
          : `${after} the body stalled after ${bytesReceived} bytes` +
            (lastByteMs === null ? '' : ` (last byte at ${Math.round(lastByteMs)} ms)`) +
            `: not complete within ${timeoutMs} ms`,
      };
    };

    req.on('socket', (socket) => {
      socket.once('connect', () => {
        connected = true;
      });
    });
    req.on('response', (res) => {
      connected = true;
      response = res;
      headersMs = elapsed();
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxAnswerBytes) {
        finish(tooLarge(maxAnswerBytes, `Content-Length: ${declared}`));
        return;
      }
      res.on('data', (chunk: Buffer) => {
        bytesReceived += chunk.length;
        lastByteMs = elapsed();
        if (bytesReceived > maxAnswerBytes) {
          const room = maxAnswerBytes - kept;
          if (room > 0) chunks.push(chunk.subarray(0, room));
          kept = maxAnswerBytes;
          finish(tooLarge(maxAnswerBytes, `stopped reading after ${bytesReceived} bytes`));
          return;
        }
        chunks.push(chunk);
        kept += chunk.length;
      });
      res.on('end', () => finish());
      res.on('error', (error) => finish(brokenAfterHeaders(error)));
      res.on('close', () => {
        if (!res.complete) finish(brokenAfterHeaders(new Error('the connection closed')));
      });
    });
    req.on('error', (error) => {
      if (response) return finish(brokenAfterHeaders(error));
      const code = errorCode(error);
      if (!connected && code !== undefined && UNREACHABLE.has(code)) {
        return finish({ kind: 'unreachable', message: `connection error: ${describe(error)}` });
      }
      finish({ kind: 'broken', message: `connection error: ${describe(error)}` });
    });
    req.end(body);

    function brokenAfterHeaders(error: Error): AgentCall['failure'] {
      return {
        kind: 'broken',
        message:
          `headers (${response?.statusCode}) at ${Math.round(headersMs ?? 0)} ms, then the ` +
          `connection broke after ${bytesReceived} body bytes: ${describe(error)}`,
      };
    }
  });
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function tooLarge(maxAnswerBytes: number, detail: string): AgentCall['failure'] {
  return { kind: 'too-large', message: `answer larger than ${maxAnswerBytes} bytes (${detail})` };
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

function roundedOrNull(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = errorCode(error);
  return code && !error.message.includes(code) ? `${code} (${error.message})` : error.message;
}
